"""`list meetings|decisions` and `export protocol|protocols` as a user runs them."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from docx import Document

from tests.cli.conftest import table


def test_list_meetings_and_decisions(cli) -> None:
    cli("demo")
    meetings = table(cli("list", "meetings", "--year", "2026-2027").stdout)
    assert len(meetings) == 30
    council = table(cli("list", "meetings", "--body", "Методический совет").stdout)
    assert [r["number"] for r in council] == ["1", "2", "3"]
    decisions = table(cli("list", "decisions", "--body", "council").stdout)
    assert decisions and {"decision", "responsible", "due", "state"} <= set(decisions[0])
    assert cli("list", "meetings", "--body", "Астрономия").returncode == 1


def test_export_a_protocol_and_the_book(cli, tmp_path) -> None:
    cli("demo")
    out = tmp_path / "p.docx"
    result = cli("export", "protocol", "--body", "council", "--number", "1", "--year", "2026-2027", "--lang", "ru",
                 "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "ПРОТОКОЛ № 1" in text and "СЛУШАЛИ" in text
    book = tmp_path / "book.docx"
    assert cli("export", "protocols", "--body", "кыргыз тили", "--lang", "ky", "--out", str(book)).returncode == 0
    assert "ПРОТОКОЛДОР КИТЕБИ" in "\n".join(p.text for p in Document(str(book)).paragraphs)
    assert cli("export", "protocol", "--body", "council", "--number", "9", "--out", str(out)).returncode == 1
    assert cli("export", "protocol", "--body", "council", "--out", str(out)).returncode == 2


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (installed by .ci/run)")
def test_export_a_protocol_as_pdf(cli, tmp_path) -> None:
    cli("demo")
    out = tmp_path / "p.pdf"
    result = cli("export", "protocol", "--body", "council", "--number", "1", "--lang", "ky", "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "ПРОТОКОЛУ" in text and "Токтогулова" in text
