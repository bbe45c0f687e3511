"""The staff-list parser over plain grids: headers found anywhere, every row's problems kept."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from domain.errors import DomainError
from domain.staff import Category
from domain.staff_import import (
    FIELDS,
    ParsedRow,
    experience_start_from,
    parse_category,
    parse_date,
    parse_staff,
    split_full_name,
    split_subjects,
)

TODAY = date(2025, 9, 1)


def parse(rows: list[list[object]], today: date = TODAY):
    return parse_staff([("Лист1", rows)], today)


def kinds(row: ParsedRow) -> list[tuple[str, str]]:
    return [(e.kind, e.field) for e in row.errors]


# --- headers ---------------------------------------------------------------------------------


def test_header_under_title_rows_and_blank_rows() -> None:
    rows: list[list[object]] = [
        ["Школа-гимназия №95", "Школа-гимназия №95", "Школа-гимназия №95"],
        ["Список педагогических работников на 2025-2026 уч. год", None, None],
        [],
        [None, None, None],
        ["№ п/п", "Ф.И.О.", "Предмет", "Стаж"],
        [1, "Асанова Айгүл Бакытовна", "Математика", 12],
    ]
    sheet = parse(rows)
    assert sheet.sheet == "Лист1"
    assert sheet.header_row == 5
    assert sheet.columns == {"full_name": 1, "subjects": 2, "experience": 3}
    assert sheet.ignored == []
    assert len(sheet.rows) == 1
    row = sheet.rows[0]
    assert row.row == 6
    assert (row.surname, row.name, row.patronymic) == ("Асанова", "Айгүл", "Бакытовна")
    assert row.subjects == ["Математика"]
    assert row.experience_start == date(2013, 9, 1)
    assert row.valid


def test_kyrgyz_headers() -> None:
    header = [
        "Р/с",
        "Аты-жөнү",
        "Сабагы",
        "Категориясы",
        "Педагогикалык стажы",
        "Билими",
        "Туулган күнү",
        "Телефон номери",
        "Класс жетекчилиги",
        "Акыркы курстар",
    ]
    data = [
        1,
        "Токтогулова Айгүл Бакыт кызы",
        "Кыргыз тили",
        "жогорку",
        "20 жыл",
        "КНУ, филолог",
        "12.03.1980",
        "0555 123 456",
        "9 Б",
        2023,
    ]
    sheet = parse([header, data])
    assert sheet.columns == {f: i for i, f in enumerate(FIELDS[:1] + FIELDS[4:], start=1)}
    row = sheet.rows[0]
    assert (row.surname, row.name, row.patronymic) == ("Токтогулова", "Айгүл", "Бакыт кызы")
    assert row.subjects == ["Кыргыз тили"]
    assert row.category is Category.HIGHEST
    assert row.experience_start == date(2005, 9, 1)
    assert row.education == "КНУ, филолог"
    assert row.birth_date == date(1980, 3, 12)
    assert row.phone == "0555 123 456"
    assert row.class_leadership == "9 Б"
    assert row.last_course == date(2023, 1, 1)
    assert row.errors == []


def test_russian_headers_with_case_spaces_and_colons() -> None:
    header = [
        "№",
        "  фамилия, ИМЯ, отчество ",
        "Преподаваемый предмет:",
        "Квалификационная категория",
        "Пед. стаж",
        "Образование",
        "Дата рождения",
        "Тел.",
        "Кл. руководство",
        "Курсы повышения квалификации",
    ]
    data = [
        1,
        "Петрова Алёна Сергеевна",
        "Русский язык",
        "первая",
        7,
        "высшее",
        datetime(1990, 1, 2),
        996700111222,
        "5 А",
        datetime(2024, 6, 30),
    ]
    sheet = parse([header, data])
    assert sheet.columns == {f: i for i, f in enumerate(FIELDS[:1] + FIELDS[4:], start=1)}
    row = sheet.rows[0]
    assert row.surname == "Петрова" and row.name == "Алёна"
    assert row.category is Category.FIRST
    assert row.experience_start == date(2018, 9, 1)
    assert row.birth_date == date(1990, 1, 2)
    assert row.phone == "996700111222"
    assert row.last_course == date(2024, 6, 30)


@pytest.mark.parametrize(
    "text",
    [
        "ФИО",
        "Ф. И. О.",
        "Фамилия Имя Отчество",
        "Аты жөнү",
        "Фамилиясы аты атасынын аты",
        "Толук аты-жөнү",
        "Аты-жону",
    ],
)
def test_full_name_header_variants(text: str) -> None:
    assert parse([[text, "Стаж"], ["Иванов Иван", 3]]).columns["full_name"] == 0


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Предметы", "subjects"),
        ("Сабактар", "subjects"),
        ("Предметтер", "subjects"),
        ("Окуу предмети", "subjects"),
        ("Категория", "category"),
        ("Педстаж", "experience"),
        ("Педагогический стаж", "experience"),
        ("Стажы", "experience"),
        ("Иш стажы", "experience"),
        ("Стаж (лет)", "experience"),
        ("Билим", "education"),
        ("Год рождения", "birth_date"),
        ("Туулган жылы", "birth_date"),
        ("Телефон", "phone"),
        ("Класстык жетекчилик", "class_leadership"),
        ("Классное руководство", "class_leadership"),
        ("Курсы", "last_course"),
        ("Курстар", "last_course"),
        ("Последние курсы", "last_course"),
        ("Дата рождения, дд.мм.гггг", "birth_date"),
    ],
)
def test_other_header_variants(text: str, field: str) -> None:
    assert parse([["ФИО", text], ["Иванов Иван", None]]).columns == {"full_name": 0, field: 1}


def test_shuffled_columns() -> None:
    header = ["Телефон", "Стаж", "Категория", "Ф.И.О.", "Предмет"]
    sheet = parse([header, ["0700", 5, "II", "Сыдыков Нурлан Бакыт уулу", "История"]])
    assert sheet.columns == {
        "phone": 0,
        "experience": 1,
        "category": 2,
        "full_name": 3,
        "subjects": 4,
    }
    row = sheet.rows[0]
    assert (row.surname, row.name, row.patronymic) == ("Сыдыков", "Нурлан", "Бакыт уулу")
    assert row.category is Category.SECOND
    assert row.phone == "0700"
    assert row.subjects == ["История"]


def test_separate_name_columns_taken_as_they_are() -> None:
    header = ["Фамилиясы", "Аты", "Атасынын аты", "Сабагы"]
    rows: list[list[object]] = [header, ["  Жумабаева ", "Гүлнара  Эркин", "Эркин   кызы", "Химия"]]
    sheet = parse(rows)
    assert sheet.columns == {"surname": 0, "name": 1, "patronymic": 2, "subjects": 3}
    row = sheet.rows[0]
    assert (row.surname, row.name, row.patronymic) == ("Жумабаева", "Гүлнара Эркин", "Эркин кызы")


def test_merged_header_over_two_rows() -> None:
    # A merged "ФИО" above three sub-columns, and "№"/"Стаж" merged vertically (copied down).
    rows: list[list[object]] = [
        ["№", "ФИО", "ФИО", "ФИО", "Стаж"],
        ["№", "Фамилия", "Имя", "Отчество", "Стаж"],
        [1, 2, 3, 4, 5],
        [1, "Осмонов", "Азамат", "Русланович", 3],
    ]
    sheet = parse(rows)
    assert sheet.header_row == 1
    assert sheet.columns == {"surname": 1, "name": 2, "patronymic": 3, "experience": 4}
    assert [(r.row, r.surname, r.name) for r in sheet.rows] == [(4, "Осмонов", "Азамат")]


def test_ignored_columns_are_named_but_numbering_is_not() -> None:
    header = ["№ п/п", "ФИО", "Должность", "Стаж", "Награды", "Награды", None, "Примечание"]
    sheet = parse([header, [1, "Иванов Иван", "учитель", 1, None, None, None, "x"]])
    assert sheet.ignored == ["Должность", "Награды", "Примечание"]
    assert sheet.columns == {"full_name": 1, "experience": 3}


# --- rows -----------------------------------------------------------------------------------


def test_empty_rows_and_lone_numbers_are_skipped() -> None:
    rows: list[list[object]] = [
        ["№", "ФИО", "Предмет"],
        [1, "Иванов Иван", "Физика"],
        [None, None, None],
        [2, None, None],
        [" ", "", None],
        [3, "Петров Пётр", "Химия"],
    ]
    assert [(r.row, r.surname) for r in parse(rows).rows] == [(2, "Иванов"), (6, "Петров")]


def test_missing_name_is_required_error() -> None:
    rows: list[list[object]] = [["ФИО", "Предмет"], ["Иванов", "Физика"], [None, "Химия"]]
    first, second = parse(rows).rows
    assert kinds(first) == [("required", "name")]
    assert kinds(second) == [("required", "surname"), ("required", "name")]
    assert not first.valid and not second.valid


def test_several_subjects_with_mixed_separators() -> None:
    cell = "Математика, Физика;Информатика\nАлгебра / Геометрия;; математика ,  Черчение  и  ИЗО"
    sheet = parse([["ФИО", "Предметы"], ["Иванов Иван", cell]])
    assert sheet.rows[0].subjects == [
        "Математика",
        "Физика",
        "Информатика",
        "Алгебра",
        "Геометрия",
        "Черчение и ИЗО",
    ]


def test_bad_cells_reported_per_row_with_field_and_value() -> None:
    header = ["ФИО", "Категория", "Дата рождения", "Курсы", "Стаж"]
    rows: list[list[object]] = [
        ["Заголовок"],
        header,
        ["Иванов Иван", "высшая", "01.01.1980", "2022", 10],
        ["Петров Пётр", "супер", "31.02.1980", "вчера", "много"],
        ["Сидоров Сидор", "I", "01.01.2030", None, None],
    ]
    good, bad, future = parse(rows).rows
    assert good.valid
    assert bad.row == 4
    assert kinds(bad) == [
        ("bad_category", "category"),
        ("bad_experience", "experience"),
        ("bad_date", "birth_date"),
        ("bad_date", "last_course"),
    ]
    assert [e.fields["value"] for e in bad.errors] == ["супер", "много", "31.02.1980", "вчера"]
    assert bad.category is Category.NONE and bad.birth_date is None
    assert future.row == 5
    assert kinds(future) == [("bad_date", "birth_date")]
    assert future.birth_date is None
    assert future.category is Category.FIRST


def test_experience_in_years_and_as_date() -> None:
    rows: list[list[object]] = [
        ["ФИО", "Стаж"],
        ["А Б", 10],
        ["В Г", "12 лет"],
        ["Д Е", datetime(2001, 9, 1)],
        ["Ж З", "01.09.1999"],
        ["И К", -1],
        ["Л М", 61],
    ]
    starts = [(r.experience_start, kinds(r)) for r in parse(rows).rows]
    assert starts == [
        (date(2015, 9, 1), []),
        (date(2013, 9, 1), []),
        (date(2001, 9, 1), []),
        (date(1999, 9, 1), []),
        (None, [("bad_experience", "experience")]),
        (None, [("bad_experience", "experience")]),
    ]


def test_first_sheet_with_a_header_wins() -> None:
    sheets: list[tuple[str, list[list[object]]]] = [
        ("Титул", [["Утверждаю"], ["Директор"]]),
        ("Кадры", [["ФИО", "Стаж"], ["Иванов Иван", 1]]),
        ("Другие", [["ФИО", "Стаж"], ["Петров Пётр", 2]]),
    ]
    sheet = parse_staff(sheets, TODAY)
    assert sheet.sheet == "Кадры"
    assert [r.surname for r in sheet.rows] == ["Иванов"]


def test_header_beyond_row_30_is_not_found() -> None:
    rows: list[list[object]] = [[f"строка {i}"] for i in range(30)] + [["ФИО", "Стаж"], ["А Б", 1]]
    with pytest.raises(DomainError) as e:
        parse(rows)
    assert e.value.kind == "no_header"


def test_no_header() -> None:
    with pytest.raises(DomainError) as e:
        parse([["Имя", "Предмет"], ["Иван", "Физика"]])  # a name alone is not a name column
    assert e.value.kind == "no_header"


@pytest.mark.parametrize(
    "sheets", [[], [("Лист1", [])], [("Лист1", [[None, " "], []]), ("Лист2", [])]]
)
def test_empty_file(sheets: list[tuple[str, list[list[object]]]]) -> None:
    with pytest.raises(DomainError) as e:
        parse_staff(sheets, TODAY)
    assert e.value.kind == "empty_file"


# --- cell parsers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("высшая", Category.HIGHEST),
        ("Высшая категория", Category.HIGHEST),
        ("жогорку", Category.HIGHEST),
        ("Жогорку категория", Category.HIGHEST),
        ("highest", Category.HIGHEST),
        ("жогорку категориялуу", Category.HIGHEST),
        ("I", Category.FIRST),
        ("i.", Category.FIRST),
        ("1", Category.FIRST),
        (1, Category.FIRST),
        (1.0, Category.FIRST),
        ("первая", Category.FIRST),
        ("Первая категория", Category.FIRST),
        ("биринчи", Category.FIRST),
        ("Биринчи категориялуу", Category.FIRST),
        ("I категория", Category.FIRST),
        ("1 категория", Category.FIRST),
        ("1-я", Category.FIRST),
        ("II", Category.SECOND),
        ("II.", Category.SECOND),
        ("2", Category.SECOND),
        (2, Category.SECOND),
        ("вторая", Category.SECOND),
        ("экинчи", Category.SECOND),
        ("Экинчи категория", Category.SECOND),
        ("II категория", Category.SECOND),
        ("без категории", Category.NONE),
        ("Категориясы жок", Category.NONE),
        ("жок", Category.NONE),
        ("нет", Category.NONE),
        ("-", Category.NONE),
        ("", Category.NONE),
        (None, Category.NONE),
        ("  ", Category.NONE),
    ],
)
def test_parse_category(value: object, expected: Category) -> None:
    assert parse_category(value) is expected


@pytest.mark.parametrize(
    "value", ["III", 3, "Категория", "соответствие", True, datetime(2020, 1, 1), "высшая I"]
)
def test_parse_category_refuses(value: object) -> None:
    with pytest.raises(DomainError) as e:
        parse_category(value)
    assert (e.value.kind, e.value.field, e.value.fields["value"]) == (
        "bad_category",
        "category",
        value,
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(1985, 3, 12, 0, 0), date(1985, 3, 12)),
        (date(1985, 3, 12), date(1985, 3, 12)),
        ("12.03.1985", date(1985, 3, 12)),
        ("2.3.1985", date(1985, 3, 2)),
        ("12/03/1985", date(1985, 3, 12)),
        ("1985-03-12", date(1985, 3, 12)),
        ("12.03.1985 г.", date(1985, 3, 12)),
        (1985, date(1985, 1, 1)),
        ("1985", date(1985, 1, 1)),
        (1985.0, date(1985, 1, 1)),
        (None, None),
        ("", None),
    ],
)
def test_parse_date(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["31.02.1990", "12.03.85", "вчера", 12, 12.5, True, "1985-13-01"])
def test_parse_date_refuses(value: object) -> None:
    with pytest.raises(DomainError) as e:
        parse_date(value, field="birth_date")
    assert (e.value.kind, e.value.field, e.value.fields["value"]) == (
        "bad_date",
        "birth_date",
        value,
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, date(2024, 2, 29)),
        (1, date(2023, 2, 28)),
        ("4 жыл", date(2020, 2, 29)),
        ("1 год", date(2023, 2, 28)),
        (" 3 л. ", date(2021, 2, 28)),
        (2.9, date(2022, 2, 28)),
        (None, None),
        ("", None),
    ],
)
def test_experience_from_years_on_29_february(value: object, expected: date | None) -> None:
    assert experience_start_from(value, date(2024, 2, 29)) == expected


@pytest.mark.parametrize(
    "value", [-1, 61, "много", "2005", 2005, True, float("nan"), datetime(2030, 1, 1)]
)
def test_experience_refuses(value: object) -> None:
    with pytest.raises(DomainError) as e:
        experience_start_from(value, TODAY)
    assert (e.value.kind, e.value.field) == ("bad_experience", "experience")


def test_split_full_name() -> None:
    assert split_full_name("Токтогулова Айгүл Бакыт кызы") == ("Токтогулова", "Айгүл", "Бакыт кызы")
    assert split_full_name("  Асанов   Бакыт ") == ("Асанов", "Бакыт", "")
    assert split_full_name("Асанов") == ("Асанов", "", "")
    assert split_full_name("") == ("", "", "")


def test_split_subjects() -> None:
    assert split_subjects("Физика/ Астрономия |физика") == ["Физика", "Астрономия"]
    assert split_subjects(None) == []
    assert split_subjects(" ; ,\n") == []


def test_numbering_and_name_alone_make_a_header() -> None:
    sheet = parse([["Тизме"], ["№", "Аты-жөнү"], [1, "Осмонова Айпери"]])
    assert (sheet.header_row, sheet.columns) == (2, {"full_name": 1})
    assert [(r.surname, r.name) for r in sheet.rows] == [("Осмонова", "Айпери")]


def test_full_names_typed_under_a_surname_header_are_split() -> None:
    sheet = parse([["Фамилия", "Предмет"], ["Осмонова Айпери Азаматовна", "Тарых"]])
    row = sheet.rows[0]
    assert (row.surname, row.name, row.patronymic) == ("Осмонова", "Айпери", "Азаматовна")


def test_repeated_header_and_column_numbers_are_skipped() -> None:
    rows: list[list[object]] = [
        ["№", "ФИО", "Предмет", "Стаж"],
        ["1", "2", "3", "4"],
        [1, "Иванов Иван", "Физика", 3],
        ["№", "ФИО", "Предмет", "Стаж"],  # repeated on a printed page break
        [2, "Петров Пётр", "Химия", 4],
    ]
    assert [(r.row, r.surname) for r in parse(rows).rows] == [(3, "Иванов"), (5, "Петров")]


def test_excel_serial_number_as_date() -> None:
    assert parse_date(32874) == date(1990, 1, 1)
    assert experience_start_from("3 года 6 мес", date(2025, 9, 1)) == date(2022, 3, 1)
