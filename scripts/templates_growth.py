"""Templates of the topics list (by association) and of the open-lesson schedule of a term."""

from __future__ import annotations

from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT

from scripts.make_templates import (
    OUT,
    cell_text,
    loop_table,
    new_document,
    para,
    set_widths,
    signature,
)

TEXT = {
    "ky": {
        "topics_title": "{{ year_label }}-окуу жылына мугалимдердин өздүк усулдук темаларынын тизмеси",
        "theme": "Мектептин усулдук темасы: {{ theme }}",
        "topic_headers": ["№", "Мугалимдин аты-жөнү", "Өздүк усулдук тема", "Мөөнөтү", "Жыйынтыгын көрсөтүү формасы",
                          "Ушул жылы көрсөтүлдү"],
        "lessons_title": "{{ year_label }}-окуу жылынын {{ term }} чейрегиндеги ачык сабактардын графиги",
        "lesson_headers": ["№", "Күнү", "Мугалим", "Класс", "Предмет", "Сабактын темасы", "Формасы"],
        "deputy": "Директордун усулдук иштер боюнча орун басары",
    },
    "ru": {
        "topics_title": "Темы самообразования учителей на {{ year_label }} учебный год",
        "theme": "Единая методическая тема школы: {{ theme }}",
        "topic_headers": ["№", "ФИО учителя", "Тема самообразования", "Сроки", "Форма представления результатов",
                          "Представлено в этом году"],
        "lessons_title": "График открытых уроков на {{ term }} четверть {{ year_label }} учебного года",
        "lesson_headers": ["№", "Дата", "Учитель", "Класс", "Предмет", "Тема урока", "Форма"],
        "deputy": "Заместитель директора по методической работе",
    },
}


def make_topics(lang: str) -> Path:
    t = TEXT[lang]
    doc = new_document()
    para(doc, "{{ school_name }}", bold=True, align="center")
    para(doc, t["topics_title"], bold=True, align="center", size=14, space_after=4)
    para(doc, "{%p if theme %}")
    para(doc, t["theme"], align="center", space_after=8)
    para(doc, "{%p endif %}")
    widths = [0.8, 3.3, 4.9, 2.2, 2.9, 2.9]
    table = doc.add_table(rows=7, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(t["topic_headers"]):
        cell_text(table.rows[0].cells[i], h, bold=True, size=10, align="center")
    cell_text(table.rows[1].cells[0], "{%tr for g in groups %}", size=10)
    table.rows[2].cells[0].merge(table.rows[2].cells[-1])
    cell_text(table.rows[2].cells[0], "{{ g.name }}", bold=True, size=10, align="center")
    cell_text(table.rows[3].cells[0], "{%tr for r in g.rows %}", size=10)
    for i, c in enumerate(["{{ r.number }}", "{{ r.teacher }}", "{{ r.title }}", "{{ r.years }}", "{{ r.forms }}",
                           "{{ r.shown }}"]):
        cell_text(table.rows[4].cells[i], c, size=10)
    cell_text(table.rows[5].cells[0], "{%tr endfor %}", size=10)
    cell_text(table.rows[6].cells[0], "{%tr endfor %}", size=10)
    set_widths(table, widths)
    path = OUT / f"topics_{lang}.docx"
    doc.save(path)
    return path


def make_lessons(lang: str) -> Path:
    t = TEXT[lang]
    doc = new_document()
    para(doc, "{{ school_name }}", bold=True, align="center")
    para(doc, t["lessons_title"], bold=True, align="center", size=14, space_after=8)
    loop_table(doc, t["lesson_headers"], ["{{ r.number }}", "{{ r.day }}", "{{ r.teacher }}", "{{ r.class_name }}",
                                          "{{ r.subject }}", "{{ r.topic }}", "{{ r.form }}"],
               [0.8, 2.1, 3.4, 1.6, 2.6, 4.5, 2.0], "r in rows", size=10)
    para(doc, space_after=18)
    signature(doc, t["deputy"], "{{ deputy }}")
    path = OUT / f"lessons_{lang}.docx"
    doc.save(path)
    return path


def main() -> int:
    for lang in ("ky", "ru"):
        print(make_topics(lang))
        print(make_lessons(lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
