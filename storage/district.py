"""The district office's workbook: one sheet per subject matter, each with the school, year and date on top."""

from __future__ import annotations

from domain.meetings import BodyKind, MeetingStatus
from domain.plan import completion
from domain.services.container import Services
from domain.staff import Category
from storage.excel import SheetData

H = {
    "ky": {
        "staff": ("Кадрлар", ["№", "Аты-жөнү", "Предметтери", "Категориясы", "Категория берилген күн", "Стажы",
                              "Билими", "Акыркы курс", "Курстун сааты", "Класс жетекчилиги"]),
        "associations": ("Бирикмелер", ["№", "Бирикме", "Түрү", "Жетекчиси", "Мүчөлөрү", "Мүчөлөрдүн саны",
                                         "Предметтери"]),
        "meetings": ("Отурумдар", ["Бирикме / кеңеш", "I чейрек", "II чейрек", "III чейрек", "IV чейрек",
                                   "Бардыгы өткөрүлдү", "Пландалган"]),
        "lessons": ("Ачык сабактар", ["№", "Күнү", "Мугалим", "Класс", "Предмет", "Темасы", "Формасы",
                                      "Байкоочулар"]),
        "topics": ("Өздүк темалар", ["№", "Мугалим", "Тема", "Мөөнөтү", "Ушул жылы көрсөтүлдү"]),
        "plan": ("Пландын аткарылышы", ["План / багыт", "Аткарылды", "Бардыгы", "%"]),
        "title": "Окуу жылы", "made": "Түзүлгөн күнү",
        "categories": {Category.HIGHEST: "жогорку", Category.FIRST: "I", Category.SECOND: "II", Category.NONE: "жок"},
        "unified": "Бирдиктүү план", "total": "Бардыгы",
        "kinds": {"subject": "предметтик", "cycle": "циклдик комиссия", "primary": "башталгыч класстар",
                  "class_leaders": "класс жетекчилер", "other": "башка"},
        "forms": {"open_lesson": "ачык сабак", "master_class": "мастер-класс"},
    },
    "ru": {
        "staff": ("Кадры", ["№", "ФИО", "Предметы", "Категория", "Дата присвоения", "Стаж", "Образование",
                            "Последние курсы", "Часы курсов", "Классное руководство"]),
        "associations": ("Объединения", ["№", "Объединение", "Вид", "Руководитель", "Члены", "Число членов",
                                          "Предметы"]),
        "meetings": ("Заседания", ["Объединение / совет", "I четверть", "II четверть", "III четверть",
                                   "IV четверть", "Всего проведено", "Запланировано"]),
        "lessons": ("Открытые уроки", ["№", "Дата", "Учитель", "Класс", "Предмет", "Тема", "Форма", "Наблюдатели"]),
        "topics": ("Темы самообразования", ["№", "Учитель", "Тема", "Сроки", "Представлено в этом году"]),
        "plan": ("Выполнение плана", ["План / направление", "Выполнено", "Всего", "%"]),
        "title": "Учебный год", "made": "Дата составления",
        "categories": {Category.HIGHEST: "высшая", Category.FIRST: "первая", Category.SECOND: "вторая",
                       Category.NONE: "без категории"},
        "unified": "Единый план", "total": "Итого",
        "kinds": {"subject": "предметное", "cycle": "цикловая комиссия", "primary": "начальные классы",
                  "class_leaders": "классные руководители", "other": "другое"},
        "forms": {"open_lesson": "открытый урок", "master_class": "мастер-класс"},
    },
}


def district_sheets(s: Services, year_id: int, lang: str) -> list[SheetData]:
    h = H[lang]
    year = s.school.year(year_id)
    school = s.school.school()
    today = s.today()
    top = [school.name_ru if lang == "ru" else school.name_ky, "", f"{h['title']}: {year.label}",
           f"{h['made']}: {today.strftime('%d.%m.%Y')}"]
    teachers = s.staff.teachers(include_archived=False)
    names = {t.id: t.full_name for t in s.staff.teachers()}
    subjects = {x.id: x.name(lang) for x in s.staff.subjects()}

    def sheet(key: str, rows: list) -> SheetData:
        title, header = h[key]
        return SheetData(title=title, heading=[top[0], title, top[2], top[3]], header=header, rows=rows)

    staff_rows = []
    for i, t in enumerate(teachers, start=1):
        last = t.last_course()
        staff_rows.append((i, t.full_name, ", ".join(subjects.get(x, "") for x in t.subject_ids),
                           h["categories"][t.category], t.category_date, t.experience_years(today), t.education,
                           last.when if last else None, last.hours if last else None, t.class_leadership))
    associations = s.associations.associations(year_id)
    assoc_rows = [(i, a.name(lang), h["kinds"][a.kind.value], names.get(a.head_id, ""),
                   ", ".join(names.get(m, "") for m in a.member_ids), len(a.member_ids),
                   ", ".join(subjects.get(x, "") for x in a.subject_ids)) for i, a in enumerate(associations, start=1)]
    meetings = s.meetings.meetings(year_id)
    meeting_rows = []
    for info in s.meetings.bodies(year_id):
        mine = [n for n in meetings if n.meeting.body == info.body]
        held = [n for n in mine if n.meeting.status == MeetingStatus.HELD]
        if info.body.kind == BodyKind.PEDAGOGICAL and not mine:
            continue
        meeting_rows.append((info.name(lang), *[sum(1 for n in held if n.term == k) for k in (1, 2, 3, 4)],
                             len(held), len(mine) - len(held)))
    lesson_rows = [(i, x.day, names.get(x.teacher_id, ""), x.class_name, subjects.get(x.subject_id, ""), x.topic,
                    h["forms"][x.form.value], ", ".join(names.get(o, "") for o in x.observer_ids))
                   for i, x in enumerate(s.growth.lessons(year_id), start=1)]
    topic_rows = []
    for i, tp in enumerate(sorted(s.growth.topics(year_id), key=lambda tp: names.get(tp.teacher_id, "")), start=1):
        span = year.label if tp.years == 1 else f"{tp.start_year}\u2013{tp.start_year + tp.years}"
        topic_rows.append((i, names.get(tp.teacher_id, ""), tp.title, span,
                           "; ".join(x.what for x in tp.shown_in(year_id))))
    items = s.plan.items(year_id)
    plan_rows = []
    for aid, name in [(None, h["unified"])] + [(a.id, a.name(lang)) for a in associations]:
        done, total = completion([i for i in items if i.association_id == aid])
        if total:
            plan_rows.append((name, done, total, round(100 * done / total)))
    for key, ky, ru in s.plan.directions():
        done, total = completion([i for i in items if i.direction == key])
        if total:
            plan_rows.append((ru if lang == "ru" else ky, done, total, round(100 * done / total)))
    done, total = completion(items)
    plan_rows.append((h["total"], done, total, round(100 * done / total) if total else 0))
    return [sheet("staff", staff_rows), sheet("associations", assoc_rows), sheet("meetings", meeting_rows),
            sheet("lessons", lesson_rows), sheet("topics", topic_rows), sheet("plan", plan_rows)]
