"""A user's path through Teachers' growth: topics, open lessons, visits and the matrix, coming due."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
)

from domain.growth import StageKind, Topic
from gui.growth import RowsModel, TeacherFilter
from gui.growth.lessons import LessonEditor
from gui.growth.topics import SHOWN, TITLE, YEARS, TopicEditor
from gui.growth.visits import MatrixModel, VisitEditor
from gui.widgets import FieldError
from tests.conftest import FIXED_TODAY, activate

LEFT = Qt.MouseButton.LeftButton


def type_text(widget, text: str) -> None:
    """Key by key, as a user types (qtbot.keyClicks knows only ASCII, not ң ө ү)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def choose(box: QComboBox, data) -> None:
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def cells(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


@pytest.fixture
def growth(make_window, demo_services):
    window = make_window(services=demo_services)
    page = window.show_page("growth")
    return window, page, demo_services


def year_id(services) -> int:
    return services.school.current_year().id


def click(widget, name: str, qtbot) -> None:
    button = widget.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, LEFT)


def select_row(table: QTableView, column: int, text: str) -> None:
    row = next(r for r, value in enumerate(cells(table, column)) if value == text)
    table.selectRow(row)


# -- topics ---------------------------------------------------------------------------------


def test_the_page_has_four_tabs_and_the_year_topics(growth) -> None:
    _window, page, services = growth
    tabs = page.findChild(QTabWidget, "growth_tabs")
    assert [tabs.widget(i).objectName() for i in range(tabs.count())] == [
        "growth_topics", "growth_lessons", "growth_visits", "growth_due"]
    table = page.findChild(QTableView, "topics_table")
    assert table.model().rowCount() == len(services.growth.topics(year_id(services))) == 40
    assert "40" in page.findChild(QLabel, "topics_count").text()
    assert set(cells(table, SHOWN)) == {"✓", "—"}


def test_give_a_teacher_a_topic_with_stages_through_the_editor(growth, qtbot) -> None:
    window, page, services = growth
    with_topic = {t.teacher_id for t in services.growth.topics()}
    teacher = next(t for t in services.staff.teachers(include_archived=False) if t.id not in with_topic)
    click(page, "topic_add", qtbot)
    editor = page.topics.editor
    assert isinstance(editor, TopicEditor) and editor.objectName() == "topic_editor" and editor.isVisible()
    assert "Окутуунун сапатын" in editor.findChild(QLabel, "topic_theme_link_hint").text()  # the school's theme

    click(editor, "topic_save", qtbot)  # no title yet: refused next to the field
    assert editor.isVisible()
    title_error = editor.findChild(FieldError, "topic_title_error")
    assert title_error.isVisible() and title_error.text()

    choose(editor.findChild(QComboBox, "topic_teacher"), teacher.id)
    type_text(editor.findChild(QLineEdit, "topic_title"), "Оюн аркылуу окутуу")
    editor.findChild(QSpinBox, "topic_years").setValue(2)
    editor.findChild(QCheckBox, "stage_dissemination").setChecked(False)
    editor.stages[0][2].set_value(date(2026, 9, 1))
    editor.stages[0][3].set_value(date(2026, 12, 25))
    editor.stages[1][2].set_value(date(2027, 1, 12))
    editor.findChild(QCheckBox, "form_open_lesson").setChecked(True)
    editor.findChild(QCheckBox, "form_master_class").setChecked(True)
    type_text(editor.findChild(QLineEdit, "shown_what"), "Ачык сабак 5-А")
    qtbot.keyClick(editor.findChild(QLineEdit, "shown_what"), Qt.Key.Key_Return)  # adds the line, does not save
    assert editor.isVisible() and page.topics.editor is editor
    assert editor.findChild(QListWidget, "topic_shown_list").count() == 1
    assert teacher.id not in {t.teacher_id for t in services.growth.topics()}  # nothing saved yet
    click(editor, "topic_save", qtbot)

    assert page.topics.editor is None
    (saved,) = [t for t in services.growth.topics() if t.teacher_id == teacher.id]
    assert (saved.title, saved.start_year, saved.years) == ("Оюн аркылуу окутуу", 2026, 2)
    assert [(s.kind, s.start, s.end) for s in saved.stages] == [
        (StageKind.DIAGNOSTIC, date(2026, 9, 1), date(2026, 12, 25)), (StageKind.PRACTICAL, date(2027, 1, 12), None),
        (StageKind.GENERALIZING, None, None)]
    assert saved.result_forms == ["open_lesson", "master_class"]
    assert [s.what for s in saved.shown] == ["Ачык сабак 5-А"]
    table = page.topics.table
    row = table.selectionModel().selectedRows()[0].row()  # the new topic is selected
    assert table.model().index(row, TITLE).data() == "Оюн аркылуу окутуу"
    assert table.model().index(row, YEARS).data().startswith("2026–2028")
    assert table.model().index(row, SHOWN).data() == "✓"
    assert table.model().rowCount() == 41


