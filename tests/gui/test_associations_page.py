"""A user's path through Associations: the table, the rule of three, suggestions, heads, council, order."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPushButton

from domain.associations import AssociationKind
from domain.staff import Category, Teacher
from gui.associations.models import HEAD, NAME, STATUS, AssociationsModel, make_rows
from tests.conftest import activate

LEFT = Qt.MouseButton.LeftButton


def subject_id(services, name_ky: str) -> int:
    return next(s.id for s in services.staff.subjects() if s.name_ky == name_ky)


def add_physics_teachers(services, count: int, young_head: bool = False) -> list[int]:
    """``count`` physics teachers; the first is a veteran of the highest category unless ``young_head``."""
    physics = subject_id(services, "Физика")
    people = [("Асанов", "Бакыт", "Мирланович"), ("Бекова", "Айгүл", "Маратовна"), ("Жунусов", "Эрлан", "Талантович"),
              ("Касымова", "Нургүл", "Асановна")][:count]
    ids = []
    for i, (surname, name, patronymic) in enumerate(people):
        if i == 0 and not young_head:
            extra = {"category": Category.HIGHEST, "experience_start": date(1995, 9, 1)}
        elif i == 0:
            extra = {"category": Category.NONE, "experience_start": date(2024, 9, 1)}
        else:
            extra = {"category": Category.FIRST, "experience_start": date(2010, 9, 1)}
        teacher_id, _changed = services.staff.save_teacher(
            Teacher(surname, name, patronymic, main_subject_id=physics, **extra))
        ids.append(teacher_id)
    return ids


def table_names(page) -> list[str]:
    return [page.model.index(r, NAME).data() for r in range(page.model.rowCount())]


def list_item(widget: QListWidget, teacher_or_subject_id: int):
    return next(widget.item(i) for i in range(widget.count())
                if widget.item(i).data(Qt.ItemDataRole.UserRole) == teacher_or_subject_id)


@pytest.fixture
def demo_page(make_window, demo_services):
    window = make_window(services=demo_services)
    return window, window.show_page("associations")


# -- the table -------------------------------------------------------------------------------


def test_the_table_shows_the_nine_demo_associations(demo_page, qtmodeltester) -> None:
    window, page = demo_page
    assert page.title() and window.nav.item(2).text() == page.title()
    year = window.ctx.services.school.current_year()
    assert year.label in page.year_label.text()
    names = table_names(page)
    assert len(names) == 9
    assert "«Кыргыз тили жана адабияты» усулдук бирикмеси" in names
    heads = [page.model.index(r, HEAD).data() for r in range(page.model.rowCount())]
    assert all(heads) and len(set(heads)) == 9  # one head per association
    assert all(not page.model.index(r, STATUS).data() for r in range(9))  # nothing to point out
    assert page.findChild(QLabel, "assoc_problems").isHidden()
    assert page.findChild(QLabel, "assoc_no_suggestions") is not None
    qtmodeltester.check(page.model)


def test_russian_window_shows_russian_names(make_window, demo_services) -> None:
    window = make_window("ru", services=demo_services)
    page = window.show_page("associations")
    assert "Методическое объединение «Русский язык и литература»" in table_names(page)


def test_model_marks_a_head_to_reappoint_and_a_small_association(qtmodeltester, demo_services) -> None:
    services = demo_services
    year = services.school.current_year()
    associations = services.associations.associations(year.id)
    associations[0].reappoint = True
    associations[1].member_ids = associations[1].member_ids[:2]
    model = AssociationsModel()
    model.set_rows(make_rows(associations, services.staff.teachers(), "ky"))
    qtmodeltester.check(model)
    assert model.index(0, STATUS).data() and model.index(1, STATUS).data()
    assert model.index(0, STATUS).data() != model.index(1, STATUS).data()
    assert not model.index(2, STATUS).data()
    model.set_rows([])
    qtmodeltester.check(model)
    assert model.rowCount() == 0


# -- the rule of three -----------------------------------------------------------------------


def test_a_subject_association_of_two_teachers_is_refused(make_window, services, qtbot) -> None:
    ids = add_physics_teachers(services, 2)
    other, _ = services.staff.save_teacher(Teacher("Осмонова", "Айжан", "", main_subject_id=subject_id(services, "Тарых")))
    window = make_window(services=services)
    page = window.show_page("associations")
    problems = page.findChild(QLabel, "assoc_problems")
    assert problems.isVisible() and "3" in problems.text()  # three teachers in no association
    uncovered = page.findChild(QLabel, "assoc_uncovered")
    assert uncovered.isVisible() and "Асанов Б.М." in uncovered.text()

    page.new_item()
    editor = page.editor
    assert editor is not None and editor.objectName() == "assoc_editor" and editor.isVisible()
    editor.kind_box.setCurrentIndex(editor.kind_box.findData(AssociationKind.SUBJECT.value))
    list_item(editor.subject_list, subject_id(services, "Физика")).setCheckState(Qt.CheckState.Checked)
    assert set(editor.member_ids()) == set(ids)  # ticking the subject ticks its teachers
    assert "Физика" in editor.name_ky.text()
    list_item(editor.member_list, other).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(editor.findChild(QPushButton, "assoc_save"), LEFT)

    error = editor.findChild(QLabel, "assoc_error")
    assert editor.isVisible() and error.isVisible()
    assert "2" in error.text()
    assert window.ctx.services.associations.associations(page.year.id) == []
    editor.reject()
    assert page.editor is None and page.model.rowCount() == 0


def test_create_from_a_suggestion_with_head_and_secretary(make_window, services, qtbot) -> None:
    ids = add_physics_teachers(services, 3)
    window = make_window(services=services)
    page = window.show_page("associations")
    assert len(page.suggestions) == 1
    line = page.findChild(QPushButton, "suggest_create_0").parent().findChild(QLabel)
    assert "Физика" in line.text() and "3" in line.text()

    qtbot.mouseClick(page.findChild(QPushButton, "suggest_create_0"), LEFT)
    editor = page.editor
    assert editor is not None and set(editor.member_ids()) == set(ids)
    assert editor.name_ky.text() == "«Физика» усулдук бирикмеси"
    head_box = editor.findChild(QComboBox, "assoc_head")
    assert head_box.count() == 4  # nobody, and the three members
    assert any("Асанов Бакыт Мирланович — 31" in head_box.itemText(i) for i in range(head_box.count()))
    editor.choose(head_box, ids[0])
    editor.choose(editor.findChild(QComboBox, "assoc_secretary"), ids[1])
    qtbot.mouseClick(editor.save_button, LEFT)

    assert page.editor is None
    assert window.ctx.dialogs.infos == []  # a veteran of the highest category: nothing to warn about
    assert table_names(page) == ["«Физика» усулдук бирикмеси"]
    assert page.model.index(0, HEAD).data() == "Асанов Бакыт Мирланович"
    assert page.current_id() is not None  # the new association is selected
    (saved,) = window.ctx.services.associations.associations(page.year.id)
    assert (saved.head_id, saved.secretary_id, sorted(saved.member_ids)) == (ids[0], ids[1], sorted(ids))
    assert page.suggestions == []


def test_an_inexperienced_head_is_pointed_out(make_window, services, qtbot) -> None:
    ids = add_physics_teachers(services, 3, young_head=True)
    window = make_window(services=services)
    page = window.show_page("associations")
    editor = page.create_from_suggestion(0)
    editor.choose(editor.head_box, ids[0])
    assert "— 2 " in editor.head_box.currentText()
    qtbot.mouseClick(editor.save_button, LEFT)
    assert page.editor is None
    (info,) = window.ctx.dialogs.infos
    lines = info.splitlines()
    assert len(lines) == 2  # no category, and two years of experience
    assert all("Асанов Бакыт Мирланович" in line for line in lines)
    assert any("2" in line and "5" in line for line in lines)


def test_a_teacher_heads_one_association_a_year(demo_page, qtbot) -> None:
    window, page = demo_page
    services = window.ctx.services
    activate(qtbot, window)
    first, second = services.associations.associations(page.year.id)[:2]
    page.select_id(second.id)
    page.edit_current()
    editor = page.editor
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    list_item(editor.member_list, first.head_id).setCheckState(Qt.CheckState.Checked)
    assert "also in" not in list_item(editor.member_list, second.head_id).text()
    assert first.name_ky in list_item(editor.member_list, first.head_id).text()  # shows the other membership
    editor.choose(editor.head_box, first.head_id)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible() and editor.error.text()
    assert services.associations.association(second.id).head_id == second.head_id
    editor.reject()


def test_a_name_of_her_own_is_kept_when_subjects_change(demo_page) -> None:
    window, page = demo_page
    services = window.ctx.services
    languages = next(a for a in services.associations.associations(page.year.id) if a.name_ky.startswith("Чет"))
    editor = page.open_editor(services.associations.association(languages.id))
    german = subject_id(services, "Немис тили")
    item = list_item(editor.subject_list, german)
    item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                       else Qt.CheckState.Checked)
    assert editor.name_ky.text() == languages.name_ky  # not replaced by a proposed name
    editor.reject()

    new = page.open_editor(type(languages)(year_id=page.year.id, kind=AssociationKind.CYCLE))
    list_item(new.subject_list, subject_id(services, "Физика")).setCheckState(Qt.CheckState.Checked)
    list_item(new.subject_list, subject_id(services, "Химия")).setCheckState(Qt.CheckState.Checked)
    assert new.name_ky.text() == "«Табигый илимдер» циклдик усулдук комиссиясы"
    new.name_ky.setText("Табият таануу бирикмеси")
    list_item(new.subject_list, subject_id(services, "Биология")).setCheckState(Qt.CheckState.Checked)
    assert new.name_ky.text() == "Табият таануу бирикмеси"
    assert new.name_ru.text() == "Цикловая методическая комиссия «Естественные науки»"
    new.reject()


# -- actions ---------------------------------------------------------------------------------


def test_enter_opens_the_editor(demo_page, qtbot) -> None:
    window, page = demo_page
    activate(qtbot, window)
    page.table.setFocus()
    page.table.selectRow(3)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.editor is not None and page.editor.association.id == page.current_id()
    assert page.editor.name_ky.text() == table_names(page)[3]
    page.editor.reject()


def test_delete_asks_first(make_window, services, qtbot) -> None:
    ids = add_physics_teachers(services, 3)
    window = make_window(services=services)
    page = window.show_page("associations")
    year_id = page.year.id
    window.ctx.services.associations.create_from_suggestion(year_id, page.suggestions[0])
    page.refresh(None)
    assert page.model.rowCount() == 1
    window.ctx.dialogs.answer = False
    page.table.selectRow(0)
    qtbot.mouseClick(page.findChild(QPushButton, "assoc_delete"), LEFT)
    assert page.model.rowCount() == 1
    window.ctx.dialogs.answer = True
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 0
    assert window.ctx.services.associations.associations(year_id) == []
    assert len(page.suggestions) == 1 and set(page.suggestions[0].teacher_ids) == set(ids)


def test_ctrl_n_opens_a_new_association(demo_page, qtbot) -> None:
    window, page = demo_page
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor is not None and page.editor.association.id is None
    page.editor.reject()


def test_carry_over_needs_a_next_year(demo_page, qtbot) -> None:
    window, page = demo_page
    services = window.ctx.services
    qtbot.mouseClick(page.findChild(QPushButton, "assoc_carry"), LEFT)
    (error,) = window.ctx.dialogs.errors
    assert page.year.label in error

    next_year_id, _ = services.school.save_year(services.school.proposed_next_year())
    qtbot.mouseClick(page.findChild(QPushButton, "assoc_carry"), LEFT)
    copies = services.associations.associations(next_year_id)
    assert len(copies) == 9 and all(a.reappoint for a in copies)
    assert len(window.ctx.dialogs.errors) == 1
    services.school.set_current_year(next_year_id)
    page.refresh(None)
    problems = page.findChild(QLabel, "assoc_problems")
    assert problems.isVisible() and "9" in problems.text()  # nine heads to appoint again
    assert all(page.model.index(r, STATUS).data() for r in range(9))


def test_the_order_number_and_date_are_recorded(demo_page, qtbot) -> None:
    window, page = demo_page
    assert page.order_number.text() == "112"
    page.order_number.setText("7/1")
    page.order_date.set_value(date(2026, 9, 2))
    qtbot.mouseClick(page.findChild(QPushButton, "assoc_order"), LEFT)
    orders = {(a.order_number, a.order_date) for a in window.ctx.services.associations.associations(page.year.id)}
    assert orders == {("7/1", date(2026, 9, 2))}
    assert "02.09.2026" in page.model.index(0, 4).data()


def test_the_order_is_made_as_docx(demo_page, qtbot, tmp_path) -> None:
    import docx

    window, page = demo_page
    if getattr(window.ctx, "documents", None) is None:
        from storage.documents import DocumentMaker

        window.ctx.documents = DocumentMaker(window.ctx.services)
    messages: list[str] = []
    window.ctx.file_saved.connect(lambda message, path: messages.append(path))
    out = tmp_path / "order.docx"
    window.ctx.dialogs.save_path = str(out)
    page.findChild(QComboBox, "assoc_order_lang").setCurrentIndex(1)  # Russian
    qtbot.mouseClick(page.findChild(QPushButton, "assoc_export_order"), LEFT)
    assert window.ctx.dialogs.errors == []
    assert out.exists() and any(str(out) in m for m in messages)
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    head = window.ctx.services.staff.teacher(window.ctx.services.associations.associations(page.year.id)[0].head_id)
    assert head.surname in text
    assert "Методическое объединение" in text or "методическ" in text.casefold()


def test_export_cancelled_writes_nothing(demo_page, qtbot, tmp_path) -> None:
    window, page = demo_page
    window.ctx.dialogs.save_path = ""
    assert page.export_order() is None
    assert list(tmp_path.glob("*.docx")) == []


# -- the council -----------------------------------------------------------------------------


def test_the_council_saves_with_a_secretary(demo_page, qtbot) -> None:
    window, page = demo_page
    services = window.ctx.services
    page.tabs.setCurrentIndex(1)
    council = page.findChild(type(page.council), "council_editor")
    assert council.isVisible()
    assert council.chair_edit.text() == services.school.school().deputy
    heads = {a.head_id for a in services.associations.associations(page.year.id)}
    assert heads <= set(council.member_ids())

    teacher = next(t for t in services.staff.teachers() if t.id not in heads and not t.archived)
    secretary = council.findChild(QComboBox, "council_secretary")
    secretary.setCurrentIndex(secretary.findData(teacher.id))
    qtbot.mouseClick(council.findChild(QPushButton, "council_save"), LEFT)
    saved = services.associations.council(page.year.id)
    assert saved.secretary_id == teacher.id and teacher.id in saved.member_ids
    assert heads <= set(saved.member_ids)

    council.chair_edit.clear()
    qtbot.mouseClick(council.findChild(QPushButton, "council_save"), LEFT)
    assert council.error.isVisible()
    assert services.associations.council(page.year.id).chair == services.school.school().deputy

