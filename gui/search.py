"""Search everything (Ctrl+F from anywhere): results grouped by kind; Enter opens the item."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from domain.services.search import KINDS


class SearchDialog(QDialog):
    open_requested = Signal(str, object)  # page key, target id

    def __init__(self, ctx, parent=None) -> None:  # ctx: AppContext
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("search_dialog")
        self.setWindowTitle(self.tr("Search"))
        self.query = QLineEdit()
        self.query.setObjectName("search_query")
        self.query.setPlaceholderText(self.tr("Any word: a surname, a topic, an event…"))
        self.query.setClearButtonEnabled(True)
        self.results = QTreeWidget()
        self.results.setObjectName("search_results")
        self.results.setHeaderLabels([self.tr("Found"), self.tr("Details")])
        self.results.setColumnWidth(0, 380)
        self.results.itemActivated.connect(self._open)
        self.count = QLabel()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # search when typing pauses
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self._enter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        self.resize(720, 480)
        self.names = {"teacher": self.tr("Teachers"), "association": self.tr("Associations"),
                      "meeting": self.tr("Meetings"), "plan": self.tr("Plan items"),
                      "topic": self.tr("Self-development topics")}

    def run(self) -> None:
        self._timer.stop()
        year = self.ctx.services.school.current_year()
        hits = self.ctx.services.search.search(self.query.text(), year.id if year else None, self.ctx.lang)
        self.results.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for kind in KINDS:
            mine = [h for h in hits if h.kind == kind]
            if not mine:
                continue
            group = QTreeWidgetItem([f"{self.names[kind]} ({len(mine)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            groups[kind] = group
            self.results.addTopLevelItem(group)
            for h in mine:
                item = QTreeWidgetItem([h.title, h.detail])
                item.setData(0, Qt.ItemDataRole.UserRole, (h.page, h.target))
                group.addChild(item)
            group.setExpanded(True)
        self.count.setText(self.tr("{count} found").format(count=len(hits)) if self.query.text().strip() else "")
        first = next(iter(groups.values()), None)
        if first is not None and first.childCount():
            self.results.setCurrentItem(first.child(0))

    def _enter(self) -> None:
        if self._timer.isActive():  # typed but not yet searched: search now, keep a chosen result otherwise
            self.run()
        item = self.results.currentItem()
        if item is not None:
            self._open(item)

    def _open(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if data:
            self.open_requested.emit(*data)
            self.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down and self.query.hasFocus():
            self.results.setFocus()
            return
        super().keyPressEvent(event)
