"""Search from anywhere: part of a surname with Kyrgyz letters; results grouped by kind; Enter opens."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import activate


def test_search_finds_a_teacher_by_part_of_the_surname_with_kyrgyz_letters(make_window, demo_services, qtbot):
    window = make_window(services=demo_services)
    window.show_page("plan")
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    dialog.query.insert("дүйшө")  # QTest cannot type non-ASCII keys; insert() is what typing does
    dialog.run()
    groups = [dialog.results.topLevelItem(i).text(0) for i in range(dialog.results.topLevelItemCount())]
    assert groups and groups[0].startswith("Мугалимдер")
    first = dialog.results.currentItem()
    assert first.text(0) == "Дүйшөнбеков Улан Айтбаевич"
    _page, teacher_id = first.data(0, Qt.ItemDataRole.UserRole)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.current_page().key == "staff"
    assert window.current_page().current_id() == teacher_id


def test_search_groups_kinds_and_needs_every_word(demo_services) -> None:
    year = demo_services.school.current_year()
    hits = demo_services.search.search("критерийлик баалоо", year.id)
    kinds = [h.kind for h in hits]
    assert "plan" in kinds and "topic" in kinds
    assert kinds == sorted(kinds, key=["teacher", "association", "meeting", "plan", "topic"].index)
    assert demo_services.search.search("критерийлик жоктой", year.id) == []
    meetings = demo_services.search.search("математика", year.id)
    assert {"association", "meeting", "teacher"} <= {h.kind for h in meetings}
