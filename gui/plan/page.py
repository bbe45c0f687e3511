"""Plan: the unified plan of methodical work and the associations' work plans, grouped five ways, with
quick status changes from the keyboard, review and approval, amendments and the documents."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.changes import Changed
from domain.errors import DomainError
from domain.model import AcademicYear
from domain.plan import ItemStatus, PlanItem
from domain.services.plan import ALL
from gui.context import AppContext
from gui.fit import FitTreeView
from gui.messages import describe
from gui.pages.base import Page
from gui.plan import item_editor, workflow
from gui.plan.item_editor import ItemEditor
from gui.plan.models import EVENT, NUMBER, RESPONSIBLE, PlanModel, View, build_rows, view_label
from gui.staff.model import sort_key
from gui.undo import DeletePlanItem
from gui.widgets import filter_box, push_button

UNIFIED = 0  # the plan chooser's data for the unified plan (ALL: every plan of the year)
KEYS = {Qt.Key.Key_D: "done", Qt.Key.Key_M: "move", Qt.Key.Key_C: "cancel", Qt.Key.Key_R: "reopen"}


class PlanPage(Page):
    key = "plan"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.year: AcademicYear | None = None
        self.editor: ItemEditor | None = None
        self.plan_names: dict[int | None, str] = {}
        self.model = PlanModel(self)

        self.which = filter_box("plan_which", self.tr("The unified plan, or one association's work plan"), 12)
        self.which.setMinimumContentsLength(24)
        self.view_box = filter_box("plan_view", self.tr("How the items are grouped"), 12)
        for view in View:
            self.view_box.addItem(view_label(view), view.value)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("plan_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter the items (Ctrl+L)"))
        self.filter_edit.setToolTip(self.tr("Words of the event, the form, the responsible, the note"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._text_changed)
        self.filter_edit.installEventFilter(self)
        filters = QHBoxLayout()
        for label, widget, stretch in ((self.tr("&Plan:"), self.which, 3), (self.tr("Vie&w:"), self.view_box, 0),
                                       (None, self.filter_edit, 3)):
            if label:
                text = QLabel(label)
                text.setBuddy(widget)
                filters.addWidget(text)
            filters.addWidget(widget, stretch)

        self.table = FitTreeView()
        self.table.setObjectName("plan_table")
        self.table.setModel(self.model)
        self.model.modelReset.connect(self._after_reset)  # after the view's own reset
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAllColumnsShowFocus(True)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setIndentation(12)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EVENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RESPONSIBLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(RESPONSIBLE, 230)
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(NUMBER, self.fontMetrics().horizontalAdvance("№ 000") + 16)
        self.table.installEventFilter(self)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.new_button = push_button("plan_new", self.tr("&New item"), self.new_item, "Ctrl+N")
        self.edit_button = push_button("plan_edit", self.tr("&Edit"), self.edit_current, "Enter")
        self.delete_button = push_button("plan_delete", self.tr("Dele&te"), self.delete_current, "Delete")
        self.done_button = push_button("plan_done", self.tr("&Done"), self.mark_done, self.tr("D: done today"))
        self.move_button = push_button("plan_move", self.tr("&Move…"), self.move_current,
                                        self.tr("M: a new deadline, and why"))
        self.cancel_button = push_button("plan_cancel", self.tr("&Cancel item…"), self.cancel_current,
                                          self.tr("C: cancelled, and why"))
        self.reopen_button = push_button("plan_reopen", self.tr("&Reopen"), self.reopen_current,
                                          self.tr("R: planned again"))
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.done_button, self.move_button, self.cancel_button, self.reopen_button):
            actions.addWidget(button)

        self.hint = QLabel()
        self.hint.setObjectName("plan_hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.completion = QLabel()
        self.completion.setObjectName("plan_completion")
        self.completion.setWordWrap(True)
        self.completion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.workflow = workflow.WorkflowPanel(ctx)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.hint)
        top_layout.addLayout(actions)
        top_layout.addWidget(self.completion)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.workflow)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)

        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.focus_filter)  # Ctrl+F searches everything
        self.which.currentIndexChanged.connect(lambda _i: self._load())
        self.view_box.currentIndexChanged.connect(lambda _i: self._view_changed())
        self._update_buttons()

    # -- loading --------------------------------------------------------------
    def _reload(self, changed: Changed | None) -> None:
        if changed is not None and not (changed.plan or changed.meetings or changed.associations
                                        or changed.teachers or changed.years or changed.school):
            return
        services = self.ctx.services
        self.year = services.school.current_year()
        associations = services.associations.associations(self.year.id) if self.year and self.year.id else []
        associations.sort(key=lambda a: sort_key(a.name(self.ctx.lang)))
        self.plan_names = {None: self.tr("Unified plan")} | {a.id: a.name(self.ctx.lang) for a in associations}
        chosen = self.which.currentData()
        self.which.blockSignals(True)
        self.which.clear()
        self.which.addItem(self.tr("Unified plan of methodical work"), UNIFIED)
        for a in associations:
            self.which.addItem(self.tr("Work plan: {name}").format(name=a.name(self.ctx.lang)), a.id)
        self.which.addItem(self.tr("All plans of the year"), ALL)
        self.which.setCurrentIndex(max(0, self.which.findData(UNIFIED if chosen is None else chosen)))
        self.which.blockSignals(False)
        self._load()

    def association_id(self) -> int | None:
        """None: the unified plan; an association's id; or ALL."""
        data = self.which.currentData()
        return None if data in (None, UNIFIED) else int(data)

    def _load(self) -> None:
        keep = self.current_id()
        services = self.ctx.services
        year = self.year
        if year is None or year.id is None:
            self.model.set_rows([], self.ctx.lang, [], [])
            self.completion.setText(self.tr("No academic year yet: add one in Settings."))
            self.workflow.set_plan(None, ALL, "")
            self._update_buttons()
            return
        chosen = self.association_id()
        directions = services.plan.directions()
        rows = build_rows(services.plan.items(year.id, chosen), year, services.today(), self.ctx.lang, directions,
                          services.staff.teachers(), self.plan_names, services.plan.forms())
        self.model.set_rows(rows, self.ctx.lang, [k for k, _ky, _ru in directions], list(self.plan_names))
        if keep is not None:
            self.select_id(keep)
        self._update_completion(year.id, directions)
        name = self.plan_names.get(chosen, "") if chosen != ALL else ""
        self.workflow.set_plan(year, chosen, name)
        self._update_buttons()

    def _after_reset(self) -> None:
        self.table.expandAll()
        for row in range(self.model.rowCount()):
            self.table.setFirstColumnSpanned(row, QModelIndex(), True)

    def _update_completion(self, year_id: int, directions: list[tuple[str, str, str]]) -> None:
        plan = self.ctx.services.plan
        by_direction = plan.completion_by(year_id, "direction")
        by_plan = plan.completion_by(year_id, "association")
        done, count = sum(d for d, _n in by_plan.values()), sum(n for _d, n in by_plan.values())
        if not count:
            self.completion.setText(self.tr("No items in the plans of {year} yet: add the first one (Ctrl+N).")
                                    .format(year=self.year.label if self.year else ""))
            return
        names = {k: (ru if self.ctx.lang == "ru" else ky) for k, ky, ru in directions}
        parts_d = [f"{names.get(k, k)}\u00a0{d}/{n}" for k, (d, n) in
                   sorted(by_direction.items(), key=lambda kv: list(names).index(kv[0]) if kv[0] in names else 99)]
        order = list(self.plan_names)
        parts_p = [f"{self.plan_names.get(k, '?')}\u00a0{d}/{n}" for k, (d, n) in
                   sorted(by_plan.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)]
        self.completion.setText(
            "<b>" + self.tr("Done in {year}: {done}/{count} ({percent}%)").format(
                year=self.year.label if self.year else "", done=done, count=count, percent=round(100 * done / count))
            + "</b><br>" + self.tr("By direction: {list}").format(list=" · ".join(parts_d))
            + "<br>" + self.tr("By plan: {list}").format(list=" · ".join(parts_p)))
        self.completion.setToolTip(self.tr("Done / all items; cancelled items are not counted"))

    # -- selection ------------------------------------------------------------
    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0]) if rows else None
        return row.id if row else None

    def current_row(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def select_id(self, item_id: int) -> bool:
        index = self.model.index_of(item_id)
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def focus_item(self, item_id: Any) -> None:
        """From Home: show the item in its own plan and select it."""
        try:
            item = self.ctx.services.plan.item(int(item_id))
        except (DomainError, TypeError, ValueError):
            return
        self.filter_edit.clear()
        self.which.setCurrentIndex(max(0, self.which.findData(item.association_id or UNIFIED)))
        if not self.select_id(item.id or 0):
            self.view_box.setCurrentIndex(self.view_box.findData(View.MONTH.value))
            self.select_id(item.id or 0)
        self.table.setFocus()

    def _update_hint(self) -> None:
        """Say why the table is empty: a new plan, or a filter that matches nothing."""
        text = ""
        if self.year is not None and not self.model.shown_ids():
            if not self.model.all_rows():
                text = self.tr("This plan has no items yet: add the first one with «New item» (Ctrl+N).")
            elif self.filter_edit.text().strip():
                text = self.tr("No item matches «{text}».").format(text=self.filter_edit.text().strip())
            elif self.model.view == View.OVERDUE:
                text = self.tr("Nothing is overdue.")
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _update_buttons(self) -> None:
        self._update_hint()
        row = self.current_row()
        has_year = self.year is not None
        self.new_button.setEnabled(has_year)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(row is not None)
        status = row.status if row else None
        self.done_button.setEnabled(row is not None and status != ItemStatus.DONE)
        self.move_button.setEnabled(status in (ItemStatus.PLANNED, ItemStatus.MOVED))
        self.cancel_button.setEnabled(status in (ItemStatus.PLANNED, ItemStatus.MOVED))
        self.reopen_button.setEnabled(row is not None and status != ItemStatus.PLANNED)

    # -- filters --------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _text_changed(self, text: str) -> None:
        keep = self.current_id()
        self.model.set_text(text)
        if keep is not None:
            self.select_id(keep)
        self._update_buttons()

    def _view_changed(self) -> None:
        keep = self.current_id()
        self.model.set_view(View(self.view_box.currentData()))
        if keep is not None:
            self.select_id(keep)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the table: D, M, C, R change the status, Enter edits, Delete deletes; Down leaves the filter."""
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key, mods = event.key(), event.modifiers()
        if watched is self.filter_edit and key == Qt.Key.Key_Down:
            self.table.setFocus()
            if self.current_id() is None and self.model.shown_ids():
                self.select_id(self.model.shown_ids()[0])
            return True
        if watched is self.table and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            if key in KEYS and self.current_id() is not None:
                {"done": self.mark_done, "move": self.move_current, "cancel": self.cancel_current,
                 "reopen": self.reopen_current}[KEYS[key]]()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id() is not None:
                self.edit_current()
                return True
            if key == Qt.Key.Key_Delete and self.current_id() is not None:
                self.delete_current()
                return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        if self.model.row_at(index) is not None:
            self.edit_current()

    # -- editing --------------------------------------------------------------
    def new_item(self) -> None:
        if self.year is None or self.year.id is None:
            return
        chosen = self.association_id()
        self.open_editor(PlanItem(year_id=self.year.id, event="", association_id=None if chosen == ALL else chosen))

    def edit_current(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        item = self.ctx.run(self.ctx.services.plan.item, item_id, parent=self)
        if item is not None:
            self.open_editor(item)

    def open_editor(self, item: PlanItem) -> ItemEditor | None:
        """The editor opens window-modal and reports back through ``finished``."""
        if self.year is None:
            return None
        self.editor = ItemEditor(self.ctx, item, self.year, self)
        self.editor.finished.connect(self._editor_closed)
        self.editor.open()
        return self.editor

    def _editor_closed(self) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        if editor.saved_id is not None and not self.select_id(editor.saved_id):
            self.focus_item(editor.saved_id)  # saved into another plan, or hidden by the filter
        self.table.setFocus()
        editor.deleteLater()

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not self.ctx.dialogs.confirm(self, self.tr("Delete the item «{event}»? Ctrl+Z brings it back.")
                                        .format(event=row.event)):
            return
        try:
            command = DeletePlanItem(self.ctx, row.id)
        except DomainError as e:
            self.ctx.dialogs.error(self, describe(e))
            return
        plan = self.ctx.services.plan
        reason = workflow.run_with_reason(self.ctx, self, lambda why: plan.delete_item(row.id, why))
        if reason is not None:
            command.reason, command.already_done = reason, True
            self.ctx.push(command)
            self.ctx.status.emit(self.tr("The item was deleted; Ctrl+Z brings it back."))

    # -- quick status changes (each one undoable with Ctrl+Z) ----------------
    def _before(self, allowed: tuple[ItemStatus, ...]) -> PlanItem | None:
        row = self.current_row()
        if row is None or row.status not in allowed:
            return None
        return self.ctx.run(self.ctx.services.plan.item, row.id, parent=self)

    def _changed(self, before: PlanItem, reason: str) -> None:
        workflow.push_edit(self.ctx, before, reason)
        self.select_id(before.id or 0)

    def mark_done(self) -> None:
        before = self._before((ItemStatus.PLANNED, ItemStatus.MOVED, ItemStatus.CANCELLED))
        if before is None:
            return
        plan, today = self.ctx.services.plan, self.ctx.services.today()
        why = self.tr("Marked as done")
        if self.ctx.run(plan.mark_done, before.id, today, "", why, parent=self) is not None:
            self._changed(before, why)
            self.ctx.status.emit(self.tr("Done: {event}").format(event=before.event))

    def move_current(self) -> None:
        before = self._before((ItemStatus.PLANNED, ItemStatus.MOVED))
        if before is None or self.year is None:
            return
        answer = item_editor.ask_move(self, self.year, before.deadline, self.ctx.lang)
        if answer is not None and self.ctx.run(self.ctx.services.plan.move, before.id, *answer,
                                               parent=self) is not None:
            self._changed(before, answer[1])

    def cancel_current(self) -> None:
        before = self._before((ItemStatus.PLANNED, ItemStatus.MOVED))
        if before is None:
            return
        why = workflow.ask_reason(self, self.tr("Why is «{event}» cancelled?").format(event=before.event))
        if why and self.ctx.run(self.ctx.services.plan.cancel, before.id, why, parent=self) is not None:
            self._changed(before, why)

    def reopen_current(self) -> None:
        before = self._before((ItemStatus.DONE, ItemStatus.MOVED, ItemStatus.CANCELLED))
        if before is None:
            return
        plan = self.ctx.services.plan
        reason = workflow.run_with_reason(self.ctx, self, lambda why: plan.reopen(before.id or 0, why))
        if reason is not None:
            self._changed(before, reason)
