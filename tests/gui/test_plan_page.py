"""A user's path through Plan: items through the editor, quick status keys, review and approval,
amendments after approval, the grouped views, completion figures and the documents."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTreeView,
)

from domain.errors import DomainError
from domain.meetings import AgendaItem, Body, BodyKind, MeetingStatus
from domain.plan import Deadline, DeadlineKind, ItemStatus, PlanItem, PlanState
from domain.services.plan import ALL
from gui.messages import describe
from gui.plan import item_editor, workflow
from gui.plan.item_editor import KINDS, DeadlineEdit, MoveDialog
from gui.plan.models import (
    DEADLINE,
    EVENT,
    NUMBER,
    OVERDUE_COLOR,
    RESPONSIBLE,
    STATUS,
    AmendmentsModel,
    PlanModel,
    View,
    build_rows,
)
from gui.widgets import FieldError
from tests.conftest import FIXED_TODAY, activate

LEFT = Qt.MouseButton.LeftButton


def type_text(widget, text: str) -> None:
    """Key by key, as a user types (qtbot.keyClicks knows only ASCII, not ң ө ү)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def year_id(services) -> int:
    year = services.school.current_year()
    assert year is not None and year.id is not None
    return year.id


def held_council_meeting(services, day: date, status: MeetingStatus = MeetingStatus.HELD) -> int:
    m = services.meetings.draft(year_id(services), Body(BodyKind.COUNCIL), day)
    m.status = status
    m.agenda = [AgendaItem("Усулдук иштин бирдиктүү планын кароо")]
    return services.meetings.save(m)[0]


def item_rows(page) -> dict[str, int]:
    """Event -> row number in its group, of every item the tree shows."""
    model = page.model
    return {row.event: row.id for g in model.groups() for row in g.rows}


def select_event(page, event: str) -> int:
    item_id = item_rows(page)[event]
    assert page.select_id(item_id)
    return item_id


