"""Meetings over a real SQLite file: numbering, final protocols, decisions carried to the next meeting."""

from __future__ import annotations

from datetime import date

import pytest

from domain.errors import DomainError
from domain.meetings import AgendaItem, Body, BodyKind, Decision, DecisionState, MeetingStatus

CHECK = "Мурунку отурумдун чечимдеринин аткарылышы жөнүндө"


@pytest.fixture
def setup(demo_services):
    s = demo_services
    year = s.school.current_year()
    a = s.associations.associations(year.id)[0]
    return s, year, Body(BodyKind.ASSOCIATION, a.id), a


def test_demo_has_an_opening_meeting_and_one_per_term_up_to_today(setup) -> None:
    s, year, body, a = setup
    numbered = s.meetings.meetings(year.id, body)
    assert [n.number for n in numbered] == [1, 2, 3]
    assert [n.term for n in numbered] == [None, 1, 2]
    assert [n.meeting.status for n in numbered] == [MeetingStatus.HELD, MeetingStatus.HELD, MeetingStatus.PLANNED]
    opening = numbered[0].meeting
    assert opening.chair_id == a.head_id and opening.secretary_id == a.secretary_id
    assert len(opening.attendance) == len(a.member_ids)


def test_a_planned_meeting_before_a_final_one_is_refused(setup) -> None:
    s, year, body, _ = setup
    draft = s.meetings.draft(year.id, body, date(2026, 9, 20))
    with pytest.raises(DomainError) as info:
        s.meetings.save(draft)
    assert info.value.kind == "would_renumber_final"
    assert len(s.meetings.meetings(year.id, body)) == 3


def test_final_number_is_fixed_and_unmarking_allows_renumbering(setup) -> None:
    s, year, body, _ = setup
    second = s.meetings.meetings(year.id, body)[1].meeting
    assert second.final and second.fixed_number == 2
    s.meetings.set_final(second.id, False)
    s.meetings.set_final(s.meetings.meetings(year.id, body)[0].meeting.id, False)
    s.meetings.save(s.meetings.draft(year.id, body, date(2026, 9, 20)))
    assert [n.meeting.day for n in s.meetings.meetings(year.id, body)][:3] == [
        date(2026, 8, 26), date(2026, 9, 20), second.day]
    assert s.meetings.numbered(second.id).number == 3


def test_decisions_are_carried_to_the_next_meeting(setup) -> None:
    s, year, body, a = setup
    last_held = s.meetings.meetings(year.id, body)[1].meeting
    tracked = [d for d in last_held.decisions if d.tracked]
    assert tracked
    open_now = s.meetings.open_decisions(year.id, body, date(2026, 12, 15))
    assert {t.decision.id for t in open_now} == {d.id for d in tracked}
    draft = s.meetings.draft(year.id, body, date(2026, 12, 15))
    assert draft.agenda[0].topic == CHECK
    s.meetings.set_decision_state(tracked[0].id, DecisionState.DONE)
    still = s.meetings.open_decisions(year.id, body, date(2026, 12, 15))
    assert tracked[0].id not in {t.decision.id for t in still}


def test_decision_ids_survive_an_edit_of_the_meeting(setup) -> None:
    s, year, body, a = setup
    m = s.meetings.meetings(year.id, body)[1].meeting
    ids = [d.id for d in m.decisions]
    m.agenda.append(AgendaItem("Ар кандай", decisions=[Decision("Жаңы чечим", [a.head_id], date(2027, 1, 20))]))
    s.meetings.save(m)
    again = s.meetings.meeting(m.id)
    assert [d.id for d in again.decisions][: len(ids)] == ids
    assert again.decisions[-1].text == "Жаңы чечим" and again.fixed_number == 2


def test_attendance_counts_and_coverage_change_when_held(setup) -> None:
    s, year, body, a = setup
    cov = {c.body: c.terms for c in s.meetings.coverage(year.id)}
    assert cov[body][2] == "planned"
    draft = s.meetings.draft(year.id, body, date(2026, 11, 20))
    draft.status = MeetingStatus.HELD
    draft.attendance[0].present, draft.attendance[0].reason = False, "ооруп калды"
    meeting_id, _ = s.meetings.save(draft)
    m = s.meetings.meeting(meeting_id)
    assert (m.present_count, len(m.attendance)) == (len(a.member_ids) - 1, len(a.member_ids))
    assert {c.body: c.terms for c in s.meetings.coverage(year.id)}[body][2] == "held"


def test_bodies_are_found_by_either_name(setup) -> None:
    s, year, body, a = setup
    assert s.meetings.find_body(year.id, a.name_ru).body == body
    assert s.meetings.find_body(year.id, "Методический совет").body.kind == BodyKind.COUNCIL
    assert s.meetings.find_body(year.id, "council").body.kind == BodyKind.COUNCIL
    with pytest.raises(DomainError):
        s.meetings.find_body(year.id, "кеңеш")


def test_the_pedagogical_council_is_every_teacher_at_work(demo_services) -> None:
    from domain.meetings import Body, BodyKind

    s = demo_services
    year = s.school.current_year()
    leaving = s.staff.teachers()[3]
    s.staff.archive(leaving.id)
    council = s.meetings.body_info(year.id, Body(BodyKind.PEDAGOGICAL))
    at_work = [t.id for t in s.staff.teachers() if not t.archived]
    assert council.member_ids == at_work and leaving.id not in council.member_ids
