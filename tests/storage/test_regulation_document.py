"""The regulations filled from the sample school: golden files in both languages, the dates from the app."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document

from storage.documents import DocumentMaker
from tests.storage.golden_docx import assert_golden


@pytest.mark.parametrize("kind", ["methodical-work", "association"])
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_regulation_golden(demo_services, tmp_path: Path, kind: str, lang: str) -> None:
    s = demo_services
    s.reports.set_regulation_dates(date(2022, 11, 9), date(2022, 11, 14))
    year = s.school.current_year()
    out = DocumentMaker(s).regulation(kind, year.id, lang, tmp_path / f"{kind}_{lang}.docx")
    assert_golden(out, f"regulation_{kind}_{lang}")
    doc = Document(str(out))
    text = "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])
    assert ("2022-ж. «09» ноябрь" if lang == "ky" else "«09» ноября 2022 г.") in text
    assert s.school.school().director in text
    for a in s.associations.associations(year.id):
        assert a.name(lang) in text


def test_regulation_dates_are_checked(services) -> None:
    from domain.errors import DomainError

    with pytest.raises(DomainError):
        services.reports.set_regulation_dates(date(2022, 11, 14), date(2022, 11, 9))
    services.reports.set_regulation_dates(date(2022, 11, 9), None)
    assert services.reports.regulation_dates() == (date(2022, 11, 9), None)
