"""Message boxes behind one small service, so tests can answer them without a modal loop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Dialogs:
    def error(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("Dialogs", "Усулдук кабинет"), text)

    def info(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("Dialogs", "Усулдук кабинет"), text)

    def confirm(self, parent: QWidget | None, text: str) -> bool:
        answer = QMessageBox.question(parent, QCoreApplication.translate("Dialogs", "Усулдук кабинет"), text)
        return answer == QMessageBox.StandardButton.Yes

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> str:
        return QFileDialog.getOpenFileName(parent, title, "", filters)[0]

    def save_file(self, parent: QWidget | None, title: str, name: str, filters: str) -> str:
        return QFileDialog.getSaveFileName(parent, title, name, filters)[0]
