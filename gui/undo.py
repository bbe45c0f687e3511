"""Undo and redo (Ctrl+Z, Ctrl+Y) for edits and deletions made in the window.

Every command goes through the domain services, so an undo obeys the same rules as the original
action; a refusal is shown and the stack stays where it was.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from domain.changes import Changed
from domain.errors import DomainError
from gui.messages import describe


class ServiceCommand(QUndoCommand):
    """A command whose redo and undo each call a service; the first redo is the action itself."""

    def __init__(self, ctx: Any, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.failed = False
        self.already_done = False  # set when the action was done (and checked) by a form before the push

    def do(self) -> Changed | None:
        raise NotImplementedError

    def revert(self) -> Changed | None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.already_done:
            self.already_done = False
            return
        self._call(self.do)

    def undo(self) -> None:
        self._call(self.revert)

    def _call(self, action: Any) -> None:
        try:
            changed = action()
        except DomainError as e:
            self.failed = True
            self.setObsolete(True)  # a refused command leaves the stack
            self.ctx.dialogs.error(None, describe(e))
            return
        if changed:
            self.ctx.changed.emit(changed)


class DeletePlanItem(ServiceCommand):
    def __init__(self, ctx: Any, item_id: int, reason: str = "") -> None:
        self.item = ctx.services.plan.item(item_id)
        super().__init__(ctx, QCoreApplication.translate("Undo", "Delete «{event}»").format(event=self.item.event))
        self.reason = reason

    def do(self) -> Changed:
        return self.ctx.services.plan.delete_item(self.item.id, self.reason)

    def revert(self) -> Changed:
        new_id, changed = self.ctx.services.plan.restore_item(self.item, self.reason)
        self.item = replace(self.item, id=new_id)  # the next redo deletes the restored one
        return changed


class EditPlanItem(ServiceCommand):
    """An item saved from the editor or changed by a quick status key: before and after."""

    def __init__(self, ctx: Any, before: Any, after: Any, reason: str = "") -> None:
        super().__init__(ctx, QCoreApplication.translate("Undo", "Change «{event}»").format(event=after.event))
        self.before, self.after, self.reason = before, after, reason

    def do(self) -> Changed:
        return self.ctx.services.plan.save_item(self.after, self.reason)[1]

    def revert(self) -> Changed:
        return self.ctx.services.plan.save_item(self.before, self.reason or QCoreApplication.translate("Undo", "Undone"))[1]


class SaveTeacher(ServiceCommand):
    """A teacher's card saved: the form already saved it (to show errors next to the fields)."""

    def __init__(self, ctx: Any, before: Any, after: Any) -> None:
        super().__init__(ctx, QCoreApplication.translate("Undo", "Change {name}").format(name=after.full_name))
        self.before, self.after = before, after
        self.already_done = True

    def do(self) -> Changed:
        return self.ctx.services.staff.save_teacher(self.after)[1]

    def revert(self) -> Changed:
        return self.ctx.services.staff.save_teacher(self.before)[1]


class ArchiveTeacher(ServiceCommand):
    def __init__(self, ctx: Any, teacher_id: int, archive: bool) -> None:
        name = ctx.services.staff.teacher(teacher_id).full_name
        text = QCoreApplication.translate("Undo", "Archive {name}") if archive else QCoreApplication.translate("Undo", "Restore {name}")
        super().__init__(ctx, text.format(name=name))
        self.teacher_id, self.archive = teacher_id, archive

    def do(self) -> Changed:
        staff = self.ctx.services.staff
        return staff.archive(self.teacher_id) if self.archive else staff.restore(self.teacher_id)

    def revert(self) -> Changed:
        staff = self.ctx.services.staff
        return staff.restore(self.teacher_id) if self.archive else staff.archive(self.teacher_id)
