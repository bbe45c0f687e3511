"""The staff list from Excel: read, parse, show what each row will do, then import in one transaction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError
from domain.services.staff import ImportPlan, ImportReport, ImportRow
from domain.staff_import import parse_staff
from gui.messages import TEMPLATES, describe
from gui.staff.model import category_label

Index = QModelIndex | QPersistentModelIndex
ERROR_COLOR = QColor("#b00020")
COLUMNS = 5
ROW, NAME, SUBJECTS, CATEGORY, ACTION = range(COLUMNS)


class ImportPreviewModel(QAbstractTableModel):
    """One line per sheet row; for a teacher already on the staff, a box: update them, or skip the row."""

    def __init__(self, plan: ImportPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.update = {r.parsed.row: True for r in plan.rows if r.valid and r.duplicate_of is not None}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.plan.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMNS:
            return (self.tr("Row"), self.tr("Full name"), self.tr("Subjects"), self.tr("Category"),
                    self.tr("What will happen"))[section]
        return None

    def _duplicate(self, r: ImportRow) -> bool:
        return r.valid and r.duplicate_of is not None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == ACTION and self._duplicate(self.plan.rows[index.row()]):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.plan.rows):
            return None
        r, col = self.plan.rows[index.row()], index.column()
        p = r.parsed
        if role == Qt.ItemDataRole.DisplayRole:
            if col == ROW:
                return str(p.row)
            if col == NAME:
                return " ".join(x for x in (p.surname, p.name, p.patronymic) if x)
            if col == SUBJECTS:
                return ", ".join(p.subjects)
            if col == CATEGORY:
                return category_label(p.category)
            return self.action(r)
        if role == Qt.ItemDataRole.CheckStateRole and col == ACTION and self._duplicate(r):
            return Qt.CheckState.Checked if self.update[p.row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and col == ACTION and not r.valid:
            return ERROR_COLOR
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == ACTION and not r.valid:
                return "\n".join(self.describe(e) for e in p.errors)
            if col == ACTION and self._duplicate(r):
                return self.tr("Already on the staff: tick to update the teacher from this row, untick to skip it.")
            if col == SUBJECTS and r.new_subjects:
                return self.tr("New in the catalogue: {names}").format(names=", ".join(r.new_subjects))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (ROW, CATEGORY):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != ACTION:
            return False
        r = self.plan.rows[index.row()]
        if not self._duplicate(r):
            return False
        self.update[r.parsed.row] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index)
        return True

    def action(self, r: ImportRow) -> str:
        if not r.valid:
            return self.tr("error: {message}").format(message=" ".join(self.describe(e) for e in r.parsed.errors))
        if r.duplicate_of is None:
            return self.tr("new")
        return self.tr("update existing") if self.update[r.parsed.row] else self.tr("skip")

    def describe(self, error: DomainError) -> str:
        if error.kind == "duplicate_row" and error.kind not in TEMPLATES:
            return self.tr("The same teacher as in row {other}.").format(other=error.fields.get("other", "?"))
        return describe(error)


class ImportDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.ctx = ctx
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self.preview_model: ImportPreviewModel | None = None

        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableView()
        self.table.setObjectName("import_preview")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)  # an error on a row can be long: it wraps inside its cell
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 10)
        self.skip_invalid = QCheckBox(self.tr("Import only the &valid rows"))
        self.skip_invalid.setObjectName("import_skip_invalid")
        self.skip_invalid.toggled.connect(self._update_apply)
        self.hint = QLabel(self.tr("Rows with errors are not imported. Fix them in the file and open it again, "
                                   "or import only the valid rows."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b00020;")
        self.apply_button = QPushButton(self.tr("&Import"))
        self.apply_button.setObjectName("import_apply")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("import_cancel")
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_invalid)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.resize(960, 600)

    def load(self, path: str | Path) -> bool:
        """Read and plan the file; a file that cannot be read is explained and nothing else happens."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheets = self.ctx.read_sheets(Path(path))
            parsed = parse_staff([(s.name, s.rows) for s in sheets], self.ctx.services.today())
            plan = self.ctx.services.staff.plan_import(parsed)
        except DomainError as e:
            QApplication.restoreOverrideCursor()
            self.ctx.dialogs.error(self.parentWidget(), describe(e))
            return False
        QApplication.restoreOverrideCursor()
        self.setWindowTitle(self.tr("Import the staff list: {file}").format(file=Path(path).name))
        self.show_plan(plan)
        return True

    def show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.preview_model = ImportPreviewModel(plan, self)
        self.table.setModel(self.preview_model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUBJECTS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(SUBJECTS, 240)
        invalid = len(plan.invalid)
        duplicates = sum(1 for r in plan.rows if r.valid and r.duplicate_of is not None)
        new = sum(1 for r in plan.rows if r.valid and r.duplicate_of is None)
        lines = [self.tr("Sheet «{sheet}», header in row {row}: {new} new, {duplicates} already on the staff, "
                         "{invalid} with errors.").format(sheet=plan.sheet.sheet, row=plan.sheet.header_row,
                                                          new=new, duplicates=duplicates, invalid=invalid)]
        if plan.new_subjects:
            lines.append(self.tr("New subjects (they will be added to the catalogue): {names}").format(
                names=", ".join(plan.new_subjects)))
        if plan.sheet.ignored:
            lines.append(self.tr("Columns not recognised (ignored): {names}").format(
                names=", ".join(plan.sheet.ignored)))
        self.summary.setText("\n".join(lines))
        self.skip_invalid.setEnabled(bool(invalid))
        self.hint.setVisible(bool(invalid))
        self._update_apply()

    def _update_apply(self) -> None:
        plan = self.plan
        valid = plan is not None and any(r.valid for r in plan.rows)
        blocked = plan is not None and bool(plan.invalid) and not self.skip_invalid.isChecked()
        self.apply_button.setEnabled(valid and not blocked)

    def apply(self) -> bool:
        if self.plan is None or self.preview_model is None or not self.apply_button.isEnabled():
            return False
        try:
            report, changed = self.ctx.services.staff.apply_import(
                self.plan, skip_invalid=self.skip_invalid.isChecked(),
                update_duplicates=dict(self.preview_model.update))
        except DomainError as e:
            self.ctx.dialogs.error(self, describe(e))
            return False
        self.report = report
        self.ctx.changed.emit(changed)
        self.ctx.status.emit(self.tr(
            "Staff list imported: {added} new, {updated} updated, {skipped} skipped, {rejected} rows with errors "
            "left out.").format(added=report.added, updated=report.updated, skipped=report.skipped,
                                rejected=len(report.rejected)))
        self.accept()
        return True