def cell(page, item_id: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    index = page.model.index_of(item_id)
    return page.model.index(index.row(), column, index.parent()).data(role)


def choose(box: QComboBox, data) -> None:
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


@pytest.fixture
def fresh(make_window, services):
    window = make_window(services=services)
    return window, window.show_page("plan"), services


@pytest.fixture
def demo(make_window, demo_services):
    window = make_window(services=demo_services)
    return window, window.show_page("plan"), demo_services


# -- the editor on a fresh database ---------------------------------------------------------------


def test_add_items_through_the_editor_with_errors_next_to_the_fields(fresh, qtbot) -> None:
    window, page, services = fresh
    assert "Ctrl+N" in page.completion.text()  # the empty page says how to start
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor is not None and editor.objectName() == "plan_item_editor" and editor.isVisible()

    save = editor.findChild(QPushButton, "plan_item_save")
    qtbot.mouseClick(save, LEFT)
    event_error = editor.findChild(FieldError, "event_error")
    assert event_error.isVisible() and event_error.text()
    assert editor.isVisible() and services.plan.items(year_id(services)) == []

    type_text(editor.findChild(QLineEdit, "plan_item_event"), "Критерийлик баалоо боюнча семинар-практикум")
    choose(editor.findChild(QComboBox, "plan_item_direction"), "qualification")
    editor.form.setCurrentText("Семинар-практикум")
    choose(editor.deadline.kind, DeadlineKind.DATE.value)
    editor.deadline.day.set_value(date(2028, 1, 10))  # outside the year: refused next to the deadline
    editor.set_checked(editor.roles, {"deputy"})
    qtbot.mouseClick(save, LEFT)
    deadline_error = editor.findChild(FieldError, "deadline_error")
    assert deadline_error.isVisible() and "10.01.2028" in deadline_error.text()
    assert not event_error.isVisible()

    choose(editor.deadline.kind, DeadlineKind.MONTH.value)
    choose(editor.deadline.month, "2026-12")
    choose(editor.status, ItemStatus.CANCELLED.value)  # cancelled without a reason: refused by the note
    qtbot.mouseClick(save, LEFT)
    assert editor.findChild(FieldError, "note_error").isVisible()
    choose(editor.status, ItemStatus.PLANNED.value)
    activate(qtbot, editor)
    qtbot.keyClick(editor.event_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.editor is None

    (saved,) = services.plan.items(year_id(services))
    assert (saved.event, saved.form, saved.deadline.kind, saved.deadline.day.month, saved.roles) == (
        "Критерийлик баалоо боюнча семинар-практикум", "Семинар-практикум", DeadlineKind.MONTH, 12, ["deputy"])
    assert saved.association_id is None  # the unified plan was chosen
    assert page.current_id() == saved.id  # the new item is selected
    assert cell(page, saved.id, DEADLINE) == "декабрь"
    assert cell(page, saved.id, RESPONSIBLE) == "Директордун орун басары"
    assert [g.title for g in page.model.groups()] == ["Декабрь 2026"]
    assert "0/1" in page.completion.text()
    window.ctx.undo_stack.undo()  # Ctrl+Z takes the new item away again
    assert services.plan.items(year_id(services)) == []
    window.ctx.undo_stack.redo()
    assert [i.event for i in services.plan.items(year_id(services))] == [saved.event]


def test_a_new_direction_from_the_editor(fresh, qtbot, monkeypatch) -> None:
    window, page, services = fresh
    page.new_item()
    editor = page.editor
    monkeypatch.setattr(workflow, "ask_direction", lambda parent: ("Жаш мугалимдер менен иш",
                                                                      "Работа с молодыми учителями"))
    qtbot.mouseClick(editor.findChild(QPushButton, "plan_item_add_direction"), LEFT)
    assert editor.direction.currentText() == "Жаш мугалимдер менен иш"
    assert editor.direction.currentData() in [k for k, _ky, _ru in services.plan.directions()]
    editor.event_edit.setText("Насаатчылар мектеби")
    qtbot.mouseClick(editor.save_button, LEFT)
    (saved,) = services.plan.items(year_id(services))
    assert saved.direction == editor.direction.currentData()


# -- the status keys, review, approval, amendments ------------------------------------------------


@pytest.fixture
def three_items(fresh):
    window, page, services = fresh
    y = year_id(services)
    for event, deadline in (("Усулдук бюллетень №1", Deadline(DeadlineKind.DATE, date(2026, 10, 15))),
                            ("Ачык сабактар", Deadline(DeadlineKind.TERM, term=3)),
                            ("Мастер-класстар", Deadline(DeadlineKind.MONTH, date(2026, 12, 1)))):
        services.plan.save_item(PlanItem(year_id=y, event=event, deadline=deadline, roles=["heads"]))
    page.refresh()
    return window, page, services


def test_move_and_done_from_the_keyboard(three_items, qtbot, monkeypatch) -> None:
    window, page, services = three_items
    overdue = select_event(page, "Усулдук бюллетень №1")
    assert cell(page, overdue, STATUS) == QCoreApplication.translate("PlanStatus", "Overdue")
    assert cell(page, overdue, STATUS, Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_D)
    done = services.plan.item(overdue)
    assert (done.status, done.done_date) == (ItemStatus.DONE, FIXED_TODAY)
    assert cell(page, overdue, STATUS, Qt.ItemDataRole.ForegroundRole) != OVERDUE_COLOR
    assert "23.11.2026" in cell(page, overdue, STATUS)
    assert services.plan.overdue(year_id(services)) == []
    window.ctx.undo_stack.undo()  # Ctrl+Z: planned (and overdue) again
    assert services.plan.item(overdue).status == ItemStatus.PLANNED
    assert cell(page, overdue, STATUS, Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
    window.ctx.undo_stack.redo()
    assert services.plan.item(overdue).status == ItemStatus.DONE

    moved = select_event(page, "Мастер-класстар")
    asked = []

    def fake_move(parent, year, deadline, lang):
        asked.append(deadline)
        return Deadline(DeadlineKind.MONTH, date(2027, 1, 1)), "Мугалимдер курстарда"

    monkeypatch.setattr(item_editor, "ask_move", fake_move)
    qtbot.keyClick(page.table, Qt.Key.Key_M)
    assert asked == [Deadline(DeadlineKind.MONTH, date(2026, 12, 1))]  # it starts from the old deadline
    item = services.plan.item(moved)
    assert (item.status, item.deadline.day, item.note) == (ItemStatus.MOVED, date(2027, 1, 1), "Мугалимдер курстарда")
    assert page.current_id() == moved
    assert cell(page, moved, DEADLINE) == "январь"
    assert "Январь 2027" in [g.title for g in page.model.groups()]

    qtbot.keyClick(page.table, Qt.Key.Key_R)  # reopen: planned again, a draft plan needs no reason
    assert services.plan.item(moved).status == ItemStatus.PLANNED
    monkeypatch.setattr(workflow, "ask_reason", lambda parent, text: "Райондук иш-чара менен бириктирилди")
    qtbot.keyClick(page.table, Qt.Key.Key_C)
    item = services.plan.item(moved)
    assert (item.status, item.note) == (ItemStatus.CANCELLED, "Райондук иш-чара менен бириктирилди")
    assert not page.findChild(QPushButton, "plan_cancel").isEnabled()


def test_review_approve_and_the_amendments_after_approval(three_items, qtbot, monkeypatch) -> None:
    window, page, services = three_items
    y = year_id(services)
    panel = page.findChild(type(page.workflow), "plan_workflow")
    state = panel.findChild(QLabel, "plan_state")
    assert panel.tr("Draft: not reviewed yet.") in state.text()
    assert services.plan.approval(y).state == PlanState.DRAFT
    errors = window.ctx.dialogs.errors

    # Approval before the review is refused with the domain's sentence.
    monkeypatch.setattr(workflow, "ask_approval", lambda parent, day: (date(2026, 11, 20), "42"))
    qtbot.mouseClick(panel.findChild(QPushButton, "plan_approve"), LEFT)
    assert errors[-1] == describe(DomainError("approve_before_review"))

    # No held council meeting yet: said so, nothing asked.
    asked: list[list[tuple[int, str]]] = []
    monkeypatch.setattr(workflow, "ask_meeting", lambda parent, choices: asked.append(choices) or choices[0][0])
    qtbot.mouseClick(panel.findChild(QPushButton, "plan_review"), LEFT)
    assert asked == [] and "2026–2027" in errors[-1]

    held = held_council_meeting(services, date(2026, 11, 16))
    held_council_meeting(services, date(2026, 12, 20), MeetingStatus.PLANNED)
    qtbot.mouseClick(panel.findChild(QPushButton, "plan_review"), LEFT)
    assert [meeting_id for meeting_id, _text in asked[-1]] == [held]  # only the held meeting is offered
    assert services.plan.approval(y).state == PlanState.REVIEWED
    assert "№ 1" in state.text() and "16.11.2026" in state.text()

    monkeypatch.setattr(workflow, "ask_approval", lambda parent, day: (date(2026, 11, 10), "42"))
    qtbot.mouseClick(panel.findChild(QPushButton, "plan_approve"), LEFT)  # before the review: refused
    assert errors[-1] == describe(DomainError("approved_before_review", day=date(2026, 11, 10),
                                              review=date(2026, 11, 16)))
    monkeypatch.setattr(workflow, "ask_approval", lambda parent, day: (date(2026, 11, 20), "42"))
    qtbot.mouseClick(panel.findChild(QPushButton, "plan_approve"), LEFT)
    approval = services.plan.approval(y)
    assert (approval.state, approval.approved, approval.order_number) == (PlanState.APPROVED, date(2026, 11, 20), "42")
    assert "20.11.2026" in state.text() and "42" in state.text()
    assert not panel.findChild(QPushButton, "plan_approve").isEnabled()

    # A change after approval asks its reason, and the amendment is listed.
    reasons: list[str] = []
    monkeypatch.setattr(workflow, "ask_reason",
                        lambda parent, text: reasons.append(text) or "Директордун сунушу боюнча")
    item_id = select_event(page, "Ачык сабактар")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = page.editor
    assert editor is not None and editor.event_edit.text() == "Ачык сабактар"
    editor.event_edit.setText("Аттестациядан өтүүчүлөрдүн ачык сабактары")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert page.editor is None
    assert reasons == [describe(DomainError("amendment_reason_required"))]
    assert services.plan.item(item_id).event == "Аттестациядан өтүүчүлөрдүн ачык сабактары"
    table = panel.findChild(QTableView, "plan_amendments")
    model = table.model()
    assert model.rowCount() == 1
    assert model.index(0, 2).data() == "Директордун сунушу боюнча"
    assert "Аттестациядан өтүүчүлөрдүн ачык сабактары" in model.index(0, 1).data()
    assert model.index(0, 0).data().startswith("23.11.2026")

    # Marking an item done needs no question: its reason is written for the user.
    select_event(page, "Мастер-класстар")
    qtbot.keyClick(page.table, Qt.Key.Key_D)
    assert len(reasons) == 1 and model.rowCount() == 2


def test_delete_after_approval_asks_the_reason_and_ctrl_z_brings_it_back(demo, qtbot, monkeypatch) -> None:
    window, page, services = demo
    y = year_id(services)
    before = len(services.plan.amendments(y))
    event = "«Заманбап сабак» тегерек столу"
    select_event(page, event)
    monkeypatch.setattr(workflow, "ask_reason", lambda parent, text: "Кайталанган пункт")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert event not in [i.event for i in services.plan.items(y)]
    assert event not in item_rows(page)
    assert services.plan.amendments(y)[-1].why == "Кайталанган пункт"
    activate(qtbot, window)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the window's undo
    assert event in [i.event for i in services.plan.items(y)]
    assert event in item_rows(page)
    assert len(services.plan.amendments(y)) == before + 2  # deleted, then brought back: both logged
    assert window.ctx.dialogs.errors == []


# -- the sample school ----------------------------------------------------------------------------


def test_the_overdue_view_shows_exactly_the_overdue_items(demo) -> None:
    window, page, services = demo
    y = year_id(services)
    overdue = services.plan.overdue(y)
    assert overdue  # the sample has some
    choose(page.findChild(QComboBox, "plan_view"), View.OVERDUE.value)
    choose(page.findChild(QComboBox, "plan_which"), ALL)
    assert sorted(page.model.shown_ids()) == sorted(i.id for i in overdue)
    for item in overdue:
        assert cell(page, item.id, STATUS, Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
    choose(page.findChild(QComboBox, "plan_which"), 0)  # the unified plan alone
    assert sorted(page.model.shown_ids()) == sorted(i.id for i in overdue if i.association_id is None)


def test_the_completion_figures_are_those_of_the_service(demo) -> None:
    window, page, services = demo
    y = year_id(services)
    text = page.findChild(QLabel, "plan_completion").text()
    by_plan = services.plan.completion_by(y, "association")
    done, count = sum(d for d, _n in by_plan.values()), sum(n for _d, n in by_plan.values())
    assert f"{done}/{count}" in text
    for key, ky, _ru in services.plan.directions():
        figures = services.plan.completion_by(y, "direction").get(key)
        if figures:
            assert f"{ky}\u00a0{figures[0]}/{figures[1]}" in text
    assert f"{by_plan[None][0]}/{by_plan[None][1]}" in text


def test_numbers_are_those_of_the_printed_plan(demo) -> None:
    window, page, services = demo
    content = window.ctx.documents.plan_content(year_id(services), None, "ky")
    printed = {row.event: row.number for row in content.rows}
    shown = {r.event: r.number for r in page.model.all_rows()}
    assert shown == printed and len(shown) == 40


def test_every_view_groups_every_item_and_passes_the_model_tester(demo, qtmodeltester) -> None:
    window, page, services = demo
    y = year_id(services)
    items = services.plan.items(y, None)
    for view in View:
        choose(page.view_box, view.value)
        qtmodeltester.check(page.model)
        if view != View.OVERDUE:
            assert set(page.model.shown_ids()) == {i.id for i in items}
    choose(page.view_box, View.DIRECTION.value)
    directions = [ky for k, ky, _ru in services.plan.directions() if any(i.direction == k for i in items)]
    assert [g.title for g in page.model.groups()] == directions
    choose(page.view_box, View.RESPONSIBLE.value)
    titles = [g.title for g in page.model.groups()]
    assert "Китепканачы" in titles and "Мугалимдер" in titles
    librarian = next(g for g in page.model.groups() if g.title == "Китепканачы")
    assert {r.event for r in librarian.rows} == {i.event for i in items if "librarian" in i.roles}
    qtmodeltester.check(page.workflow.amendments_model)
    assert page.workflow.amendments_model.rowCount() == len(services.plan.amendments(y, None))


def test_the_filter_and_the_state_of_the_sample_plan(demo, qtbot) -> None:
    window, page, services = demo
    state = page.findChild(QLabel, "plan_state").text()
    review = services.meetings.numbered(services.plan.approval(year_id(services)).review_meeting_id)
    assert f"№ {review.number}" in state and review.meeting.day.strftime("%d.%m.%Y") in state
    assert "30.08.2026" in state and "115" in state
    page.focus_filter()
    type_text(page.filter_edit, "бюллетен")
    assert sorted(r.event for g in page.model.groups() for r in g.rows) == [
        "Усулдук бюллетендин №1 санын чыгаруу", "Усулдук бюллетендин №2 санын чыгаруу"]
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Down)  # Down goes to the first item
    assert page.table.hasFocus() and page.current_id() == page.model.shown_ids()[0]


def test_focus_item_from_home_and_documents(demo, tmp_path) -> None:
    window, page, services = demo
    y = year_id(services)
    target = services.plan.overdue(y)[0]
    choose(page.view_box, View.DIRECTION.value)
    window.open_target("plan", target.id)
    assert page.current_id() == target.id

    dialogs = window.ctx.dialogs
    choose(page.findChild(QComboBox, "plan_doc_lang"), "ru")
    dialogs.save_path = str(tmp_path / "plan")
    page.findChild(QPushButton, "plan_docx").click()
    assert (tmp_path / "plan.docx").stat().st_size > 0
    dialogs.save_path = str(tmp_path / "plan.xlsx")
    page.findChild(QPushButton, "plan_xlsx").click()
    assert (tmp_path / "plan.xlsx").stat().st_size > 0
    assert dialogs.errors == []
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "plan.xlsx").active
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "Окуу китептери менен камсыздалышын текшерүү" in values


def test_in_russian_the_deadlines_roles_and_groups_are_russian(make_window, demo_services) -> None:
    window = make_window("ru", services=demo_services)
    page = window.show_page("plan")
    groups = [g.title for g in page.model.groups()]
    assert groups[0] == "Сентябрь 2026" and "II четверть" in groups and groups[-1] == "В течение года"
    rows = {r.event: r for r in page.model.all_rows()}
    row = rows["Окуу китептери менен камсыздалышын текшерүү"]
    assert (row.deadline, row.responsible) == ("сентябрь", "Библиотекарь")
    assert rows["Курстук даярдоонун графигин түзүү (РИПКиППР, КАО)"].form == "Курсовая подготовка"
    assert "Повышение квалификации и мастерства педагогов" in page.completion.text()
    assert isinstance(page.findChild(QTreeView, "plan_table").model(), PlanModel)


# -- the pieces alone -----------------------------------------------------------------------------


def test_the_move_dialog_and_the_deadline_field(demo_services, qtbot) -> None:
    year = demo_services.school.current_year()
    dialog = MoveDialog(None, year, Deadline(DeadlineKind.MONTH, date(2026, 10, 15)), "ky")
    qtbot.addWidget(dialog)
    field = dialog.deadline
    assert isinstance(field, DeadlineEdit) and field.value() == Deadline(DeadlineKind.MONTH, date(2026, 10, 15))
    choose(field.month, "2026-12")
    assert field.value() == Deadline(DeadlineKind.MONTH, date(2026, 12, 1))
    field.kind.setCurrentIndex(KINDS.index(DeadlineKind.TERM))
    field.term.setCurrentIndex(field.term.findData(2))
    assert field.value() == Deadline(DeadlineKind.TERM, term=2)
    assert field.stack.currentWidget() is field.term
    field.kind.setCurrentIndex(KINDS.index(DeadlineKind.YEAR))
    assert field.value() == Deadline(DeadlineKind.YEAR)
    dialog._ok()  # no reason: refused
    assert dialog.error.text() and dialog.result() == 0


def test_the_models_alone(demo_services, qtmodeltester) -> None:
    services = demo_services
    year = services.school.current_year()
    items = services.plan.items(year.id, None)
    rows = build_rows(items, year, FIXED_TODAY, "ky", services.plan.directions(), services.staff.teachers(),
                      {None: "Бирдиктүү план"}, services.plan.forms())
    model = PlanModel()
    model.set_rows(rows, "ky", [k for k, _ky, _ru in services.plan.directions()], [None])
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert model.is_group(first) and model.rowCount(first) > 0
    child = model.index(0, EVENT, first)
    assert model.row_at(child) is not None and child.parent() == first
    assert model.index(0, NUMBER, first).data() == str(model.row_at(child).number)
    model.set_text("жок-мындай-сөз")
    assert model.rowCount() == 0
    qtmodeltester.check(model)
    amendments = AmendmentsModel()
    amendments.set_amendments(services.plan.amendments(year.id))
    qtmodeltester.check(amendments)
    whens = [amendments.amendment(r).when for r in range(amendments.rowCount())]
    assert whens == sorted(whens, reverse=True)


def test_an_association_plan_is_reviewed_at_its_own_meeting_agreed_and_approved(demo, qtbot, monkeypatch) -> None:
    window, page, services = demo
    y = year_id(services)
    association = next(a for a in services.associations.associations(y)
                       if any(n.meeting.status == MeetingStatus.HELD
                              for n in services.meetings.meetings(y, Body(BodyKind.ASSOCIATION, a.id))))
    choose(page.which, association.id)
    assert page.hint.isVisibleTo(page) and page.model.shown_ids() == []  # an empty plan says how to start
    page.new_item()
    page.editor.event_edit.setText("Ачык сабактардын графиги")
    qtbot.mouseClick(page.editor.save_button, LEFT)
    (item,) = services.plan.items(y, association.id)
    assert page.model.shown_ids() == [item.id] and not page.hint.isVisibleTo(page)

    panel = page.workflow
    agree = panel.findChild(QPushButton, "plan_agree")
    assert agree.isVisibleTo(panel)
    offered: list[list[tuple[int, str]]] = []
    monkeypatch.setattr(workflow, "ask_meeting", lambda parent, choices: offered.append(choices) or choices[0][0])
    qtbot.mouseClick(panel.findChild(QPushButton, "plan_review"), LEFT)
    own = {n.meeting.id for n in services.meetings.meetings(y, Body(BodyKind.ASSOCIATION, association.id))
           if n.meeting.status == MeetingStatus.HELD}
    assert {meeting_id for meeting_id, _text in offered[0]} == own
    monkeypatch.setattr(workflow, "ask_date", lambda parent, day: date(2026, 9, 5))
    qtbot.mouseClick(agree, LEFT)
    monkeypatch.setattr(workflow, "ask_approval", lambda parent, day: (FIXED_TODAY, ""))
    qtbot.mouseClick(panel.findChild(QPushButton, "plan_approve"), LEFT)
    approval = services.plan.approval(y, association.id)
    assert (approval.state, approval.agreed, approval.approved) == (PlanState.APPROVED, date(2026, 9, 5), FIXED_TODAY)
    text = panel.findChild(QLabel, "plan_state").text()
    assert "05.09.2026" in text and "23.11.2026" in text and association.name("ky") in text
    assert window.ctx.dialogs.errors == []
    assert services.plan.approval(y).state == PlanState.APPROVED  # the unified plan is untouched
    choose(page.which, 0)
    assert not page.findChild(QPushButton, "plan_agree").isVisibleTo(panel)  # the unified plan is not agreed
