"""Reading hand-made .xlsx files into grids, and refusing what is not one with a clear kind."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from domain.errors import DomainError
from storage.xlsx_grid import OLE_MAGIC, Sheet, read_sheets


def staff_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Кадры"
    ws["A1"] = "Список педагогов школы-гимназии №95"
    ws.merge_cells("A1:D1")
    ws["A3"] = "№"
    ws["B3"] = "Аты-жөнү"
    ws["C3"] = "Стаж"
    ws.merge_cells("C3:D3")
    ws["A4"] = 1
    ws["B4"] = "Токтогулова Айгүл Бакыт кызы"
    ws["C4"] = 12
    ws["D4"] = datetime(2013, 9, 1)
    ws["A5"] = 2
    ws["B5"] = '=UPPER("x")'  # a formula with no cached value reads as empty
    ws["F20"].font = openpyxl.styles.Font(bold=True)  # formatted but empty: not part of the grid
    ws["E9"] = "   "  # blank text is trimmed like an empty cell
    hidden = wb.create_sheet("Справочник")
    hidden["A1"] = "скрыто"
    hidden.sheet_state = "hidden"
    second = wb.create_sheet("Пустой")
    second["C7"].number_format = "0.00"
    wb.save(path)
    return path


def test_reads_visible_sheets_with_titles_and_merged_cells(tmp_path: Path) -> None:
    sheets = read_sheets(staff_workbook(tmp_path / "staff.xlsx"))
    assert [s.name for s in sheets] == ["Кадры", "Пустой"]
    staff = sheets[0]
    assert isinstance(staff, Sheet)
    assert staff.rows == [
        ["Список педагогов школы-гимназии №95"] * 4,
        [None, None, None, None],
        ["№", "Аты-жөнү", "Стаж", "Стаж"],
        [1, "Токтогулова Айгүл Бакыт кызы", 12, datetime(2013, 9, 1)],
        [2, None, None, None],
    ]
    assert sheets[1].rows == []


def test_accepts_str_path_and_any_file_name(tmp_path: Path) -> None:
    path = staff_workbook(tmp_path / "staff.xlsx").rename(tmp_path / "staff copy.XLSX.bak")
    assert read_sheets(str(path))[0].rows[2][1] == "Аты-жөнү"


def test_cached_formula_values_are_read(tmp_path: Path) -> None:
    # openpyxl never computes formulas, so write the cached value into the XML by hand.
    path = tmp_path / "cached.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "=1+1"
    wb.save(path)
    patched = tmp_path / "patched.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<f>1+1</f><v></v>", b"<f>1+1</f><v>2</v>")
                data = data.replace(b"<f>1+1</f><v/>", b"<f>1+1</f><v>2</v>")
            dst.writestr(item, data)
    assert read_sheets(patched)[0].rows == [[2]]


def kind_of(path: Path) -> DomainError:
    with pytest.raises(DomainError) as e:
        read_sheets(path)
    assert e.value.fields["path"] == str(path)
    return e.value


def test_missing_file(tmp_path: Path) -> None:
    assert kind_of(tmp_path / "nope.xlsx").kind == "file_not_found"
    assert kind_of(tmp_path).kind == "file_not_found"  # a folder is not a file either


@pytest.mark.parametrize(
    "content",
    [
        "ФИО;Стаж\nАсанова;12\n".encode(),  # a .csv or .txt renamed
        b"",
        OLE_MAGIC + b"\0" * 504 + "Workbook".encode("utf-16-le"),  # an old .xls renamed
    ],
)
def test_not_a_spreadsheet(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "staff.xlsx"
    path.write_bytes(content)
    assert kind_of(path).kind == "not_spreadsheet"


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<Types><Override ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr("word/document.xml", "<w:document/>")
    assert kind_of(path).kind == "not_spreadsheet"


def test_password_protected(tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(OLE_MAGIC + b"\0" * 1000 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 64)
    assert kind_of(path).kind == "password_protected"


def test_damaged_workbook_is_unreadable(tmp_path: Path) -> None:
    path = staff_workbook(tmp_path / "staff.xlsx")
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(damaged, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # cut in the middle of the XML
            dst.writestr(item, data)
    error = kind_of(damaged)
    assert error.kind == "unreadable"
    assert error.fields["reason"]


def test_grid_feeds_the_staff_parser(tmp_path: Path) -> None:
    from domain.staff_import import parse_staff

    sheets = read_sheets(staff_workbook(tmp_path / "staff.xlsx"))
    parsed = parse_staff([(s.name, s.rows) for s in sheets], datetime(2025, 9, 1).date())
    assert (parsed.sheet, parsed.header_row, parsed.columns) == (
        "Кадры",
        3,
        {"full_name": 1, "experience": 2},
    )
    assert [(r.row, r.surname, r.experience_start) for r in parsed.rows] == [
        (4, "Токтогулова", datetime(2013, 9, 1).date())
    ]
