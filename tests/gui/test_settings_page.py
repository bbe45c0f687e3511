"""A user's path through Settings: school details, a term, a bad date, the language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton

from tests.conftest import activate


def test_edit_school_details(make_window, qtbot) -> None:
    window = make_window()
    page = window.show_page("settings")
    form = page.school_form
    form.edits["name_ky"].setText("№95 мектеп-гимназиясы")
    form.edits["director"].setText("Сардарбекова А.К.")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    school = window.ctx.services.school.school()
    assert school.name_ky == "№95 мектеп-гимназиясы"
    assert school.director == "Сардарбекова А.К."


def test_school_without_name_shows_the_message_next_to_the_form(make_window, qtbot) -> None:
    window = make_window()
    page = window.show_page("settings")
    qtbot.mouseClick(page.school_form.save_button, Qt.MouseButton.LeftButton)
    assert page.school_form.error.isVisible()
    assert page.school_form.error.text()


def test_edit_a_term(make_window, qtbot) -> None:
    window = make_window()
    page = window.show_page("settings")
    page.tabs.setCurrentIndex(1)
    editor = page.years
    start, end = editor.term_edits[1]
    start.set_value(date(2026, 11, 9))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    year = window.ctx.services.school.current_year()
    assert year.terms[1].start == date(2026, 11, 9)
    assert not editor.errors["term2"].isVisible()


def test_bad_term_date_shows_validation_next_to_the_term(make_window, qtbot) -> None:
    window = make_window()
    page = window.show_page("settings")
    page.tabs.setCurrentIndex(1)
    editor = page.years
    editor.term_edits[2][0].set_value(date(2026, 12, 1))  # term III starting inside term II
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    message = editor.errors["term3"]
    assert message.isVisible()
    assert "01.12.2026" in message.text()
    assert window.ctx.services.school.current_year().terms[2].start == date(2027, 1, 12)


def test_new_year_is_added_and_offered_in_the_toolbar(make_window, qtbot) -> None:
    window = make_window()
    page = window.show_page("settings")
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.years.findChild(QPushButton, "new_year"), Qt.MouseButton.LeftButton)
    assert page.years.label_edit.text() == "2027–2028"
    qtbot.mouseClick(page.years.save_button, Qt.MouseButton.LeftButton)
    assert [window.year_box.itemText(i) for i in range(window.year_box.count())] == ["2026–2027", "2027–2028"]


def test_switching_the_language_shows_russian_labels(make_window, qtbot) -> None:
    window = make_window("ky")
    kyrgyz = [window.nav.item(i).text() for i in range(window.nav.count())]
    page = window.show_page("settings")
    box = page.language_box
    box.setCurrentIndex(1)
    box.activated.emit(1)
    nav = window.findChild(QListWidget, "nav")
    russian = [nav.item(i).text() for i in range(nav.count())]
    assert "Настройки" in russian
    assert russian != kyrgyz
    assert window.ctx.services.school.language() == "ru"
    assert window.current_page().key == "settings"
    labels = [w.text() for w in window.current_page().findChildren(QLabel)]
    assert any("Название" in t for t in labels)


def test_kyrgyz_is_the_default(make_window) -> None:
    window = make_window()
    assert window.nav.item(7).text() == "Жөндөөлөр"


def test_ctrl_number_opens_pages(make_window, qtbot) -> None:
    window = make_window()
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "settings"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "home"


def test_years_model_passes_the_model_tester(qtmodeltester, services) -> None:
    from gui.settings.years_model import YearsModel

    services.school.ensure_initial_year()
    model = YearsModel()
    model.set_years(services.school.years(), services.school.current_year().id)
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_backups_tab_makes_and_restores(make_window, qtbot) -> None:
    from domain.model import School

    window = make_window()
    services = window.ctx.services
    services.school.save_school(School(name_ky="Биринчи ат"))
    page = window.show_page("settings")
    tab = page.backups
    tab.refresh()
    before = tab.table.rowCount()
    qtbot.mouseClick(tab.make_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == before + 1
    services.school.save_school(School(name_ky="Экинчи ат"))
    tab.table.selectRow(0)
    window.ctx.dialogs.answer = True
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    assert services.school.school().name_ky == "Биринчи ат"
    assert tab.table.rowCount() == before + 2  # the copy of the file it replaced
    assert window.ctx.dialogs.errors == []


def test_catalogues_edit_subjects_providers_forms_and_numbers(make_window, demo_services, qtbot) -> None:
    window = make_window(services=demo_services)
    page = window.show_page("settings")
    tab = page.catalogues
    tab.refresh()
    count = tab.subjects.rowCount()
    tab.name_ky.setText("Астрономия")
    tab.name_ru.setText("Астрономия")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.subjects.rowCount() == count + 1
    physics = next(i for i, s in enumerate(tab._rows) if s.name_ru == "Физика")
    tab.subjects.selectRow(physics)
    window.ctx.dialogs.answer = True
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert window.ctx.dialogs.errors and "Физика" in window.ctx.dialogs.errors[-1]  # taught: only hidden
    qtbot.mouseClick(tab.hide_button, Qt.MouseButton.LeftButton)
    assert next(s for s in demo_services.staff.subjects() if s.name_ru == "Физика").hidden
    tab.providers.setPlainText("РИПКиППР\nКАО\nБишкек шаардык билим берүү борбору")
    tab.forms.setPlainText("Семинар | Семинар\nВебинар | Вебинар")
    tab.course_years.setValue(3)
    tab.head_years.setValue(7)
    qtbot.mouseClick(tab.save_lists, Qt.MouseButton.LeftButton)
    assert demo_services.staff.providers()[-1] == "Бишкек шаардык билим берүү борбору"
    assert demo_services.plan.forms() == [("Семинар", "Семинар"), ("Вебинар", "Вебинар")]
    assert demo_services.staff.course_due_years() == 3
    assert demo_services.associations.head_min_years() == 7
