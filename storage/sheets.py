"""Excel sheets of the plan and of the topics list (the district workbook is in storage/district.py)."""

from __future__ import annotations

from domain.documents.growth import TopicsContent
from domain.documents.plan import PlanContent
from storage.excel import SheetData

PLAN_HEADERS = {
    "ky": ["№", "Багыты", "Аткарыла турган иш-чаралар", "Формасы", "Аткаруу мөөнөтү", "Жооптуулар", "Эскертүү",
           "Абалы"],
    "ru": ["№", "Направление", "Мероприятие", "Форма", "Сроки", "Ответственные", "Отметка о выполнении", "Статус"],
}
PLAN_TITLES = {"ky": ("Усулдук иштин бирдиктүү планы", "Иш планы"), "ru": ("Единый план методической работы",
                                                                           "План работы")}
STATUS_NAMES = {
    "ky": {"planned": "пландалган", "done": "аткарылды", "moved": "жылдырылды", "cancelled": "жокко чыгарылды"},
    "ru": {"planned": "запланировано", "done": "выполнено", "moved": "перенесено", "cancelled": "отменено"},
}


def plan_sheet(c: PlanContent) -> SheetData:
    unified, own = PLAN_TITLES[c.lang]
    title = unified if c.unified else f"{own}: {c.title_name}"
    year = "окуу жылы" if c.lang == "ky" else "учебный год"
    rows = [(r.number, g.name, r.event, r.form, r.deadline, r.responsible, r.mark, STATUS_NAMES[c.lang][r.status])
            for g in c.groups for r in g.items]
    return SheetData(title=unified if c.unified else own, heading=[c.school_name, title, f"{c.year_label} {year}",
                                                                   c.made],
                     header=PLAN_HEADERS[c.lang], rows=rows, widths=[5, 28, 50, 18, 16, 30, 30, 16])


TOPIC_HEADERS = {
    "ky": ["№", "Бирикме", "Мугалимдин аты-жөнү", "Өздүк усулдук тема", "Мөөнөтү", "Жыйынтыгын көрсөтүү формасы",
           "Ушул жылы көрсөтүлдү"],
    "ru": ["№", "Объединение", "ФИО учителя", "Тема самообразования", "Сроки", "Форма представления результатов",
           "Представлено в этом году"],
}


def topics_sheet(c: TopicsContent) -> SheetData:
    title = "Өздүк усулдук темалар" if c.lang == "ky" else "Темы самообразования"
    rows = [(r.number, g.name, r.teacher, r.title, r.years, r.forms, r.shown) for g in c.groups for r in g.rows]
    return SheetData(title=title, heading=[c.school_name, title, c.year_label, c.theme], header=TOPIC_HEADERS[c.lang],
                     rows=rows, widths=[5, 30, 30, 50, 12, 28, 30])
