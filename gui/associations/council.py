"""The methodical council of the year: its chair (the deputy), secretary and members (the heads by default)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.associations import Council
from domain.errors import DomainError
from domain.staff import Teacher
from gui.associations.models import teacher_with_merits
from gui.messages import describe
from gui.staff.model import sort_key
from gui.widgets import FieldError

ID_ROLE = Qt.ItemDataRole.UserRole


class CouncilEditor(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("council_editor")
        self.ctx = ctx
        self.year_id: int | None = None
        self.heads: set[int] = set()
        self.head_of: dict[int, str] = {}

        self.chair_edit = QLineEdit()
        self.chair_edit.setObjectName("council_chair")
        self.chair_edit.setToolTip(self.tr("The deputy director for methodical work chairs the council"))
        self.secretary_box = QComboBox()
        self.secretary_box.setObjectName("council_secretary")
        self.member_list = QListWidget()
        self.member_list.setObjectName("council_members")
        self.member_list.setToolTip(self.tr("Space ticks a teacher"))
        self.member_list.itemChanged.connect(lambda _item: self._update_count())
        self.count_label = QLabel()
        self.count_label.setObjectName("council_count")
        heads_button = QPushButton(self.tr("Tick all hea&ds"))
        heads_button.setObjectName("council_heads")
        heads_button.setToolTip(self.tr("The heads of the associations are members of the council"))
        heads_button.clicked.connect(self.tick_heads)
        self.error = FieldError()
        self.error.setObjectName("council_error")
        self.save_button = QPushButton(self.tr("Save the &council"))
        self.save_button.setObjectName("council_save")
        self.save_button.clicked.connect(self.save)
        note = QLabel(self.tr("The methodical council reviews the unified plan and the associations' plans; "
                              "it is chaired by the deputy director, its members are the heads of the "
                              "associations and experienced teachers."))
        note.setWordWrap(True)
        note.setObjectName("council_note")

        form = QFormLayout()
        form.addRow(self.tr("C&hair"), self.chair_edit)
        form.addRow(self.tr("Sec&retary"), self.secretary_box)
        members_label = QLabel(self.tr("&Members"))
        members_label.setBuddy(self.member_list)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(heads_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(members_label)
        layout.addWidget(self.member_list, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

    # -- loading --------------------------------------------------------------
    def load(self, year_id: int | None) -> None:
        self.year_id = year_id
        self.setEnabled(year_id is not None)
        self.error.clear_error()
        if year_id is None:
            return
        services = self.ctx.services
        council = services.associations.council(year_id)
        associations = services.associations.associations(year_id)
        self.head_of = {a.head_id: a.name(self.ctx.lang) for a in associations if a.head_id is not None}
        self.heads = set(self.head_of)
        keep = set(council.member_ids) | ({council.secretary_id} if council.secretary_id else set())
        teachers = sorted((t for t in services.staff.teachers() if t.id is not None and (not t.archived or t.id in keep)),
                          key=lambda t: sort_key(t.full_name))
        self.chair_edit.setText(council.chair or services.school.school().deputy)
        self._fill(teachers, council, services.today())

    def _fill(self, teachers: list[Teacher], council: Council, today: date) -> None:
        self.secretary_box.clear()
        self.secretary_box.addItem(self.tr("— not appointed —"), None)
        for t in teachers:
            self.secretary_box.addItem(teacher_with_merits(t, today), t.id)
        self.secretary_box.setCurrentIndex(max(0, self.secretary_box.findData(council.secretary_id))
                                           if council.secretary_id is not None else 0)
        self.member_list.blockSignals(True)
        self.member_list.clear()
        members = set(council.member_ids)
        for t in teachers:
            text = t.full_name
            if t.id in self.head_of:
                text = self.tr("{teacher} — head of {association}").format(
                    teacher=text, association=self.head_of[t.id])
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, t.id)
            item.setToolTip(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if t.id in members else Qt.CheckState.Unchecked)
            self.member_list.addItem(item)
        self.member_list.blockSignals(False)
        self._update_count()

    def member_ids(self) -> list[int]:
        return [self.member_list.item(i).data(ID_ROLE) for i in range(self.member_list.count())
                if self.member_list.item(i).checkState() == Qt.CheckState.Checked]

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("Members ticked: {count}").format(count=len(self.member_ids())))

    def tick_heads(self) -> None:
        self.member_list.blockSignals(True)
        for i in range(self.member_list.count()):
            item = self.member_list.item(i)
            if item.data(ID_ROLE) in self.heads:
                item.setCheckState(Qt.CheckState.Checked)
        self.member_list.blockSignals(False)
        self._update_count()

    # -- saving ---------------------------------------------------------------
    def value(self) -> Council:
        assert self.year_id is not None
        return Council(self.year_id, self.chair_edit.text().strip(), self.secretary_box.currentData(),
                       self.member_ids())

    def save(self) -> bool:
        self.error.clear_error()
        if self.year_id is None:
            return False
        try:
            changed = self.ctx.services.associations.save_council(self.value())
        except DomainError as e:
            self.error.show_error(describe(e))
            return False
        self.ctx.changed.emit(changed)
        self.ctx.status.emit(self.tr("The methodical council was saved."))
        return True
