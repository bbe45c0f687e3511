"""Plan rules on plain records: deadlines, overdue on a given date, completion, change descriptions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain.errors import DomainError
from domain.plan import (
    DIRECTIONS,
    Deadline,
    DeadlineKind,
    ItemStatus,
    PlanItem,
    check_item,
    completion,
    describe_change,
)
from domain.years import typical_year

YEAR = typical_year(2026)
KEYS = list(DIRECTIONS)


def item(**kw) -> PlanItem:
    return PlanItem(year_id=1, event="Семинар", **kw)


def test_deadlines_cover_a_date_a_month_a_term_or_the_year() -> None:
    assert Deadline(DeadlineKind.DATE, date(2026, 10, 5)).due(YEAR) == date(2026, 10, 5)
    assert Deadline(DeadlineKind.MONTH, date(2027, 2, 1)).due(YEAR) == date(2027, 2, 28)
    assert Deadline(DeadlineKind.TERM, term=2).due(YEAR) == date(2026, 12, 28)
    assert Deadline().due(YEAR) == YEAR.end
    assert Deadline(DeadlineKind.TERM, term=3).text("ky") == "III чейрек"
    assert Deadline(DeadlineKind.MONTH, date(2026, 11, 1)).text("ru") == "ноябрь"


def test_overdue_is_past_the_deadline_and_still_planned_on_a_given_date() -> None:
    october = item(deadline=Deadline(DeadlineKind.MONTH, date(2026, 10, 1)))
    assert not october.overdue(YEAR, date(2026, 10, 31))
    assert october.overdue(YEAR, date(2026, 11, 1))
    assert not replace(october, status=ItemStatus.DONE).overdue(YEAR, date(2026, 11, 1))
    assert not replace(october, status=ItemStatus.CANCELLED).overdue(YEAR, date(2026, 11, 1))
    assert replace(october, status=ItemStatus.MOVED).overdue(YEAR, date(2026, 11, 1))


def test_completion_counts_done_out_of_all_but_cancelled() -> None:
    items = [item(status=ItemStatus.DONE), item(), item(status=ItemStatus.CANCELLED), item(status=ItemStatus.DONE)]
    assert completion(items) == (2, 3)
    assert completion([]) == (0, 0)


def test_item_rules_refuse_bad_input() -> None:
    with pytest.raises(DomainError) as info:
        check_item(PlanItem(year_id=1, event=" "), YEAR, KEYS)
    assert info.value.field == "event"
    with pytest.raises(DomainError) as info:
        check_item(item(direction="nonsense"), YEAR, KEYS)
    assert info.value.kind == "unknown_direction"
    with pytest.raises(DomainError) as info:
        check_item(item(deadline=Deadline(DeadlineKind.DATE, date(2028, 1, 1))), YEAR, KEYS)
    assert info.value.kind == "deadline_outside_year"
    with pytest.raises(DomainError) as info:
        check_item(item(status=ItemStatus.MOVED), YEAR, KEYS)
    assert info.value.kind == "reason_required"
    with pytest.raises(DomainError):
        check_item(item(status=ItemStatus.DONE), YEAR, KEYS)


def test_change_descriptions_name_what_changed() -> None:
    old = item()
    new = replace(old, deadline=Deadline(DeadlineKind.MONTH, date(2026, 12, 1)), status=ItemStatus.MOVED)
    assert describe_change(old, new, "ky") == "Семинар: мөөнөт, абал"
    assert describe_change(None, old, "ru") == "Добавлено: Семинар"
    assert describe_change(old, None, "ky") == "Өчүрүлдү: Семинар"
