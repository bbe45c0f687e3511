"""`list plan` and `export plan` as a user runs them."""

from __future__ import annotations

import openpyxl

from tests.cli.conftest import table


def test_list_plan_and_export_in_both_formats(cli, tmp_path) -> None:
    cli("demo")
    rows = table(cli("list", "plan", "--year", "2026-2027").stdout)
    assert len(rows) == 40
    assert {r["status"] for r in rows} == {"planned", "done", "moved", "cancelled"}
    assert any(r["overdue"] == "yes" for r in rows)
    docx = tmp_path / "plan.docx"
    assert cli("export", "plan", "--year", "2026-2027", "--lang", "ky", "--out", str(docx)).returncode == 0
    xlsx = tmp_path / "plan.xlsx"
    assert cli("export", "plan", "--lang", "ru", "--out", str(xlsx)).returncode == 0
    assert openpyxl.load_workbook(xlsx).active.max_row >= 40


def test_export_plan_of_an_unknown_association_is_refused(cli, tmp_path) -> None:
    cli("demo")
    result = cli("export", "plan", "--association", "Астрономия", "--out", str(tmp_path / "x.docx"))
    assert result.returncode == 1 and "Астрономия" in result.stderr
