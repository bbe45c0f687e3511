"""The first start on an empty database: enter the school's details, or load the sample school."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from gui.context import AppContext
from gui.first_run import FirstRunDialog
from tests.conftest import FakeDialogs


def test_first_run_saves_the_school_details(qtbot, services) -> None:
    services.school.ensure_initial_year()
    dialog = FirstRunDialog(AppContext(services, Path("x.sqlite"), "ky", FakeDialogs()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.form.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error.isVisible() and services.school.is_empty()  # a name is needed
    dialog.form.edits["name_ky"].setText("№12 орто мектеби")
    qtbot.mouseClick(dialog.form.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert services.school.school().name_ky == "№12 орто мектеби"


def test_first_run_loads_the_sample_school(qtbot, services) -> None:
    services.school.ensure_initial_year()
    dialog = FirstRunDialog(AppContext(services, Path("x.sqlite"), "ky", FakeDialogs()))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.findChild(QPushButton, "load_sample"), Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert len(services.staff.teachers()) == 45
