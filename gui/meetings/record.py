"""The record of one agenda item: heard (УГУЛДУ), spoke (ЧЫГЫП СҮЙЛӨДҮ), decided (ТОКТОМ)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.meetings import Decision, Speech
from gui.meetings.people import People, checked_ids, fill_checklist
from gui.widgets import DateEdit, fmt_date


def small_button(name: str, text: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    if tip:
        button.setToolTip(tip)
    return button


class SpeakerDelegate(QStyledItemDelegate):
    """The speaker cell offers the members' names as one types; any other name is a guest."""

    def __init__(self, people: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(self.people.member_names(), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor


class DecisionsEditor(QWidget):
    """The item's decisions: a list, and the chosen one's text, responsible teachers and due date."""

    def __init__(self, decisions: list[Decision], people: People, default_due: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self.default_due = default_due
        self.decisions = [replace(d, responsible_ids=list(d.responsible_ids)) for d in decisions]
        self._loading = False

        self.list = QListWidget()
        self.list.setObjectName("meet_decisions")
        self.list.setMaximumHeight(110)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.add_button = small_button("meet_decision_add", self.tr("Add a decisio&n"))
        self.add_button.clicked.connect(lambda: self.add_decision())
        self.remove_button = small_button("meet_decision_remove", self.tr("Remove the decision"))
        self.remove_button.clicked.connect(self.remove_current)
        self.text = QPlainTextEdit()
        self.text.setObjectName("meet_decision_text")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What was decided"))
        self.text.setMaximumHeight(64)
        self.responsible = QListWidget()
        self.responsible.setObjectName("meet_responsible")
        self.responsible.setToolTip(self.tr("Space ticks a teacher responsible for the decision"))
        self.due_set = QCheckBox(self.tr("D&ue by"))
        self.due_set.setObjectName("meet_due_set")
        self.due = DateEdit()
        self.due.setObjectName("meet_due")
        self.due.setEnabled(False)
        self.due_set.toggled.connect(self.due.setEnabled)

        self.list.currentRowChanged.connect(self._load)
        self.text.textChanged.connect(self._store)
        self.responsible.itemChanged.connect(lambda _item: self._store())
        self.due_set.toggled.connect(lambda _on: self._store())
        self.due.dateChanged.connect(lambda _d: self._store())

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addLayout(buttons)
        left.addWidget(self.text)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_set)
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        left.addLayout(due_row)
        right = QVBoxLayout()
        responsible_label = QLabel(self.tr("Res&ponsible"))
        responsible_label.setBuddy(self.responsible)
        right.addWidget(responsible_label)
        right.addWidget(self.responsible, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self._refill()

    # -- the list -------------------------------------------------------------
    def _caption(self, i: int, d: Decision) -> str:
        text = " ".join(d.text.split()) or self.tr("(no text yet)")
        extra = [", ".join(self.people.name(r).split(" ")[0] for r in d.responsible_ids)] if d.responsible_ids else []
        if d.due:
            extra.append(self.tr("due {date}").format(date=fmt_date(d.due)))
        return f"{i + 1}. {text}" + (f" — {'; '.join(extra)}" if extra else "")

    def _refill(self, current: int = 0) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for i, d in enumerate(self.decisions):
            self.list.addItem(self._caption(i, d))
            self.list.item(i).setToolTip(self._caption(i, d))
        self.list.blockSignals(False)
        if self.decisions:
            self.list.setCurrentRow(max(0, min(current, len(self.decisions) - 1)))
        self._load(self.list.currentRow())

    def _load(self, row: int) -> None:
        self._loading = True
        valid = 0 <= row < len(self.decisions)
        d = self.decisions[row] if valid else Decision("")
        self.text.setPlainText(d.text)
        fill_checklist(self.responsible, self.people, d.responsible_ids)
        self.due_set.setChecked(d.due is not None)
        self.due.set_value(d.due or self.default_due)
        for widget in (self.text, self.responsible, self.due_set, self.remove_button):
            widget.setEnabled(valid)
        self.due.setEnabled(valid and d.due is not None)
        self._loading = False

    def _store(self) -> None:
        row = self.list.currentRow()
        if self._loading or not (0 <= row < len(self.decisions)):
            return
        d = self.decisions[row]
        d.text = self.text.toPlainText()
        d.responsible_ids = checked_ids(self.responsible)
        d.due = self.due.value() if self.due_set.isChecked() else None
        self.list.item(row).setText(self._caption(row, d))
        self.list.item(row).setToolTip(self._caption(row, d))

    # -- actions --------------------------------------------------------------
    def add_decision(self, text: str = "") -> int:
        self.decisions.append(Decision(text))
        self._refill(len(self.decisions) - 1)
        self.text.setFocus()
        return len(self.decisions) - 1

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.decisions):
            del self.decisions[row]
            self._refill(row)

    def set_people(self, people: People) -> None:
        self.people = people
        self._load(self.list.currentRow())

    def value(self) -> list[Decision]:
        return [replace(d, text=d.text.strip()) for d in self.decisions
                if d.text.strip() or d.responsible_ids or d.due]


class RecordPanel(QWidget):
    """One agenda item's record: the report heard, who spoke and the gist, and the decisions."""

    def __init__(self, heard: str, spoke: list[Speech], decisions: list[Decision], people: People,
                 default_due: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self.title = QLabel()
        self.title.setObjectName("meet_record_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)

        self.heard = QPlainTextEdit(heard)
        self.heard.setObjectName("meet_heard")
        self.heard.setTabChangesFocus(True)
        self.heard.setPlaceholderText(self.tr("The report: who reported and what about"))

        self.spoke = QTableWidget(0, 2)
        self.spoke.setObjectName("meet_spoke")
        self.spoke.setHorizontalHeaderLabels([self.tr("Who spoke"), self.tr("Gist")])
        self.spoke.verticalHeader().hide()
        self.spoke.setTabKeyNavigation(False)
        self.spoke.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.spoke.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.spoke.horizontalHeader().resizeSection(0, 260)
        self.spoke.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.delegate = SpeakerDelegate(people, self.spoke)
        self.spoke.setItemDelegateForColumn(0, self.delegate)
        self.spoke.setToolTip(self.tr("F2 edits a cell; a name that is not a member's is written as a guest"))
        for s in spoke:
            self.add_speech(s.speaker or people.name(s.teacher_id), s.gist)
        add_speech = small_button("meet_spoke_add", self.tr("Add a spea&ker"))
        add_speech.clicked.connect(lambda: self._new_speech())
        remove_speech = small_button("meet_spoke_remove", self.tr("Remove the speaker"))
        remove_speech.clicked.connect(self.remove_speech)

        self.decisions = DecisionsEditor(decisions, people, default_due)

        heard_box = QGroupBox(self.tr("&Heard"))
        QVBoxLayout(heard_box).addWidget(self.heard)
        heard_box.setFocusProxy(self.heard)
        spoke_box = QGroupBox(self.tr("S&poke"))
        spoke_layout = QVBoxLayout(spoke_box)
        spoke_layout.addWidget(self.spoke)
        row = QHBoxLayout()
        row.addWidget(add_speech)
        row.addWidget(remove_speech)
        row.addStretch(1)
        spoke_layout.addLayout(row)
        decided_box = QGroupBox(self.tr("&Decided"))
        QVBoxLayout(decided_box).addWidget(self.decisions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(heard_box, 2)
        layout.addWidget(spoke_box, 2)
        layout.addWidget(decided_box, 3)

    def add_speech(self, speaker: str = "", gist: str = "") -> int:
        row = self.spoke.rowCount()
        self.spoke.insertRow(row)
        self.spoke.setItem(row, 0, QTableWidgetItem(speaker))
        self.spoke.setItem(row, 1, QTableWidgetItem(gist))
        return row

    def _new_speech(self) -> None:
        row = self.add_speech()
        self.spoke.setFocus()
        self.spoke.setCurrentCell(row, 0)
        self.spoke.editItem(self.spoke.item(row, 0))

    def remove_speech(self) -> None:
        row = self.spoke.currentRow()
        if row >= 0:
            self.spoke.removeRow(row)

    def set_people(self, people: People) -> None:
        self.people = people
        self.delegate.people = people
        self.decisions.set_people(people)

    def speeches(self) -> list[Speech]:
        out = []
        for row in range(self.spoke.rowCount()):
            speaker = " ".join((self.spoke.item(row, 0).text() if self.spoke.item(row, 0) else "").split())
            gist = (self.spoke.item(row, 1).text() if self.spoke.item(row, 1) else "").strip()
            if speaker or gist:
                out.append(Speech(speaker, gist, self.people.id_of(speaker)))
        return out
