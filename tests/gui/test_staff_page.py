"""A user's path through Staff: the card, the archive, the filters, the import from Excel."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPushButton, QTableView

from domain.staff import Category, Course, Cycle, Teacher
from gui.staff.model import CATEGORY, EXPERIENCE, NAME, StaffFilter, StaffModel
from gui.widgets import FieldError
from tests.conftest import FIXED_TODAY, activate

LEFT = Qt.MouseButton.LeftButton


def type_text(widget, text: str) -> None:
    """Key by key, as a user types (qtbot.keyClicks knows only ASCII, not ң ө ү)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def subject_id(services, name_ky: str) -> int:
    return next(s.id for s in services.staff.subjects() if s.name_ky == name_ky)


def add_teachers(services) -> dict[str, int]:
    """Four teachers of the sample school, by surname."""
    kyrgyz, math, info = (subject_id(services, n) for n in ("Кыргыз тили жана адабияты", "Математика", "Информатика"))
    physics = subject_id(services, "Физика")
    teachers = [
        Teacher("Түгөлбаева", "Айгүл", "Асановна", main_subject_id=kyrgyz, category=Category.HIGHEST,
                experience_start=date(2001, 9, 1), class_leadership="7А",
                courses=[Course("Жаңы методдор", "РИПКиППР", 72, date(2024, 3, 1), date(2024, 3, 14))]),
        Teacher("Өмүрбеков", "Нурлан", "Таалай уулу", main_subject_id=math, other_subject_ids=[info],
                category=Category.FIRST, experience_start=date(2015, 9, 1), class_leadership="10Б"),
        Teacher("Иванова", "Мария", "Сергеевна", main_subject_id=physics, experience_start=date(2020, 9, 1),
                courses=[Course("Физика", "КАО", 72, date(2025, 10, 1), date(2025, 10, 10))]),
        Teacher("Асанов", "Бакыт", "", main_subject_id=math, category=Category.SECOND),
    ]
    return {t.surname: services.staff.save_teacher(t)[0] for t in teachers}


@pytest.fixture
def staff_window(make_window, services):
    ids = add_teachers(services)
    window = make_window(services=services)
    page = window.show_page("staff")
    return window, page, ids


def shown_names(page) -> list[str]:
    proxy = page.table.model()
    return [proxy.index(r, NAME).data() for r in range(proxy.rowCount())]


def select(page, surname: str) -> None:
    row = next(r for r, name in enumerate(shown_names(page)) if name.startswith(surname))
    page.table.selectRow(row)


# -- the card -------------------------------------------------------------------------------


def test_add_a_teacher_through_the_card(make_window, qtbot) -> None:
    window = make_window()
    page = window.show_page("staff")
    assert "Ctrl+N" in page.count_label.text()  # the empty page says how to start
    qtbot.mouseClick(page.findChild(QPushButton, "staff_add"), LEFT)
    card = page.card
    assert card is not None and card.isVisible() and card.objectName() == "teacher_card"

    qtbot.mouseClick(card.findChild(QPushButton, "card_save"), LEFT)
    surname_error = card.findChild(FieldError, "surname_error")
    assert surname_error.isVisible()
    assert surname_error.text()
    assert card.findChild(FieldError, "name_error").isVisible()
    assert card.isVisible()
    assert window.ctx.services.staff.teachers() == []

    type_text(card.findChild(QLineEdit, "card_surname"), "Түгөлбаева")
    type_text(card.findChild(QLineEdit, "card_name"), "Айгүл")
    type_text(card.findChild(QLineEdit, "card_patronymic"), "Асан кызы")
    subjects = card.findChild(QComboBox, "card_main_subject")
    subjects.setCurrentIndex(subjects.findText("Математика"))
    card.category.setCurrentIndex(card.category.findData(Category.FIRST.value))
    card.experience_start.set_value(date(2010, 9, 1))
    qtbot.mouseClick(card.findChild(QPushButton, "card_save"), LEFT)

    assert page.card is None
    (saved,) = window.ctx.services.staff.teachers()
    assert (saved.full_name, saved.category, saved.experience_years(FIXED_TODAY)) == (
        "Түгөлбаева Айгүл Асан кызы", Category.FIRST, 16)
    assert shown_names(page) == ["Түгөлбаева Айгүл Асан кызы"]
    proxy = page.table.model()
    assert proxy.index(0, EXPERIENCE).data() == "16"
    assert page.current_id() == saved.id  # the new teacher is selected


