"""The regulations' templates (Жобо / Положение): each of the four renders with realistic content, every
tag is filled, and the names, dates, associations and heads are read back from the document."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docxtpl import DocxTemplate

from domain.documents.regulation import RegulationAssociation, RegulationContent
from storage.word import as_context, builtin_templates

KEYS = {
    "ky": ("Каралды", "Бекитилди", "Түзгөн"),
    "ru": ("Рассмотрено", "Утверждаю", "Составил"),
}
TITLE = {
    ("methodical-work", "ky"): "УСУЛДУК ИШ ЖӨНҮНДӨ ЖОБО",
    ("methodical-work", "ru"): "ПОЛОЖЕНИЕ",
    ("association", "ky"): "УСУЛДУК БИРИКМЕ ЖӨНҮНДӨ ЖОБО",
    ("association", "ru"): "ПОЛОЖЕНИЕ",
}
ANNEX = {"ky": "Тиркеме", "ru": "Приложение"}
CASES = [(kind, lang) for kind in ("methodical-work", "association") for lang in ("ky", "ru")]
HEADS = ["Жумабаева Чолпон Мамытовна", "Осмонов Бакыт Турдубекович", "Үсөнова Мөлдүр Өмүрбековна"]


def content(kind: str, lang: str, *, full: bool = True) -> RegulationContent:
    ru = lang == "ru"
    c = RegulationContent(
        lang=lang, kind=kind,
        school_name="Школа-гимназия №95 города Бишкек" if ru else "Бишкек шаарындагы №95 мектеп-гимназиясы",
        school_short="школа-гимназия №95" if ru else "№95 мектеп-гимназиясы",
        director="Сардарбекова Айнура Кубанычбековна", deputy="Токтогулова Гүлнара Асановна",
        review_day="«09» ноября 2022 г." if ru else "2022-ж. «09» ноябрь",
        approval_day="«14» ноября 2022 г." if ru else "2022-ж. «14» ноябрь",
        year_label="2026–2027",
        theme=("Развитие функциональной грамотности учащихся" if ru
               else "Окуучулардын функционалдык сабаттуулугун өнүктүрүү") if full else "",
        course_years=4,
    )
    if full:
        names = (["Русский язык и литература", "Естественные науки & география", "Начальные классы"] if ru
                 else ["Кыргыз тили жана адабияты", "Табигый илимдер & география", "Башталгыч класстар"])
        c.associations = [RegulationAssociation(i, n, h) for i, (n, h) in enumerate(zip(names, HEADS, strict=True), 1)]
        c.council_chair = "Токтогулова Гүлнара Асановна"
        c.council_members = [*HEADS, "Ниязбекова Айгүл Сооронбаевна"]
    return c


def render(kind: str, lang: str, c: RegulationContent, out: Path) -> str:
    tpl = DocxTemplate(str(builtin_templates() / f"regulation_{kind}_{lang}.docx"))
    tpl.render(as_context(c), autoescape=True)
    tpl.save(out)
    doc = Document(str(out))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                parts += [p.text for p in cell.paragraphs]
    return "\n".join(parts)


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_regulation_renders_every_field(tmp_path: Path, kind: str, lang: str) -> None:
    c = content(kind, lang)
    text = render(kind, lang, c, tmp_path / "regulation.docx")
    assert "{{" not in text and "{%" not in text and "}}" not in text
    assert TITLE[kind, lang] in text
    for key in KEYS[lang]:
        assert key in text
    if lang == "ky":  # the Kyrgyz header names the school as seed 002 does; the Russian one does not
        assert f"{c.school_short} директору" in text
    for value in (c.school_name, c.director, c.deputy, c.review_day, c.approval_day, c.theme,
                  c.year_label, c.council_members_text):
        assert value in text
    for a in c.associations:
        assert a.name in text and a.head in text
    assert ANNEX[lang] in text
    assert ("3 же андан көп мугалим" if lang == "ky" else "3 и более учителей") in text
    if kind == "methodical-work":
        assert ("Акыркы 4 жылдын ичинде" if lang == "ky" else "последних 4 лет") in text


@pytest.mark.parametrize(("kind", "lang"), CASES)
def test_regulation_without_data_drops_the_theme_and_the_annex(tmp_path: Path, kind: str, lang: str) -> None:
    c = content(kind, lang, full=False)
    text = render(kind, lang, c, tmp_path / "regulation.docx")
    assert "{{" not in text and "{%" not in text
    assert ANNEX[lang] not in text
    assert "«»" not in text  # no empty theme in quotes
    assert c.school_name in text and c.director in text and c.deputy in text
