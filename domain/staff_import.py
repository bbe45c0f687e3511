"""Parse a staff list typed by hand in Excel into rows the user can review before importing.

The input is a grid of plain values (``storage.xlsx_grid`` reads the file), so every rule
here is testable without a spreadsheet. The files are messy: the header sits under title
rows, is Russian or Kyrgyz, the columns come in any order. A bad cell never stops the
parse: it becomes an error on its row, so the user sees every problem at once.
"""

from __future__ import annotations

import math
import re
from calendar import monthrange
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from domain.errors import DomainError
from domain.staff import Category, normalize_name

# fmt: off
FIELDS = ("full_name", "surname", "name", "patronymic", "subjects", "category", "experience",
          "education", "birth_date", "phone", "class_leadership", "last_course")
# fmt: on

HEADER_SCAN_ROWS = 30
MAX_EXPERIENCE_YEARS = 60
_NUMBERING = "#"  # the "№ / № п/п / Р/с" column: recognised, then ignored

# Spellings met in real lists; _key() makes case, spaces, dots, "№", ":" and ё/е irrelevant.
# fmt: off
_HEADER_VARIANTS: dict[str, tuple[str, ...]] = {
    "full_name": ("ФИО", "Ф.И.О.", "Фамилия Имя Отчество", "ФИО учителя", "ФИО педагога",
                  "Аты-жөнү", "Фамилиясы аты атасынын аты", "Толук аты-жөнү",
                  "Мугалимдин аты-жөнү", "Фамилиясы, аты"),
    "surname": ("Фамилия", "Фамилиясы"),
    "name": ("Имя", "Аты"),
    "patronymic": ("Отчество", "Атасынын аты"),
    "subjects": ("Предмет", "Предметы", "Преподаваемый предмет", "Преподаваемые предметы",
                 "Сабагы", "Сабак", "Сабактар", "Предметтер", "Окуу предмети", "Окутган сабагы"),
    "category": ("Категория", "Категориясы", "Квалификационная категория"),
    "experience": ("Стаж", "Пед. стаж", "Педагогический стаж", "Педагогикалык стажы",
                   "Педагогикалык стаж", "Стажы", "Иш стажы", "Стаж работы"),
    "education": ("Образование", "Билими", "Билим"),
    "birth_date": ("Дата рождения", "Год рождения", "Туулган күнү", "Туулган жылы",
                   "Туулган датасы"),
    "phone": ("Телефон", "Тел.", "Телефон номери", "Тел. номери", "Номер телефона",
              "Контактный телефон"),
    "class_leadership": ("Классное руководство", "Кл. руководство", "Класс жетекчилиги",
                         "Класстык жетекчилик", "Классный руководитель", "Класс жетекчи"),
    "last_course": ("Курсы", "Курсы повышения квалификации", "Акыркы курстар", "Курстар",
                    "Последние курсы", "Повышение квалификации"),
    _NUMBERING: ("№", "№ п/п", "п/п", "Р/с", "№ р/с", "N", "No", "N п/п", "#", "Катар №"),
}
# fmt: on


def _key(text: str) -> str:
    """Header spelling that ignores case, spaces, punctuation and typed-without-layout ө/ү/ң."""
    t = text.casefold().replace("ё", "е").replace("ө", "о").replace("ү", "у").replace("ң", "н")
    return "".join(ch for ch in t if ch.isalnum())


_HEADERS: dict[str, str] = {_key(v): f for f, vs in _HEADER_VARIANTS.items() for v in vs}
_HEADERS[""] = _NUMBERING  # "№" and "#" have no letters at all


@dataclass
class ParsedRow:
    """One teacher as read from the sheet, with every problem found on the row."""

    row: int  # as Excel shows it (1-based)
    surname: str = ""
    name: str = ""
    patronymic: str = ""
    subjects: list[str] = field(default_factory=list)
    category: Category = Category.NONE
    experience_start: date | None = None
    education: str = ""
    birth_date: date | None = None
    phone: str = ""
    class_leadership: str = ""
    last_course: date | None = None
    errors: list[DomainError] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.errors


