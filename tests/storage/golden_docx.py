"""Golden files for Word output: compare word/document.xml with a stored copy.

Run with UPDATE_GOLDEN=1 to rewrite the stored copies after an intended change; review the diff.
"""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden"


def document_xml(docx: Path) -> str:
    with zipfile.ZipFile(docx) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    # rsid attributes change whenever a template is saved by Word: not content.
    xml = re.sub(r' w:rsid\w*="[0-9A-F]+"', "", xml)
    return xml.replace("><", ">\n<")


def assert_golden(docx: Path, name: str) -> None:
    actual = document_xml(docx)
    path = GOLDEN / f"{name}.xml"
    if os.environ.get("UPDATE_GOLDEN") or not path.exists():
        path.write_text(actual, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{docx.name} differs from {path.name}; UPDATE_GOLDEN=1 to accept"
