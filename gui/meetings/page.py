"""Meetings: the year's meetings of every association and council, the protocols, and term coverage."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.changes import Changed
from domain.meetings import Body, MeetingStatus
from domain.model import AcademicYear
from domain.services.meetings import BodyInfo
from gui.context import AppContext
from gui.fit import FitTableView
from gui.meetings.coverage import CoverageView
from gui.meetings.documents import ProtocolDocuments
from gui.meetings.editor import MeetingEditor
from gui.meetings.models import (
    BODY,
    DATE,
    FINAL,
    ID_ROLE,
    NUMBER,
    PRESENT,
    ROMAN,
    STATUS,
    TERM,
    MeetingRow,
    MeetingsModel,
    filter_rows,
    make_rows,
    status_label,
)
from gui.pages.base import Page
from gui.widgets import fmt_date, push_button

ALL = None


class MeetingsPage(Page):
    key = "meetings"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.year: AcademicYear | None = None
        self.bodies: list[BodyInfo] = []
        self.rows: list[MeetingRow] = []
        self.editor: MeetingEditor | None = None
        self.documents = ProtocolDocuments(self)

        self.year_label = QLabel()
        self.year_label.setObjectName("meet_year")
        font = self.year_label.font()
        font.setBold(True)
        self.year_label.setFont(font)

        self.body_filter = QComboBox()
        self.body_filter.setObjectName("meet_body")
        self.body_filter.setMinimumContentsLength(30)
        self.body_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.term_filter = QComboBox()
        self.term_filter.setObjectName("meet_term")
        self.term_filter.addItem(self.tr("All terms"), ALL)
        for number, roman in enumerate(ROMAN, start=1):
            self.term_filter.addItem(self.tr("Term {term}").format(term=roman), number)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("meet_status")
        self.status_filter.addItem(self.tr("Planned and held"), ALL)
        for status in (MeetingStatus.PLANNED, MeetingStatus.HELD):
            self.status_filter.addItem(status_label(status), status.value)
        for box in (self.body_filter, self.term_filter, self.status_filter):
            box.currentIndexChanged.connect(lambda _i: self._apply_filters())

        self.model = MeetingsModel(self)
        self.table = FitTableView()
        self.table.setObjectName("meet_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        for column in (NUMBER, DATE, TERM, STATUS, PRESENT, FINAL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BODY, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.installEventFilter(self)
        self.empty = QLabel()
        self.empty.setObjectName("meet_empty")
        self.empty.hide()

        self.new_button = push_button("meet_new", self.tr("&New meeting"), self.new_item, "Ctrl+N")
        self.edit_button = push_button("meet_edit", self.tr("&Edit"), self.edit_current, "Enter")
        self.delete_button = push_button("meet_delete", self.tr("&Delete"), self.delete_current, "Delete")
        self.final_button = push_button("meet_final", self.tr("Mark &final"), self.toggle_final,
                                         self.tr("A final protocol keeps its number; it is printed and signed"))
        self.doc_lang = QComboBox()
        self.doc_lang.setObjectName("meet_doc_lang")
        self.doc_lang.setToolTip(self.tr("The language of the protocol"))
        self.doc_lang.addItem("Кыргызча", "ky")
        self.doc_lang.addItem("Русский", "ru")
        self.doc_lang.setCurrentIndex(max(0, self.doc_lang.findData(ctx.lang)))
        self.docx_button = push_button("meet_docx", self.tr("Protocol (.&docx)…"), self.export_protocol)
        self.book_button = push_button("meet_book", self.tr("Protocol &book (.docx)…"), self.export_book,
                                        self.tr("Every held meeting of the chosen association or council, "
                                                "in one document"))
        self.preview_button = push_button("meet_preview", self.tr("Print pre&view…"), self.preview_protocol,
                                           "Ctrl+P")
        self.pdf_button = push_button("meet_pdf", self.tr("Save as P&DF…"), self.save_pdf)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.preview_protocol,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.coverage = CoverageView()
        self.coverage.plan_requested.connect(self.plan_for_term)
        self.coverage.show_requested.connect(self.show_term)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meet_tabs_page")
        self.tabs.addTab(self._meetings_tab(), self.tr("Meetings"))
        self.tabs.addTab(self.coverage, self.tr("Term coverage"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.year_label)
        layout.addWidget(self.tabs, 1)
        self._update_buttons()

    def _meetings_tab(self) -> QWidget:
        tab = QWidget()
        tab.setObjectName("meet_list_tab")
        filters = QHBoxLayout()
        for text, box in ((self.tr("&Body"), self.body_filter), (self.tr("Ter&m"), self.term_filter),
                          (self.tr("Stat&us"), self.status_filter)):
            label = QLabel(text)
            label.setBuddy(box)
            filters.addWidget(label)
            filters.addWidget(box)
        filters.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button, self.final_button):
            actions.addWidget(button)
        actions.addStretch(1)
        documents = QHBoxLayout()
        lang_label = QLabel(self.tr("&Language"))
        lang_label.setBuddy(self.doc_lang)
        documents.addWidget(lang_label)
        documents.addWidget(self.doc_lang)
        for button in (self.docx_button, self.book_button, self.preview_button, self.pdf_button):
            documents.addWidget(button)
        documents.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addLayout(documents)
        return tab

    # -- loading --------------------------------------------------------------
    def _reload(self, changed: Changed | None) -> None:
        if changed is not None and not (changed.meetings or changed.associations or changed.teachers
                                        or changed.years or changed.school):
            return
        keep = self.current_id()
        services = self.ctx.services
        self.year = services.school.current_year()
        if self.year is None or self.year.id is None:
            self.year_label.setText(self.tr("No academic year yet: add one in Settings."))
            self.bodies, self.rows = [], []
            self._fill_body_filter()
            self.model.set_rows([])
            self.coverage.set_rows([], None)
            self._update_buttons()
            return
        self.year_label.setText(self.tr("Meetings of the academic year {year}").format(year=self.year.label))
        lang = self.ctx.lang
        self.bodies = services.meetings.bodies(self.year.id)
        self.rows = make_rows(services.meetings.meetings(self.year.id), self.bodies, lang)
        self._fill_body_filter()
        self._apply_filters(keep)
        term = self.year.term_of(services.today())
        self.coverage.set_rows(services.meetings.coverage(self.year.id, lang), term.number if term else None)

    def _fill_body_filter(self) -> None:
        keep = self.body_filter.currentData()
        self.body_filter.blockSignals(True)
        self.body_filter.clear()
        self.body_filter.addItem(self.tr("All associations and councils"), ALL)
        for b in self.bodies:
            self.body_filter.addItem(b.name(self.ctx.lang), b.body.key)
        self.body_filter.setCurrentIndex(max(0, self.body_filter.findData(keep)) if keep else 0)
        self.body_filter.blockSignals(False)

    def _apply_filters(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.current_id()
        status = self.status_filter.currentData()
        rows = filter_rows(self.rows, self.body_filter.currentData(), self.term_filter.currentData(),
                           MeetingStatus(status) if status else None)
        self.model.set_rows(rows)
        if self.year is not None and not rows:
            self.empty.setText(self.tr("No meetings match the filters.") if self.rows
                               else self.tr("No meetings yet this year: plan the first one with New meeting."))
        self.empty.setVisible(self.year is not None and not rows)
        if keep is None or not self.select_id(keep):
            self._select_near_today(rows)
        self._update_buttons()

    def _select_near_today(self, rows: list[MeetingRow]) -> None:
        """With nothing chosen, the first meeting from today on is in view (else the last one)."""
        if not rows:
            return
        today = self.ctx.services.today()
        upcoming = next((r for r in rows if r.day >= today), rows[-1])
        self.select_id(upcoming.id)

    # -- selection ------------------------------------------------------------
    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ID_ROLE) if rows else None

    def current_row(self) -> MeetingRow | None:
        row = self.model.row_of(self.current_id())
        return self.model.row(row) if row >= 0 else None

    def select_id(self, meeting_id: int) -> bool:
        row = self.model.row_of(meeting_id)
        if row < 0:
            return False
        index = self.model.index(row, NUMBER)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def focus_item(self, target: object) -> None:
        """From Home or the search: a meeting id selects it; a Body filters its meetings."""
        self.tabs.setCurrentIndex(0)
        if isinstance(target, Body):
            self.set_filters(body=target)
            return
        if isinstance(target, int):
            if self.model.row_of(target) < 0:
                self.set_filters()
            self.select_id(target)
            self.table.setFocus()

    def set_filters(self, body: Body | None = None, term: int | None = None,
                    status: MeetingStatus | None = None) -> None:
        for box, value in ((self.body_filter, body.key if body else ALL), (self.term_filter, term),
                           (self.status_filter, status.value if status else ALL)):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(value)) if value is not None else 0)
            box.blockSignals(False)
        self._apply_filters()

    def chosen_body(self) -> Body | None:
        """The body of the filter, or else of the chosen meeting."""
        key = self.body_filter.currentData()
        if key:
            return Body.parse(key)
        row = self.current_row()
        return Body.parse(row.body_key) if row else None

    def _update_buttons(self) -> None:
        row = self.current_row()
        has_year = self.year is not None
        for button in (self.edit_button, self.delete_button, self.docx_button, self.preview_button, self.pdf_button):
            button.setEnabled(row is not None)
        self.new_button.setEnabled(has_year)
        self.final_button.setEnabled(row is not None and row.held)
        self.final_button.setText(self.tr("Unmark &final") if row is not None and row.final
                                  else self.tr("Mark &final"))
        self.book_button.setEnabled(has_year and self.chosen_body() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the table deletes the chosen meeting (after asking)."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self.delete_current()
            return True
        return super().eventFilter(watched, event)

    # -- the editor -----------------------------------------------------------
    def new_item(self, body: Body | None = None, day: date | None = None) -> MeetingEditor | None:
        if self.year is None or self.year.id is None or not self.bodies:
            return None
        body = body or self.chosen_body() or self.bodies[0].body
        draft = self.ctx.run(self.ctx.services.meetings.draft, self.year.id, body, day or self.ctx.services.today(),
                             self.ctx.lang, parent=self)
        return self.open_editor(draft) if draft is not None else None

    def plan_for_term(self, body: Body, term: int) -> MeetingEditor | None:
        """A red coverage cell: a new meeting of that body, dated inside that term."""
        if self.year is None:
            return None
        t = next((t for t in self.year.terms if t.number == term), None)
        if t is None:
            return None
        today = self.ctx.services.today()
        day = today if t.contains(today) else (t.start if t.start > today else t.end)
        return self.new_item(body, day)

    def show_term(self, body: Body, term: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.set_filters(body=body, term=term)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    def edit_current(self) -> MeetingEditor | None:
        row = self.current_row()
        if row is None:
            return None
        meeting = self.ctx.run(self.ctx.services.meetings.meeting, row.id, parent=self)
        return self.open_editor(meeting, row.number) if meeting is not None else None

    def open_editor(self, meeting: Any, number: int | None = None) -> MeetingEditor | None:
        """The editor opens window-modal and reports back through ``finished``."""
        if self.year is None:
            return None
        self.editor = MeetingEditor(self.ctx, meeting, self.year, self.bodies, number, self)
        self.editor.finished.connect(self._editor_closed)
        self.editor.open()
        return self.editor

    def _editor_closed(self) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        if editor.saved_id is not None:
            if not self.select_id(editor.saved_id):
                self.set_filters()
                self.select_id(editor.saved_id)
        self.table.setFocus()
        editor.deleteLater()

    # -- actions --------------------------------------------------------------
    def _describe(self, row: MeetingRow) -> str:
        return self.tr("the meeting № {number} of {date} ({body})").format(
            number=row.number, date=fmt_date(row.day), body=row.body_name)

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        question = self.tr("Delete {meeting} with its agenda, attendance and decisions?").format(
            meeting=self._describe(row))
        if not self.ctx.dialogs.confirm(self, question):
            return
        if self.ctx.run(self.ctx.services.meetings.delete, row.id, parent=self) is not None:
            self.ctx.status.emit(self.tr("Deleted: {meeting}.").format(meeting=self._describe(row)))

    def toggle_final(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.final:
            question = self.tr("Unmark the protocol № {number} as final? Its number may then change when "
                               "meetings are added before it.").format(number=row.number)
            if not self.ctx.dialogs.confirm(self, question):
                return
        if self.ctx.run(self.ctx.services.meetings.set_final, row.id, not row.final, parent=self) is not None:
            self.ctx.status.emit(self.tr("The protocol № {number} is final.").format(number=row.number)
                                 if not row.final else
                                 self.tr("The protocol № {number} is no longer final.").format(number=row.number))

    # -- documents (gui/meetings/documents.py) --------------------------------
    def export_protocol(self) -> Path | None:
        return self.documents.export_protocol()

    def export_book(self) -> Path | None:
        return self.documents.export_book()

    def preview_protocol(self) -> None:
        self.documents.preview_protocol()

    def save_pdf(self) -> Path | None:
        return self.documents.save_pdf()
