"""Home: what needs attention today (each line opens the place that fixes it), then the year in pictures."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout

from domain.changes import Changed
from domain.services.home import Attention
from domain.staff import Category
from gui.context import AppContext
from gui.home.charts_view import ChartData, ChartsView
from gui.pages.base import Page

ROMAN = ("I", "II", "III", "IV")


class HomePage(Page):
    key = "home"
    open_requested = Signal(str, object)  # page key, target id

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.heading = QLabel()
        self.heading.setObjectName("home_heading")
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("home_attention")
        self.list.itemActivated.connect(self._open)
        self.list.setWordWrap(True)
        self.charts = ChartsView()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.charts)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        self.items: list[Attention] = []

    def refresh(self, changed: Changed | None = None) -> None:
        with self.ctx.services.reading():  # each list read once for the whole refresh
            self._reload(changed)

    def _reload(self, changed: Changed | None) -> None:
        s = self.ctx.services
        year = s.school.current_year()
        self.list.clear()
        if year is None or year.id is None:
            return
        today = s.today()
        self.items = sorted(s.home.attention(year.id, self.ctx.lang, today), key=lambda a: not a.urgent)
        term = year.term_of(today)
        where = self.tr("term {term}").format(term=ROMAN[term.number - 1]) if term else self.tr("holidays")
        self.heading.setText("<h2>" + self.tr("Today, {day}: {where} of {year}").format(
            day=today.strftime("%d.%m.%Y"), where=where, year=year.label) + "</h2>"
            + (self.tr("{count} things need attention. Enter or double-click opens the place that fixes one.")
               .format(count=len(self.items)) if self.items else self.tr("Nothing needs attention today.")))
        for a in self.items:
            item = QListWidgetItem(self.sentence(a))
            item.setData(Qt.ItemDataRole.UserRole, (a.page, a.target))
            if a.urgent:
                item.setForeground(QBrush(QColor("#b00020")))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.charts.set_charts(self._charts(year.id))

    def sentence(self, a: Attention) -> str:
        f = {k: (v.strftime("%d.%m.%Y") if isinstance(v, date) else v) for k, v in a.fields.items()}
        if a.kind == "not_met":
            return self.tr("{name}: has not met in term {term} yet ({days} days left in the term)").format(
                name=f["name"], term=ROMAN[int(f["term"]) - 1], days=f["days"])
        if a.kind == "plan_overdue":
            return self.tr("Plan item overdue since {due}: {event}").format(**f)
        if a.kind == "plan_due_soon":
            return self.tr("Plan item due by {due}: {event}").format(**f)
        if a.kind == "decision_overdue":
            return self.tr("{body}, meeting № {number}: a decision past its date {due}: {text}").format(**f)
        if a.kind == "course_due":
            return self.tr("{name}: no course for {years} years or more").format(**f)
        if a.kind == "head_reappoint":
            return self.tr("{name}: reappoint the head ({head}) for the new year").format(**f)
        if a.kind == "head_year_ends":
            return self.tr("{name}: the head's year ends on {end} ({head})").format(**f)
        if a.kind == "below_three":
            return self.tr("{name}: {count} members, fewer than three").format(**f)
        if a.kind == "plan_not_approved":
            return self.tr("The unified plan of the year is not approved yet")
        return a.kind

    def _open(self, item: QListWidgetItem) -> None:
        page, target = item.data(Qt.ItemDataRole.UserRole)
        self.open_requested.emit(page, target)

    def _charts(self, year_id: int) -> list[ChartData]:
        s = self.ctx.services
        lang = self.ctx.lang
        directions = {k: (ru if lang == "ru" else ky) for k, ky, ru in s.plan.directions()}
        by_direction = s.plan.completion_by(year_id, "direction")
        by_association = s.plan.completion_by(year_id, "association")
        names = {a.id: a.name(lang) for a in s.associations.associations(year_id)}
        unified = self.tr("Unified plan")
        held: dict[str, float] = {}
        for n in s.meetings.meetings(year_id):
            if n.meeting.status.value == "held" and n.meeting.body.association_id in names:
                key = names[n.meeting.body.association_id]
                held[key] = held.get(key, 0) + 1
        staff = s.staff.teachers(include_archived=False)
        categories = [(self.tr("Highest"), Category.HIGHEST), (self.tr("First"), Category.FIRST),
                      (self.tr("Second"), Category.SECOND), (self.tr("None"), Category.NONE)]

        def pct(pairs: dict) -> tuple[list[str], list[float]]:
            keys = [k for k, (_, total) in pairs.items() if total]
            return keys, [100 * pairs[k][0] / pairs[k][1] for k in keys]

        d_keys, d_values = pct(by_direction)
        a_keys, a_values = pct(by_association)
        return [
            ChartData(self.tr("Plan completion by direction, %"), [directions.get(k, str(k)) for k in d_keys],
                      d_values, 100),
            ChartData(self.tr("Plan completion by plan, %"), [names.get(k, unified) for k in a_keys], a_values, 100),
            ChartData(self.tr("Meetings held this year"), list(held), list(held.values())),
            ChartData(self.tr("Staff by category"), [c[0] for c in categories],
                      [float(sum(1 for t in staff if t.category == c[1])) for c in categories]),
        ]
