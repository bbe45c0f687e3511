"""Home: what needs attention today, grouped by kind (each line opens the place that fixes it), then
the year in pictures."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from domain.changes import Changed
from domain.services.home import Attention
from domain.staff import Category
from gui.context import AppContext
from gui.home.charts_view import ChartData, ChartsView
from gui.pages.base import Page

ROMAN = ("I", "II", "III", "IV")
OPEN_UP_TO = 8  # a group of this many lines or fewer is shown open; a longer one opens on Enter
URGENT = "#b00020"


class HomePage(Page):
    key = "home"
    open_requested = Signal(str, object)  # page key, target id

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.heading = QLabel()
        self.heading.setObjectName("home_heading")
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("home_attention")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.setExpandsOnDoubleClick(False)  # a group opens on activation (Enter or double-click) only
        self.tree.itemActivated.connect(self._open)
        self.charts = ChartsView()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.charts)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        self.items: list[Attention] = []

    def _reload(self, changed: Changed | None) -> None:
        s = self.ctx.services
        year = s.school.current_year()
        self.tree.clear()
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
        groups: dict[str, list[Attention]] = {}
        for a in self.items:  # urgent kinds first, each kind in one group
            groups.setdefault(a.kind, []).append(a)
        red = QBrush(QColor(URGENT))
        for kind, lines in groups.items():
            group = QTreeWidgetItem([f"{self.group_title(kind)} ({len(lines)})"])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            if any(a.urgent for a in lines):
                group.setForeground(0, red)
            for a in lines:
                text = self.sentence(a)
                line = QTreeWidgetItem([text])
                line.setToolTip(0, text)  # the whole sentence where the line is cut
                line.setData(0, Qt.ItemDataRole.UserRole, (a.page, a.target))
                if a.urgent:
                    line.setForeground(0, red)
                group.addChild(line)
            self.tree.addTopLevelItem(group)
            group.setExpanded(len(lines) <= OPEN_UP_TO)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first.child(0) if first.isExpanded() else first)
        self.charts.set_charts(self._charts(year.id))

    def lines(self) -> list[QTreeWidgetItem]:
        """Every line of the attention list, group after group (open or not)."""
        return [self.tree.topLevelItem(g).child(i) for g in range(self.tree.topLevelItemCount())
                for i in range(self.tree.topLevelItem(g).childCount())]

    def group_title(self, kind: str) -> str:
        titles = {
            "not_met": self.tr("Have not met this term"),
            "plan_overdue": self.tr("Plan items overdue"),
            "plan_due_soon": self.tr("Plan items due soon"),
            "decision_overdue": self.tr("Decisions past their date"),
            "course_due": self.tr("Teachers due for courses"),
            "head_reappoint": self.tr("Heads to reappoint"),
            "head_year_ends": self.tr("Heads whose year ends"),
            "below_three": self.tr("Associations with fewer than three members"),
            "plan_not_approved": self.tr("The unified plan"),
        }
        return titles.get(kind, kind)

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

    def _open(self, item: QTreeWidgetItem) -> None:
        link = item.data(0, Qt.ItemDataRole.UserRole)
        if link is None:  # a group: Enter opens or closes it
            item.setExpanded(not item.isExpanded())
            return
        page, target = link
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
