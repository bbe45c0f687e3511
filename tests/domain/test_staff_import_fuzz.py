"""Whatever a hand-made sheet holds, the parser answers with rows or a known refusal, never a crash."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.errors import DomainError
from domain.staff_import import FIELDS, ParsedSheet, parse_staff

HEADER_WORDS = [
    "ФИО",
    "Ф.И.О.",
    "Аты-жөнү",
    "Фамилия",
    "Фамилиясы",
    "Имя",
    "Аты",
    "Отчество",
    "Атасынын аты",
    "Предмет",
    "Сабагы",
    "Категория",
    "Категориясы",
    "Стаж",
    "Пед. стаж",
    "Педагогикалык стажы",
    "Образование",
    "Билими",
    "Дата рождения",
    "Туулган күнү",
    "Телефон",
    "Тел.",
    "Класс жетекчилиги",
    "Курсы",
    "Акыркы курстар",
    "№",
    "№ п/п",
    "Р/с",
    "Стаж (лет)",
]
VALUE_WORDS = [
    "высшая",
    "жогорку",
    "I",
    "II",
    "биринчи",
    "экинчи",
    "жок",
    "-",
    "12 жыл",
    "12 лет",
    "31.02.1990",
    "01.09.2005",
    "1985",
    "2005-09-01",
    "Математика, физика; химия\nбиология",
    "Токтогулова Айгүл Бакыт кызы",
    "Асанов Бакыт уулу",
    "Ңң Өө Үү",
    "",
    "  ",
    "0555 123 456",
]

cells = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**13), max_value=10**13),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(),
    st.datetimes(),
    st.text(
        alphabet=st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщыэюяңөүАБВӨҮҢIV0123456789.,;:/-№ \n"),
        max_size=20,
    ),
    st.sampled_from(HEADER_WORDS),
    st.sampled_from(VALUE_WORDS),
)
grid_rows = st.lists(st.lists(cells, max_size=8), max_size=12)


@st.composite
def grids(draw: st.DrawFn) -> list[list[object]]:
    """Random grids, half of them with a real header somewhere, so data rows get parsed too."""
    rows = draw(grid_rows)
    if draw(st.booleans()):
        header = draw(
            st.permutations(
                [
                    "ФИО",
                    "Категория",
                    "Стаж",
                    "Дата рождения",
                    "Предмет",
                    "Курсы",
                    "Телефон",
                    "Фамилия",
                    "Аты",
                    "№",
                ]
            )
        )
        rows.insert(draw(st.integers(0, len(rows))), list(header[: draw(st.integers(2, 10))]))
    return rows


@settings(max_examples=200, deadline=None)
@given(
    sheets=st.lists(st.tuples(st.text(max_size=5), grids()), max_size=3),
    today=st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
)
def test_parse_staff_never_crashes(
    sheets: list[tuple[str, list[list[object]]]], today: date
) -> None:
    try:
        result = parse_staff(sheets, today)
    except DomainError as e:
        assert e.kind in {"no_header", "empty_file"}
        return
    assert isinstance(result, ParsedSheet)
    assert set(result.columns) <= set(FIELDS)
    assert {"full_name", "surname"} & set(result.columns)
    assert result.header_row >= 1
    numbers = [r.row for r in result.rows]
    assert numbers == sorted(set(numbers)) and all(n > result.header_row for n in numbers)
    for row in result.rows:
        assert row.valid == (not row.errors)
        assert all(e.field in FIELDS for e in row.errors)
        assert row.birth_date is None or row.birth_date <= today
