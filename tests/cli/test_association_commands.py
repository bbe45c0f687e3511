"""`list associations`, `list council`, `suggest`, `export order` as a user runs them."""

from __future__ import annotations

from docx import Document

from tests.cli.conftest import table


def test_list_associations_and_council(cli) -> None:
    cli("demo")
    rows = table(cli("list", "associations", "--year", "2026-2027").stdout)
    assert len(rows) == 9
    assert {"kind", "name", "head", "members", "order_number"} <= set(rows[0])
    assert all(int(r["members"]) >= 3 for r in rows)
    council = table(cli("list", "council").stdout)
    assert council[0]["role"] == "chair" and council[0]["name"] == "Токтогулова Гүлнара Асановна"
    assert sum(1 for r in council if r["role"] == "member") == 9


def test_suggest_on_a_school_without_associations(cli, tmp_path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["ФИО", "Предмет"])
    for i, subject in enumerate(["Математика"] * 3 + ["Физика", "Химия", "Биология", "История"]):
        ws.append([f"Мугалим{i} Аты{i}", subject])
    wb.save(tmp_path / "s.xlsx")
    cli("list", "years")  # creates the database
    assert cli("import-staff", str(tmp_path / "s.xlsx")).returncode == 0
    rows = table(cli("suggest").stdout)
    kinds = {r["kind"]: r for r in rows}
    assert kinds["subject"]["teachers"] == "3"
    assert kinds["cycle"]["teachers"] == "3"
    assert kinds["district"]["teachers"] == "1"


def test_export_order_in_both_languages(cli, tmp_path) -> None:
    cli("demo")
    for lang, word in (("ky", "БУЙРУК"), ("ru", "ПРИКАЗ")):
        out = tmp_path / f"order_{lang}.docx"
        result = cli("export", "order", "--year", "2026–2027", "--lang", lang, "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert any(p.text == word for p in Document(str(out)).paragraphs)


def test_export_order_refusals(cli, tmp_path) -> None:
    cli("demo")
    assert cli("export", "order", "--year", "1999-2000", "--out", str(tmp_path / "x.docx")).returncode == 1
    assert cli("export", "order").returncode == 2
    assert cli("export", "nonsense", "--out", "x").returncode == 2
