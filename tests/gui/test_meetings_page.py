"""A user's path through Meetings: plan a meeting, hold it, record it, see the term covered, print it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView

from domain.meetings import Body, BodyKind, DecisionState, MeetingStatus
from gui.meetings.coverage import STATE_ROLE, CoverageModel
from gui.meetings.models import (
    BODY,
    DATE,
    FINAL,
    NUMBER,
    PRESENT,
    STATUS,
    TERM,
    MeetingsModel,
    make_rows,
)
from tests.conftest import activate

LEFT = Qt.MouseButton.LeftButton
KYRGYZ = Body(BodyKind.ASSOCIATION, 1)  # «Кыргыз тили жана адабияты»: 5 members in the sample school


@pytest.fixture
def demo_page(make_window, demo_services):
    window = make_window(services=demo_services)
    return window, window.show_page("meetings")


def click(qtbot, widget: QPushButton) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, LEFT)


def choose(box: QComboBox, data) -> None:
    index = box.findData(data)
    assert index >= 0, (box.objectName(), data)
    box.setCurrentIndex(index)


def column(page, col: int) -> list[str]:
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def row_of(page, meeting_id: int) -> int:
    row = page.model.row_of(meeting_id)
    assert row >= 0
    return row


def coverage_cell(page, body: Body, term: int):
    model = page.coverage.model
    return model.index(model.row_of(body), term)


def body_name(services, body: Body, lang: str = "ky") -> str:
    return services.meetings.body_info(services.school.current_year().id, body).name(lang)


def meeting_on(services, body: Body, day: date):
    year = services.school.current_year()
    return next(n for n in services.meetings.meetings(year.id, body) if n.meeting.day == day)


# -- the table and the filters -------------------------------------------------------------------


def test_the_table_lists_the_years_meetings_and_filters_them(demo_page, qtmodeltester) -> None:
    window, page = demo_page
    services = window.ctx.services
    assert window.nav.item(3).text() == page.title()
    assert "2026–2027" in page.findChild(QLabel, "meet_year").text()
    table = page.findChild(QTableView, "meet_table")
    assert table.model() is page.model and page.model.rowCount() == 30
    qtmodeltester.check(page.model)

    first = meeting_on(services, KYRGYZ, date(2026, 10, 27))
    r = row_of(page, first.meeting.id)
    assert page.model.index(r, NUMBER).data() == "2"
    assert page.model.index(r, DATE).data() == "27.10.2026  14:30"
    assert page.model.index(r, BODY).data() == body_name(services, KYRGYZ)
    assert page.model.index(r, TERM).data() == "I"
    assert page.model.index(r, PRESENT).data() == present_text(4, 5)
    assert page.model.index(r, FINAL).data() == "✔"
    planned = meeting_on(services, KYRGYZ, date(2026, 12, 22))
    r = row_of(page, planned.meeting.id)
    assert page.model.index(r, PRESENT).data() == "" and page.model.index(r, FINAL).data() == ""
    assert page.model.index(r, TERM).data() == "II"

    choose(page.findChild(QComboBox, "meet_body"), KYRGYZ.key)
    assert column(page, NUMBER) == ["1", "2", "3"]
    assert set(column(page, BODY)) == {body_name(services, KYRGYZ)}
    choose(page.findChild(QComboBox, "meet_term"), 2)
    assert column(page, NUMBER) == ["3"]
    choose(page.findChild(QComboBox, "meet_status"), MeetingStatus.HELD.value)
    assert page.model.rowCount() == 0 and page.findChild(QLabel, "meet_empty").isVisible()
    page.set_filters(term=2)
    assert page.model.rowCount() == 10 and set(column(page, STATUS)) == {tr("Meetings", "planned")}
    page.set_filters(status=MeetingStatus.HELD)
    assert page.model.rowCount() == 20
    qtmodeltester.check(page.model)


def test_models_pass_the_model_tester_empty_and_full(demo_services, qtmodeltester) -> None:
    year = demo_services.school.current_year()
    bodies = demo_services.meetings.bodies(year.id)
    model = MeetingsModel()
    model.set_rows(make_rows(demo_services.meetings.meetings(year.id), bodies, "ru"))
    qtmodeltester.check(model)
    assert model.rowCount() == 30 and "Методическое объединение" in model.index(0, BODY).data() + "".join(
        model.index(r, BODY).data() for r in range(30))
    model.set_rows([])
    qtmodeltester.check(model)
    coverage = CoverageModel()
    coverage.set_rows(demo_services.meetings.coverage(year.id, "ky"), 2)
    qtmodeltester.check(coverage)
    assert coverage.rowCount() == 11 and coverage.columnCount() == 5
    assert coverage.headerData(2, Qt.Orientation.Horizontal) != coverage.headerData(3, Qt.Orientation.Horizontal)
    assert coverage.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole).bold()
    assert coverage.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole) is None


def test_russian_window_shows_russian_names(make_window, demo_services) -> None:
    window = make_window("ru", services=demo_services)
    page = window.show_page("meetings")
    assert "Методическое объединение «Кыргызский язык и литература»" in column(page, BODY)
    assert page.coverage.model.index(0, 0).data() == "Методическое объединение «Кыргызский язык и литература»"


# -- planning, holding, recording ---------------------------------------------------------------


def test_plan_a_meeting_hold_it_and_see_the_term_covered(demo_page, qtbot) -> None:
    window, page = demo_page
    services = window.ctx.services
    year = services.school.current_year()
    cell = coverage_cell(page, KYRGYZ, 2)
    assert cell.data(STATE_ROLE) == "planned" and cell.data() == tr("Meetings", "planned")
    info = services.meetings.body_info(year.id, KYRGYZ)
    absent_id, responsible_id = info.member_ids[1], info.member_ids[2]

    # Plan: a new meeting of the association on 15.12.2026 with two items of its own.
    click(qtbot, page.findChild(QPushButton, "meet_new"))
    editor = page.editor
    assert editor is not None and editor.objectName() == "meet_editor" and editor.isVisible()
    choose(editor.findChild(QComboBox, "meet_body_box"), KYRGYZ.key)
    editor.date_edit.set_value(date(2026, 12, 15))
    assert "II" in editor.findChild(QLabel, "meet_info").text()
    assert editor.agenda.topics() == ["Мурунку отурумдун чечимдеринин аткарылышы жөнүндө"]  # open decisions wait
    editor.time_edit.setText("14:30")
    editor.place_edit.setText("204-кабинет")
    click(qtbot, editor.findChild(QPushButton, "meet_agenda_add"))
    editor.agenda.agenda_panel(1).topic.setText("II чейректин жыйынтыктары")
    speakers = editor.agenda.agenda_panel(1).speakers
    speakers.item(0).setCheckState(Qt.CheckState.Checked)
    click(qtbot, editor.findChild(QPushButton, "meet_agenda_add"))
    editor.agenda.agenda_panel(2).topic.setText("Ачык сабактардын графиги")
    editor.agenda.agenda_panel(2).guests.setText("Абдыкадырова Н.К. (райондук усулчу)")
    assert editor.agenda.list.item(2).text() == "3. Ачык сабактардын графиги"
    count = editor.findChild(QLabel, "meet_count")
    assert count.text() == present_text(5, 5)
    editor.attendance.set_present(absent_id, False, "ооруп калды")
    assert count.text() == present_text(4, 5)
    click(qtbot, editor.findChild(QPushButton, "meet_save"))
    assert not editor.isVisible() and editor.saved_id is not None
    meeting_id = editor.saved_id

    saved = services.meetings.meeting(meeting_id)
    assert saved.status == MeetingStatus.PLANNED and saved.day == date(2026, 12, 15) and saved.place == "204-кабинет"
    assert [i.topic for i in saved.agenda][1:] == ["II чейректин жыйынтыктары", "Ачык сабактардын графиги"]
    assert saved.agenda[1].speakers[0].teacher_id == speakers.item(0).data(Qt.ItemDataRole.UserRole)
    assert saved.agenda[2].speakers[0].speaker == "Абдыкадырова Н.К. (райондук усулчу)"
    absent = next(p for p in saved.attendance if p.teacher_id == absent_id)
    assert not absent.present and absent.reason == "ооруп калды"
    r = row_of(page, meeting_id)
    assert page.model.index(r, DATE).data() == "15.12.2026  14:30" and page.model.index(r, STATUS).data() == tr("Meetings", "planned")
    assert page.current_id() == meeting_id  # the saved meeting is chosen
    assert coverage_cell(page, KYRGYZ, 2).data(STATE_ROLE) == "planned"

    # Held in the future is refused inside the dialog, which stays open.
    editor = page.edit_current()
    assert editor is not None and editor.agenda.count() == 3
    choose(editor.findChild(QComboBox, "meet_status_box"), MeetingStatus.HELD.value)
    click(qtbot, editor.findChild(QPushButton, "meet_save"))
    error = editor.findChild(QLabel, "meet_error")
    assert editor.isVisible() and error.isVisible() and "15.12.2026" in error.text()
    assert services.meetings.meeting(meeting_id).status == MeetingStatus.PLANNED

    # Held on 20.11.2026: the record, a decision with someone responsible and a due date.
    editor.date_edit.set_value(date(2026, 11, 20))
    assert editor.findChild(QLabel, "meet_count").text() == present_text(4, 5)
    record = editor.agenda.record_panel(1)
    record.heard.setPlainText("Жетекчи II чейректин жыйынтыктарын билдирди.")
    record.add_speech(services.staff.teacher(responsible_id).full_name, "Колдоду.")
    decisions = record.decisions
    decisions.add_decision()
    decisions.text.setPlainText("Жетишпеген окуучулар менен кошумча сабактар өткөрүлсүн.")
    next(decisions.responsible.item(i) for i in range(decisions.responsible.count())
         if decisions.responsible.item(i).data(Qt.ItemDataRole.UserRole) == responsible_id
         ).setCheckState(Qt.CheckState.Checked)
    decisions.due_set.setChecked(True)
    decisions.due.set_value(date(2026, 12, 25))
    previous = editor.findChild(type(editor.previous), "meet_previous")
    assert previous.tracked and all(t.number == 2 for t in previous.tracked)
    first_open = previous.tracked[0].decision.id
    previous.set_state(first_open, DecisionState.DONE)
    click(qtbot, editor.findChild(QPushButton, "meet_save"))
    assert not editor.isVisible()

    held = services.meetings.meeting(meeting_id)
    assert held.status == MeetingStatus.HELD and held.day == date(2026, 11, 20)
    decision = held.agenda[1].decisions[0]
    assert decision.responsible_ids == [responsible_id] and decision.due == date(2026, 12, 25)
    assert held.agenda[1].spoke[0].teacher_id == responsible_id and held.agenda[1].spoke[0].gist == "Колдоду."
    assert held.agenda[1].heard.startswith("Жетекчи")
    states = {t.decision.id: t.decision.state for t in services.meetings.decisions(year.id, KYRGYZ)}
    assert states[first_open] == DecisionState.DONE
    r = row_of(page, meeting_id)
    assert page.model.index(r, PRESENT).data() == present_text(4, 5) and page.model.index(r, STATUS).data() == tr("Meetings", "held")
    assert page.model.index(r, NUMBER).data() == "3"
    cell = coverage_cell(page, KYRGYZ, 2)
    assert cell.data(STATE_ROLE) == "held" and cell.data() == tr("Meetings", "held")
    assert cell.data(Qt.ItemDataRole.BackgroundRole).green() > cell.data(Qt.ItemDataRole.BackgroundRole).red()


def test_an_empty_topic_is_shown_on_the_agenda_tab(demo_page, qtbot) -> None:
    _window, page = demo_page
    page.set_filters(body=KYRGYZ)
    editor = page.new_item(day=date(2026, 12, 10))
    assert editor.current_body() == KYRGYZ
    editor.agenda.add_item("")
    click(qtbot, editor.findChild(QPushButton, "meet_save"))
    error = editor.findChild(QLabel, "meet_error")
    assert editor.isVisible() and error.isVisible() and "2" in error.text() and "agenda1" not in error.text()
    assert editor.tabs.currentWidget() is editor.agenda.agenda_page
    assert editor.agenda.list.currentRow() == 1
    editor.reject()


def test_moving_a_final_protocol_out_of_order_is_refused(demo_page, qtbot) -> None:
    window, page = demo_page
    services = window.ctx.services
    second = meeting_on(services, KYRGYZ, date(2026, 10, 27))
    assert second.meeting.final and second.number == 2
    assert page.select_id(second.meeting.id)
    editor = page.edit_current()
    assert "№ 2" in editor.windowTitle()
    assert editor.findChild(QLabel, "meet_final_note").isVisibleTo(editor)
    assert not editor.findChild(QComboBox, "meet_body_box").isEnabled()
    editor.date_edit.set_value(date(2026, 8, 20))  # before the opening meeting: it would become № 1
    click(qtbot, editor.findChild(QPushButton, "meet_save"))
    error = editor.findChild(QLabel, "meet_error")
    assert editor.isVisible() and error.isVisible()
    assert "№ 2" in error.text() and "№ 1" in error.text()
    assert services.meetings.meeting(second.meeting.id).day == date(2026, 10, 27)
    editor.reject()


def test_final_delete_and_their_refusals(demo_page, qtbot) -> None:
    window, page = demo_page
    services = window.ctx.services
    dialogs = window.ctx.dialogs
    second = meeting_on(services, KYRGYZ, date(2026, 10, 27)).meeting
    planned = meeting_on(services, KYRGYZ, date(2026, 12, 22)).meeting
    final_button = page.findChild(QPushButton, "meet_final")

    page.select_id(planned.id)
    assert not final_button.isEnabled()  # only a held meeting's protocol can be final
    page.select_id(second.id)
    click(qtbot, page.findChild(QPushButton, "meet_delete"))
    assert dialogs.errors and "№ 2" in dialogs.errors[-1]  # final: refused with the reason
    assert services.meetings.meeting(second.id).final
    assert final_button.text() == tr("MeetingsPage", "Unmark &final")
    click(qtbot, final_button)
    assert not services.meetings.meeting(second.id).final
    assert page.model.index(row_of(page, second.id), FINAL).data() == ""
    click(qtbot, final_button)
    assert services.meetings.meeting(second.id).final

    page.select_id(planned.id)
    dialogs.answer = False
    click(qtbot, page.findChild(QPushButton, "meet_delete"))
    assert services.meetings.meeting(planned.id) is not None
    dialogs.answer = True
    click(qtbot, page.findChild(QPushButton, "meet_delete"))
    assert page.model.row_of(planned.id) < 0 and page.model.rowCount() == 29
    assert coverage_cell(page, KYRGYZ, 2).data(STATE_ROLE) == "missing"


def test_double_click_on_a_missing_term_plans_a_meeting_there(demo_page, qtbot) -> None:
    window, page = demo_page
    page.tabs.setCurrentWidget(page.coverage)
    table = page.findChild(QTableView, "meet_coverage")
    index = coverage_cell(page, KYRGYZ, 3)
    assert index.data(STATE_ROLE) == "missing"
    assert index.data(Qt.ItemDataRole.BackgroundRole).red() > index.data(Qt.ItemDataRole.BackgroundRole).green()
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), LEFT, pos=rect.center())
    editor = page.editor
    assert editor is not None and editor.isVisible()
    assert editor.current_body() == KYRGYZ
    year = window.ctx.services.school.current_year()
    assert year.term_of(editor.date_edit.value()).number == 3
    editor.reject()


def test_keyboard_enter_edits_and_ctrl_n_plans(demo_page, qtbot) -> None:
    window, page = demo_page
    activate(qtbot, window)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.editor is not None and page.editor.meeting.id == page.model.row(0).id
    page.editor.reject()
    qtbot.waitUntil(lambda: page.editor is None)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor is not None and page.editor.meeting.id is None
    page.editor.reject()


# -- documents -----------------------------------------------------------------------------------


def test_protocol_and_book_as_docx(demo_page, qtbot, tmp_path: Path) -> None:
    window, page = demo_page
    dialogs = window.ctx.dialogs
    second = meeting_on(window.ctx.services, KYRGYZ, date(2026, 10, 27)).meeting
    page.select_id(second.id)
    choose(page.findChild(QComboBox, "meet_doc_lang"), "ru")
    dialogs.save_path = str(tmp_path / "protocol")
    click(qtbot, page.findChild(QPushButton, "meet_docx"))
    assert (tmp_path / "protocol.docx").stat().st_size > 0 and not dialogs.errors
    dialogs.save_path = str(tmp_path / "book.docx")
    click(qtbot, page.findChild(QPushButton, "meet_book"))
    assert (tmp_path / "book.docx").stat().st_size > 0 and not dialogs.errors


def test_print_preview_gets_the_protocol_html(demo_page, qtbot, monkeypatch) -> None:
    import gui.printing.preview

    shown: list[tuple[object, str]] = []
    monkeypatch.setattr(gui.printing.preview, "preview", lambda parent, html: shown.append((parent, html)))
    window, page = demo_page
    services = window.ctx.services
    second = meeting_on(services, KYRGYZ, date(2026, 10, 27)).meeting
    page.select_id(second.id)
    click(qtbot, page.findChild(QPushButton, "meet_preview"))
    assert len(shown) == 1 and shown[0][0] is page
    assert body_name(services, KYRGYZ) in shown[0][1]
    activate(qtbot, window)
    page.table.setFocus()
    choose(page.findChild(QComboBox, "meet_doc_lang"), "ru")
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 2 and body_name(services, KYRGYZ, "ru") in shown[1][1]


def test_save_as_pdf(demo_page, qtbot, tmp_path: Path) -> None:
    window, page = demo_page
    dialogs = window.ctx.dialogs
    second = meeting_on(window.ctx.services, KYRGYZ, date(2026, 10, 27)).meeting
    page.select_id(second.id)
    dialogs.save_path = str(tmp_path / "protocol")
    click(qtbot, page.findChild(QPushButton, "meet_pdf"))
    out = tmp_path / "protocol.pdf"
    assert out.read_bytes().startswith(b"%PDF") and not dialogs.errors


def test_another_body_starts_from_its_own_draft(demo_page, qtbot) -> None:
    window, page = demo_page
    services = window.ctx.services
    history = Body(BodyKind.ASSOCIATION, 6)
    info = services.meetings.body_info(services.school.current_year().id, history)
    editor = page.new_item(KYRGYZ, date(2026, 12, 1))
    assert editor.findChild(QLabel, "meet_count").text() == present_text(5, 5)
    choose(editor.findChild(QComboBox, "meet_body_box"), history.key)
    assert editor.findChild(QLabel, "meet_count").text() == present_text(len(info.member_ids), len(info.member_ids))
    assert editor.findChild(QComboBox, "meet_chair").currentData() == info.head_id
    assert editor.findChild(QComboBox, "meet_secretary").currentData() == info.secretary_id
    assert body_name(services, history) in editor.windowTitle()
    council = Body(BodyKind.COUNCIL)
    choose(editor.findChild(QComboBox, "meet_body_box"), council.key)
    chair_name = editor.findChild(type(editor.time_edit), "meet_chair_name")
    assert chair_name.isEnabled() and chair_name.text() == "Токтогулова Гүлнара Асановна"
    editor.reject()


def tr(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def present_text(present: int, total: int) -> str:
    return tr("Meetings", "{present} of {total} present").format(present=present, total=total)
