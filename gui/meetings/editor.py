"""The meeting editor: main facts, agenda, attendance, the record, and the check of earlier decisions.

A refusal of the domain (renumbering a final protocol, a held meeting in the future, an empty topic)
is shown inside the dialog, which stays open.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError
from domain.meetings import Body, Meeting, MeetingStatus
from domain.model import AcademicYear
from domain.services.meetings import BodyInfo
from gui.meetings.agenda import AgendaEditor
from gui.meetings.attendance import AttendanceEditor
from gui.meetings.models import ROMAN, status_label
from gui.meetings.people import People
from gui.meetings.previous import PreviousDecisions
from gui.messages import describe
from gui.staff.model import sort_key
from gui.widgets import DateEdit, FieldError, fmt_date

TIME_PATTERN = r"^([01]?\d|2[0-3]):[0-5]\d$"
DUE_AFTER = timedelta(days=30)
OTHER_CHAIR = -1


class MeetingEditor(QDialog):
    """Opens on a saved meeting or on a draft from ``MeetingService.draft``."""

    def __init__(self, ctx: Any, meeting: Meeting, year: AcademicYear, bodies: list[BodyInfo],
                 number: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meet_editor")
        self.ctx = ctx
        self.meeting = meeting
        self.year = year
        self.bodies = bodies
        self.number = number
        self.saved_id: int | None = None
        self.today: date = ctx.services.today()
        self.names = {t.id: t.full_name for t in ctx.services.staff.teachers() if t.id is not None}
        self.people = self._people_of(meeting.body)
        self._draft_topics = [i.topic for i in meeting.agenda] if meeting.id is None else []

        self.tabs = QTabWidget()
        self.tabs.setObjectName("meet_tabs")
        self.main_page = self._main_tab()
        self.agenda = AgendaEditor(meeting.agenda, self.people, meeting.day + DUE_AFTER, self)
        self.attendance = AttendanceEditor(meeting.attendance, meeting.guests, self.people)
        self.previous = PreviousDecisions(self.people)
        self.tabs.addTab(self.main_page, self.tr("Main"))
        self.tabs.addTab(self.agenda.agenda_page, self.tr("Agenda"))
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.agenda.record_page, self.tr("Record"))
        self.tabs.addTab(self.previous, self.tr("Decisions of the previous meeting"))
        self.tabs.setToolTip(self.tr("Ctrl+Tab goes to the next tab"))

        self.error = FieldError()
        self.error.setObjectName("meet_error")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("meet_save")
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("meet_cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        error_holder = QWidget()  # keeps the buttons on the right while the error is hidden
        error_holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        error_layout = QVBoxLayout(error_holder)
        error_layout.setContentsMargins(0, 0, 0, 0)
        error_layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(error_holder, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        if meeting.id is None:
            self._take_last_time_and_place()
        self._load_previous()
        self._update_info()
        self.body_box.currentIndexChanged.connect(lambda _i: self._body_changed())
        self.date_edit.dateChanged.connect(lambda _d: self._day_changed())
        self.status_box.currentIndexChanged.connect(lambda _i: self._update_info())
        self.chair_box.currentIndexChanged.connect(lambda _i: self._chair_changed())
        self._chair_changed()
        self._retitle()
        self._update_summary()
        self.tabs.currentChanged.connect(lambda _i: self._update_summary())
        self.resize(1040, 680)

    # -- building -------------------------------------------------------------
    def _people_of(self, body: Body) -> People:
        info = self._info(body)
        return People(self.names, info.member_ids if info else [p.teacher_id for p in self.meeting.attendance])

    def _info(self, body: Body) -> BodyInfo | None:
        return next((b for b in self.bodies if b.body == body), None)

    def _main_tab(self) -> QWidget:
        m = self.meeting
        page = QWidget()
        page.setObjectName("meet_main")
        self.info = QLabel()
        self.info.setObjectName("meet_info")
        self.info.setWordWrap(True)
        self.body_box = QComboBox()
        self.body_box.setObjectName("meet_body_box")
        for b in self.bodies:
            self.body_box.addItem(b.name(self.ctx.lang), b.body.key)
        if self.body_box.findData(m.body.key) < 0:
            self.body_box.addItem(m.body.key, m.body.key)
        self.body_box.setCurrentIndex(self.body_box.findData(m.body.key))
        self.body_box.setEnabled(m.id is None)
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("meet_date")
        self.date_edit.set_value(m.day)
        self.time_edit = QLineEdit(m.time)
        self.time_edit.setObjectName("meet_time")
        self.time_edit.setPlaceholderText("14:30")
        self.time_edit.setMaximumWidth(90)
        self.time_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"^[0-2]?\d(:[0-5]?\d?)?$"), self))
        self.place_edit = QLineEdit(m.place)
        self.place_edit.setObjectName("meet_place")
        self.place_edit.setPlaceholderText(self.tr("e.g. room 201"))
        self.status_box = QComboBox()
        self.status_box.setObjectName("meet_status_box")
        for status in (MeetingStatus.PLANNED, MeetingStatus.HELD):
            self.status_box.addItem(status_label(status), status.value)
        self.status_box.setCurrentIndex(self.status_box.findData(m.status.value))
        self.chair_box = QComboBox()
        self.chair_box.setObjectName("meet_chair")
        self.chair_name = QLineEdit(m.chair_name)
        self.chair_name.setObjectName("meet_chair_name")
        self.chair_name.setPlaceholderText(self.tr("The chair's full name, when not on the staff list"))
        self.secretary_box = QComboBox()
        self.secretary_box.setObjectName("meet_secretary")
        self._fill_roles(m.chair_id, m.chair_name, m.secretary_id)
        self.final_note = QLabel()
        self.final_note.setObjectName("meet_final_note")
        self.final_note.setWordWrap(True)
        if m.final:
            self.final_note.setText(self.tr("The protocol is final: its number № {number} is fixed, so the meeting "
                                            "cannot move before or after another meeting of the body.").format(
                                                number=m.fixed_number or self.number or ""))
        self.final_note.setVisible(m.final)

        when_box = QWidget()
        when = QHBoxLayout(when_box)
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.date_edit)
        time_label = QLabel(self.tr("&Time"))
        time_label.setBuddy(self.time_edit)
        when.addWidget(time_label)
        when.addWidget(self.time_edit)
        when.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Association or council"), self.body_box)
        date_label = QLabel(self.tr("&Date"))
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, when_box)
        form.addRow(self.tr("&Place"), self.place_edit)
        form.addRow(self.tr("Stat&us"), self.status_box)
        form.addRow(self.tr("C&hair"), self.chair_box)
        form.addRow(self.tr("Chair's &name"), self.chair_name)
        form.addRow(self.tr("Se&cretary"), self.secretary_box)
        layout = QVBoxLayout(page)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(self.final_note)
        self.summary = QLabel()
        self.summary.setObjectName("meet_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("QLabel { color: #444; padding-top: 12px; }")
        layout.addWidget(self.summary)
        layout.addStretch(1)
        return page

    def _fill_roles(self, chair_id: int | None, chair_name: str, secretary_id: int | None) -> None:
        members = sorted(self.people.member_ids, key=lambda t: sort_key(self.people.name(t)))
        for box, keep in ((self.chair_box, chair_id), (self.secretary_box, secretary_id)):
            box.blockSignals(True)
            box.clear()
            if box is self.chair_box:
                box.addItem(self.tr("— another person (not on the staff list) —"), OTHER_CHAIR)
            else:
                box.addItem(self.tr("— none —"), None)
            ids = members + ([keep] if keep is not None and keep not in members and keep in self.names else [])
            for t in ids:
                box.addItem(self.people.name(t), t)
            index = box.findData(keep) if keep is not None else -1
            if box is self.chair_box and keep is None:
                index = 0
            box.setCurrentIndex(max(0, index))
            box.blockSignals(False)
        self.chair_name.setText(chair_name if self.chair_box.currentData() == OTHER_CHAIR else "")

    def _retitle(self) -> None:
        info = self._info(self.meeting.body)
        name = info.name(self.ctx.lang) if info else self.meeting.body.key
        if self.meeting.id is None:
            self.setWindowTitle(self.tr("New meeting: {body}").format(body=name))
        else:
            self.setWindowTitle(self.tr("Meeting № {number}: {body}").format(number=self.number or "", body=name))

    # -- reacting -------------------------------------------------------------
    def current_body(self) -> Body:
        return Body.parse(self.body_box.currentData())

    def _chair_changed(self) -> None:
        other = self.chair_box.currentData() == OTHER_CHAIR
        self.chair_name.setEnabled(other)
        if not other:
            self.chair_name.clear()

    def _update_info(self) -> None:
        day = self.date_edit.value()
        term = self.year.term_of(day)
        where = (self.tr("Term {term}").format(term=ROMAN[term.number - 1]) if term
                 else self.tr("Outside the terms (the holidays)"))
        lines = [where]
        if self.number:
            lines.insert(0, self.tr("Protocol № {number}").format(number=self.number))
        if self.status_box.currentData() == MeetingStatus.HELD.value and day > self.today:
            lines.append(self.tr("A meeting after today can only be planned."))
        self.info.setText(" · ".join(lines))

    def _update_summary(self) -> None:
        """What the other tabs hold, at a glance from the first one."""
        items = self.agenda.value()
        decisions = sum(len(i.decisions) for i in items)
        present = len(self.attendance.present_ids())
        lines = [
            self.tr("Agenda: {count} item(s).").format(count=len(items)),
            self.tr("Attendance: {present} of {total} present, {guests} guest(s).").format(
                present=present, total=len(self.attendance.rows), guests=len(self.attendance.guest_list())),
            self.tr("Decisions recorded: {count}.").format(count=decisions),
        ]
        self.summary.setText("\n".join(lines))

    def _day_changed(self) -> None:
        day = self.date_edit.value()
        self.agenda.set_default_due(day + DUE_AFTER)
        self._update_info()
        if self.meeting.id is None:
            draft = self._draft()
            if draft is not None:
                self._redraft_agenda(draft)
        self._load_previous()

    def _body_changed(self) -> None:
        """A new meeting for another body starts again from that body's draft."""
        body = self.current_body()
        self.meeting = replace(self.meeting, body=body)
        self.people = self._people_of(body)
        draft = self._draft()
        if draft is None:
            return
        self._fill_roles(draft.chair_id, draft.chair_name, draft.secretary_id)
        self._chair_changed()
        self.attendance.people = self.people
        self.attendance.set_attendance(draft.attendance)
        self.agenda.set_people(self.people)
        self.previous.people = self.people
        self._redraft_agenda(draft)
        self._take_last_time_and_place(replace_all=True)
        self._load_previous()
        self._retitle()

    def _take_last_time_and_place(self, replace_all: bool = False) -> None:
        """A body usually meets at the same hour in the same room: a new meeting starts from its last one."""
        if self.year.id is None:
            return
        earlier = [n.meeting for n in self.ctx.services.meetings.meetings(self.year.id, self.current_body())]
        last = earlier[-1] if earlier else None
        for edit, value in ((self.time_edit, last.time if last else ""), (self.place_edit, last.place if last else "")):
            if replace_all or not edit.text().strip():
                edit.setText(value)

    def _draft(self) -> Meeting | None:
        try:
            return self.ctx.services.meetings.draft(self.year.id, self.current_body(), self.date_edit.value(),
                                                    self.ctx.lang)
        except DomainError as e:
            self.error.show_error(describe(e))
            return None

    def _redraft_agenda(self, draft: Meeting) -> None:
        """Only an agenda nobody has worked on yet follows the draft."""
        if self.agenda.is_blank() and self.agenda.topics() == self._draft_topics:
            self.agenda.set_items(draft.agenda)
            self._draft_topics = [i.topic for i in draft.agenda]

    def _load_previous(self) -> None:
        if self.year.id is None:
            return
        meetings, body, day = self.ctx.services.meetings, self.current_body(), self.date_edit.value()
        tracked = meetings.open_decisions(self.year.id, body, day)
        # The last earlier meeting's decisions stay here once checked, so a state can still be corrected.
        earlier = [t for t in meetings.decisions(self.year.id, body) if t.day < day and t.decision.tracked]
        last = max((t.day for t in earlier), default=None)
        ids = {t.decision.id for t in tracked}
        tracked += [t for t in earlier if t.day == last and t.decision.id not in ids]
        self.previous.load(sorted(tracked, key=lambda t: (t.day, t.number)), self.today)
        index = self.tabs.indexOf(self.previous)
        self.tabs.setTabText(index, self.tr("Decisions of the previous meeting ({count})").format(
            count=self.previous.open_count()) if self.previous.open_count() else self.tr("Decisions of the previous meeting"))

    # -- saving ---------------------------------------------------------------
    def value(self) -> Meeting:
        chair = self.chair_box.currentData()
        return replace(
            self.meeting, body=self.current_body(), day=self.date_edit.value(), time=self.time_edit.text().strip(),
            place=self.place_edit.text().strip(), status=MeetingStatus(self.status_box.currentData()),
            chair_id=None if chair == OTHER_CHAIR else chair,
            chair_name=self.chair_name.text().strip() if chair == OTHER_CHAIR else "",
            secretary_id=self.secretary_box.currentData(), agenda=self.agenda.value(),
            attendance=self.attendance.value(), guests=self.attendance.guest_list(),
        )

    def save(self) -> bool:
        self.error.clear_error()
        time = self.time_edit.text().strip()
        if time and not QRegularExpression(TIME_PATTERN).match(time).hasMatch():
            self.tabs.setCurrentWidget(self.main_page)
            self.time_edit.setFocus()
            self.error.show_error(self.tr("Write the time as hours and minutes, like 14:30."))
            return False
        try:
            meeting_id, changed = self.ctx.services.meetings.save(self.value())
        except DomainError as e:
            self.show_refusal(e)
            return False
        self.saved_id = meeting_id
        for decision_id, state in self.previous.changes():
            try:
                changed = changed | self.ctx.services.meetings.set_decision_state(decision_id, state)
            except DomainError as e:
                self.ctx.dialogs.error(self, describe(e))
        self.ctx.changed.emit(changed)
        self.ctx.status.emit(self.tr("The meeting of {date} was saved.").format(date=fmt_date(self.date_edit.value())))
        self.accept()
        return True

    def show_refusal(self, error: DomainError) -> None:
        """The sentence under the tabs, and the tab and field it is about in front."""
        text = describe(error)
        field = error.field or ""
        if error.kind == "required" and field.startswith("agenda") and field.endswith(".topic"):
            digits = field[len("agenda"):-len(".topic")]
            row = int(digits) if digits.isdigit() else 0
            text = self.tr("Agenda item {number}: write its topic.").format(number=row + 1)
            self.tabs.setCurrentWidget(self.agenda.agenda_page)
            self.agenda.select(row)
            if row < self.agenda.count():
                self.agenda.agenda_panel(row).topic.setFocus()
        elif field in ("day", "final") or error.kind in ("would_renumber_final", "held_in_future"):
            self.tabs.setCurrentWidget(self.main_page)
            self.date_edit.setFocus()
        self.error.show_error(text)
