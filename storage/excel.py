"""Excel output (openpyxl): tables with a title block, a frozen header, filters and a print set-up.

Text a user typed is always stored as text: a name or topic starting with '=', '+', '-' or '@'
never becomes a formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storage.word import write_atomically


@dataclass
class SheetData:
    title: str  # the sheet's name (at most 31 characters)
    heading: list[str]  # lines above the table: school, document, year, date
    header: list[str]
    rows: list[Sequence[Any]]
    widths: list[int] = field(default_factory=list)  # characters; computed from the content when empty


def _safe_title(title: str) -> str:
    for ch in "[]:*?/\\":
        title = title.replace(ch, " ")
    return title[:31] or "Sheet"


def write_cell(ws: Any, row: int, column: int, value: Any) -> Any:
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # never a formula, whatever the first character
    else:
        cell.value = value
    return cell


def write_workbook(sheets: list[SheetData], out: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for data in sheets:
        ws = wb.create_sheet(_safe_title(data.title))
        for i, line in enumerate(data.heading, start=1):
            write_cell(ws, i, 1, line).font = Font(bold=i <= 2, size=12 if i <= 2 else 11)
        header_row = len(data.heading) + 2
        for c, name in enumerate(data.header, start=1):
            cell = write_cell(ws, header_row, c, name)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DCE6F1")
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            cell.border = border
        for r, values in enumerate(data.rows, start=header_row + 1):
            for c, value in enumerate(values, start=1):
                cell = write_cell(ws, r, c, value)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = border
                if hasattr(value, "year") and not isinstance(value, str):
                    cell.number_format = "DD.MM.YYYY"
        widths = data.widths or _widths(data.header, data.rows)
        for c, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(c)].width = width
        last = get_column_letter(max(len(data.header), 1))
        ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
        ws.auto_filter.ref = f"A{header_row}:{last}{header_row + max(len(data.rows), 1)}"
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    return write_atomically(out, wb.save)


def _widths(header: list[str], rows: list[Sequence[Any]]) -> list[int]:
    out = []
    for c, name in enumerate(header):
        longest = max([len(str(name))] + [len(_shown(r[c])) for r in rows[:500] if c < len(r)])
        out.append(max(6, min(longest + 2, 60)))
    return out


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return "00.00.0000"
    return str(value)
