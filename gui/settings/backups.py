"""Settings → Backups: make one now, see them with date and size, restore one, how many to keep."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.changes import Changed
from domain.errors import DomainError
from gui.messages import describe

KEEP = "backup_keep"


class BackupsTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # ctx: AppContext
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backups_table")
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Size"), self.tr("Kind")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.make_button = QPushButton(self.tr("&Make a backup now"))
        self.make_button.setObjectName("backup_make")
        self.make_button.clicked.connect(self.make)
        self.restore_button = QPushButton(self.tr("&Restore the chosen backup…"))
        self.restore_button.setObjectName("backup_restore")
        self.restore_button.clicked.connect(self.restore)
        self.keep = QSpinBox()
        self.keep.setObjectName("backup_keep")
        self.keep.setRange(3, 100)
        self.keep.editingFinished.connect(self._keep_changed)
        note = QLabel(self.tr("A backup is made before every change of the database's structure and once a day "
                              "of use. Restoring first copies the current file, so nothing is lost."))
        note.setWordWrap(True)
        self.folder = QLabel()
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Daily backups to keep"), self.keep)
        form.addRow(self.tr("Folder"), self.folder)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._paths: list[Path] = []

    def refresh(self) -> None:
        keep = self.ctx.services.school.setting(KEEP, "14")
        self.keep.setValue(int(keep) if keep.isdigit() else 14)
        self.folder.setText(str(self.ctx.db_path.parent / "backups"))
        backups = self.ctx.backups.list() if self.ctx.backups else []
        kinds = {"daily": self.tr("daily"), "manual": self.tr("made by hand"),
                 "before-migration": self.tr("before an update"), "before-restore": self.tr("before a restore")}
        self.table.setRowCount(len(backups))
        self._paths = []
        for row, b in enumerate(backups):
            self._paths.append(b.path)
            kind = kinds.get(b.reason.rstrip("0123456789"), b.reason)
            for col, text in enumerate((b.made.strftime("%d.%m.%Y %H:%M"), f"{b.size / 1024:.0f} KB", kind)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.restore_button.setEnabled(bool(backups))

    def make(self) -> None:
        try:
            path = self.ctx.backups.make()
        except (DomainError, OSError) as e:
            self.ctx.dialogs.error(self, describe(e) if isinstance(e, DomainError) else str(e))
            return
        self.ctx.status.emit(self.tr("Backup made: {path}").format(path=path))
        self.refresh()

    def restore(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._paths):
            self.ctx.dialogs.error(self, self.tr("Choose a backup in the list first."))
            return
        chosen = self._paths[row]
        question = self.tr("Put the backup of {made} in place of the current database? The current file is "
                           "copied first.").format(made=self.table.item(row, 0).text())
        if not self.ctx.dialogs.confirm(self, question):
            return
        try:
            safety = self.ctx.backups.restore(chosen)
        except DomainError as e:
            self.ctx.dialogs.error(self, describe(e))
            return
        self.ctx.status.emit(self.tr("Restored; the previous file was kept as {path}").format(path=safety))
        self.ctx.changed.emit(Changed(school=True, years=True, settings=True, teachers=True, subjects=True,
                                      associations=True, meetings=True, plan=True, growth=True, reports=True))
        self.refresh()

    def _keep_changed(self) -> None:
        self.ctx.run(self.ctx.services.school.set_setting, KEEP, str(self.keep.value()), parent=self)