def test_a_stage_ending_before_it_starts_is_shown_at_the_stages(growth, qtbot) -> None:
    _window, page, services = growth
    editor = page.topics.new_item()
    editor.title_edit.setText("Тема")
    editor.stages[1][2].set_value(date(2027, 3, 1))
    editor.stages[1][3].set_value(date(2027, 1, 1))
    click(editor, "topic_save", qtbot)
    error = editor.findChild(FieldError, "topic_stages_error")
    assert error.isVisible() and ("Практикалык" in error.text())
    assert len(services.growth.topics()) == 40
    editor.reject()


def test_carry_a_topic_over_and_record_what_was_shown(growth, qtbot) -> None:
    _window, page, services = growth
    topic = next(t for t in services.growth.topics(year_id(services)) if t.years == 1
                 and not t.shown_in(year_id(services)))
    assert page.topics.select(topic.id)
    click(page, "topic_carry", qtbot)
    assert services.growth.topic(topic.id).years == 2
    table = page.topics.table
    row = table.selectionModel().selectedRows()[0].row()
    assert table.model().index(row, YEARS).data().startswith("2026–2028")

    click(page, "topic_shown", qtbot)
    dialog = page.topics.shown_dialog
    assert dialog is not None and dialog.objectName() == "shown_dialog"
    click(dialog, "shown_dialog_save", qtbot)  # nothing written: refused
    assert dialog.findChild(FieldError, "shown_dialog_what_error").isVisible()
    dialog.what.setCurrentText("Бирикменин отурумунда баяндама")
    click(dialog, "shown_dialog_save", qtbot)
    assert page.topics.shown_dialog is None
    (shown,) = services.growth.topic(topic.id).shown
    assert (shown.year_id, shown.day, shown.what) == (year_id(services), FIXED_TODAY, "Бирикменин отурумунда баяндама")
    row = table.selectionModel().selectedRows()[0].row()
    assert table.model().index(row, SHOWN).data() == "✓"


def test_deleting_a_topic_asks_and_can_be_undone(growth, qtbot) -> None:
    window, page, services = growth
    topic = services.growth.topics(year_id(services))[0]
    page.topics.select(topic.id)
    window.ctx.dialogs.answer = False
    click(page, "topic_delete", qtbot)
    assert len(services.growth.topics()) == 40
    window.ctx.dialogs.answer = True
    qtbot.keyClick(page.topics.table, Qt.Key.Key_Delete)
    assert topic.id not in {t.id for t in services.growth.topics()}
    assert page.topics.model.rowCount() == 39
    window.ctx.undo_stack.undo()
    assert [t.title for t in services.growth.topics() if t.teacher_id == topic.teacher_id] == [topic.title]
    assert page.topics.model.rowCount() == 40


def test_keyboard_ctrl_n_and_enter_open_the_editor(growth, qtbot) -> None:
    window, page, _services = growth
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.topics.editor
    assert editor is not None and editor.topic.id is None
    editor.reject()
    qtbot.waitUntil(lambda: page.topics.editor is None)
    page.topics.table.setFocus()
    page.topics.table.selectRow(0)
    qtbot.keyClick(page.topics.table, Qt.Key.Key_Return)
    assert page.topics.editor is not None and page.topics.editor.topic.id is not None
    page.topics.editor.reject()


# -- open lessons ---------------------------------------------------------------------------


