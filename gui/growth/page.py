"""Teachers' growth: self-development topics, open lessons, mutual visits, and what is coming due."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from domain.changes import Changed
from gui.context import AppContext
from gui.growth import DOC_LANGS, GrowthData, fill_teachers
from gui.growth.due import DueTab
from gui.growth.lessons import LessonsTab
from gui.growth.topics import TopicsTab
from gui.growth.visits import VisitsTab
from gui.pages.base import Page

TOPICS, LESSONS, VISITS, DUE = range(4)


class GrowthPage(Page):
    key = "growth"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.data = GrowthData(ctx.lang, ctx.services.today())
        self.teacher_box = QComboBox()
        self.teacher_box.setObjectName("growth_teacher")
        self.teacher_box.setToolTip(self.tr("Show the topics, lessons and visits of one teacher"))
        self.teacher_box.setMinimumContentsLength(28)
        self.teacher_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.teacher_box.addItem(self.tr("All teachers"), None)
        self.teacher_box.currentIndexChanged.connect(lambda _i: self._teacher_changed())
        teacher_label = QLabel(self.tr("Te&acher:"))
        teacher_label.setBuddy(self.teacher_box)
        self.lang_box = QComboBox()
        self.lang_box.setObjectName("growth_doc_lang")
        self.lang_box.setToolTip(self.tr("The language of the documents made here"))
        for code, name in DOC_LANGS:
            self.lang_box.addItem(name, code)
        self.lang_box.setCurrentIndex(max(0, self.lang_box.findData(ctx.lang)))
        lang_label = QLabel(self.tr("Document lan&guage:"))
        lang_label.setBuddy(self.lang_box)
        self.filter_note = QLabel()
        self.filter_note.setObjectName("growth_filter_note")
        self.filter_note.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(teacher_label)
        top.addWidget(self.teacher_box)
        top.addWidget(self.filter_note)
        top.addStretch(1)
        top.addWidget(lang_label)
        top.addWidget(self.lang_box)

        self.topics = TopicsTab(self)
        self.lessons = LessonsTab(self)
        self.visits = VisitsTab(self)
        self.due = DueTab(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("growth_tabs")
        for tab, name, text in ((self.topics, "growth_topics", self.tr("&Topics")),
                                (self.lessons, "growth_lessons", self.tr("&Open lessons")),
                                (self.visits, "growth_visits", self.tr("&Visits")),
                                (self.due, "growth_due", self.tr("Coming d&ue"))):
            tab.setObjectName(name)
            self.tabs.addTab(tab, text)
        self.tabs.setTabToolTip(TOPICS, self.tr("Self-development topics of the year"))
        self.tabs.setTabToolTip(LESSONS, self.tr("Open lessons and master classes, term by term"))
        self.tabs.setTabToolTip(VISITS, self.tr("Mutual lesson visits: the list and who visited whom"))
        self.tabs.setTabToolTip(DUE, self.tr("Courses, heads, topics and associations that need attention"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    # -- loading --------------------------------------------------------------
    def _reload(self, changed: Changed | None) -> None:
        if changed is not None and not (changed.growth or changed.teachers or changed.years or changed.associations
                                        or changed.settings or changed.subjects):
            return
        s = self.ctx.services
        year = s.school.current_year()
        year_id = year.id if year is not None else None
        self.data = GrowthData(
            lang=self.ctx.lang, today=s.today(), year=year,
            teachers={t.id: t for t in s.staff.teachers() if t.id is not None},
            subjects={x.id: x for x in s.staff.subjects() if x.id is not None},
            associations={a.id: a for a in s.associations.associations(year_id) if a.id is not None}
            if year_id is not None else {},
            memberships=s.associations.memberships(year_id) if year_id is not None else {})
        fill_teachers(self.teacher_box, self.data, self.teacher_box.currentData(), self.tr("All teachers"))
        for tab in (self.topics, self.lessons, self.visits, self.due):
            tab.load(self.data)
        self._teacher_changed()
        count = len(self.due.items)
        self.tabs.setTabText(DUE, self.tr("Coming d&ue ({count})").format(count=count) if count
                             else self.tr("Coming d&ue"))

    # -- the teacher filter and the document language ---------------------------
    def teacher_filter(self) -> int | None:
        return self.teacher_box.currentData()

    def focus_item(self, target: object) -> None:
        """From the teacher's card, Home or the search: one teacher's topics, lessons and visits."""
        if isinstance(target, int):
            self.show_teacher(target)

    def show_teacher(self, teacher_id: int | None) -> None:
        """Only this teacher's topics, lessons and visits (None: everyone); the teacher's card links here."""
        if teacher_id is not None and self.teacher_box.findData(teacher_id) < 0:
            fill_teachers(self.teacher_box, self.data, teacher_id, self.tr("All teachers"))
        self.teacher_box.setCurrentIndex(max(0, self.teacher_box.findData(teacher_id)))
        self._teacher_changed()
        if teacher_id is not None and self.tabs.currentIndex() == DUE:
            self.tabs.setCurrentIndex(TOPICS)

    def _teacher_changed(self) -> None:
        teacher_id = self.teacher_filter()
        self.topics.proxy.set_teacher(teacher_id)
        self.lessons.proxy.set_teacher(teacher_id)
        self.visits.set_teacher(teacher_id)
        for tab in (self.topics, self.lessons, self.visits):
            tab.update_buttons()
        self.filter_note.setText("" if teacher_id is None else self.tr(
            "topics: {topics}, lessons: {lessons}, visits: {visits}").format(
            topics=self.topics.proxy.rowCount(), lessons=self.lessons.proxy.rowCount(),
            visits=self.visits.proxy.rowCount()))

    def doc_lang(self) -> str:
        return self.lang_box.currentData() or self.ctx.lang

    # -- actions --------------------------------------------------------------
    def new_item(self) -> None:
        """Ctrl+N: a new topic, lesson or visit, after the tab shown."""
        tab = self.tabs.currentWidget()
        (tab if isinstance(tab, (LessonsTab, VisitsTab)) else self.topics).new_item()

    def open_topic(self, topic_id: int) -> Any:
        self.tabs.setCurrentIndex(TOPICS)
        if not self.topics.select(topic_id):
            self.show_teacher(None)
            self.topics.select(topic_id)
        return self.topics.open_editor(topic_id)

    def show_associations(self, association_id: int | None = None) -> Any:
        """The associations page puts these right; this page does not reach into it beyond showing it."""
        window: QWidget = self.window()
        show = getattr(window, "show_page", None)
        if not callable(show):
            return None
        try:
            return show("associations")
        except ValueError:
            return None
