"""Undo and redo through the services; the window remembers its size, last page and columns."""

from __future__ import annotations

from PySide6.QtCore import Qt

from domain.plan import PlanItem
from gui.undo import ArchiveTeacher, DeletePlanItem, EditPlanItem
from tests.conftest import activate


def test_undo_restores_a_deleted_plan_item_and_redo_removes_it_again(make_window, demo_services, qtbot) -> None:
    window = make_window(services=demo_services)
    s = demo_services
    year = s.school.current_year()
    item = s.plan.items(year.id)[0]
    count = len(s.plan.items(year.id))
    assert window.ctx.push(DeletePlanItem(window.ctx, item.id, "қате киргизилген"))
    assert len(s.plan.items(year.id)) == count - 1
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    events = [i.event for i in s.plan.items(year.id)]
    assert len(events) == count and item.event in events
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert item.event not in [i.event for i in s.plan.items(year.id)]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert item.event in [i.event for i in s.plan.items(year.id)]


def test_undo_of_an_edit_goes_through_the_rules(make_window, services) -> None:
    window = make_window(services=services)
    year = services.school.current_year()
    item_id, _ = services.plan.save_item(PlanItem(year.id, "Семинар"))
    before = services.plan.item(item_id)
    after = services.plan.item(item_id)
    after.event = "Семинар-практикум"
    window.ctx.push(EditPlanItem(window.ctx, before, after))
    assert services.plan.item(item_id).event == "Семинар-практикум"
    window.ctx.undo_stack.undo()
    assert services.plan.item(item_id).event == "Семинар"
    assert window.ctx.dialogs.errors == []


def test_undo_of_archiving_a_teacher(make_window, demo_services) -> None:
    window = make_window(services=demo_services)
    teacher = demo_services.staff.teachers()[0]
    window.ctx.push(ArchiveTeacher(window.ctx, teacher.id, archive=True))
    assert demo_services.staff.teacher(teacher.id).archived
    window.ctx.undo_stack.undo()
    assert not demo_services.staff.teacher(teacher.id).archived


def test_the_window_remembers_its_size_and_last_page(make_window, qtbot) -> None:
    window = make_window()
    window.resize(1250, 700)
    window.show_page("settings")
    window.close()
    again = make_window()
    assert again.current_page().key == "settings"
    assert abs(again.width() - 1250) < 60  # the saved size, not the default 1200 (the frame may differ)


def test_undo_of_a_card_edit_and_of_archiving_from_the_staff_page(make_window, demo_services, qtbot) -> None:
    window = make_window(services=demo_services)
    page = window.show_page("staff")
    teacher = demo_services.staff.teachers()[2]
    card = page.open_card(teacher.id)
    card.phone.setText("0700 123 456")
    assert card.save()
    assert demo_services.staff.teacher(teacher.id).phone == "0700 123 456"
    window.ctx.undo_stack.undo()
    assert demo_services.staff.teacher(teacher.id).phone == teacher.phone
    page.select_id(teacher.id)
    window.ctx.dialogs.answer = True
    page.archive_or_restore()
    assert demo_services.staff.teacher(teacher.id).archived
    window.ctx.undo_stack.undo()
    assert not demo_services.staff.teacher(teacher.id).archived
