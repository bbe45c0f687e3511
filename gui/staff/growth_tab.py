"""The teacher's card, tab Growth: her self-development topics, open lessons and visits of the year,
with the way into the Teachers' growth page filtered to her."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from domain.growth import LessonForm


class GrowthTab(QWidget):
    open_growth = Signal(int)  # the teacher's id

    def __init__(self, ctx: Any, teacher_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_growth")
        self.teacher_id = teacher_id
        self.list = QListWidget()
        self.list.setObjectName("card_growth_list")
        self.button = QPushButton(self.tr("Open in «Teachers' &growth»"))
        self.button.setObjectName("card_growth_open")
        self.button.setEnabled(teacher_id is not None)
        self.button.clicked.connect(lambda: self.open_growth.emit(self.teacher_id))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This academic year:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.button)
        if teacher_id is not None:
            self._fill(ctx, teacher_id)

    def _fill(self, ctx: Any, teacher_id: int) -> None:
        s = ctx.services
        year = s.school.current_year()
        if year is None or year.id is None:
            return
        lines = [self.tr("Topic: {title}").format(title=t.title)
                 for t in s.growth.topics(year.id) if t.teacher_id == teacher_id]
        for x in s.growth.lessons(year.id):
            if x.teacher_id == teacher_id:
                kind = self.tr("Master class") if x.form == LessonForm.MASTER_CLASS else self.tr("Open lesson")
                lines.append(f"{kind}: {x.day.strftime('%d.%m.%Y')}, {x.class_name} — {x.topic}")
        visits = s.growth.visits(year.id)
        made = sum(1 for v in visits if v.visitor_id == teacher_id)
        received = sum(1 for v in visits if v.visited_id == teacher_id)
        lines.append(self.tr("Lessons visited: {made}; her lessons visited: {received}").format(
            made=made, received=received))
        self.list.addItems(lines)
