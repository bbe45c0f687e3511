"""Associations: the year's associations and commissions, the rule of three, the council, the director's order."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.associations import MIN_TEACHERS, Association, AssociationKind, Suggestion
from domain.changes import Changed
from domain.model import AcademicYear
from gui.associations.council import CouncilEditor
from gui.associations.editor import AssociationEditor
from gui.associations.models import (
    HEAD,
    ID_ROLE,
    KIND,
    MEMBERS,
    NAME,
    ORDER,
    STATUS,
    AssociationsModel,
    kind_label,
    make_rows,
)
from gui.context import AppContext
from gui.fit import FitTableView
from gui.pages.base import Page
from gui.widgets import DateEdit, push_button

BANNER_STYLE = "QLabel { color: #7a3b00; background: #fff3e0; border: 1px solid #e0a050; padding: 6px; }"


class AssociationsPage(Page):
    key = "associations"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.year: AcademicYear | None = None
        self.editor: AssociationEditor | None = None
        self.suggestions: list[Suggestion] = []

        self.year_label = QLabel()
        self.year_label.setObjectName("assoc_year")
        font = self.year_label.font()
        font.setBold(True)
        self.year_label.setFont(font)
        self.problems = QLabel()
        self.problems.setObjectName("assoc_problems")
        self.problems.setStyleSheet(BANNER_STYLE)
        self.problems.setWordWrap(True)
        self.problems.hide()

        self.model = AssociationsModel(self)
        self.table = FitTableView()
        self.table.setObjectName("assoc_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(50)
        for column in (KIND, HEAD, MEMBERS, ORDER, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.installEventFilter(self)

        self.new_button = push_button("assoc_new", self.tr("&New association"), self.new_item, "Ctrl+N")
        self.edit_button = push_button("assoc_edit", self.tr("&Edit"), self.edit_current, "Enter")
        self.delete_button = push_button("assoc_delete", self.tr("&Delete"), self.delete_current, "Delete")
        self.carry_button = push_button("assoc_carry", self.tr("Carry over to the ne&xt year"), self.carry_over,
                                         self.tr("Copy the associations and the council into the next academic "
                                                 "year; the heads are then appointed again"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.carry_button)

        associations_tab = QWidget()
        tab_layout = QVBoxLayout(associations_tab)
        tab_layout.addWidget(self.table, 1)
        tab_layout.addLayout(buttons)
        tab_layout.addWidget(self._order_box())
        tab_layout.addWidget(self._suggestions_box())
        self.council = CouncilEditor(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("assoc_tabs")
        self.tabs.addTab(associations_tab, self.tr("&Associations and commissions"))
        self.tabs.addTab(self.council, self.tr("Methodical co&uncil"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.year_label)
        layout.addWidget(self.problems)
        layout.addWidget(self.tabs, 1)
        self._update_buttons()

    def _order_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The director's order on the associations"))
        box.setObjectName("assoc_order_box")
        self.order_number = QLineEdit()
        self.order_number.setObjectName("assoc_order_number")
        self.order_number.setMaximumWidth(90)
        self.order_date = DateEdit()
        self.order_date.setObjectName("assoc_order_date")
        self.order_button = push_button("assoc_order", self.tr("Se&t"), self.set_order,
                                         self.tr("Record the number and date of the order for every association"))
        self.order_lang = QComboBox()
        self.order_lang.setObjectName("assoc_order_lang")
        self.order_lang.setToolTip(self.tr("The language of the document"))
        self.order_lang.addItem("Кыргызча", "ky")
        self.order_lang.addItem("Русский", "ru")
        self.order_lang.setCurrentIndex(max(0, self.order_lang.findData(self.ctx.lang)))
        self.export_button = push_button("assoc_export_order", self.tr("&Make the order (.docx)…"),
                                          self.export_order)
        number_label = QLabel(self.tr("&Order №"))
        number_label.setBuddy(self.order_number)
        date_label = QLabel(self.tr("of"))
        date_label.setBuddy(self.order_date)
        lang_label = QLabel(self.tr("&Language"))
        lang_label.setBuddy(self.order_lang)
        row = QHBoxLayout(box)
        for widget in (number_label, self.order_number, date_label, self.order_date, self.order_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (lang_label, self.order_lang, self.export_button):
            row.addWidget(widget)
        return box

    def _suggestions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Suggestions by the rule of three"))
        box.setObjectName("assoc_suggestions")
        self.suggestion_rows = QWidget()
        self.suggestion_layout = QVBoxLayout(self.suggestion_rows)
        self.suggestion_layout.setContentsMargins(0, 0, 0, 0)
        self.uncovered = QLabel()
        self.uncovered.setObjectName("assoc_uncovered")
        self.uncovered.setWordWrap(True)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(4, 2, 4, 2)
        inner_layout.addWidget(self.suggestion_rows)
        inner_layout.addWidget(self.uncovered)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.setMaximumHeight(200)
        self.suggestions_scroll = scroll
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scroll)
        return box

    # -- loading --------------------------------------------------------------
    def _reload(self, changed: Changed | None) -> None:
        if changed is not None and not (changed.associations or changed.teachers or changed.subjects
                                        or changed.years or changed.school):
            return
        keep = self.current_id()
        services = self.ctx.services
        self.year = services.school.current_year()
        year_id = self.year.id if self.year is not None else None
        if self.year is None or year_id is None:
            self.year_label.setText(self.tr("No academic year yet: add one in Settings."))
            self.model.set_rows([])
            self.problems.hide()
            self._show_suggestions([], [])
            self.council.load(None)
            self._update_buttons()
            return
        self.year_label.setText(self.tr("Associations of the academic year {year}").format(year=self.year.label))
        lang = self.ctx.lang
        associations = services.associations.associations(year_id)
        teachers = services.staff.teachers()
        self.model.set_rows(make_rows(associations, teachers, lang))
        self._show_problems(associations, year_id)
        suggestions = services.associations.suggestions(year_id)
        names = {t.id: t.short_name for t in teachers}
        self._show_suggestions(suggestions.associations, [names[t] for t in suggestions.uncovered if t in names])
        self._load_order(associations)
        self.council.load(year_id)
        if keep is None or not self.select_id(keep):
            if self.model.rowCount():
                self.select_id(self.model.row(0).id)
        self._update_buttons()

    def _show_problems(self, associations: list[Association], year_id: int) -> None:
        services = self.ctx.services.associations
        lines = []
        for a, count in services.below_three(year_id):
            lines.append(self.tr("«{name}» has {count} active member(s): an association needs at least {needed}.")
                         .format(name=a.name(self.ctx.lang), count=count, needed=MIN_TEACHERS))
        reappoint = len([a for a in associations if a.reappoint])
        if reappoint:
            lines.append(self.tr("{count} association(s) were carried over from last year: "
                                 "appoint their heads for this year.").format(count=reappoint))
        alone = len([t for t, ids in services.memberships(year_id).items() if not ids])
        if alone:
            lines.append(self.tr("{count} teacher(s) are in no association this year.").format(count=alone))
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def _show_suggestions(self, suggestions: list[Suggestion], uncovered: list[str]) -> None:
        self.suggestions = list(suggestions)
        while self.suggestion_layout.count():
            item = self.suggestion_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        subjects = {s.id: s.name(self.ctx.lang) for s in self.ctx.services.staff.subjects()}
        for i, s in enumerate(self.suggestions):
            names = ", ".join(subjects.get(sid, "?") for sid in s.subject_ids)
            label = QLabel(self.tr("{subjects} — {count} teachers").format(subjects=names, count=s.count))
            label.setToolTip(kind_label(s.kind))
            label.setWordWrap(True)
            button = QPushButton(self.tr("Create…"))
            button.setObjectName(f"suggest_create_{i}")
            button.setToolTip(self.tr("Open the editor with these teachers ticked"))
            button.clicked.connect(lambda _checked=False, i=i: self.create_from_suggestion(i))
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(label, 1)
            row_layout.addWidget(button)
            self.suggestion_layout.addWidget(row)
        if not self.suggestions:
            empty = QLabel(self.tr("Every subject with three or more teachers already has its association."))
            empty.setObjectName("assoc_no_suggestions")
            empty.setWordWrap(True)
            self.suggestion_layout.addWidget(empty)
        if uncovered:
            self.uncovered.setText(self.tr("In no association this year: add them to one, or they join the district "
                                           "association of their subject: {names}").format(names=", ".join(uncovered)))
        else:
            self.uncovered.setText("")
        self.uncovered.setVisible(bool(uncovered))
        # As tall as the lines need (up to a limit): the table keeps the rest of the page.
        inner = self.suggestions_scroll.widget()
        inner.layout().activate()
        self.suggestions_scroll.setMinimumHeight(min(inner.sizeHint().height() + 2, 200))

    def _load_order(self, associations: list[Association]) -> None:
        dated = next((a for a in associations if a.order_number or a.order_date), None)
        self.order_number.setText(dated.order_number if dated else "")
        self.order_date.set_value(dated.order_date if dated and dated.order_date else self.ctx.services.today())

    # -- selection ------------------------------------------------------------
    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ID_ROLE) if rows else None

    def focus_item(self, target: object) -> None:
        """From Home or the search: select one association."""
        if isinstance(target, int):
            self.select_id(target)
            self.table.setFocus()

    def select_id(self, association_id: int) -> bool:
        row = self.model.row_of(association_id)
        if row < 0:
            return False
        index = self.model.index(row, NAME)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        has_year = self.year is not None
        selected = self.current_id() is not None
        has_rows = self.model.rowCount() > 0
        self.new_button.setEnabled(has_year)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.carry_button.setEnabled(has_rows)
        for widget in (self.order_number, self.order_date, self.order_button, self.order_lang, self.export_button):
            widget.setEnabled(has_rows)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the table deletes the chosen association (after asking)."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self.delete_current()
            return True
        return super().eventFilter(watched, event)

    # -- the editor -----------------------------------------------------------
    def new_item(self) -> None:
        if self.year is not None and self.year.id is not None:
            self.open_editor(Association(year_id=self.year.id, kind=AssociationKind.SUBJECT))

    def edit_current(self) -> None:
        association_id = self.current_id()
        if association_id is None:
            return
        association = self.ctx.run(self.ctx.services.associations.association, association_id, parent=self)
        if association is not None:
            self.open_editor(association)

    def create_from_suggestion(self, index: int) -> AssociationEditor | None:
        if self.year is None or self.year.id is None or not (0 <= index < len(self.suggestions)):
            return None
        draft = self.ctx.run(self.ctx.services.associations.from_suggestion, self.year.id, self.suggestions[index],
                             parent=self)
        return self.open_editor(draft) if draft is not None else None

    def open_editor(self, association: Association) -> AssociationEditor:
        """The editor opens window-modal and reports back through ``finished``."""
        self.editor = AssociationEditor(self.ctx, association, self)
        self.editor.finished.connect(self._editor_closed)
        self.editor.open()
        return self.editor

    def _editor_closed(self) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        if editor.saved_id is not None:
            self.select_id(editor.saved_id)
        self.table.setFocus()
        editor.deleteLater()

    # -- actions --------------------------------------------------------------
    def delete_current(self) -> None:
        association_id = self.current_id()
        if association_id is None:
            return
        row = self.model.row(self.model.row_of(association_id))
        question = self.tr("Delete «{name}»? Its members stay on the staff; "
                           "the association disappears from this year.").format(name=row.name)
        if not self.ctx.dialogs.confirm(self, question):
            return
        if self.ctx.run(self.ctx.services.associations.delete, association_id, parent=self) is not None:
            self.ctx.status.emit(self.tr("«{name}» was deleted.").format(name=row.name))

    def next_year(self) -> AcademicYear | None:
        if self.year is None:
            return None
        later = [y for y in self.ctx.services.school.years() if y.start > self.year.start]
        return min(later, key=lambda y: y.start) if later else None

    def carry_over(self) -> None:
        if self.year is None or self.year.id is None:
            return
        target = self.next_year()
        if target is None or target.id is None:
            self.ctx.dialogs.error(self, self.tr("There is no academic year after {year} yet: add it in Settings "
                                                 "(Years), then carry the associations over.").format(
                                                     year=self.year.label))
            return
        question = self.tr("Copy the associations and the council of {year} into {next}? The members are kept; "
                           "the heads must be appointed again for the new year.").format(
                               year=self.year.label, next=target.label)
        if not self.ctx.dialogs.confirm(self, question):
            return
        done = self.ctx.run(self.ctx.services.associations.carry_over, self.year.id, target.id, parent=self)
        if done is not None:
            self.ctx.status.emit(self.tr("The associations were carried over into {next}: choose that year "
                                         "at the top to appoint the heads.").format(next=target.label))

    def set_order(self) -> None:
        if self.year is None or self.year.id is None:
            return
        number = self.order_number.text().strip()
        day = self.order_date.value() if number else None
        if self.ctx.run(self.ctx.services.associations.set_order, self.year.id, number, day, parent=self):
            self.ctx.status.emit(self.tr("The order № {number} was recorded for every association.").format(
                number=number) if number else self.tr("The order was cleared."))

    def export_order(self) -> Path | None:
        if self.year is None or self.year.id is None:
            return None
        documents = getattr(self.ctx, "documents", None)
        if documents is None:
            self.ctx.dialogs.error(self, self.tr("Documents cannot be made in this window."))
            return None
        name = self.tr("Order on the associations {year}.docx").format(year=self.year.label)
        path = self.ctx.dialogs.save_file(self, self.tr("Save the order"), name,
                                          self.tr("Word documents (*.docx)"))
        if not path:
            return None
        out = Path(path)
        if out.suffix.lower() != ".docx":
            out = out.with_name(out.name + ".docx")
        lang = self.order_lang.currentData() or self.ctx.lang
        made = self.ctx.run(documents.order, self.year.id, lang, out, parent=self)
        if made is None:
            return None
        self.ctx.file_saved.emit(self.tr("The order was saved to {path}.").format(path=Path(made).name), str(made))
        return Path(made)
