"""The decisions of earlier meetings still waiting for their check: done, not done, or carried over."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from domain.meetings import DecisionState
from domain.services.meetings import TrackedDecision
from gui.meetings.models import decision_state_label
from gui.meetings.people import People
from gui.meetings.record import small_button
from gui.widgets import fmt_date

STATES = (DecisionState.OPEN, DecisionState.DONE, DecisionState.NOT_DONE, DecisionState.CARRIED)
OVERDUE_STYLE = "color: #b00020;"
OPEN_STATES = (DecisionState.OPEN, DecisionState.CARRIED)


class PreviousDecisions(QWidget):
    """A state box for each open decision; the editor applies the changed ones when the meeting is saved."""

    def __init__(self, people: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meet_previous")
        self.people = people
        self.tracked: list[TrackedDecision] = []
        self.boxes: dict[int, QComboBox] = {}
        self.note = QLabel()
        self.note.setObjectName("meet_previous_note")
        self.note.setWordWrap(True)
        self.all_done = small_button("meet_previous_all_done", self.tr("All &done"))
        self.all_done.clicked.connect(lambda: self.set_all(DecisionState.DONE))
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        top = QHBoxLayout()
        top.addWidget(self.note, 1)
        top.addWidget(self.all_done)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def load(self, tracked: list[TrackedDecision], today: date) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.boxes.clear()
        self.tracked = [t for t in tracked if t.decision.id is not None]
        if not self.tracked:
            self.note.setText(self.tr("No decisions of earlier meetings are waiting for their check."))
            self.all_done.setEnabled(False)
            return
        waiting = self.open_count()
        if waiting:
            self.note.setText(self.tr("{count} decision(s) of earlier meetings to check. The states are recorded "
                                      "when the meeting is saved.").format(count=waiting))
        else:
            self.note.setText(self.tr("The decisions of the previous meeting are checked; a state can still be "
                                      "corrected here."))
        self.all_done.setEnabled(True)
        headers = (self.tr("Meeting"), self.tr("Decision"), self.tr("Responsible"), self.tr("Due"), self.tr("State"))
        for column, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(label, 0, column)
        for row, t in enumerate(self.tracked, start=1):
            d = t.decision
            meeting = QLabel(self.tr("№ {number} of {date}").format(number=t.number, date=fmt_date(t.day)))
            text = QLabel(d.text)
            text.setWordWrap(True)
            responsible = QLabel(", ".join(self.people.name(r) for r in d.responsible_ids))
            responsible.setWordWrap(True)
            due = QLabel(fmt_date(d.due))
            if d.due and d.due < today and d.state in OPEN_STATES:
                due.setStyleSheet(OVERDUE_STYLE)
                due.setToolTip(self.tr("Past due"))
            box = QComboBox()
            box.setObjectName(f"meet_prev_state_{d.id}")
            for state in STATES:
                box.addItem(decision_state_label(state), state.value)
            box.setCurrentIndex(max(0, box.findData(d.state.value)))
            box.setAccessibleName(d.text)
            for column, widget in enumerate((meeting, text, responsible, due, box)):
                self.grid.addWidget(widget, row, column)
            self.boxes[d.id] = box  # type: ignore[index]
        self.grid.setRowStretch(len(self.tracked) + 1, 1)

    def open_count(self) -> int:
        return sum(1 for t in self.tracked if t.decision.state in OPEN_STATES)

    def set_state(self, decision_id: int, state: DecisionState) -> None:
        box = self.boxes[decision_id]
        box.setCurrentIndex(box.findData(state.value))

    def set_all(self, state: DecisionState) -> None:
        for decision_id in self.boxes:
            self.set_state(decision_id, state)

    def changes(self) -> list[tuple[int, DecisionState]]:
        out = []
        for t in self.tracked:
            box = self.boxes.get(t.decision.id or -1)
            if box is not None and box.currentData() != t.decision.state.value:
                out.append((t.decision.id or 0, DecisionState(box.currentData())))
        return out
