"""Tab-separated tables with a header row: the output contract of `list` and friends."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, TextIO


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    # Tabs and newlines would break the table: fold them into spaces.
    return " ".join(str(value).split())


def print_table(header: Sequence[str], rows: Iterable[Sequence[Any]], out: TextIO | None = None) -> None:
    out = out or sys.stdout
    out.write("\t".join(header) + "\n")
    for row in rows:
        out.write("\t".join(cell(v) for v in row) + "\n")
