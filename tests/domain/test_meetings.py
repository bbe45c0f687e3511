"""Meeting rules on plain records: numbering by date, final protocols, terms and holidays."""

from __future__ import annotations

from datetime import date

import pytest

from domain.errors import DomainError
from domain.meetings import (
    Body,
    BodyKind,
    Meeting,
    MeetingStatus,
    check_meeting,
    check_numbering,
    coverage_for,
    numbers,
)
from domain.years import typical_year

YEAR = typical_year(2026)
BODY = Body(BodyKind.ASSOCIATION, 1)


def m(id: int, day: date, final: bool = False, fixed: int | None = None, status=MeetingStatus.HELD) -> Meeting:
    return Meeting(year_id=1, body=BODY, day=day, id=id, final=final, fixed_number=fixed, status=status)


def test_numbers_follow_the_dates_not_the_order_of_entry() -> None:
    late, early, middle = m(1, date(2026, 12, 20)), m(2, date(2026, 8, 28)), m(3, date(2026, 10, 25))
    assert numbers([late, early, middle]) == {2: 1, 3: 2, 1: 3}


def test_a_change_that_would_renumber_a_final_protocol_is_refused() -> None:
    first = m(1, date(2026, 8, 28), final=True, fixed=1)
    second = m(2, date(2026, 10, 25), final=True, fixed=2)
    check_numbering([first, second])
    earlier = m(3, date(2026, 9, 15))  # a new meeting between them would make № 2 into № 3
    with pytest.raises(DomainError) as info:
        check_numbering([first, second, earlier])
    assert info.value.kind == "would_renumber_final"
    assert (info.value.fields["number"], info.value.fields["new_number"]) == (2, 3)
    check_numbering([first, second, m(4, date(2026, 12, 1))])  # after them: fine


def test_term_follows_from_the_date_and_holidays_belong_to_none() -> None:
    assert YEAR.term_of(date(2026, 10, 25)).number == 1
    assert YEAR.term_of(date(2026, 11, 5)) is None
    holiday = m(1, date(2026, 11, 5))
    check_meeting(holiday, YEAR, today=date(2026, 11, 23))  # allowed all the same
    august = m(2, date(2026, 8, 27))  # the opening meeting, before the first term
    check_meeting(august, YEAR, today=date(2026, 11, 23))


def test_meeting_outside_the_year_or_held_in_the_future_is_refused() -> None:
    with pytest.raises(DomainError) as info:
        check_meeting(m(1, date(2027, 8, 2)), YEAR, today=date(2026, 11, 23))
    assert info.value.kind == "meeting_outside_year"
    with pytest.raises(DomainError) as info:
        check_meeting(m(1, date(2026, 12, 2)), YEAR, today=date(2026, 11, 23))
    assert info.value.kind == "held_in_future"
    check_meeting(m(1, date(2026, 12, 2), status=MeetingStatus.PLANNED), YEAR, today=date(2026, 11, 23))


def test_coverage_marks_held_planned_and_missing() -> None:
    meetings = [m(1, date(2026, 10, 25)), m(2, date(2026, 12, 20), status=MeetingStatus.PLANNED),
                m(3, date(2026, 11, 5))]
    assert coverage_for(meetings, YEAR) == {1: "held", 2: "planned", 3: "missing", 4: "missing"}


def test_in_the_sample_school_nobody_marked_absent_speaks(demo_services) -> None:
    s = demo_services
    year = s.school.current_year()
    held = [n.meeting for n in s.meetings.meetings(year.id) if n.meeting.status == MeetingStatus.HELD]
    assert held and any(not p.present for m in held for p in m.attendance)
    for meeting in held:
        away = {p.teacher_id for p in meeting.attendance if not p.present}
        voices = {sp.teacher_id for item in meeting.agenda for sp in [*item.speakers, *item.spoke]}
        assert not voices & away, (meeting.day, voices & away)
