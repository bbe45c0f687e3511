"""The plan item editor, and the deadline field it shares with the move dialog (a new deadline and
its reason: the M key on the page)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError
from domain.model import AcademicYear
from domain.plan import MONTHS_KY, MONTHS_RU, ROLES, Deadline, DeadlineKind, ItemStatus, PlanItem
from gui.messages import describe
from gui.plan import workflow
from gui.plan.models import status_label
from gui.staff.model import sort_key
from gui.widgets import DateEdit, FieldError, fmt_date

ID_ROLE = Qt.ItemDataRole.UserRole
KINDS = [DeadlineKind.DATE, DeadlineKind.MONTH, DeadlineKind.TERM, DeadlineKind.YEAR]
STATUSES = [ItemStatus.PLANNED, ItemStatus.DONE, ItemStatus.MOVED, ItemStatus.CANCELLED]


# -- the deadline field -------------------------------------------------------------------------
class DeadlineEdit(QWidget):
    """A kind (date, month, term, the whole year) and the value that fits the kind."""

    def __init__(self, year: AcademicYear, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = year
        self._original = Deadline()
        self.kind = QComboBox()
        self.kind.setObjectName("plan_deadline_kind")
        for kind, text in zip(KINDS, (self.tr("On a date"), self.tr("In a month"), self.tr("In a term"),
                                      self.tr("During the year")), strict=True):
            self.kind.addItem(text, kind.value)
        self.day = DateEdit()
        self.day.setObjectName("plan_deadline_day")
        self.day.set_value(year.start)
        self.month = QComboBox()
        self.month.setObjectName("plan_deadline_month")
        names = MONTHS_RU if lang == "ru" else MONTHS_KY
        for n in range(12):
            y, m = year.start.year + (n + 7) // 12, (n + 7) % 12 + 1
            self.month.addItem(f"{names[m - 1]} {y}", f"{y:04d}-{m:02d}")
        self.month.setCurrentIndex(1)  # September
        self.term = QComboBox()
        self.term.setObjectName("plan_deadline_term")
        for t in year.terms:
            self.term.addItem(f"{Deadline(DeadlineKind.TERM, term=t.number).text(lang)} "
                              f"({fmt_date(t.start)} – {fmt_date(t.end)})", t.number)
        self.stack = QStackedWidget()
        for widget in (self.day, self.month, self.term, QLabel(self.tr("until {day}").format(day=fmt_date(year.end)))):
            self.stack.addWidget(widget)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.stack, 1)
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.kind)

    def _kind_changed(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.stack.setFocusProxy(self.stack.currentWidget())

    def set_value(self, d: Deadline) -> None:
        self._original = d
        self.kind.setCurrentIndex(KINDS.index(d.kind))
        self._kind_changed(KINDS.index(d.kind))
        if d.kind == DeadlineKind.DATE and d.day:
            self.day.set_value(d.day)
        if d.kind == DeadlineKind.MONTH and d.day:
            self.month.setCurrentIndex(max(0, self.month.findData(f"{d.day.year:04d}-{d.day.month:02d}")))
        if d.kind == DeadlineKind.TERM and d.term:
            self.term.setCurrentIndex(max(0, self.term.findData(d.term)))

    def value(self) -> Deadline:
        kind = KINDS[self.kind.currentIndex()]
        if kind == DeadlineKind.DATE:
            return Deadline(kind, self.day.value())
        if kind == DeadlineKind.MONTH:
            y, m = (int(part) for part in self.month.currentData().split("-"))
            old = self._original
            if old.kind == kind and old.day and (old.day.year, old.day.month) == (y, m):
                return old  # the same month: keep the day it was saved with
            return Deadline(kind, date(y, m, 1))
        if kind == DeadlineKind.TERM:
            return Deadline(kind, term=self.term.currentData())
        return Deadline(kind)


# -- the move question (tests replace ask_move) ----------------------------------------------------
class MoveDialog(workflow.Question):
    def __init__(self, parent: QWidget | None, year: AcademicYear, deadline: Deadline, lang: str) -> None:
        super().__init__(parent, self.tr("Move the item"), self.tr("The new deadline and why the item moves:"))
        self.deadline = DeadlineEdit(year, lang)
        self.deadline.set_value(deadline)
        self.reason = QLineEdit()
        self.reason.setObjectName("plan_move_reason")
        self.form.addRow(self.tr("New &deadline"), self.deadline)
        self.form.addRow(self.tr("&Reason"), self.reason)

    def valid(self) -> str:
        return "" if self.reason.text().strip() else self.tr("Write the reason.")


def ask_move(parent: QWidget | None, year: AcademicYear, deadline: Deadline, lang: str) -> tuple[Deadline, str] | None:
    dialog = MoveDialog(parent, year, deadline, lang)
    return (dialog.deadline.value(), dialog.reason.text().strip()) if dialog.exec() else None


# -- the editor ---------------------------------------------------------------------------------
class ItemEditor(QDialog):
    """Opens on a saved item or a new one; stays open on a refusal, with the message by the field."""

    def __init__(self, ctx: Any, item: PlanItem, year: AcademicYear, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_item_editor")
        self.ctx, self.item, self.year = ctx, item, year
        self.saved_id: int | None = None
        lang = ctx.lang
        plan = ctx.services.plan

        self.event_edit = QLineEdit(item.event)
        self.event_edit.setObjectName("plan_item_event")
        self.event_edit.setMinimumWidth(520)
        self.direction = QComboBox()
        self.direction.setObjectName("plan_item_direction")
        self._fill_directions(item.direction)
        self.add_direction_button = QPushButton(self.tr("Add a direc&tion…"))
        self.add_direction_button.setObjectName("plan_item_add_direction")
        self.add_direction_button.setAutoDefault(False)
        self.add_direction_button.clicked.connect(self.add_direction)
        self.form = QComboBox()
        self.form.setObjectName("plan_item_form")
        self.form.setEditable(True)
        self.form.addItems([ru if lang == "ru" else ky for ky, ru in plan.forms()])
        self.form.setCurrentText(item.form)
        self.deadline = DeadlineEdit(year, lang)
        self.deadline.set_value(item.deadline)

        chosen = set(item.responsible_ids)
        teachers = sorted((t for t in ctx.services.staff.teachers() if t.id is not None
                           and (not t.archived or t.id in chosen)), key=lambda t: sort_key(t.full_name))
        self.teacher_filter = QLineEdit()
        self.teacher_filter.setObjectName("plan_item_teacher_filter")
        self.teacher_filter.setPlaceholderText(self.tr("Find a teacher"))
        self.teacher_filter.setClearButtonEnabled(True)
        self.teacher_filter.textChanged.connect(self._filter_teachers)
        self.teachers = self._checklist("plan_item_teachers", [(t.id, t.full_name) for t in teachers], chosen)
        self.roles = self._checklist("plan_item_roles", [(k, v[1 if lang == "ru" else 0]) for k, v in ROLES.items()],
                                     set(item.roles))
        self.other_roles = QLineEdit(", ".join(r for r in item.roles if r not in ROLES))
        self.other_roles.setObjectName("plan_item_other_roles")
        self.other_roles.setPlaceholderText(self.tr("Others, separated by commas"))

        self.association = QComboBox()
        self.association.setObjectName("plan_item_association")
        self.association.addItem(self.tr("Unified plan"), 0)
        for a in ctx.services.associations.associations(year.id):
            self.association.addItem(a.name(lang), a.id)
        self.association.setCurrentIndex(max(0, self.association.findData(item.association_id or 0)))
        self.expected = QLineEdit(item.expected)
        self.expected.setObjectName("plan_item_expected")

        self.status = QComboBox()
        self.status.setObjectName("plan_item_status")
        for s in STATUSES:
            self.status.addItem(status_label(s), s.value)
        self.status.setCurrentIndex(STATUSES.index(item.status))
        self.done_date = DateEdit()
        self.done_date.setObjectName("plan_item_done_date")
        self.done_date.set_value(item.done_date or ctx.services.today())
        self.note = QLineEdit(item.note)
        self.note.setObjectName("plan_item_note")
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())

        self.errors = {name: FieldError() for name in ("event", "direction", "deadline", "done_date", "note",
                                                       "reason")}
        for name, error in self.errors.items():
            error.setObjectName(f"{name}_error")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("plan_item_save")
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("plan_item_cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self._build_layout()
        self._status_changed()
        self.setWindowTitle(self.tr("Plan item № {number}").format(number=item.id) if item.id is not None
                            else self.tr("New plan item"))
        self.resize(900, 680)

    def _checklist(self, name: str, entries: list[tuple[Any, str]], checked: set[Any]) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setToolTip(self.tr("Space ticks a line"))
        for key, text in entries:
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, key)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
            widget.addItem(entry)
        return widget

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Event"), self._with_error(self.event_edit, "event"))
        direction_row = QHBoxLayout()
        direction_row.addWidget(self.direction, 1)
        direction_row.addWidget(self.add_direction_button)
        form.addRow(self.tr("&Direction"), self._with_error(direction_row, "direction"))
        form.addRow(self.tr("&Form"), self.form)
        form.addRow(self.tr("Dead&line"), self._with_error(self.deadline, "deadline"))
        people = QHBoxLayout()
        teachers = QVBoxLayout()
        teachers.addWidget(self.teacher_filter)
        teachers.addWidget(self.teachers, 1)
        roles = QVBoxLayout()
        roles.addWidget(self.roles, 1)
        roles.addWidget(self.other_roles)
        people.addLayout(teachers, 3)
        people.addLayout(roles, 2)
        people_box = QWidget()
        people_box.setLayout(people)
        people.setContentsMargins(0, 0, 0, 0)
        people_box.setFocusProxy(self.teacher_filter)
        form.addRow(self.tr("&Responsible"), people_box)
        form.addRow(self.tr("&Plan"), self.association)
        form.addRow(self.tr("E&xpected result"), self.expected)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        self.done_label = QLabel(self.tr("done on"))
        status_row.addWidget(self.done_label)
        status_row.addWidget(self.done_date)
        status_row.addStretch(1)
        form.addRow(self.tr("S&tatus"), self._with_error(status_row, "done_date"))
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        form.addRow(self.note_label, self._with_error(self.note, "note"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.errors["reason"])
        layout.addLayout(buttons)

    def _with_error(self, field: Any, name: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(field, QWidget):
            column.addWidget(field)
            box.setFocusProxy(field)
        else:
            column.addLayout(field)
        column.addWidget(self.errors[name])
        return box

    def _fill_directions(self, chosen: str) -> None:
        self.direction.clear()
        for key, ky, ru in self.ctx.services.plan.directions():
            self.direction.addItem(ru if self.ctx.lang == "ru" else ky, key)
        self.direction.setCurrentIndex(max(0, self.direction.findData(chosen)))

    def _filter_teachers(self, text: str) -> None:
        wanted = text.casefold().strip()
        for i in range(self.teachers.count()):
            entry = self.teachers.item(i)
            entry.setHidden(bool(wanted) and wanted not in entry.text().casefold())

    def _status_changed(self) -> None:
        status = STATUSES[self.status.currentIndex()]
        self.done_date.setEnabled(status == ItemStatus.DONE)
        self.done_label.setEnabled(status == ItemStatus.DONE)
        self.note_label.setText(self.tr("&Note") if status in (ItemStatus.PLANNED, ItemStatus.DONE)
                                else self.tr("&Reason"))

    @staticmethod
    def _checked(widget: QListWidget) -> list[Any]:
        return [widget.item(i).data(ID_ROLE) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, widget: QListWidget, keys: set[Any]) -> None:
        for i in range(widget.count()):
            entry = widget.item(i)
            entry.setCheckState(Qt.CheckState.Checked if entry.data(ID_ROLE) in keys else Qt.CheckState.Unchecked)

    # -- actions --------------------------------------------------------------
    def add_direction(self) -> None:
        names = workflow.ask_direction(self)
        if names is None:
            return
        result = self.ctx.run(self.ctx.services.plan.add_direction, *names, parent=self)
        if result is not None:
            self._fill_directions(result[0])

    def value(self) -> PlanItem:
        old = self.item
        status = STATUSES[self.status.currentIndex()]
        people = self._checked(self.teachers)
        roles = self._checked(self.roles) + [r.strip() for r in self.other_roles.text().replace(";", ",").split(",")
                                             if r.strip()]
        association = self.association.currentData()
        return replace(
            old, event=" ".join(self.event_edit.text().split()), direction=self.direction.currentData() or "",
            form=self.form.currentText().strip(), deadline=self.deadline.value(),
            responsible_ids=old.responsible_ids if set(people) == set(old.responsible_ids) else people,
            roles=old.roles if set(roles) == set(old.roles) else roles,
            association_id=association or None, expected=self.expected.text().strip(), status=status,
            done_date=self.done_date.value() if status == ItemStatus.DONE else None,
            note=self.note.text().strip())

    def save(self) -> bool:
        for error in self.errors.values():
            error.clear_error()
        item = self.value()
        reason = ""
        while True:
            try:
                item_id, changed = self.ctx.services.plan.save_item(item, reason)
                break
            except DomainError as e:
                if e.kind == "amendment_reason_required" and not reason:
                    reason = workflow.ask_reason(self, describe(e)) or ""
                    if reason:
                        continue
                self._show_error(e)
                return False
        self.saved_id = item_id
        if self.item.id is None:  # Ctrl+Z undoes it
            self.ctx.push(workflow.AddPlanItem(self.ctx, replace(item, id=item_id), reason))
        elif item != self.item:
            workflow.push_edit(self.ctx, self.item, reason)
        self.ctx.changed.emit(changed)
        self.ctx.status.emit(self.tr("The plan item was saved."))
        self.accept()
        return True

    def _show_error(self, e: DomainError) -> None:
        name = e.field if e.field in self.errors else "reason"
        self.errors[name].show_error(describe(e))
        focus = {"event": self.event_edit, "direction": self.direction, "deadline": self.deadline,
                 "done_date": self.done_date, "note": self.note}.get(name)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
