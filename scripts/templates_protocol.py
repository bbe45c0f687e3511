"""Templates of the protocol of a meeting and of the protocol book of a body's year.

Both take a ProtocolBook (school_name, body_name, year_label, protocols, head, count): a single
protocol is a book of one. Every protocol after the first starts on a new page; the book starts
with a title page, so there every protocol starts on a new page.

Body names arrive in the nominative with their own quotes («…» усулдук бирикмеси / Методическое
объединение «…»), so the heading puts the name on its own line instead of declining it.
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt

from scripts.make_templates import OUT, new_document, para, signature

TEXT = {
    "ky": {
        "title": "№ {{ p.number }} ПРОТОКОЛУ",
        "when": "Өткөрүлгөн күнү: {{ p.day }}{% if p.time %}, саат {{ p.time }}{% endif %}."
                "{% if p.place %} Орду: {{ p.place }}.{% endif %}",
        "chair": "Төрага: ", "secretary": "Катчы: ",
        "present": "Катышкандар: ",
        "present_value": "{{ p.present_count }}{% if p.total %} ({{ p.total }} мүчөдөн){% endif %}"
                         "{% if p.present %} — {{ p.present_text }}{% endif %}.",
        "absent": "Катышпагандар: ", "absent_value": "{{ p.absent|length }} — {{ p.absent_text }}.",
        "guests": "Чакырылгандар: ",
        "agenda": "КҮН ТАРТИБИ:",
        "agenda_item": "{{ i.number }}. {{ i.topic }}{% if i.speakers %} (баяндамачы: {{ i.speakers }}){% endif %}",
        "heard": "УГУЛДУ: ", "spoke": "ЧЫГЫП СҮЙЛӨДҮ:", "decided": "ТОКТОМ (ЧЕЧИМ):",
        "decision": "{{ i.number }}.{{ loop.index }}. {{ d.text }}"
                    "{% if d.responsible %} Жооптуу: {{ d.responsible }}{% if d.due %}, мөөнөтү: {{ d.due }}"
                    "{% endif %}.{% elif d.due %} Мөөнөтү: {{ d.due }}.{% endif %}",
        "chair_sign": "Төрага", "secretary_sign": "Катчы",
        "book": "ПРОТОКОЛДОР КИТЕБИ",
        "book_year": "{{ year_label }}-окуу жылы",
        "head": "Жетекчиси: ", "count": "Протоколдордун саны: ",
        "first": "Биринчи отурум: ", "last": "Акыркы отурум: ",
    },
    "ru": {
        "title": "ПРОТОКОЛ № {{ p.number }}",
        "when": "Дата проведения: {{ p.day }}{% if p.time %}, {{ p.time }}{% endif %}."
                "{% if p.place %} Место: {{ p.place }}.{% endif %}",
        "chair": "Председатель: ", "secretary": "Секретарь: ",
        "present": "Присутствовали: ",
        "present_value": "{{ p.present_count }}{% if p.total %} из {{ p.total }}{% endif %}"
                         "{% if p.present %} — {{ p.present_text }}{% endif %}.",
        "absent": "Отсутствовали: ", "absent_value": "{{ p.absent|length }} — {{ p.absent_text }}.",
        "guests": "Приглашённые: ",
        "agenda": "ПОВЕСТКА ДНЯ:",
        "agenda_item": "{{ i.number }}. {{ i.topic }}{% if i.speakers %} (докладчик: {{ i.speakers }}){% endif %}",
        "heard": "СЛУШАЛИ: ", "spoke": "ВЫСТУПИЛИ:", "decided": "ПОСТАНОВИЛИ (РЕШИЛИ):",
        "decision": "{{ i.number }}.{{ loop.index }}. {{ d.text }}"
                    "{% if d.responsible %} Ответственный: {{ d.responsible }}{% if d.due %}, срок: {{ d.due }}"
                    "{% endif %}.{% elif d.due %} Срок: {{ d.due }}.{% endif %}",
        "chair_sign": "Председатель", "secretary_sign": "Секретарь",
        "book": "КНИГА ПРОТОКОЛОВ",
        "book_year": "{{ year_label }} учебный год",
        "head": "Руководитель: ", "count": "Количество протоколов: ",
        "first": "Первое заседание: ", "last": "Последнее заседание: ",
    },
}


def _labelled(doc, label: str, value: str, *, space_before: float = 0, justify: bool = True):
    """A paragraph whose label is bold and whose value is not."""
    p = para(doc, align="justify" if justify else "left")
    p.paragraph_format.space_before = Pt(space_before)
    p.add_run(label).bold = True
    p.add_run(value)
    return p


def _indented(doc, text: str, *, hanging: bool = True):
    p = para(doc, text, align="justify")
    p.paragraph_format.left_indent = Cm(0.75)
    if hanging:
        p.paragraph_format.first_line_indent = Cm(-0.5)
    return p


def _keep(p):
    p.paragraph_format.keep_with_next = True
    return p


def _keep_table(table) -> None:
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                _keep(p)


def _protocols(doc, lang: str, break_first: bool) -> None:
    """The loop over the book's protocols, each in the usual form, each from a new page."""
    t = TEXT[lang]
    para(doc, "{%p for p in protocols %}")
    head = para(doc, align="center")
    if not break_first:
        head.add_run("{%r if not loop.first %}")
    head.add_run().add_break(WD_BREAK.PAGE)
    if not break_first:
        head.add_run("{%r endif %}")
    head.add_run("{{ p.school_name }}").bold = True
    if lang == "ky":  # «…» бирикмеси / № 1 ПРОТОКОЛУ; ПРОТОКОЛ № 1 / Методическое объединение «…»
        para(doc, "{{ p.body_name }}", bold=True, align="center", space_after=2)
        para(doc, t["title"], bold=True, align="center", size=15, space_after=10)
    else:
        para(doc, t["title"], bold=True, align="center", size=15, space_after=2)
        para(doc, "{{ p.body_name }}", bold=True, align="center", space_after=10)
    para(doc, t["when"], space_after=6)
    _labelled(doc, t["chair"], "{{ p.chair }}")
    _labelled(doc, t["secretary"], "{{ p.secretary }}", justify=False).paragraph_format.space_after = Pt(6)
    _labelled(doc, t["present"], t["present_value"])
    para(doc, "{%p if p.absent %}")
    _labelled(doc, t["absent"], t["absent_value"])
    para(doc, "{%p endif %}")
    para(doc, "{%p if p.guests %}")
    _labelled(doc, t["guests"], "{{ p.guests_text }}.")
    para(doc, "{%p endif %}")

    para(doc, t["agenda"], bold=True, align="center").paragraph_format.space_before = Pt(10)
    para(doc, "{%p for i in p.items %}")
    _indented(doc, t["agenda_item"])
    para(doc, "{%p endfor %}")

    para(doc, "{%p for i in p.items %}")
    _labelled(doc, "{{ i.number }}. " + t["heard"], "{{ i.heard or i.topic }}", space_before=10)
    para(doc, "{%p if i.spoke %}")
    _keep(para(doc, t["spoke"], bold=True)).paragraph_format.space_before = Pt(4)
    para(doc, "{%p for s in i.spoke %}")
    _indented(doc, "{{ s.speaker }}{% if s.gist %} — {{ s.gist }}{% endif %}", hanging=False)
    para(doc, "{%p endfor %}")
    para(doc, "{%p endif %}")
    para(doc, "{%p if i.decisions %}")
    _keep(para(doc, t["decided"], bold=True)).paragraph_format.space_before = Pt(4)
    para(doc, "{%p for d in i.decisions %}")
    _keep(_indented(doc, t["decision"]))
    para(doc, "{%p endfor %}")
    para(doc, "{%p endif %}")
    para(doc, "{%p endfor %}")

    # The last decisions and the signatures stay on one page: a signature never stands alone.
    _keep(para(doc, space_after=18))
    signature(doc, t["chair_sign"], "{{ p.chair }}")
    _keep_table(doc.tables[-1])
    _keep(para(doc, space_after=6))
    signature(doc, t["secretary_sign"], "{{ p.secretary }}")
    para(doc, "{%p endfor %}")


