"""The Qt binding must not lose references to None.

PySide6 6.12.0 drops a reference to None each time a C++ call hands an empty value back to Python
(QModelIndex.data() of an empty role, QComboBox.currentData() of None, QListWidget.currentItem() with
nothing chosen…). On Python 3.11 None is an ordinary counted object, so a few thousand refreshes
later the app dies with "Fatal Python error: none_dealloc". requirements.txt pins a version without
the fault; this test fails on one with it."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QTreeWidget, QTreeWidgetItem

NO_PARENT = QModelIndex()
ROUNDS = 300  # small enough that a faulty binding fails the test instead of killing the run


class _Empty(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else 10

    def columnCount(self, parent: QModelIndex = NO_PARENT) -> int:
        return 2

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None


def _lost(action) -> int:
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(ROUNDS):
        action()
    gc.collect()
    return before - sys.getrefcount(None)


def test_empty_values_from_qt_keep_none_alive(qtbot) -> None:
    model = _Empty()
    combo = QComboBox()
    combo.addItem("—", None)
    tree = QTreeWidget()
    tree.addTopLevelItem(QTreeWidgetItem(["a"]))
    nav = QListWidget()
    checks = {
        "QModelIndex.data": lambda: model.index(0, 0).data(),
        "QComboBox.currentData": combo.currentData,
        "QTreeWidgetItem.data": lambda: tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole),
        "QListWidget.currentItem": nav.currentItem,
    }
    lost = {name: _lost(action) for name, action in checks.items()}
    assert all(n < ROUNDS // 2 for n in lost.values()), f"references to None lost per {ROUNDS} calls: {lost}"
