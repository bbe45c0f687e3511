"""`export report` and `export district` as a user runs them (headless, charts drawn offscreen)."""

from __future__ import annotations

import openpyxl
from docx import Document


def test_export_reports_and_district(cli, tmp_path) -> None:
    cli("demo")
    out = tmp_path / "report.docx"
    result = cli("export", "report", "--year", "2026-2027", "--lang", "ky", "--out", str(out))
    assert result.returncode == 0, result.stderr
    doc = Document(str(out))
    assert len(doc.inline_shapes) >= 2  # the charts
    assert "ОТЧЕТ" in "\n".join(p.text for p in doc.paragraphs)
    a = tmp_path / "a.docx"
    assert cli("export", "report", "--association", "математика", "--lang", "ru", "--out", str(a)).returncode == 0
    x = tmp_path / "district.xlsx"
    assert cli("export", "district", "--lang", "ru", "--out", str(x)).returncode == 0
    assert len(openpyxl.load_workbook(x).sheetnames) == 6
    assert cli("export", "regulation", "--out", str(tmp_path / "r.docx")).returncode == 2


def test_export_regulations(cli, tmp_path) -> None:
    cli("demo")
    for kind in ("methodical-work", "association"):
        for lang, word in (("ky", "ЖОБО"), ("ru", "ПОЛОЖЕНИЕ")):
            out = tmp_path / f"{kind}_{lang}.docx"
            result = cli("export", "regulation", "--kind", kind, "--lang", lang, "--out", str(out))
            assert result.returncode == 0, result.stderr
            assert word in "\n".join(p.text for p in Document(str(out)).paragraphs)
