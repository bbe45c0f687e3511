"""Who can be ticked: the body's members by name, kept in the order of the school's lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

ID_ROLE = Qt.ItemDataRole.UserRole


class People:
    """The names of every teacher (archived ones too: they stay in old protocols) and the body's members."""

    def __init__(self, names: dict[int, str], member_ids: list[int]) -> None:
        self.names = names
        self.member_ids = [m for m in member_ids if m in names]

    def name(self, teacher_id: int | None) -> str:
        return self.names.get(teacher_id, "") if teacher_id is not None else ""

    def id_of(self, name: str) -> int | None:
        """The member (or else any teacher) with exactly this full name."""
        wanted = " ".join(name.split()).casefold()
        if not wanted:
            return None
        for teacher_id in self.member_ids + list(self.names):
            if self.names[teacher_id].casefold() == wanted:
                return teacher_id
        return None

    def member_names(self) -> list[str]:
        return [self.names[m] for m in self.member_ids]


def fill_checklist(widget: QListWidget, people: People, checked: list[int] | set[int]) -> None:
    """The members, ticked where ``checked``; someone ticked who is no longer a member is kept too."""
    widget.blockSignals(True)
    widget.clear()
    ids = list(people.member_ids) + [t for t in checked if t not in people.member_ids and t in people.names]
    for teacher_id in ids:
        item = QListWidgetItem(people.names[teacher_id])
        item.setData(ID_ROLE, teacher_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if teacher_id in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.blockSignals(False)


def checked_ids(widget: QListWidget) -> list[int]:
    return [widget.item(i).data(ID_ROLE) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def set_checked(widget: QListWidget, teacher_id: int, on: bool = True) -> None:
    for i in range(widget.count()):
        if widget.item(i).data(ID_ROLE) == teacher_id:
            widget.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
