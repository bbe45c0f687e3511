"""Who came: each member present or absent with a reason, the guests, and a live count."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from domain.meetings import Presence
from gui.meetings.models import present_text
from gui.meetings.people import People
from gui.meetings.record import small_button


class AttendanceEditor(QWidget):
    changed = Signal()

    def __init__(self, attendance: list[Presence], guests: list[str], people: People,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meet_attendance")
        self.people = people
        self.rows: dict[int, tuple[QCheckBox, QLineEdit]] = {}

        self.count = QLabel()
        self.count.setObjectName("meet_count")
        font = self.count.font()
        font.setBold(True)
        self.count.setFont(font)
        all_present = small_button("meet_all_present", self.tr("A&ll present"))
        all_present.clicked.connect(self.mark_all_present)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        members_box = QGroupBox(self.tr("Members"))
        members_layout = QVBoxLayout(members_box)
        top = QHBoxLayout()
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(all_present)
        members_layout.addLayout(top)
        members_layout.addWidget(scroll, 1)

        self.guests = QPlainTextEdit("\n".join(guests))
        self.guests.setObjectName("meet_guests")
        self.guests.setTabChangesFocus(True)
        self.guests.setPlaceholderText(self.tr("One guest a line: name and position"))
        guests_box = QGroupBox(self.tr("&Guests"))
        guests_layout = QVBoxLayout(guests_box)
        guests_layout.addWidget(self.guests)
        guests_box.setFocusProxy(self.guests)

        layout = QHBoxLayout(self)
        layout.addWidget(members_box, 3)
        layout.addWidget(guests_box, 2)
        self.set_attendance(attendance)

    def set_attendance(self, attendance: list[Presence]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows.clear()
        self.grid.addWidget(QLabel(self.tr("Present")), 0, 0)
        self.grid.addWidget(QLabel(self.tr("Reason of absence")), 0, 1)
        for i, p in enumerate(attendance, start=1):
            box = QCheckBox(self.people.name(p.teacher_id) or f"#{p.teacher_id}")
            box.setObjectName(f"meet_present_{p.teacher_id}")
            box.setChecked(p.present)
            reason = QLineEdit(p.reason)
            reason.setObjectName(f"meet_reason_{p.teacher_id}")
            reason.setPlaceholderText(self.tr("ill, on a course, on a trip…"))
            reason.setEnabled(not p.present)
            box.toggled.connect(lambda on, reason=reason: self._toggled(on, reason))
            self.grid.addWidget(box, i, 0)
            self.grid.addWidget(reason, i, 1)
            self.rows[p.teacher_id] = (box, reason)
        self.grid.setRowStretch(len(attendance) + 1, 1)
        self._update_count()

    def _toggled(self, present: bool, reason: QLineEdit) -> None:
        reason.setEnabled(not present)
        if not present:
            reason.setFocus()
        self._update_count()
        self.changed.emit()

    def _update_count(self) -> None:
        present = sum(1 for box, _ in self.rows.values() if box.isChecked())
        self.count.setText(present_text(present, len(self.rows)))

    def mark_all_present(self) -> None:
        for box, _reason in self.rows.values():
            box.setChecked(True)

    def set_present(self, teacher_id: int, present: bool, reason: str = "") -> None:
        box, edit = self.rows[teacher_id]
        box.setChecked(present)
        edit.setText("" if present else reason)

    def present_ids(self) -> list[int]:
        return [t for t, (box, _) in self.rows.items() if box.isChecked()]

    def value(self) -> list[Presence]:
        return [Presence(t, box.isChecked(), "" if box.isChecked() else reason.text().strip())
                for t, (box, reason) in self.rows.items()]

    def guest_list(self) -> list[str]:
        return [g.strip() for g in self.guests.toPlainText().splitlines() if g.strip()]
