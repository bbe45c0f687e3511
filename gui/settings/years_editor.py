"""The years and terms editor: a list of years, and the form of the chosen one with its four terms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.changes import Changed
from domain.errors import DomainError, ValidationErrors
from domain.model import AcademicYear, Term
from domain.years import TERMS_PER_YEAR
from gui.messages import describe
from gui.settings.years_model import YearsModel
from gui.widgets import DateEdit, FieldError

ROMAN = ("I", "II", "III", "IV")


class YearsEditor(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # ctx: AppContext
        super().__init__(parent)
        self.ctx = ctx
        self.editing: AcademicYear | None = None

        self.model = YearsModel(self)
        self.table = QTableView()
        self.table.setObjectName("years_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._edit_row(cur.row()))
        new_button = QPushButton(self.tr("&New year"))
        new_button.setObjectName("new_year")
        new_button.clicked.connect(self.new_year)
        current_button = QPushButton(self.tr("Make &current"))
        current_button.setObjectName("make_current")
        current_button.clicked.connect(self.make_current)
        left = QVBoxLayout()
        left.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(new_button)
        buttons.addWidget(current_button)
        left.addLayout(buttons)

        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("year_label")
        self.label_edit.setPlaceholderText("2025–2026")
        self.start_edit = DateEdit()
        self.start_edit.setObjectName("year_start")
        self.end_edit = DateEdit()
        self.end_edit.setObjectName("year_end")
        self.theme_ky = QPlainTextEdit()
        self.theme_ky.setObjectName("theme_ky")
        self.theme_ru = QPlainTextEdit()
        self.theme_ru.setObjectName("theme_ru")
        for edit in (self.theme_ky, self.theme_ru):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(54)
        self.errors: dict[str, FieldError] = {k: FieldError() for k in ("label", "start", "end", "terms")}
        form = QFormLayout()
        form.addRow(self.tr("Academic year"), self._with_error(self.label_edit, "label"))
        form.addRow(self.tr("Starts"), self._with_error(self.start_edit, "start"))
        form.addRow(self.tr("Ends"), self._with_error(self.end_edit, "end"))
        form.addRow(self.tr("Methodical theme (Kyrgyz)"), self.theme_ky)
        form.addRow(self.tr("Methodical theme (Russian)"), self.theme_ru)

        terms_box = QGroupBox(self.tr("Terms"))
        grid = QGridLayout(terms_box)
        grid.addWidget(QLabel(self.tr("Term")), 0, 0)
        grid.addWidget(QLabel(self.tr("From")), 0, 1)
        grid.addWidget(QLabel(self.tr("To")), 0, 2)
        self.term_edits: list[tuple[DateEdit, DateEdit]] = []
        for i in range(TERMS_PER_YEAR):
            start, end = DateEdit(), DateEdit()
            start.setObjectName(f"term{i + 1}_start")
            end.setObjectName(f"term{i + 1}_end")
            error = FieldError()
            error.setObjectName(f"term{i + 1}_error")
            self.errors[f"term{i + 1}"] = error
            grid.addWidget(QLabel(self.tr("Term {n}").format(n=ROMAN[i])), i + 1, 0)
            grid.addWidget(start, i + 1, 1)
            grid.addWidget(end, i + 1, 2)
            grid.addWidget(error, i + 1, 3)
            self.term_edits.append((start, end))
        grid.setColumnStretch(3, 1)
        grid.addWidget(self.errors["terms"], TERMS_PER_YEAR + 1, 0, 1, 4)
        note = QLabel(self.tr("The dates of the terms are set every year by the ministry's order: "
                              "enter them as the order says. A date in the holidays belongs to no term."))
        note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save year"))
        self.save_button.setObjectName("save_year")
        self.save_button.clicked.connect(self.save)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(terms_box)
        right.addWidget(note)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 5)

    def _with_error(self, edit: QWidget, key: str) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit)
        error = self.errors[key]
        error.setObjectName(f"{key}_error")
        row.addWidget(error, 1)
        return box

    # -- loading --------------------------------------------------------------
    def refresh(self) -> None:
        school = self.ctx.services.school
        current = school.current_year()
        keep = self.editing.id if self.editing else (current.id if current else None)
        self.model.set_years(school.years(), current.id if current else None)
        row = self.model.row_of(keep)
        if row >= 0:
            self.table.selectRow(row)
            self._edit_row(row)

    def _edit_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.edit(self.model.year_at(row))

    def edit(self, year: AcademicYear) -> None:
        self.editing = year
        self.label_edit.setText(year.label)
        self.start_edit.set_value(year.start)
        self.end_edit.set_value(year.end)
        self.theme_ky.setPlainText(year.theme_ky)
        self.theme_ru.setPlainText(year.theme_ru)
        for (start, end), term in zip(self.term_edits, year.terms, strict=False):
            start.set_value(term.start)
            end.set_value(term.end)
        self._clear_errors()

    def value(self) -> AcademicYear:
        return AcademicYear(
            id=self.editing.id if self.editing else None,
            label=self.label_edit.text(),
            start=self.start_edit.value(),
            end=self.end_edit.value(),
            theme_ky=self.theme_ky.toPlainText().strip(),
            theme_ru=self.theme_ru.toPlainText().strip(),
            terms=[Term(i + 1, s.value(), e.value()) for i, (s, e) in enumerate(self.term_edits)],
        )

    # -- actions --------------------------------------------------------------
    def new_year(self) -> None:
        self.table.clearSelection()
        self.edit(self.ctx.services.school.proposed_next_year())
        self.label_edit.setFocus()

    def make_current(self) -> None:
        if self.editing and self.editing.id is not None:
            self.ctx.run(self.ctx.services.school.set_current_year, self.editing.id, parent=self)

    def save(self) -> bool:
        self._clear_errors()
        try:
            year_id, changed = self.ctx.services.school.save_year(self.value())
        except ValidationErrors as e:
            for error in e.errors:
                self._show(error)
            return False
        except DomainError as e:
            self._show(e)
            return False
        self.editing = self.ctx.services.school.year(year_id)
        self.ctx.changed.emit(changed | Changed(years=True))
        self.ctx.status.emit(self.tr("The year {label} was saved.").format(label=self.editing.label))
        return True

    def _show(self, error: DomainError) -> None:
        key = error.field.split(".")[0] if error.field else "terms"
        target = self.errors.get(key, self.errors["terms"])
        text = describe(error)
        target.show_error(f"{target.text()}\n{text}".strip() if target.isVisible() else text)

    def _clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear_error()
