"""The director's order: golden files in both languages, every head and member read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from domain.errors import DomainError
from storage.documents import DocumentMaker
from tests.storage.golden_docx import assert_golden


def all_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_order_matches_its_golden_file(demo_services, tmp_path: Path, lang: str) -> None:
    year = demo_services.school.current_year()
    out = DocumentMaker(demo_services).order(year.id, lang, tmp_path / f"order_{lang}.docx")
    assert_golden(out, f"order_{lang}")


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_order_names_every_head_and_member(demo_services, tmp_path: Path, lang: str) -> None:
    s = demo_services
    year = s.school.current_year()
    out = DocumentMaker(s).order(year.id, lang, tmp_path / "order.docx")
    text = all_text(out)
    names = {t.id: t.full_name for t in s.staff.teachers()}
    for a in s.associations.associations(year.id):
        assert a.name(lang) in text
        for member in a.member_ids:
            assert names[member] in text
    assert ("БУЙРУК КЫЛАМ" if lang == "ky" else "ПРИКАЗЫВАЮ") in text
    assert "№ 112" in text and s.school.school().director in text
    assert "{{" not in text and "{%" not in text


def test_user_template_is_used_and_a_broken_one_is_named(demo_services, tmp_path: Path) -> None:
    s = demo_services
    year = s.school.current_year()
    user_dir = tmp_path / "templates"
    user_dir.mkdir()
    doc = Document()
    doc.add_paragraph("Менин үлгүм: {{ school_name }} / {{ number }}")
    doc.save(user_dir / "order_ky.docx")
    out = DocumentMaker(s, user_dir).order(year.id, "ky", tmp_path / "mine.docx")
    assert "Менин үлгүм: Бишкек шаарындагы №95 мектеп-гимназиясы / 112" in all_text(out)
    broken = Document()
    broken.add_paragraph("{{ school_name ")
    broken.save(user_dir / "order_ky.docx")
    with pytest.raises(DomainError) as info:
        DocumentMaker(s, user_dir).order(year.id, "ky", tmp_path / "broken.docx")
    assert info.value.kind == "bad_template" and info.value.fields["path"].endswith("order_ky.docx")
    assert not (tmp_path / "broken.docx").exists()
    assert DocumentMaker(s, user_dir).order(year.id, "ru", tmp_path / "ru.docx").exists()


def test_no_associations_no_order(services, tmp_path: Path) -> None:
    services.school.ensure_initial_year()
    with pytest.raises(DomainError) as info:
        DocumentMaker(services).order(services.school.current_year().id, "ky", tmp_path / "o.docx")
    assert info.value.kind == "no_associations"
