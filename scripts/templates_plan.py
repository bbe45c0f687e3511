"""Templates of the plans: landscape A4, the approval header, a table grouped by direction."""

from __future__ import annotations

from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from scripts.make_templates import OUT, borderless, cell_text, new_document, para, set_widths

TEXT = {
    "ky": {
        "reviewed": "Каралды:", "agreed": "Макулдашылды:", "approved": "Бекитилди:",
        "reviewed_by_council": "Усулдук кеңештин отурумунда,", "reviewed_by_assoc": "Бирикменин отурумунда,",
        "deputy_role": "Директордун усулдук иштер боюнча орун басары",
        "director_role": "Мектептин директору", "order": "Буйрук №",
        "title_unified": "{{ year_label }}-окуу жылына усулдук иштин бирдиктүү планы",
        "title_assoc": "{{ title_name }}: {{ year_label }}-окуу жылына иш планы",
        "headers": ["№", "Аткарыла турган иш-чаралар", "Формасы", "Аткаруу мөөнөтү", "Жооптуулар", "Эскертүү"],
        "schedule": "Бирикменин отурумдарынын графиги",
        "schedule_headers": ["№", "Күнү", "Күн тартиби"],
        "amendments": "Бекитилгенден кийинки өзгөртүүлөр",
        "amendment_headers": ["Күнү", "Эмне өзгөрдү", "Себеби"],
    },
    "ru": {
        "reviewed": "Рассмотрено:", "agreed": "Согласовано:", "approved": "Утверждаю:",
        "reviewed_by_council": "на заседании методического совета,", "reviewed_by_assoc": "на заседании МО,",
        "deputy_role": "Заместитель директора по методической работе",
        "director_role": "Директор школы", "order": "Приказ №",
        "title_unified": "Единый план методической работы на {{ year_label }} учебный год",
        "title_assoc": "План работы: {{ title_name }} на {{ year_label }} учебный год",
        "headers": ["№", "Мероприятие", "Форма", "Сроки", "Ответственные", "Отметка о выполнении"],
        "schedule": "График заседаний объединения",
        "schedule_headers": ["№", "Дата", "Повестка дня"],
        "amendments": "Изменения после утверждения",
        "amendment_headers": ["Дата", "Что изменено", "Причина"],
    },
}


def _merge_row(row) -> None:
    first = row.cells[0]
    first.merge(row.cells[-1])


def _header_repeat(row) -> None:
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _simple_loop_table(doc, headers, cells, widths, loop):
    table = doc.add_table(rows=4, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        cell_text(table.rows[0].cells[i], h, bold=True, size=11, align="center")
    cell_text(table.rows[1].cells[0], "{%tr for " + loop + " %}", size=11)
    for i, c in enumerate(cells):
        cell_text(table.rows[2].cells[i], c, size=11)
    cell_text(table.rows[3].cells[0], "{%tr endfor %}", size=11)
    set_widths(table, widths)
    _header_repeat(table.rows[0])


def make_plan(lang: str) -> Path:
    t = TEXT[lang]
    doc = new_document(landscape=True)
    section = doc.sections[0]
    section.left_margin, section.right_margin = Cm(2), Cm(1.5)
    section.top_margin, section.bottom_margin = Cm(1.5), Cm(1.5)
    head = doc.add_table(rows=1, cols=3)
    borderless(head)
    set_widths(head, [8.7, 8.7, 8.8])
    review = head.rows[0].cells[0]
    cell_text(review, t["reviewed"], bold=True, size=12)
    for line in ("{% if unified %}" + t["reviewed_by_council"] + "{% else %}" + t["reviewed_by_assoc"]
                 + "{% endif %}", "{{ reviewed }}"):
        review.add_paragraph(line)
    agreed = head.rows[0].cells[1]
    cell_text(agreed, "{% if not unified %}" + t["agreed"] + "{% endif %}", bold=True, size=12)
    for line in ("{% if not unified %}" + t["deputy_role"] + "{% endif %}",
                 "{% if not unified %}______ {{ deputy }}{% endif %}", "{% if not unified %}{{ agreed }}{% endif %}"):
        agreed.add_paragraph(line)
    approve = head.rows[0].cells[2]
    cell_text(approve, t["approved"], bold=True, size=12)
    for line in (t["director_role"], "______ {{ director }}", "{{ approved }}", t["order"] + " {{ order_number }}"):
        approve.add_paragraph(line)
    para(doc, space_after=6)
    para(doc, "{{ school_name }}", bold=True, align="center")
    para(doc, "{% if unified %}" + t["title_unified"] + "{% else %}" + t["title_assoc"] + "{% endif %}",
         bold=True, align="center", size=14, space_after=8)
    widths = [1.0, 9.7, 3.4, 3.2, 4.9, 4.0]
    table = doc.add_table(rows=7, cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(t["headers"]):
        cell_text(table.rows[0].cells[i], h, bold=True, size=11, align="center")
    _header_repeat(table.rows[0])
    cell_text(table.rows[1].cells[0], "{%tr for g in groups %}", size=11)
    _merge_row(table.rows[2])
    cell_text(table.rows[2].cells[0], "{{ g.name }}", bold=True, size=11, align="center")
    cell_text(table.rows[3].cells[0], "{%tr for it in g.items %}", size=11)
    for i, c in enumerate(["{{ it.number }}", "{{ it.event }}", "{{ it.form }}", "{{ it.deadline }}",
                           "{{ it.responsible }}", "{{ it.mark }}"]):
        cell_text(table.rows[4].cells[i], c, size=11)
    cell_text(table.rows[5].cells[0], "{%tr endfor %}", size=11)
    cell_text(table.rows[6].cells[0], "{%tr endfor %}", size=11)
    set_widths(table, widths)
    para(doc, "{%p if schedule %}")
    para(doc, t["schedule"], bold=True, align="center", space_after=6)
    _simple_loop_table(doc, t["schedule_headers"], ["{{ s.number }}", "{{ s.day }}", "{{ s.topics }}"],
                       [1.0, 3.0, 22.2], "s in schedule")
    para(doc, "{%p endif %}")
    para(doc, "{%p if amendments %}")
    para(doc, t["amendments"], bold=True, align="center", space_after=6)
    _simple_loop_table(doc, t["amendment_headers"], ["{{ a.when }}", "{{ a.what }}", "{{ a.why }}"],
                       [3.0, 12.6, 10.6], "a in amendments")
    para(doc, "{%p endif %}")
    path = OUT / f"plan_{lang}.docx"
    doc.core_properties.author = "Усулдук кабинет"
    doc.save(path)
    return path


def main() -> int:
    for lang in ("ky", "ru"):
        print(make_plan(lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
