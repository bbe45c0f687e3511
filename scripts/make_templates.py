"""Generate the built-in .docx templates in templates_docx/ (docxtpl Jinja tags inside).

    python -m scripts.make_templates

The generated files are committed: a user may copy one into the data folder's `templates/`
and edit it in Word; the copy is then used instead. Wording lives here, one text per language.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent.parent / "templates_docx"
FONT = "Times New Roman"


def new_document(landscape: bool = False):
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.left_margin, section.right_margin = Cm(2.5), Cm(1.5)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(13)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    style.paragraph_format.space_after = Pt(0)
    style.paragraph_format.space_before = Pt(0)
    style.paragraph_format.line_spacing = 1.15
    return doc


def para(doc, text: str = "", *, bold: bool = False, align: str = "left", size: float | None = None,
         space_after: float = 0, indent: bool = False):
    p = doc.add_paragraph()
    p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    p.paragraph_format.space_after = Pt(space_after)
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.25)
    if text:
        run = p.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
    return p


def borderless(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def cell_text(cell, text: str, *, bold: bool = False, size: float = 12, align: str = "left") -> None:
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def set_widths(table, widths: list[float]) -> None:
    """Fixed column widths that Word and LibreOffice both honour (the grid and every cell)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def loop_table(doc, headers: list[str], cells: list[str], widths: list[float], loop: str, size: float = 12):
    """A bordered table: a header row, then one row repeated by docxtpl's {%tr for %} loop."""
    table = doc.add_table(rows=4, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        cell_text(table.rows[0].cells[i], h, bold=True, size=size, align="center")
    cell_text(table.rows[1].cells[0], "{%tr for " + loop + " %}", size=size)
    for i, c in enumerate(cells):
        cell_text(table.rows[2].cells[i], c, size=size)
    cell_text(table.rows[3].cells[0], "{%tr endfor %}", size=size)
    set_widths(table, widths)
    # A row is never split across pages.
    cant = OxmlElement("w:cantSplit")
    table.rows[2]._tr.get_or_add_trPr().append(cant)
    # The header row repeats on every page.
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
    return table


def signature(doc, role: str, name_tag: str) -> None:
    table = doc.add_table(rows=1, cols=3)
    borderless(table)
    set_widths(table, [6.5, 3.5, 7.0])
    cell_text(table.rows[0].cells[0], role, size=13)
    cell_text(table.rows[0].cells[1], "____________", size=13, align="center")
    cell_text(table.rows[0].cells[2], name_tag, size=13, align="right")


ORDER = {
    "ky": {
        "title": "БУЙРУК",
        "city": "Бишкек ш.",
        "subject": "{{ year_label }}-окуу жылына усулдук бирикмелердин курамын жана жетекчилерин бекитүү жөнүндө",
        "preamble": "Мектептин усулдук иш жөнүндө жобосуна ылайык, усулдук ишти уюштуруу жана педагогдордун "
                    "кесиптик чеберчилигин жогорулатуу максатында",
        "order": "БУЙРУК КЫЛАМ:",
        "p1": "1. {{ year_label }}-окуу жылына төмөнкү усулдук бирикмелер, алардын жетекчилери жана курамы "
              "бекитилсин:",
        "headers": ["№", "Усулдук бирикме", "Жетекчиси", "Мүчөлөрү"],
        "p2": "2. Усулдук кеңештин курамы бекитилсин: төрагасы – {{ council_chair }}"
              "{% if council_secretary %}, катчысы – {{ council_secretary }}{% endif %}, мүчөлөрү: "
              "{{ council_members_text }}.",
        "p3": "3. Усулдук бирикмелердин жетекчилери бирикменин окуу жылына иш планын түзүп, директордун усулдук "
              "иштер боюнча орун басарына бекитүүгө тапшырсын.",
        "p4": "4. Буйруктун аткарылышын көзөмөлдөө директордун усулдук иштер боюнча орун басарына "
              "({{ deputy }}) жүктөлсүн.",
        "director": "Директор",
    },
    "ru": {
        "title": "ПРИКАЗ",
        "city": "г. Бишкек",
        "subject": "Об утверждении состава методических объединений и их руководителей на {{ year_label }} "
                   "учебный год",
        "preamble": "В соответствии с Положением о методической работе школы, в целях организации методической "
                    "работы и повышения профессионального мастерства педагогов",
        "order": "ПРИКАЗЫВАЮ:",
        "p1": "1. Утвердить на {{ year_label }} учебный год следующие методические объединения, их руководителей "
              "и состав:",
        "headers": ["№", "Методическое объединение", "Руководитель", "Члены объединения"],
        "p2": "2. Утвердить состав методического совета: председатель – {{ council_chair }}"
              "{% if council_secretary %}, секретарь – {{ council_secretary }}{% endif %}, члены совета: "
              "{{ council_members_text }}.",
        "p3": "3. Руководителям методических объединений составить планы работы объединений на учебный год и "
              "представить их на утверждение заместителю директора по методической работе.",
        "p4": "4. Контроль за исполнением приказа возложить на заместителя директора по методической работе "
              "({{ deputy }}).",
        "director": "Директор",
    },
}


def make_order(lang: str) -> Path:
    t = ORDER[lang]
    doc = new_document()
    para(doc, "{{ school_name }}", bold=True, align="center")
    para(doc, t["title"], bold=True, align="center", size=15, space_after=6)
    head = doc.add_table(rows=1, cols=2)
    borderless(head)
    set_widths(head, [8.5, 8.5])
    cell_text(head.rows[0].cells[0], "{{ day }}", size=13)
    cell_text(head.rows[0].cells[1], "№ {{ number }}", size=13, align="right")
    para(doc, t["city"], align="center", space_after=12)
    para(doc, t["subject"], bold=True, space_after=12)
    para(doc, t["preamble"], align="justify", indent=True, space_after=6)
    para(doc, t["order"], bold=True, space_after=6)
    para(doc, t["p1"], align="justify", indent=True, space_after=6)
    loop_table(doc, t["headers"], ["{{ item.number }}", "{{ item.name }}", "{{ item.head }}",
                                   "{{ item.members_text }}"], [0.9, 4.6, 3.6, 7.9], "item in items")
    para(doc, space_after=6)
    para(doc, "{%p if council_members %}")
    para(doc, t["p2"], align="justify", indent=True, space_after=6)
    para(doc, "{%p endif %}")
    para(doc, t["p3"], align="justify", indent=True, space_after=6)
    para(doc, t["p4"], align="justify", indent=True, space_after=24)
    signature(doc, t["director"], "{{ director }}")
    path = OUT / f"order_{lang}.docx"
    doc.core_properties.author = "Усулдук кабинет"
    doc.core_properties.title = t["title"]
    doc.save(path)
    return path


def main() -> int:
    from scripts import (
        templates_growth,
        templates_plan,
        templates_protocol,
        templates_regulation,
        templates_report,
    )

    OUT.mkdir(exist_ok=True)
    for lang in ("ky", "ru"):
        print(make_order(lang))
    templates_plan.main()
    templates_growth.main()
    templates_report.main()
    templates_regulation.main()
    templates_protocol.main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