def _save(doc, name: str, title: str) -> Path:
    path = OUT / f"{name}.docx"
    doc.core_properties.author = "Усулдук кабинет"
    doc.core_properties.title = title
    doc.save(path)
    return path


def make_protocol(lang: str) -> Path:
    doc = new_document()
    _protocols(doc, lang, break_first=False)
    return _save(doc, f"protocol_{lang}", "ПРОТОКОЛ" if lang == "ru" else "ПРОТОКОЛУ")


def make_book(lang: str) -> Path:
    t = TEXT[lang]
    doc = new_document()
    para(doc, "{{ school_name }}", bold=True, align="center", size=14, space_after=200)
    para(doc, t["book"], bold=True, align="center", size=24, space_after=18)
    para(doc, "{{ body_name }}", bold=True, align="center", size=16, space_after=8)
    para(doc, t["book_year"], align="center", size=14, space_after=150)
    para(doc, "{%p if head %}")
    _labelled(doc, t["head"], "{{ head }}", justify=False)
    para(doc, "{%p endif %}")
    _labelled(doc, t["count"], "{{ count }}", justify=False)
    _labelled(doc, t["first"], "{{ protocols[0].day }}", justify=False)
    _labelled(doc, t["last"], "{{ protocols[-1].day }}", justify=False)
    _protocols(doc, lang, break_first=True)
    return _save(doc, f"protocol_book_{lang}", t["book"])


def main() -> int:
    OUT.mkdir(exist_ok=True)
    for lang in ("ky", "ru"):
        print(make_protocol(lang))
        print(make_book(lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
