"""Home on a fixed date: the expected lines, each link opening the right page; the charts drawn."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import FIXED_TODAY


def test_home_lists_what_needs_attention_on_a_fixed_date(make_window, demo_services, qtbot) -> None:
    window = make_window(services=demo_services)
    page = window.show_page("home")
    year = demo_services.school.current_year()
    expected = demo_services.home.attention(year.id, "ky", FIXED_TODAY)
    kinds = [a.kind for a in page.items]
    assert sorted(kinds) == sorted(a.kind for a in expected)
    assert kinds.index("plan_overdue") < kinds.index("course_due")  # what is urgent comes first
    assert {"not_met", "plan_overdue", "course_due", "decision_overdue"} <= set(kinds)
    assert page.list.count() == len(expected)
    texts = [page.list.item(i).text() for i in range(page.list.count())]
    overdue = next(a for a in expected if a.kind == "plan_overdue")
    assert any(overdue.fields["event"] in t for t in texts)
    assert "23.11.2026" in page.heading.text()


def test_each_line_opens_the_page_that_fixes_it(make_window, demo_services, qtbot) -> None:
    window = make_window(services=demo_services)
    page = window.show_page("home")
    seen = set()
    for row in range(page.list.count()):
        item = page.list.item(row)
        target_page, _ = item.data(Qt.ItemDataRole.UserRole)
        if target_page in seen:
            continue
        seen.add(target_page)
        window.show_page("home")
        page.list.setCurrentRow(row)
        page.list.itemActivated.emit(item)
        assert window.current_page().key == target_page
    assert {"meetings", "plan", "staff"} <= seen


def test_charts_are_drawn_with_the_years_figures(make_window, demo_services, qtbot) -> None:
    window = make_window(services=demo_services)
    page = window.show_page("home")
    charts = page.charts.charts
    assert len(charts) == 4
    staff = demo_services.staff.teachers(include_archived=False)
    assert sum(charts[3].values) == len(staff)
    assert all(0 <= v <= 100 for v in charts[0].values)
    image = page.charts.grab()
    assert not image.isNull() and image.width() > 100


def test_home_in_russian(make_window, demo_services) -> None:
    window = make_window("ru", services=demo_services)
    page = window.show_page("home")
    assert "Сегодня" in page.heading.text()
    assert page.list.count() > 0


def test_links_select_the_item_on_the_page(make_window, demo_services) -> None:
    from domain.meetings import Body

    window = make_window(services=demo_services)
    page = window.show_page("home")
    not_met = next(a for a in page.items if a.kind == "not_met")
    assert isinstance(not_met.target, Body)
    assoc = next(a for a in demo_services.associations.associations(demo_services.school.current_year().id))
    shown = window.open_target("associations", assoc.id)
    assert shown.current_id() == assoc.id
