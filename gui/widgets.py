"""Small widgets the pages share: dates as dd.MM.yyyy, an error label that sits next to a field, a
named button and a filter box."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPushButton, QWidget

DATE_FORMAT = "dd.MM.yyyy"


def push_button(name: str, text: str, slot: Callable[[], Any], tip: str = "") -> QPushButton:
    """A button with an object name (tests and QSettings find it by that) calling ``slot()``."""
    button = QPushButton(text)
    button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def filter_box(name: str, tip: str, min_length: int) -> QComboBox:
    """A combo box for a list's filter, as wide as ``min_length`` characters at least."""
    box = QComboBox()
    box.setObjectName(name)
    box.setToolTip(tip)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(min_length)
    return box


class DateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(QDate(1930, 1, 1))
        self.setMaximumDate(QDate(2100, 12, 31))

    def value(self) -> date:
        return self.date().toPython()

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))


class FieldError(QLabel):
    """Red text shown next to the field it is about; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_error("")


def fmt_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""
