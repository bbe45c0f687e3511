"""The agenda and the record tabs: ordered items, each with its topic and speakers, and its record.

Both tabs show the same items; each item owns one panel on each tab, so moving an item moves both.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from domain.meetings import AgendaItem, Speech
from gui.meetings.people import People, checked_ids, fill_checklist
from gui.meetings.record import RecordPanel, small_button


def wrap(widget: QListWidget) -> None:
    """Long topics wrap instead of scrolling sideways."""
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    widget.setSpacing(2)


class AgendaPanel(QWidget):
    """One item as planned: its topic and who reports (members ticked, guests by name)."""

    def __init__(self, item: AgendaItem, people: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self.topic = QLineEdit(item.topic)
        self.topic.setObjectName("meet_topic")
        self.topic.setPlaceholderText(self.tr("What the item is about"))
        self.speakers = QListWidget()
        self.speakers.setObjectName("meet_speakers")
        self.speakers.setToolTip(self.tr("Space ticks a member who reports on the item"))
        self.speakers.setMaximumHeight(320)
        member_speakers = [s.teacher_id for s in item.speakers if s.teacher_id is not None]
        fill_checklist(self.speakers, people, member_speakers)
        self.guests = QLineEdit(", ".join(s.speaker for s in item.speakers if s.teacher_id is None and s.speaker))
        self.guests.setObjectName("meet_guest_speakers")
        self.guests.setPlaceholderText(self.tr("Names of guests who report, separated by commas"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Topic"), self.topic)
        form.addRow(self.tr("&Speakers"), self.speakers)
        form.addRow(self.tr("&Guest speakers"), self.guests)

    def set_people(self, people: People) -> None:
        keep = checked_ids(self.speakers)
        self.people = people
        fill_checklist(self.speakers, people, keep)

    def speeches(self) -> list[Speech]:
        members = [Speech(self.people.name(t), "", t) for t in checked_ids(self.speakers)]
        guests = [Speech(" ".join(g.split()), "", None) for g in self.guests.text().split(",") if g.strip()]
        return members + guests


@dataclass
class Entry:
    item: AgendaItem  # as loaded: keeps the ids that follow-ups refer to
    agenda: AgendaPanel
    record: RecordPanel


class AgendaEditor(QObject):
    """Builds the two tab pages (``agenda_page``, ``record_page``) and keeps them in step."""

    changed = Signal()

    def __init__(self, items: list[AgendaItem], people: People, default_due: date,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self.default_due = default_due
        self.entries: list[Entry] = []

        self.agenda_page = QWidget()
        self.agenda_page.setObjectName("meet_agenda")
        self.list = QListWidget()
        self.list.setObjectName("meet_agenda_list")
        self.list.setToolTip(self.tr("The items in the order they are discussed"))
        wrap(self.list)
        self.agenda_stack = QStackedWidget()
        self.add_button = small_button("meet_agenda_add", self.tr("&Add an item"))
        self.remove_button = small_button("meet_agenda_remove", self.tr("&Remove the item"))
        self.up_button = small_button("meet_agenda_up", self.tr("Move &up"))
        self.down_button = small_button("meet_agenda_down", self.tr("Move do&wn"))
        self.add_button.clicked.connect(lambda: self.add_item(focus=True))
        self.remove_button.clicked.connect(lambda: self.remove_item(self.list.currentRow()))
        self.up_button.clicked.connect(lambda: self.move(self.list.currentRow(), -1))
        self.down_button.clicked.connect(lambda: self.move(self.list.currentRow(), 1))
        self.empty_agenda = QLabel(self.tr("No items yet: add the first one."))
        self.agenda_stack.addWidget(self.empty_agenda)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        items_label = QLabel(self.tr("&Items"))
        items_label.setBuddy(self.list)
        left.addWidget(items_label)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addWidget(self.agenda_stack, 3)
        page = QVBoxLayout(self.agenda_page)
        page.addLayout(row, 1)
        page.addLayout(buttons)

        self.record_page = QWidget()
        self.record_page.setObjectName("meet_record")
        self.record_list = QListWidget()
        self.record_list.setObjectName("meet_record_list")
        self.record_list.setMaximumWidth(280)
        wrap(self.record_list)
        self.record_stack = QStackedWidget()
        self.empty_record = QLabel(self.tr("The agenda is empty: add its items on the Agenda tab first."))
        self.empty_record.setWordWrap(True)
        self.record_stack.addWidget(self.empty_record)
        note = QLabel(self.tr("Written after the meeting: what was heard, who spoke, and what was decided. "
                              "A decision with someone responsible or a due date is checked at the next meeting."))
        note.setWordWrap(True)
        record_left = QVBoxLayout()
        record_label = QLabel(self.tr("&Items"))
        record_label.setBuddy(self.record_list)
        record_left.addWidget(record_label)
        record_left.addWidget(self.record_list, 1)
        record_row = QHBoxLayout()
        record_row.addLayout(record_left, 1)
        record_row.addWidget(self.record_stack, 3)
        record_layout = QVBoxLayout(self.record_page)
        record_layout.addWidget(note)
        record_layout.addLayout(record_row, 1)

        self.list.currentRowChanged.connect(self._show_agenda)
        self.record_list.currentRowChanged.connect(self._show_record)
        for item in items:
            self._append(item)
        self._refresh_lists(0)

    # -- building -------------------------------------------------------------
    def _append(self, item: AgendaItem, at: int | None = None) -> Entry:
        agenda = AgendaPanel(item, self.people)
        record = RecordPanel(item.heard, item.spoke, item.decisions, self.people, self.default_due)
        agenda.topic.textChanged.connect(lambda _text: self._retitle())
        self.agenda_stack.addWidget(agenda)
        self.record_stack.addWidget(record)
        entry = Entry(item, agenda, record)
        self.entries.insert(len(self.entries) if at is None else at, entry)
        return entry

    def _caption(self, i: int) -> str:
        topic = " ".join(self.entries[i].agenda.topic.text().split()) or self.tr("(no topic yet)")
        return f"{i + 1}. {topic}"

    def _refresh_lists(self, current: int) -> None:
        for widget in (self.list, self.record_list):
            widget.blockSignals(True)
            widget.clear()
            for i in range(len(self.entries)):
                widget.addItem(self._caption(i))
            widget.blockSignals(False)
        current = max(0, min(current, len(self.entries) - 1))
        if self.entries:
            self.list.setCurrentRow(current)
            self.record_list.setCurrentRow(current)
        self._show_agenda(self.list.currentRow())
        self._show_record(self.record_list.currentRow())

    def _retitle(self) -> None:
        for i in range(len(self.entries)):
            caption = self._caption(i)
            self.list.item(i).setText(caption)
            self.record_list.item(i).setText(caption)
            self.entries[i].record.title.setText(caption)
        self.changed.emit()

    def _show_agenda(self, row: int) -> None:
        valid = 0 <= row < len(self.entries)
        self.agenda_stack.setCurrentWidget(self.entries[row].agenda if valid else self.empty_agenda)
        self.remove_button.setEnabled(valid)
        self.up_button.setEnabled(valid and row > 0)
        self.down_button.setEnabled(valid and row < len(self.entries) - 1)

    def _show_record(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.entries[row].record.title.setText(self._caption(row))
            self.record_stack.setCurrentWidget(self.entries[row].record)
        else:
            self.record_stack.setCurrentWidget(self.empty_record)

    # -- actions --------------------------------------------------------------
    def count(self) -> int:
        return len(self.entries)

    def agenda_panel(self, i: int) -> AgendaPanel:
        return self.entries[i].agenda

    def record_panel(self, i: int) -> RecordPanel:
        return self.entries[i].record

    def add_item(self, topic: str = "", focus: bool = False) -> int:
        row = self.list.currentRow()
        at = row + 1 if 0 <= row < len(self.entries) else len(self.entries)
        self._append(AgendaItem(topic=topic), at)
        self._refresh_lists(at)
        if focus:
            self.entries[at].agenda.topic.setFocus()
        self.changed.emit()
        return at

    def remove_item(self, row: int) -> None:
        if not (0 <= row < len(self.entries)):
            return
        entry = self.entries.pop(row)
        for stack, widget in ((self.agenda_stack, entry.agenda), (self.record_stack, entry.record)):
            stack.removeWidget(widget)
            widget.deleteLater()
        self._refresh_lists(row)
        self.changed.emit()

    def move(self, row: int, delta: int) -> None:
        target = row + delta
        if not (0 <= row < len(self.entries) and 0 <= target < len(self.entries)):
            return
        self.entries[row], self.entries[target] = self.entries[target], self.entries[row]
        self._refresh_lists(target)
        self.list.setFocus()
        self.changed.emit()

    def select(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.list.setCurrentRow(row)
            self.record_list.setCurrentRow(row)

    def set_people(self, people: People) -> None:
        self.people = people
        for e in self.entries:
            e.agenda.set_people(people)
            e.record.set_people(people)

    def set_default_due(self, day: date) -> None:
        self.default_due = day
        for e in self.entries:
            e.record.decisions.default_due = day

    def set_items(self, items: list[AgendaItem]) -> None:
        """Replace every item (a new meeting's draft for another body)."""
        while self.entries:
            self.remove_item(len(self.entries) - 1)
        for item in items:
            self._append(item)
        self._refresh_lists(0)

    def topics(self) -> list[str]:
        return [e.agenda.topic.text().strip() for e in self.entries]

    def is_blank(self) -> bool:
        """Nothing recorded: only topics (as a draft has), no speakers, no record."""
        return all(not e.agenda.speeches() and not e.record.heard.toPlainText().strip()
                   and not e.record.speeches() and not e.record.decisions.value() for e in self.entries)

    def value(self) -> list[AgendaItem]:
        return [replace(e.item, topic=e.agenda.topic.text().strip(), speakers=e.agenda.speeches(),
                        heard=e.record.heard.toPlainText().strip(), spoke=e.record.speeches(),
                        decisions=e.record.decisions.value())
                for e in self.entries]
