"""`list topics|lessons|visits` and `export topics|lessons` as a user runs them."""

from __future__ import annotations

from tests.cli.conftest import table


def test_growth_lists_and_exports(cli, tmp_path) -> None:
    cli("demo")
    topics = table(cli("list", "topics", "--year", "2026-2027").stdout)
    assert 30 <= len(topics) <= 45
    assert {"teacher", "title", "years", "shown"} <= set(topics[0])
    lessons = table(cli("list", "lessons").stdout)
    assert lessons and all(r["term"] == "1" for r in lessons)
    visits = table(cli("list", "visits").stdout)
    assert visits and all(r["visitor"] != r["visited"] for r in visits)
    for out in ("topics.docx", "topics.xlsx"):
        result = cli("export", "topics", "--year", "2026–2027", "--lang", "ru", "--out", str(tmp_path / out))
        assert result.returncode == 0, result.stderr
        assert (tmp_path / out).stat().st_size > 1000
    assert cli("export", "lessons", "--term", "1", "--out", str(tmp_path / "l.docx")).returncode == 0
    assert cli("export", "lessons", "--term", "7", "--out", str(tmp_path / "l.docx")).returncode == 2