def test_record_an_open_lesson_with_two_observers(growth, qtbot) -> None:
    _window, page, services = growth
    page.tabs.setCurrentIndex(1)
    teacher, first, second = services.staff.teachers(include_archived=False)[:3]
    click(page, "lesson_add", qtbot)
    editor = page.lessons.editor
    assert isinstance(editor, LessonEditor) and editor.objectName() == "lesson_editor"
    choose(editor.findChild(QComboBox, "lesson_teacher"), teacher.id)
    assert editor.subject.currentData() == teacher.main_subject_id  # the teacher's subject comes along
    editor.day.set_value(date(2026, 11, 25))  # term II
    type_text(editor.findChild(QLineEdit, "lesson_class"), "8-А")
    click(editor, "lesson_save", qtbot)  # no topic: refused next to it
    assert editor.findChild(FieldError, "lesson_topic_error").isVisible()

    type_text(editor.findChild(QLineEdit, "lesson_topic"), "Бөлчөктөр")
    choose(editor.findChild(QComboBox, "lesson_form"), "master_class")
    own = next(editor.observers.item(i) for i in range(editor.observers.count())
               if editor.observers.item(i).data(Qt.ItemDataRole.UserRole) == teacher.id)
    assert not own.flags() & Qt.ItemFlag.ItemIsEnabled  # she cannot observe her own lesson
    editor.set_observers([first.id])
    search = editor.findChild(QLineEdit, "lesson_observers_filter")
    type_text(search, second.surname)
    qtbot.keyClick(search, Qt.Key.Key_Return)  # to the first colleague found, Space ticks her
    assert editor.observers.currentItem().data(Qt.ItemDataRole.UserRole) == second.id
    qtbot.keyClick(editor.observers, Qt.Key.Key_Space)
    assert editor.isVisible() and sorted(editor.observer_ids()) == sorted([first.id, second.id])
    assert "2" in editor.findChild(QLabel, "lesson_observers_count").text()
    editor.guests.setPlainText("Райондук усулчу")
    click(editor, "lesson_save", qtbot)

    assert page.lessons.editor is None
    (saved,) = [x for x in services.growth.lessons(year_id(services), 2)]
    assert (saved.teacher_id, saved.topic, sorted(saved.observer_ids), saved.guests) == (
        teacher.id, "Бөлчөктөр", sorted([first.id, second.id]), ["Райондук усулчу"])
    table = page.findChild(QTableView, "lessons_table")
    row = table.selectionModel().selectedRows()[0].row()
    assert [table.model().index(row, c).data() for c in (0, 1, 2, 4, 7)] == [
        "25.11.2026", teacher.short_name, "8-А", "Бөлчөктөр", "2 + 1"]
    assert table.model().index(row, 1).data(Qt.ItemDataRole.ToolTipRole) == teacher.full_name
    assert table.model().rowCount() == 12

    term = page.findChild(QComboBox, "lessons_term")
    choose(term, 2)
    assert cells(table, 4) == ["Бөлчөктөр"]
    choose(term, 1)
    assert table.model().rowCount() == 11 and "Бөлчөктөр" not in cells(table, 4)


def test_a_lesson_saved_outside_the_shown_term_and_teacher_is_found_again(growth, qtbot) -> None:
    _window, page, services = growth
    page.tabs.setCurrentIndex(1)
    teacher, other = services.staff.teachers(include_archived=False)[:2]
    page.show_teacher(other.id)
    term = page.findChild(QComboBox, "lessons_term")
    choose(term, 1)
    editor = page.lessons.new_item()
    choose(editor.findChild(QComboBox, "lesson_teacher"), teacher.id)
    editor.day.set_value(date(2026, 11, 25))  # term II, another teacher: hidden by both filters
    type_text(editor.findChild(QLineEdit, "lesson_class"), "5-Б")
    type_text(editor.findChild(QLineEdit, "lesson_topic"), "Жөнөкөй сүйлөмдөр")
    click(editor, "lesson_save", qtbot)
    assert page.lessons.editor is None
    assert term.currentData() is None and page.teacher_filter() is None  # the whole year, everyone
    table = page.findChild(QTableView, "lessons_table")
    row = table.selectionModel().selectedRows()[0].row()
    assert table.model().index(row, 4).data() == "Жөнөкөй сүйлөмдөр"


def test_the_lessons_schedule_document(growth, qtbot, tmp_path) -> None:
    window, page, _services = growth
    if not hasattr(window.ctx.documents, "lessons_schedule"):
        pytest.xfail("DocumentMaker.lessons_schedule is not there yet")
    page.tabs.setCurrentIndex(1)
    choose(page.findChild(QComboBox, "lessons_term"), 1)
    choose(page.findChild(QComboBox, "growth_doc_lang"), "ru")
    window.ctx.dialogs.save_path = str(tmp_path / "schedule")
    click(page, "lessons_docx", qtbot)
    assert (tmp_path / "schedule.docx").stat().st_size > 0
    assert window.ctx.dialogs.errors == []


def test_the_topics_list_documents(growth, qtbot, tmp_path) -> None:
    window, page, _services = growth
    if not hasattr(window.ctx.documents, "topics"):
        pytest.xfail("DocumentMaker.topics is not there yet")
    for name, suffix in (("topics_docx", ".docx"), ("topics_xlsx", ".xlsx")):
        window.ctx.dialogs.save_path = str(tmp_path / f"topics{suffix}")
        click(page, name, qtbot)
        assert (tmp_path / f"topics{suffix}").stat().st_size > 0
    assert window.ctx.dialogs.errors == []