def test_bad_email_and_course_hours_are_shown_next_to_their_fields(staff_window, qtbot) -> None:
    window, page, ids = staff_window
    select(page, "Иванова")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter edits the row
    card = page.card
    assert card is not None and card.surname.text() == "Иванова"
    card.email.setText("ivanova.mail.kg")
    card.courses.append(Course("", hours=3000))
    qtbot.mouseClick(card.save_button, LEFT)
    assert "ivanova.mail.kg" in card.findChild(FieldError, "email_error").text()
    course_error = card.findChild(FieldError, "courses_error")
    assert not course_error.isHidden()  # on the courses tab, which is flagged
    assert not card.tabs.tabIcon(1).isNull() and card.tabs.tabIcon(2).isNull()
    lines = course_error.text().splitlines()
    assert len(lines) == 2 and "3000" in lines[1]  # the empty title and the hours, both of row 2
    assert card.tabs.currentIndex() == 0  # the first problem is on the details tab
    assert window.ctx.services.staff.teacher(ids["Иванова"]).email == ""

    card.email.setText("ivanova@mail.kg")
    card.courses.set_value(card.courses.index(1, 0), "Олимпиадага даярдоо")
    card.courses.set_value(card.courses.index(1, 2), 72)
    qtbot.mouseClick(card.save_button, LEFT)
    assert page.card is None
    saved = window.ctx.services.staff.teacher(ids["Иванова"])
    assert saved.email == "ivanova@mail.kg"
    assert [c.hours for c in saved.courses] == [72, 72]


def test_courses_are_edited_in_the_table(staff_window, qtbot) -> None:
    window, page, ids = staff_window
    select(page, "Асанов")
    page.edit_current()
    card = page.card
    card.tabs.setCurrentIndex(1)
    view = card.findChild(QTableView, "card_courses")
    model = card.courses
    qtbot.mouseClick(card.findChild(QPushButton, "course_add"), LEFT)
    type_text(view.indexWidget(model.index(0, 0)), "Инклюзивдүү билим берүү")

    def edit(column: int):
        view.setCurrentIndex(model.index(0, column))  # moving on commits the open editor
        view.edit(model.index(0, column))
        return view.indexWidget(model.index(0, column))

    edit(1).setCurrentText("КАО")
    edit(2).setValue(72)
    edit(3).set_value(date(2026, 10, 12))
    edit(4).set_value(date(2026, 10, 23))
    qtbot.mouseClick(card.save_button, LEFT)  # the end date is still being edited: it counts
    assert page.card is None
    (course,) = window.ctx.services.staff.teacher(ids["Асанов"]).courses
    assert (course.title, course.provider, course.hours, course.start, course.end) == (
        "Инклюзивдүү билим берүү", "КАО", 72, date(2026, 10, 12), date(2026, 10, 23))
    row = page.model.row(page.model.row_of(ids["Асанов"]))
    assert not row.due and row.last_course == date(2026, 10, 23)


def test_delete_clears_an_optional_cell_and_enter_edits(staff_window, qtbot) -> None:
    _window, page, ids = staff_window
    card = page.open_card(ids["Иванова"])
    card.tabs.setCurrentIndex(1)
    view = card.findChild(QTableView, "card_courses")
    view.setCurrentIndex(card.courses.index(0, 3))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert card.courses.records()[0].start is None
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.indexWidget(card.courses.index(0, 3)) is not None  # an editor is open
    card.reject()


