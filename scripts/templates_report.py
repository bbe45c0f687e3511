"""Template of the end-of-year report: every figure under its own heading, the charts, the texts."""

from __future__ import annotations

from pathlib import Path

from scripts.make_templates import OUT, loop_table, new_document, para, signature

TEXT = {
    "ky": {
        "title": "{{ year_label }}-окуу жылында аткарылган усулдук иштер боюнча ОТЧЕТ",
        "of_assoc": "{{ subject }}", "of_service": "Мектептин усулдук кызматы",
        "composition": "1. Курамы", "members": ["№", "Аты-жөнү", "Предмети", "Категориясы", "Стажы"],
        "categories": ["Категория", "Саны", "Үлүшү"],
        "average": "Орточо педагогикалык стажы: {{ average_experience }} жыл.",
        "meetings": "2. Отурумдар (ар бир чейректе кеминде бир отурум талап кылынат)",
        "meeting_headers": ["Бирикме / кеңеш", "I", "II", "III", "IV", "Бардыгы"],
        "plan": "3. Иш планынын аткарылышы",
        "plan_total": "Пландагы {{ plan_all }} иш-чаранын {{ plan_done }} аткарылды ({{ plan_percent }}%).",
        "plan_headers": ["Багыты", "Аткарылды", "Бардыгы", "%"],
        "plan_assoc_headers": ["План", "Аткарылды", "Бардыгы", "%"],
        "lessons": "4. Ачык сабактар жана мастер-класстар",
        "lessons_total": "Ачык сабактар: {{ open_lessons }}, мастер-класстар: {{ master_classes }}.",
        "lesson_headers": ["Күнү", "Мугалим", "Темасы", "Формасы"],
        "courses": "5. Курстук даярдоо",
        "courses_total": "Окуу жылында курстан өткөндөр: {{ courses_taken }}.",
        "course_headers": ["Мугалим", "Курс", "Уюм", "Саат"],
        "due": "Курстан өтүү мөөнөтү жеткендер: {{ due_text }}.",
        "topics": "6. Өздүк усулдук темалар",
        "topics_total": "Темалар: {{ topics }}; ушул жылы жыйынтыгы көрсөтүлгөнү: {{ topics_shown }}.",
        "topic_headers": ["Мугалим", "Тема", "Эмне көрсөтүлдү"],
        "visits": "7. Сабактарга өз ара катышуу",
        "visits_total": "Катышуулардын саны: {{ visits }}.",
        "never": "Сабагына эч ким катышпаган мугалимдер: {{ never_visited_text }}.",
        "charts": "8. Диаграммалар",
        "achievements": "9. Жетишкендиктер", "problems": "10. Көйгөйлөр", "tasks": "11. Келерки окуу жылына милдеттер",
        "author": "Директордун усулдук иштер боюнча орун басары",
    },
    "ru": {
        "title": "ОТЧЁТ о методической работе за {{ year_label }} учебный год",
        "of_assoc": "{{ subject }}", "of_service": "Методическая служба школы",
        "composition": "1. Состав", "members": ["№", "ФИО", "Предмет", "Категория", "Стаж"],
        "categories": ["Категория", "Кол-во", "Доля"],
        "average": "Средний педагогический стаж: {{ average_experience }} лет.",
        "meetings": "2. Заседания (требуется не менее одного в четверть)",
        "meeting_headers": ["Объединение / совет", "I", "II", "III", "IV", "Всего"],
        "plan": "3. Выполнение плана работы",
        "plan_total": "Выполнено {{ plan_done }} из {{ plan_all }} мероприятий плана ({{ plan_percent }}%).",
        "plan_headers": ["Направление", "Выполнено", "Всего", "%"],
        "plan_assoc_headers": ["План", "Выполнено", "Всего", "%"],
        "lessons": "4. Открытые уроки и мастер-классы",
        "lessons_total": "Открытых уроков: {{ open_lessons }}, мастер-классов: {{ master_classes }}.",
        "lesson_headers": ["Дата", "Учитель", "Тема", "Форма"],
        "courses": "5. Курсовая подготовка",
        "courses_total": "Прошли курсы в учебном году: {{ courses_taken }}.",
        "course_headers": ["Учитель", "Курс", "Организация", "Часы"],
        "due": "Подошёл срок курсов: {{ due_text }}.",
        "topics": "6. Темы самообразования",
        "topics_total": "Тем: {{ topics }}; результаты представлены в этом году: {{ topics_shown }}.",
        "topic_headers": ["Учитель", "Тема", "Что представлено"],
        "visits": "7. Взаимопосещение уроков",
        "visits_total": "Посещений: {{ visits }}.",
        "never": "Уроки не посещены ни разу: {{ never_visited_text }}.",
        "charts": "8. Диаграммы",
        "achievements": "9. Достижения", "problems": "10. Проблемы", "tasks": "11. Задачи на следующий учебный год",
        "author": "Заместитель директора по методической работе",
    },
}


