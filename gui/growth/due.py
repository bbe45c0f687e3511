"""Coming due: courses, heads to reappoint, topics ending with nothing shown, associations below three.

Each line is a sentence in the user's language; Enter or a double-click opens the place that fixes it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from domain.services.growth import DueItem
from gui.growth import GrowthData
from gui.staff.card import COURSES, TeacherCard
from gui.staff.model import sort_key
from gui.widgets import fmt_date

KIND_ORDER = ["course", "head_reappoint", "head_year_ends", "topic_nothing_shown", "below_three"]
ICONS = {"course": QStyle.StandardPixmap.SP_FileDialogInfoView, "topic_nothing_shown": QStyle.StandardPixmap.SP_FileIcon}


class DueTab(QWidget):
    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page
        self.ctx = page.ctx
        self.data: GrowthData = page.data
        self.items: list[DueItem] = []
        self.card: Any = None
        self.count_label = QLabel()
        self.count_label.setObjectName("due_count")
        self.list = QListWidget()
        self.list.setObjectName("due_list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        self.list.setIconSize(QSize(16, 16))
        self.list.itemActivated.connect(self.open_item)
        hint = QLabel(self.tr("Enter or a double-click opens the place where it is put right: the teacher's card, "
                              "the topic, or the associations."))
        hint.setStyleSheet("color: #555;")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)

    # -- loading --------------------------------------------------------------
    def load(self, data: GrowthData) -> None:
        self.data = data
        services = self.ctx.services
        items = services.growth.coming_due(data.year_id) if data.year_id is not None else []
        topics = {t.id: t.title for t in services.growth.topics(data.year_id)} if items else {}
        period = services.staff.course_due_years()
        rank = {kind: i for i, kind in enumerate(KIND_ORDER)}
        self.items = sorted(items, key=lambda d: (rank.get(d.kind, len(rank)), sort_key(data.name(d.teacher_id)),
                                                  sort_key(data.association_name(d.association_id))))
        self.list.clear()
        icons: dict[QStyle.StandardPixmap, QIcon] = {}  # one per kind, not one per line
        for i, d in enumerate(self.items):
            item = QListWidgetItem(self.sentence(d, period, topics))
            item.setData(Qt.ItemDataRole.UserRole, i)
            item.setToolTip(self._where(d))
            pixmap = ICONS.get(d.kind, QStyle.StandardPixmap.SP_DirIcon)
            if pixmap not in icons:
                icons[pixmap] = self.style().standardIcon(pixmap)
            item.setIcon(icons[pixmap])
            self.list.addItem(item)
        if data.year is None:
            text = self.tr("No academic year is chosen.")
        elif not self.items:
            text = self.tr("Nothing is coming due in {year}.").format(year=data.year.label)
        else:
            text = self.tr("Coming due in {year}: {count}").format(year=data.year.label, count=len(self.items))
        self.count_label.setText(text)
        if self.list.count():
            self.list.setCurrentRow(0)

    def sentence(self, d: DueItem, period: int, topics: dict[int | None, str]) -> str:
        data = self.data
        name = data.name(d.teacher_id)
        association = data.association_name(d.association_id)
        if d.kind == "course":
            teacher = data.teachers.get(d.teacher_id) if d.teacher_id is not None else None
            last = teacher.last_course() if teacher else None
            if last is None or last.when is None:
                return self.tr("{name}: no course recorded").format(name=name)
            return self.tr("{name}: no course for {years} years or more (the last ended on {date})").format(
                name=name, years=period, date=fmt_date(last.when))
        if d.kind == "head_reappoint":
            if d.teacher_id is None:
                return self.tr("{association}: the head is to be appointed for the new year").format(
                    association=association)
            return self.tr("{name}, head of {association}: to be reappointed for the new year").format(
                name=name, association=association)
        if d.kind == "head_year_ends":
            return self.tr("{name}, head of {association}: the appointment ends with the year on {date}").format(
                name=name, association=association, date=fmt_date(d.day))
        if d.kind == "topic_nothing_shown":
            return self.tr("{name}: the topic «{topic}» is in its last year and nothing has been shown yet").format(
                name=name, topic=topics.get(d.topic_id, "?"))
        if d.kind == "below_three":
            return self.tr("{association}: {count} members, fewer than three").format(
                association=association, count=d.count)
        return f"{d.kind}: {name} {association}".strip()

    def _where(self, d: DueItem) -> str:
        if d.kind == "course":
            return self.tr("Opens the teacher's card (Courses)")
        if d.kind == "topic_nothing_shown":
            return self.tr("Opens the topic")
        return self.tr("Opens the associations")

    # -- opening the place that fixes it ---------------------------------------
    def current(self) -> DueItem | None:
        item = self.list.currentItem()
        return self.items[item.data(Qt.ItemDataRole.UserRole)] if item is not None else None

    def open_item(self, item: QListWidgetItem | None = None) -> Any:
        if item is not None:
            self.list.setCurrentItem(item)
        d = self.current()
        if d is None:
            return None
        if d.kind == "course" and d.teacher_id is not None:
            return self.open_card(d.teacher_id)
        if d.kind == "topic_nothing_shown" and d.topic_id is not None:
            return self.page.open_topic(d.topic_id)
        return self.page.show_associations(d.association_id)

    def open_card(self, teacher_id: int) -> Any:
        teacher = self.ctx.run(self.ctx.services.staff.teacher, teacher_id, parent=self)
        if teacher is None:
            return None
        self.card = TeacherCard(self.ctx, teacher, self)
        self.card.tabs.setCurrentIndex(COURSES)
        self.card.finished.connect(self._card_closed)
        self.card.open()
        return self.card

    def _card_closed(self) -> None:
        card, self.card = self.card, None
        if card is not None:
            card.deleteLater()
        self.list.setFocus()