# -- visits and the matrix ------------------------------------------------------------------


def test_visits_through_the_editor_change_the_matrix(growth, qtbot) -> None:
    _window, page, services = growth
    page.tabs.setCurrentIndex(2)
    never = page.findChild(QListWidget, "matrix_never_visited")
    before_never = never.count()
    matrix = services.growth.matrix(year_id(services))
    visited = matrix.never_visited[0]
    visitor = next(t for t in matrix.teacher_ids if t != visited)
    model = page.findChild(QTableView, "visit_matrix").model()
    row, column = model.section_of(visitor), model.section_of(visited)
    assert model.index(row, column).data() == ""
    visits_before = page.visits.model.rowCount()

    for expected in ("1", "2"):
        click(page, "visit_add", qtbot)
        editor = page.visits.editor
        assert isinstance(editor, VisitEditor) and editor.objectName() == "visit_editor"
        choose(editor.findChild(QComboBox, "visit_visitor"), visitor)
        choose(editor.findChild(QComboBox, "visit_visited"), visited)
        editor.day.set_value(date(2026, 11, 20))
        type_text(editor.findChild(QLineEdit, "visit_class"), "6-Б")
        editor.purpose.setCurrentText("Тажрыйба алмашуу")
        click(editor, "visit_save", qtbot)
        assert page.visits.editor is None
        assert model.index(row, column).data() == expected

    names = [never.item(i).text() for i in range(never.count())]
    assert services.staff.teacher(visited).full_name not in names and never.count() == before_never - 1
    assert str(never.count()) in page.findChild(QLabel, "matrix_never_visited_label").text()
    assert page.visits.model.rowCount() == visits_before + 2
    total = model.index(model.rowCount() - 1, model.columnCount() - 1).data()
    assert total == str(len(services.growth.visits(year_id(services))))


def test_a_visit_to_oneself_is_refused_next_to_the_field(growth, qtbot) -> None:
    _window, page, services = growth
    page.tabs.setCurrentIndex(2)
    editor = page.visits.new_item()
    teacher = services.staff.teachers(include_archived=False)[0]
    choose(editor.visitor, teacher.id)
    choose(editor.visited, teacher.id)
    click(editor, "visit_save", qtbot)
    error = editor.findChild(FieldError, "visit_visited_error")
    assert error.isVisible() and error.text()
    assert len(services.growth.visits(year_id(services))) == 38
    editor.reject()


def test_deleting_a_visit_asks_and_empties_the_cell(growth, qtbot) -> None:
    _window, page, services = growth
    page.tabs.setCurrentIndex(2)
    visit = services.growth.visits(year_id(services))[0]
    model = page.visits.matrix_model
    cell = model.index(model.section_of(visit.visitor_id), model.section_of(visit.visited_id))
    assert cell.data() == "1"
    page.visits.select(visit.id)
    click(page, "visit_delete", qtbot)
    assert len(services.growth.visits(year_id(services))) == 37
    assert model.index(cell.row(), cell.column()).data() == ""


# -- coming due -----------------------------------------------------------------------------


def test_coming_due_has_a_line_per_item(growth) -> None:
    _window, page, services = growth
    items = services.growth.coming_due(year_id(services))
    due = page.findChild(QListWidget, "due_list")
    assert due.count() == len(items) == 34
    lines = [due.item(i).text() for i in range(due.count())]
    course = next(d for d in items if d.kind == "course")
    name = services.staff.teacher(course.teacher_id).full_name
    assert any(line.startswith(name + ":") for line in lines)
    topic_item = next(d for d in items if d.kind == "topic_nothing_shown")
    title = services.growth.topic(topic_item.topic_id).title
    assert any(f"«{title}»" in line for line in lines)
    assert not any("{" in line for line in lines)
    assert str(len(items)) in page.tabs.tabText(3)


def test_a_due_line_opens_the_place_that_fixes_it(growth, qtbot) -> None:
    window, page, services = growth
    page.tabs.setCurrentIndex(3)
    due = page.due
    row = next(i for i, d in enumerate(due.items) if d.kind == "topic_nothing_shown")
    due.list.setCurrentRow(row)
    due.list.setFocus()
    qtbot.keyClick(due.list, Qt.Key.Key_Return)
    editor = page.topics.editor
    assert editor is not None and editor.topic.id == due.items[row].topic_id
    assert page.tabs.currentIndex() == 0
    editor.reject()

    page.tabs.setCurrentIndex(3)
    row = next(i for i, d in enumerate(due.items) if d.kind == "course")
    card = due.open_item(due.list.item(row))
    assert card is not None and card.objectName() == "teacher_card"
    assert card.teacher.id == due.items[row].teacher_id and card.tabs.currentIndex() == 1
    card.reject()