def make_report(lang: str) -> Path:
    t = TEXT[lang]
    doc = new_document()
    para(doc, "{{ school_name }}", bold=True, align="center")
    para(doc, t["title"], bold=True, align="center", size=14)
    para(doc, "{% if subject %}" + t["of_assoc"] + "{% else %}" + t["of_service"] + "{% endif %}", align="center",
         space_after=10)
    para(doc, t["composition"], bold=True, space_after=4)
    loop_table(doc, t["categories"], ["{{ r.name }}", "{{ r.values[0] }}", "{{ r.values[1] }}"], [8, 4.5, 4.5],
               "r in categories", size=11)
    para(doc, t["average"], space_after=4)
    para(doc, "{%p if subject %}")
    loop_table(doc, t["members"], ["{{ m.number }}", "{{ m.name }}", "{{ m.subjects }}", "{{ m.category }}",
                                   "{{ m.experience }}"], [0.9, 5.8, 4.8, 3.5, 2.0], "m in members", size=11)
    para(doc, "{%p endif %}")
    para(doc, t["meetings"], bold=True, space_after=4)
    loop_table(doc, t["meeting_headers"], ["{{ r.name }}", "{{ r.values[0] }}", "{{ r.values[1] }}",
                                           "{{ r.values[2] }}", "{{ r.values[3] }}", "{{ r.values[4] }}"],
               [8.2, 1.6, 1.6, 1.6, 1.6, 2.4], "r in meetings", size=11)
    para(doc, t["plan"], bold=True, space_after=4)
    para(doc, t["plan_total"], space_after=4)
    loop_table(doc, t["plan_headers"], ["{{ r.name }}", "{{ r.values[0] }}", "{{ r.values[1] }}",
                                        "{{ r.values[2] }}"], [9.5, 2.5, 2.5, 2.5], "r in plan_by_direction", size=11)
    para(doc, "{%p if plan_by_association %}")
    loop_table(doc, t["plan_assoc_headers"], ["{{ r.name }}", "{{ r.values[0] }}", "{{ r.values[1] }}",
                                              "{{ r.values[2] }}"], [9.5, 2.5, 2.5, 2.5], "r in plan_by_association",
               size=11)
    para(doc, "{%p endif %}")
    para(doc, t["lessons"], bold=True, space_after=4)
    para(doc, t["lessons_total"], space_after=4)
    para(doc, "{%p if lessons %}")
    loop_table(doc, t["lesson_headers"], ["{{ r.name }}", "{{ r.values[0] }}", "{{ r.values[1] }}",
                                          "{{ r.values[2] }}"], [2.3, 5.0, 7.2, 2.5], "r in lessons", size=11)
    para(doc, "{%p endif %}")
    para(doc, t["courses"], bold=True, space_after=4)
    para(doc, t["courses_total"], space_after=4)
    para(doc, "{%p if courses %}")
    loop_table(doc, t["course_headers"], ["{{ r.name }}", "{{ r.values[0] }}", "{{ r.values[1] }}",
                                          "{{ r.values[2] }}"], [5.0, 7.5, 2.8, 1.7], "r in courses", size=11)
    para(doc, "{%p endif %}")
    para(doc, "{%p if due %}")
    para(doc, t["due"], align="justify", space_after=4)
    para(doc, "{%p endif %}")
    para(doc, t["topics"], bold=True, space_after=4)
    para(doc, t["topics_total"], space_after=4)
    para(doc, "{%p if subject and topic_rows %}")
    loop_table(doc, t["topic_headers"], ["{{ r.name }}", "{{ r.values[0] }}", "{{ r.values[1] }}"],
               [5.0, 7.5, 4.5], "r in topic_rows", size=11)
    para(doc, "{%p endif %}")
    para(doc, t["visits"], bold=True, space_after=4)
    para(doc, t["visits_total"], space_after=4)
    para(doc, "{%p if never_visited %}")
    para(doc, t["never"], align="justify", space_after=4)
    para(doc, "{%p endif %}")
    para(doc, "{%p if images %}")
    para(doc, t["charts"], bold=True, space_after=4)
    para(doc, "{%p endif %}")
    para(doc, "{%p for name, picture in images.items() %}")
    para(doc, "{{ picture }}", align="center", space_after=6)
    para(doc, "{%p endfor %}")
    for key in ("achievements", "problems", "tasks"):
        para(doc, "{%p if texts." + key + " %}")
        para(doc, t[key], bold=True, space_after=4)
        para(doc, "{{ texts." + key + " }}", align="justify", indent=True, space_after=6)
        para(doc, "{%p endif %}")
    para(doc, space_after=12)
    signature(doc, t["author"], "{{ author }}")
    path = OUT / f"report_{lang}.docx"
    doc.save(path)
    return path


def main() -> int:
    for lang in ("ky", "ru"):
        print(make_report(lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