@dataclass
class ParsedSheet:
    sheet: str
    header_row: int  # 1-based
    columns: dict[str, int]  # FIELDS name -> 0-based column index
    ignored: list[str]  # header texts of columns that were not recognised
    rows: list[ParsedRow]


# --- cells ---------------------------------------------------------------------------------


def _text(value: object) -> str:
    """A cell as the user sees it: trimmed, inner spaces collapsed, 12.0 shown as 12."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, datetime | date):
        value = f"{value.day:02}.{value.month:02}.{value.year:04}"
    return " ".join(str(value).split())


def _header_field(value: object) -> str | None:
    """The FIELDS name (or the numbering marker) a header cell stands for, if any."""
    text = _text(value)
    if not text:
        return None
    # "Стаж (лет)", "Дата рождения, дд.мм.гггг": the note after the bracket or comma is noise.
    for part in (text, text.split("(")[0], text.split(",")[0]):
        key = _key(part)
        if key in _HEADERS and (key or "№" in part or "#" in part):
            return _HEADERS[key]
    return None


def split_full_name(text: str) -> tuple[str, str, str]:
    """Surname, name, and the rest as patronymic ("Бакыт кызы" stays whole).

    Word order is taken as typed (Фамилия Аты Атасынын аты): a name typed in another order
    is shown in the preview for the user to correct, not guessed at.
    """
    words = str(text).split()
    return (words[0] if words else "", words[1] if len(words) > 1 else "", " ".join(words[2:]))


def split_subjects(value: object) -> list[str]:
    """Several subjects in one cell: separated by , ; / | or new lines; duplicates dropped."""
    out: list[str] = []
    seen: set[str] = set()
    for part in re.split(r"[,;/|\n\r]+", "" if value is None else str(value)):
        name = " ".join(part.split())
        if name and normalize_name(name) not in seen:
            seen.add(normalize_name(name))
            out.append(name)
    return out


_CATEGORY_WORDS = set(
    "категория категории категориясы категориялуу кат кв квалификационная я ая".split()
)
_CATEGORY_VALUES = {
    Category.HIGHEST: {"высшая", "высш", "высшей", "жогорку", "highest"},
    Category.FIRST: {"i", "1", "первая", "первой", "биринчи"},
    Category.SECOND: {"ii", "2", "вторая", "второй", "экинчи"},
    Category.NONE: {"без", "жок", "нет"},
}


def parse_category(value: object) -> Category:
    """Every spelling a school uses for the qualification category (ru, ky, roman, arabic)."""
    bad = DomainError("bad_category", field="category", value=value)
    if value is None:
        return Category.NONE
    if isinstance(value, bool):
        raise bad
    if isinstance(value, int | float):
        value = "1" if value == 1 else "2" if value == 2 else "?"
    # Cyrillic "І" (from a Kazakh or Ukrainian layout) stands for the roman one.
    text = str(value).casefold().replace("ё", "е").replace("і", "i")
    words = [w for w in re.split(r"[\s.:\-–—]+", text) if w]
    if not words:
        return Category.NONE  # empty, "-", "—"
    token = " ".join(w for w in words if w not in _CATEGORY_WORDS)
    for category, spellings in _CATEGORY_VALUES.items():
        if token in spellings:
            return category
    raise bad  # also "Категория" alone: it says nothing


_DMY = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]+)?")
_YEAR = re.compile(r"(\d{4})")
_YEAR_SUFFIX = re.compile(r"\s*(?:г|год|ж|жыл|жылы)?\.?\s*$", re.IGNORECASE)
_EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(value: object, *, field: str = "", allow_year: bool = True) -> date | None:
    """A date cell, typed text (dd.mm.yyyy, d.m.yyyy, dd/mm/yyyy, yyyy-mm-dd) or a bare year.

    A bare year means 1 January of it: lists often give only the year of birth or of the
    last course. A plain number that is not a year is taken as an Excel serial date, since
    a date column formatted as "General" shows exactly that.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    bad = DomainError("bad_date", field=field, value=value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        if isinstance(value, bool):
            raise bad
        if isinstance(value, int | float):
            if not math.isfinite(value) or not float(value).is_integer():
                raise bad
            n = int(value)
            if allow_year and 1950 <= n <= 2100:
                return date(n, 1, 1)
            if 10000 <= n <= 80000:
                return _EXCEL_EPOCH + timedelta(days=n)
            raise bad
        text = _YEAR_SUFFIX.sub("", str(value).strip())
        if m := _DMY.fullmatch(text):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if m := _YMD.fullmatch(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if allow_year and (m := _YEAR.fullmatch(text)) and 1900 <= int(m[1]) <= 2100:
            return date(int(m[1]), 1, 1)
    except ValueError:  # 31.02.1990, year 0
        raise bad from None
    raise bad


def _years_before(day: date, years: int, months: int = 0) -> date:
    """The same day ``years`` (and ``months``) earlier; 29 February becomes the 28th."""
    y, m = divmod(day.year * 12 + day.month - 1 - years * 12 - months, 12)
    return date(y, m + 1, min(day.day, monthrange(y, m + 1)[1]))


_EXPERIENCE = re.compile(
    r"(\d{1,3}(?:[.,]\d+)?)\s*(?:(?:лет|год|года|жыл|ж|л|г)\.?)?"
    r"(?:\s*(\d{1,2})\s*(?:мес|месяц|месяца|месяцев|ай)\.?)?"
)


def experience_start_from(value: object, today: date) -> date | None:
    """Pedagogical experience as its start date, so it keeps counting in later years.

    The list gives either whole years ("12", "12 жыл", "12 лет") or the start date itself.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    bad = DomainError("bad_experience", field="experience", value=value)
    years: float
    months = 0
    if isinstance(value, bool):
        raise bad
    if isinstance(value, datetime | date):
        start = value.date() if isinstance(value, datetime) else value
    elif isinstance(value, int | float):
        if not math.isfinite(value):
            raise bad
        years = value
        start = None
    else:
        text = " ".join(str(value).casefold().split())
        if m := _EXPERIENCE.fullmatch(text):
            years = float(m[1].replace(",", "."))
            months = int(m[2] or 0)
            start = None
        else:
            try:
                start = parse_date(text, field="experience", allow_year=False)
            except DomainError:
                raise bad from None
    if start is None:
        if years < 0 or years > MAX_EXPERIENCE_YEARS or months > 11:
            raise bad
        start = _years_before(today, int(years), months)
    if start > today or start < _years_before(today, MAX_EXPERIENCE_YEARS):
        raise bad
    return start


# --- the sheet -----------------------------------------------------------------------------


def _is_header(fields: list[str | None]) -> bool:
    found = {f for f in fields if f is not None}  # "№" counts: "№ | ФИО" is a header
    return bool(found & {"full_name", "surname"}) and len(found) >= 2


def _find_header(
    rows: Sequence[Sequence[object]],
) -> tuple[int, list[str | None], list[str], int] | None:
    """(header index, field per column, header text per column, first data index) or None.

    A header over two rows (a merged "ФИО" above "Фамилия | Имя | Отчество") is read as one:
    the lower row's recognised cells refine the upper row's.
    """
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        fields = [_header_field(c) for c in row]
        if not _is_header(fields):
            continue
        texts = [_text(c) for c in row]
        start = i + 1
        while start < min(len(rows), i + 4):
            sub = rows[start]
            sub_fields = [_header_field(c) for c in sub]
            if not any(f in FIELDS for f in sub_fields):
                break
            merged = fields + [None] * max(0, len(sub_fields) - len(fields))
            merged_texts = texts + [""] * max(0, len(sub_fields) - len(texts))
            for col, f in enumerate(sub_fields):
                if f is not None:
                    merged[col] = f
                    merged_texts[col] = _text(sub[col])
            if _is_header(merged):
                fields, texts = merged, merged_texts
            start += 1
        return i, fields, texts, start
    return None


def _columns(fields: list[str | None], texts: list[str]) -> tuple[dict[str, int], list[str]]:
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for col, (f, text) in enumerate(zip(fields, texts, strict=True)):
        if f == _NUMBERING or not _key(text):
            continue
        if f in FIELDS and f not in columns:
            columns[f] = col
        elif f in FIELDS and col > 0 and texts[col - 1] == text:
            continue  # the same header copied over a merged range
        elif text not in ignored:
            ignored.append(text)
    return columns, ignored


def _small_int(v: object) -> bool:
    if isinstance(v, bool):
        return False
    if isinstance(v, float):
        return v.is_integer() and 0 < v <= 100
    if isinstance(v, int):
        return 0 < v <= 100
    return isinstance(v, str) and v.strip().isdecimal() and 0 < int(v.strip()) <= 100


def _skip(row: Sequence[object], columns: dict[str, int]) -> bool:
    """Rows that hold no teacher: empty, a lone number, column numbers "1 2 3 …", a repeated header."""

    def cell(i: int) -> object:
        return row[i] if i < len(row) else None

    mapped = {f: cell(i) for f, i in columns.items() if _text(cell(i))}
    if not mapped:
        return True
    filled = [v for v in row if _text(v)]
    if len(filled) >= 2 and all(_small_int(v) for v in filled):
        return True
    return sum(_header_field(v) == f for f, v in mapped.items()) >= 2


def _parse_row(
    row: Sequence[object], number: int, columns: dict[str, int], today: date
) -> ParsedRow:
    def cell(f: str) -> object:
        i = columns.get(f)
        return row[i] if i is not None and i < len(row) else None

    out = ParsedRow(row=number)
    # Only a "Фамилия" column: people still type the whole name into it.
    whole = "full_name" if "full_name" in columns else ("surname" if "name" not in columns else "")
    if whole:
        out.surname, out.name, out.patronymic = split_full_name(_text(cell(whole)))
    for f in ("surname", "name", "patronymic"):
        if f in columns and f != whole and (_text(cell(f)) or not whole):
            setattr(out, f, _text(cell(f)))
    for f in ("surname", "name"):
        if not getattr(out, f):
            out.errors.append(DomainError("required", field=f, value=cell(whole or f)))

    subjects = cell("subjects")  # new lines separate subjects: keep them for split_subjects
    out.subjects = split_subjects(subjects if isinstance(subjects, str) else _text(subjects))
    out.education = _text(cell("education"))
    out.phone = _text(cell("phone"))
    out.class_leadership = _text(cell("class_leadership"))
    try:
        out.category = parse_category(cell("category"))
    except DomainError as e:
        out.errors.append(e)
    try:
        out.experience_start = experience_start_from(cell("experience"), today)
    except DomainError as e:
        out.errors.append(e)
    for f in ("birth_date", "last_course"):
        try:
            setattr(out, f, parse_date(cell(f), field=f))
        except DomainError as e:
            out.errors.append(e)
    born = out.birth_date
    if born is not None and (born > today or born.year < 1900):
        out.birth_date = None
        out.errors.append(DomainError("bad_date", field="birth_date", value=cell("birth_date")))
    return out


def parse_staff(
    sheets: Sequence[tuple[str, Sequence[Sequence[object]]]], today: date
) -> ParsedSheet:
    """Find the staff table in the first sheet that has one and read every row of it."""
    if not any(_text(v) for _, rows in sheets for row in rows for v in row):
        raise DomainError("empty_file")
    for name, rows in sheets:
        found = _find_header(rows)
        if found is None:
            continue
        header, fields, texts, start = found
        columns, ignored = _columns(fields, texts)
        parsed = [
            _parse_row(rows[i], i + 1, columns, today)
            for i in range(start, len(rows))
            if not _skip(rows[i], columns)
        ]
        return ParsedSheet(name, header + 1, columns, ignored, parsed)
    raise DomainError("no_header")