def test_an_association_below_three_leads_to_the_associations(growth) -> None:
    window, page, services = growth
    association = next(a for a in services.associations.associations(year_id(services)) if len(a.member_ids) == 3)
    window.ctx.run(services.staff.archive, association.member_ids[0])
    window.show_page("growth")
    due = page.due
    row = next(i for i, d in enumerate(due.items) if d.kind == "below_three")
    text = due.list.item(row).text()
    assert text.startswith(association.name("ky")) and "2" in text and "««" not in text
    due.open_item(due.list.item(row))
    assert window.current_page().key == "associations"


# -- one teacher ----------------------------------------------------------------------------


def test_show_teacher_filters_topics_lessons_and_visits(growth) -> None:
    _window, page, services = growth
    yid = year_id(services)
    lesson = services.growth.lessons(yid)[0]
    teacher_id = lesson.teacher_id
    page.show_teacher(teacher_id)
    assert page.findChild(QComboBox, "growth_teacher").currentData() == teacher_id
    topics = [t for t in services.growth.topics(yid) if t.teacher_id == teacher_id]
    assert page.topics.proxy.rowCount() == len(topics)
    lessons = [x for x in services.growth.lessons(yid) if teacher_id in (x.teacher_id, *x.observer_ids)]
    assert page.lessons.proxy.rowCount() == len(lessons) >= 1
    visits = [v for v in services.growth.visits(yid) if teacher_id in (v.visitor_id, v.visited_id)]
    assert page.visits.proxy.rowCount() == len(visits)
    page.show_teacher(None)
    assert page.topics.proxy.rowCount() == 40


def test_the_page_in_russian(make_window, demo_services) -> None:
    window = make_window("ru", services=demo_services)
    page = window.show_page("growth")
    editor = page.topics.new_item()
    assert editor.findChild(QCheckBox, "stage_diagnostic").text() == "Диагностический"
    assert "Использование современных" in editor.findChild(QLabel, "topic_theme_link_hint").text()
    assert page.findChild(QComboBox, "growth_doc_lang").currentData() == "ru"
    editor.reject()


# -- the models -----------------------------------------------------------------------------


def test_every_model_passes_the_model_tester(growth, qtmodeltester) -> None:
    _window, page, services = growth
    for tab in (page.topics, page.lessons, page.visits):
        assert isinstance(tab.model, RowsModel) and tab.model.rowCount() > 0
        qtmodeltester.check(tab.model)
        assert isinstance(tab.proxy, TeacherFilter)
        tab.proxy.set_teacher(services.growth.visits(year_id(services))[0].visitor_id)
        tab.proxy.sort(0)
        qtmodeltester.check(tab.proxy)
    matrix = page.visits.matrix_model
    assert isinstance(matrix, MatrixModel) and matrix.rowCount() == 46
    qtmodeltester.check(matrix)


def test_the_models_when_empty(qtmodeltester, services) -> None:
    from gui.growth import GrowthData

    services.school.ensure_initial_year()
    matrix = MatrixModel()
    matrix.set_matrix(services.growth.matrix(services.school.current_year().id), GrowthData("ky", FIXED_TODAY))
    assert matrix.rowCount() == matrix.columnCount() == 0
    qtmodeltester.check(matrix)
    rows = RowsModel(["a", "b"])
    qtmodeltester.check(rows)


def test_topic_editor_keeps_an_archived_teacher(make_window, services) -> None:
    """A topic of a teacher who left still opens with her name (not the first teacher on the list)."""
    from domain.staff import Teacher

    ids = [services.staff.save_teacher(Teacher(s, "Айгүл"))[0] for s in ("Асанова", "Бекова", "Турдуева")]
    window = make_window(services=services)
    topic_id, _ = services.growth.save_topic(Topic(ids[2], "Тема", 2026))
    services.staff.archive(ids[2])
    page = window.show_page("growth")
    editor = page.topics.open_editor(topic_id)
    assert editor.teacher.currentData() == ids[2]
    editor.reject()


def test_the_teachers_card_shows_her_growth_and_leads_to_the_page(make_window, demo_services) -> None:
    window = make_window(services=demo_services)
    staff = window.show_page("staff")
    year = demo_services.school.current_year()
    lesson = demo_services.growth.lessons(year.id)[0]
    card = staff.open_card(lesson.teacher_id)
    lines = [card.growth.list.item(i).text() for i in range(card.growth.list.count())]
    assert any(lesson.topic in line for line in lines)
    card.growth.button.click()
    page = window.current_page()
    assert page.key == "growth"
