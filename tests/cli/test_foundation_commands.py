"""The headless commands of the foundation, run as a subprocess on a temp database."""

from __future__ import annotations

import sqlite3

from tests.cli.conftest import table


def test_demo_fills_an_empty_database_and_refuses_a_filled_one(cli) -> None:
    first = cli("demo")
    assert first.returncode == 0, first.stderr
    second = cli("demo")
    assert second.returncode == 1
    assert "Traceback" not in second.stderr
    assert second.stderr.strip()


def test_refusal_message_follows_the_language(cli) -> None:
    cli("demo")
    ru = cli("demo", lang="ru")
    assert ru.returncode == 1
    assert "образец" in ru.stderr.lower() or "школ" in ru.stderr.lower()


def test_list_years_and_terms_are_tab_separated_with_a_header(cli) -> None:
    cli("demo")
    years = cli("list", "years")
    assert years.returncode == 0
    rows = table(years.stdout)
    assert rows[0]["label"] == "2026–2027"
    assert rows[0]["current"] == "yes"
    terms = table(cli("list", "terms", "--year", "2026-2027").stdout)
    assert [r["term"] for r in terms] == ["1", "2", "3", "4"]
    assert terms[0]["start"] == "01.09.2026"


def test_unknown_year_is_refused_with_exit_1(cli) -> None:
    cli("demo")
    result = cli("list", "terms", "--year", "2019-2020")
    assert result.returncode == 1
    assert "2019" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2(cli) -> None:
    assert cli("list", "nonsense").returncode == 2
    assert cli("frobnicate").returncode == 2
    assert cli("backup").returncode == 2


def test_check_passes_on_a_sound_database_and_fails_on_a_broken_one(cli) -> None:
    cli("demo")
    assert cli("check").returncode == 0
    con = sqlite3.connect(cli.db)
    con.execute("UPDATE term SET start='2026-12-01' WHERE number=1")  # term 1 now overlaps term 2
    con.commit()
    con.close()
    broken = cli("check")
    assert broken.returncode == 1
    assert broken.stderr.strip()


def test_backup_writes_a_consistent_copy(cli, tmp_path) -> None:
    cli("demo")
    out = tmp_path / "copy.sqlite"
    assert cli("backup", str(out)).returncode == 0
    con = sqlite3.connect(out)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT name_ru FROM school").fetchone()[0].startswith("Школа-гимназия")


def test_a_file_that_is_not_a_database_gets_a_message_not_a_traceback(cli, tmp_path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_text("hello" * 1000)
    result = cli("list", "years", db_path=junk)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert str(junk) in result.stderr
    assert junk.read_text() == "hello" * 1000


def test_selftest_visits_every_page(cli) -> None:
    cli("demo")
    result = cli("selftest")
    assert result.returncode == 0, result.stderr
    keys = [line.split("\t")[0] for line in result.stdout.strip().split("\n")]
    assert keys == ["home", "staff", "associations", "meetings", "plan", "growth", "reports", "settings"]
    assert all(line.endswith("\tok") for line in result.stdout.strip().split("\n"))
