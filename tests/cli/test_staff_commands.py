"""`list teachers`, `list subjects` and `import-staff` as a user runs them."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.cli.conftest import table


def write_staff(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Мугалимдердин тизмеси"])
    ws.merge_cells("A1:D1")
    ws.append([])
    ws.append(["Аты-жөнү", "Сабагы", "Категориясы", "Педагогикалык стажы"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_list_teachers_and_subjects_of_the_sample_school(cli) -> None:
    assert cli("demo").returncode == 0
    teachers = table(cli("list", "teachers").stdout)
    assert len(teachers) == 45
    assert {"surname", "subjects", "category", "experience", "last_course", "course_due"} <= set(teachers[0])
    subjects = table(cli("list", "subjects").stdout)
    assert any(s["name_ru"] == "Физика" and s["cycle"] == "science" for s in subjects)


def test_import_refuses_all_when_a_row_is_bad_and_reports_it(cli, tmp_path) -> None:
    cli("demo")
    xlsx = write_staff(tmp_path / "s.xlsx", [["Бекова Айым Асановна", "Химия", "биринчи", 4],
                                              ["Сыдыков Нурлан", "Физика", "супер", 2]])
    result = cli("import-staff", str(xlsx))
    assert result.returncode == 1
    assert "5" in result.stderr and "супер" in result.stderr
    assert len(table(cli("list", "teachers").stdout)) == 45


def test_import_with_skip_invalid_imports_the_valid_rows(cli, tmp_path) -> None:
    cli("demo")
    xlsx = write_staff(tmp_path / "s.xlsx", [["Бекова Айым Асановна", "Химия", "биринчи", 4],
                                              ["Сыдыков Нурлан", "Физика", "супер", 2]])
    result = cli("import-staff", str(xlsx), "--skip-invalid")
    assert result.returncode == 0, result.stderr
    assert "супер" in result.stdout
    rows = {r["surname"]: r for r in table(cli("list", "teachers").stdout)}
    assert rows["Бекова"]["category"] == "I"
    assert rows["Бекова"]["experience"] == "4"
    assert "Сыдыков" not in rows


def test_import_of_a_file_that_is_not_a_spreadsheet(cli, tmp_path) -> None:
    cli("demo")
    fake = tmp_path / "staff.xlsx"
    fake.write_text("ФИО;Предмет\nАсанов;Математика\n", encoding="utf-8")
    result = cli("import-staff", str(fake))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "staff.xlsx" in result.stderr
    assert cli("import-staff").returncode == 2