def test_keyboard_new_and_save(staff_window, qtbot) -> None:
    window, page, _ids = staff_window
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_edit.hasFocus()
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Down)  # from the filter down into the table
    assert page.table.hasFocus() and page.current_id() is not None
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    card = page.card
    assert card is not None
    qtbot.waitUntil(card.isActiveWindow, timeout=2000)
    card.surname.setText("Бакирова")
    card.name.setText("Жылдыз")
    qtbot.keyClick(card, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.card is None
    assert "Бакирова Жылдыз" in shown_names(page)


def test_duplicate_teacher_is_refused_next_to_the_surname(staff_window, qtbot) -> None:
    window, page, _ids = staff_window
    card = page.open_card(None)
    card.surname.setText("Асанов")
    card.name.setText("Бакыт")
    qtbot.mouseClick(card.save_button, LEFT)
    assert card.isVisible()
    assert "Асанов Бакыт" in card.findChild(FieldError, "surname_error").text()
    assert len(window.ctx.services.staff.teachers()) == 4
    card.reject()


# -- archive --------------------------------------------------------------------------------


def test_archive_and_restore(staff_window, qtbot) -> None:
    window, page, ids = staff_window
    window.ctx.dialogs.answer = True
    select(page, "Асанов")
    button = page.findChild(QPushButton, "staff_archive")
    qtbot.mouseClick(button, LEFT)
    assert window.ctx.services.staff.teacher(ids["Асанов"]).archived
    assert not any(n.startswith("Асанов") for n in shown_names(page))
    assert "3" in page.count_label.text() and "1" in page.count_label.text()

    qtbot.mouseClick(page.findChild(QCheckBox, "staff_archived"), LEFT)
    assert any(n.startswith("Асанов") for n in shown_names(page))
    select(page, "Асанов")
    restore_text = button.text()
    assert restore_text != page.tr("Arc&hive")
    qtbot.mouseClick(button, LEFT)
    assert not window.ctx.services.staff.teacher(ids["Асанов"]).archived
    assert button.text() == page.tr("Arc&hive")
    page.findChild(QCheckBox, "staff_archived").setChecked(False)
    assert any(n.startswith("Асанов") for n in shown_names(page))


def test_archive_asks_first(staff_window, qtbot) -> None:
    window, page, ids = staff_window
    window.ctx.dialogs.answer = False
    select(page, "Иванова")
    qtbot.mouseClick(page.findChild(QPushButton, "staff_archive"), LEFT)
    assert not window.ctx.services.staff.teacher(ids["Иванова"]).archived
    assert len(shown_names(page)) == 4


# -- filters and sorting --------------------------------------------------------------------


def test_filter_as_you_type_with_kyrgyz_letters(staff_window, qtbot) -> None:
    _window, page, _ids = staff_window
    edit = page.findChild(QLineEdit, "staff_filter")
    type_text(edit, "Түгөл")
    assert shown_names(page) == ["Түгөлбаева Айгүл Асановна"]
    edit.clear()
    type_text(edit, "өмүр")  # lower case finds «Өмүрбеков»
    assert shown_names(page) == ["Өмүрбеков Нурлан Таалай уулу"]
    edit.clear()
    type_text(edit, "Информатика")  # another subject of his
    assert shown_names(page) == ["Өмүрбеков Нурлан Таалай уулу"]
    edit.clear()
    type_text(edit, "Тугол")  # typed without the Kyrgyz keyboard
    assert shown_names(page) == ["Түгөлбаева Айгүл Асановна"]
    edit.clear()
    type_text(edit, "нет такого")
    assert shown_names(page) == []
    assert "0" in page.count_label.text()
    edit.clear()
    assert len(shown_names(page)) == 4


def test_filter_by_subject_category_and_cycle(staff_window, qtbot) -> None:
    window, page, _ids = staff_window
    services = window.ctx.services
    subject = page.findChild(QComboBox, "staff_subject")
    subject.setCurrentIndex(subject.findData(subject_id(services, "Математика")))
    assert sorted(shown_names(page)) == ["Асанов Бакыт", "Өмүрбеков Нурлан Таалай уулу"]
    category = page.findChild(QComboBox, "staff_category")
    category.setCurrentIndex(category.findData(Category.SECOND.value))
    assert shown_names(page) == ["Асанов Бакыт"]
    subject.setCurrentIndex(0)
    category.setCurrentIndex(0)
    cycle = page.findChild(QComboBox, "staff_cycle")
    cycle.setCurrentIndex(cycle.findData(Cycle.SCIENCE.value))
    assert shown_names(page) == ["Иванова Мария Сергеевна"]


def test_sorting_uses_real_values(staff_window) -> None:
    _window, page, _ids = staff_window
    page.table.sortByColumn(EXPERIENCE, Qt.SortOrder.DescendingOrder)
    assert [n.split()[0] for n in shown_names(page)] == ["Түгөлбаева", "Өмүрбеков", "Иванова", "Асанов"]
    page.table.sortByColumn(CATEGORY, Qt.SortOrder.DescendingOrder)
    assert [n.split()[0] for n in shown_names(page)][:3] == ["Түгөлбаева", "Өмүрбеков", "Асанов"]
    page.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    # Kyrgyz order: а … и … ө … т … ү
    assert [n.split()[0] for n in shown_names(page)] == ["Асанов", "Иванова", "Өмүрбеков", "Түгөлбаева"]


def test_status_shows_who_is_due_for_courses(staff_window) -> None:
    _window, page, _ids = staff_window
    model = page.model
    status = {model.index(r, 0).data(): model.index(r, 6).data() for r in range(model.rowCount())}
    assert status["Иванова Мария Сергеевна"] == ""
    assert status["Асанов Бакыт"] != ""  # no course at all


# -- import ---------------------------------------------------------------------------------


def write_staff_xlsx(path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Мугалимдердин тизмеси 2026–2027"])
    ws.append(["ФИО", "Предмет", "Категория"])
    ws.append(["Жумабаева Чолпон Бакыт кызы", "Математика", "I"])
    ws.append(["Сыдыков Эрлан Маратович", "Химия", "экспертная"])
    ws.append(["Токтогулов Азамат Нурланович", "Физика, Астрономия", "высшая"])
    wb.save(path)


def test_import_through_the_preview(staff_window, qtbot, tmp_path) -> None:
    window, page, _ids = staff_window
    path = tmp_path / "staff.xlsx"
    write_staff_xlsx(path)
    window.ctx.dialogs.open_path = str(path)
    qtbot.mouseClick(page.findChild(QPushButton, "staff_import"), LEFT)
    dialog = page.import_dialog
    assert dialog is not None and dialog.isVisible() and dialog.objectName() == "import_dialog"
    preview = dialog.findChild(QTableView, "import_preview").model()
    assert preview.rowCount() == 3
    bad = preview.index(1, 4).data()
    assert "экспертная" in bad
    assert preview.index(1, 4).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert preview.index(0, 4).data() == preview.tr("new")
    assert "Астрономия" in dialog.summary.text()  # a subject the catalogue lacks

    apply = dialog.findChild(QPushButton, "import_apply")
    assert not apply.isEnabled()
    qtbot.mouseClick(apply, LEFT)
    assert len(window.ctx.services.staff.teachers()) == 4
    dialog.findChild(QCheckBox, "import_skip_invalid").setChecked(True)
    assert apply.isEnabled()
    qtbot.mouseClick(apply, LEFT)

    assert page.import_dialog is None
    names = shown_names(page)
    assert "Жумабаева Чолпон Бакыт кызы" in names
    assert "Токтогулов Азамат Нурланович" in names
    assert not any(n.startswith("Сыдыков") for n in names)
    assert len(names) == 6
    assert window.ctx.dialogs.errors == []


def test_import_again_offers_update_or_skip(staff_window, qtbot, tmp_path) -> None:
    window, page, ids = staff_window
    import openpyxl

    path = tmp_path / "again.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Фамилия", "Имя", "Категория"])
    wb.active.append(["Асанов", "Бакыт", "I"])
    wb.active.append(["Иванова", "Мария Сергеевна", "высшая"])
    wb.save(path)
    window.ctx.dialogs.open_path = str(path)
    dialog = page.import_file()
    preview = dialog.preview_model
    assert preview.index(0, 4).data() == preview.tr("update existing")
    assert preview.setData(preview.index(1, 4), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert preview.index(1, 4).data() == preview.tr("skip")
    assert dialog.apply()
    staff = window.ctx.services.staff
    assert staff.teacher(ids["Асанов"]).category == Category.FIRST
    assert staff.teacher(ids["Иванова"]).category == Category.NONE
    assert dialog.report.updated == 1 and dialog.report.skipped == 1


def test_a_file_that_is_not_a_workbook_is_explained(staff_window, qtbot, tmp_path) -> None:
    window, page, _ids = staff_window
    path = tmp_path / "staff.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    window.ctx.dialogs.open_path = str(path)
    qtbot.mouseClick(page.findChild(QPushButton, "staff_import"), LEFT)
    assert page.import_dialog is None
    assert len(window.ctx.dialogs.errors) == 1
    assert "staff.xlsx" in window.ctx.dialogs.errors[0]
    assert len(window.ctx.services.staff.teachers()) == 4


# -- language and models --------------------------------------------------------------------


def test_russian_window_shows_russian_subjects(make_window, services, qtbot) -> None:
    add_teachers(services)
    window = make_window("ru", services=services)
    page = window.show_page("staff")
    subjects = {page.model.index(r, 1).data() for r in range(page.model.rowCount())}
    assert "Кыргызский язык и литература" in subjects
    select(page, "Өмүрбеков")
    page.edit_current()
    card = page.card
    assert card.main_subject.currentText() == "Математика"
    assert card.isVisible()
    card.reject()
    assert page.card is None


def test_models_pass_the_model_tester(qtmodeltester, services) -> None:
    add_teachers(services)
    model = StaffModel()
    model.set_teachers(services.staff.teachers(), services.staff.subjects(), FIXED_TODAY, "ky", 5)
    qtmodeltester.check(model)
    proxy = StaffFilter()
    proxy.setSourceModel(model)
    proxy.set_text("а")
    proxy.sort(NAME)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 4


def test_preview_model_passes_the_model_tester(qtmodeltester, services, tmp_path) -> None:
    from domain.staff_import import parse_staff
    from gui.staff.import_dialog import ImportPreviewModel
    from storage.xlsx_grid import read_sheets

    add_teachers(services)
    path = tmp_path / "staff.xlsx"
    write_staff_xlsx(path)
    parsed = parse_staff([(s.name, s.rows) for s in read_sheets(path)], FIXED_TODAY)
    model = ImportPreviewModel(services.staff.plan_import(parsed))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
