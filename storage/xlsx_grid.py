"""Read an .xlsx into plain grids of values, so the domain can parse it without openpyxl.

The staff list comes from whatever the deputy has: title rows, merged headers, hidden
helper sheets, sometimes a password or an old .xls renamed. Each of those ends as a
``DomainError`` with a ``kind`` the window can explain, never as an openpyxl traceback.
"""

from __future__ import annotations

import datetime as dt
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from domain.errors import DomainError

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
# Content types of a workbook part (xlsx, xlsm, xltx, xltm); a .docx has none of them.
_WORKBOOK_TYPES = (b"spreadsheetml.sheet.main", b"spreadsheetml.template.main", b"ms-excel.")


@dataclass
class Sheet:
    """One visible worksheet: ``rows[0]`` is sheet row 1, column 0 is column A."""

    name: str
    rows: list[list[object]]


def read_sheets(path: Path | str) -> list[Sheet]:
    """Every visible worksheet as values (cached formula results), merged ranges filled in."""
    p = Path(path)
    if not p.is_file():
        raise DomainError("file_not_found", path=str(path))
    try:
        _check_format(p, str(path))
        return _load(p)
    except DomainError:
        raise
    except Exception as e:  # openpyxl and zipfile raise many kinds; the user needs one message
        raise DomainError("unreadable", path=str(path), reason=str(e)) from e


def _check_format(p: Path, shown: str) -> None:
    """Recognise what is not an xlsx before openpyxl gives a confusing error about it."""
    with p.open("rb") as f:
        head = f.read(8)
    if head == OLE_MAGIC:
        # Office stores a password-protected xlsx inside an OLE compound file; an old .xls
        # is an OLE file too, but without this stream.
        if _ENCRYPTED_STREAM in p.read_bytes():
            raise DomainError("password_protected", path=shown)
        raise DomainError("not_spreadsheet", path=shown)
    if not zipfile.is_zipfile(p):
        raise DomainError("not_spreadsheet", path=shown)
    with zipfile.ZipFile(p) as z:
        try:
            types = z.read("[Content_Types].xml")
        except KeyError:
            raise DomainError("not_spreadsheet", path=shown) from None
    if not any(t in types for t in _WORKBOOK_TYPES):
        raise DomainError("not_spreadsheet", path=shown)


def _load(p: Path) -> list[Sheet]:
    import openpyxl  # heavy: imported only when a file is actually read

    with p.open("rb") as f, warnings.catch_warnings():
        # openpyxl warns about extensions it drops (data validation, slicers); harmless here.
        warnings.simplefilter("ignore", UserWarning)
        # A file object, not a name: openpyxl refuses a valid workbook named e.g. "staff.XLSX.bak".
        wb = openpyxl.load_workbook(f, data_only=True, read_only=False)
    try:
        return [_grid(ws) for ws in wb.worksheets if ws.sheet_state == "visible"]
    finally:
        wb.close()


def _grid(ws: Any) -> Sheet:
    # ws._cells holds only the cells stored in the file; iter_rows() would create every cell
    # up to max_row, which a stray formatted cell can push to a million rows.
    values: dict[tuple[int, int], object] = {
        (r, c): _value(cell.value) for (r, c), cell in ws._cells.items() if cell.value is not None
    }
    for rng in ws.merged_cells.ranges:
        top = values.get((rng.min_row, rng.min_col))
        if top is None:
            continue
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                values[(r, c)] = top
    filled = [(r, c) for (r, c), v in values.items() if not _blank(v)]
    if not filled:
        return Sheet(ws.title, [])
    n_rows = max(r for r, _ in filled)
    n_cols = max(c for _, c in filled)
    rows: list[list[object]] = [[None] * n_cols for _ in range(n_rows)]
    for (r, c), v in values.items():
        if r <= n_rows and c <= n_cols:
            rows[r - 1][c - 1] = v
    return Sheet(ws.title, rows)


def _value(v: object) -> object:
    """Keep the types the parser knows; times and durations become text."""
    if isinstance(v, str | int | float | bool | dt.datetime | dt.date):
        return v
    if isinstance(v, dt.time):
        return v.isoformat()
    return str(v)


def _blank(v: object) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())
