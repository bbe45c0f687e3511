"""gui/fit.py sizes ResizeToContents columns from the model's texts: as wide as Qt's own measure."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from gui.fit import FitTableView
from gui.meetings.models import MeetingsModel, make_rows
from gui.staff.model import StaffModel
from tests.conftest import FIXED_TODAY


def _compare(qtbot, model) -> list[tuple[int, int, int]]:
    view = FitTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1400, 2000)  # every row on the screen: Qt measures the rows it shows
    view.show()
    qtbot.waitExposed(view)
    return [(c, FitTableView.sizeHintForColumn(view, c), QTableView.sizeHintForColumn(view, c))
            for c in range(model.columnCount())]


class _CellByCell(StaffModel):
    column_cells = None  # measured through data(), cell by cell


def test_columns_fit_their_texts_as_qt_would(qtbot, demo_services) -> None:
    s = demo_services
    staff, plain = StaffModel(), _CellByCell()
    for model in (staff, plain):
        model.set_teachers(s.staff.teachers(), s.staff.subjects(), FIXED_TODAY, "ky", 5)
    year = s.school.current_year()
    meetings = MeetingsModel()
    meetings.set_rows(make_rows(s.meetings.meetings(year.id), s.meetings.bodies(year.id), "ky"))
    assert staff.rowCount() > 10 and meetings.rowCount() > 5
    for model in (staff, plain, meetings):
        for column, ours, qts in _compare(qtbot, model):
            assert abs(ours - qts) <= 2, (type(model).__name__, column, ours, qts)


def test_the_plan_trees_columns_fit_as_qt_would(make_window, demo_services, qtbot) -> None:
    from PySide6.QtWidgets import QTreeView

    from gui.fit import FitTreeView

    window = make_window(services=demo_services)
    window.resize(1600, 4000)  # every row on the screen: Qt measures the rows it shows
    page = window.show_page("plan")
    tree = page.table
    assert isinstance(tree, FitTreeView) and tree.model().rowCount() > 1
    for column in range(1, tree.model().columnCount()):
        ours, qts = FitTreeView.sizeHintForColumn(tree, column), QTreeView.sizeHintForColumn(tree, column)
        assert abs(ours - qts) <= 2, (column, ours, qts)
