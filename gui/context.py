"""What every page shares: the services, the dialog service, and the 'something changed' signal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from domain.changes import Changed
from domain.errors import DomainError
from gui.dialogs import Dialogs
from gui.messages import describe

if TYPE_CHECKING:
    from domain.services.container import Services


class AppContext(QObject):
    changed = Signal(object)  # a domain.changes.Changed
    language_changed = Signal(str)
    status = Signal(str)
    file_saved = Signal(str, str)  # message, path: the status bar shows it with a link that opens the file

    def __init__(self, services: Services, db_path: Path, lang: str, dialogs: Dialogs | None = None,
                 read_sheets: Callable[[Path], list[Any]] | None = None, documents: Any = None,
                 backups: Any = None) -> None:
        super().__init__()
        self.services = services
        self.read_sheets = read_sheets  # storage.xlsx_grid.read_sheets, handed in by the composition root
        self.documents = documents  # storage.documents.DocumentMaker: makes the .docx/.xlsx files
        self.backups = backups  # cli.compose.BackupOps: list, make, restore
        self.undo_stack = QUndoStack(self)  # Ctrl+Z / Ctrl+Y: commands that call the services (gui/undo.py)
        self.db_path = db_path
        self.lang = lang
        self.dialogs = dialogs or Dialogs()

    def push(self, command: Any) -> bool:
        """Do an undoable action; False when the service refused it (already shown to the user)."""
        self.undo_stack.push(command)
        return not getattr(command, "failed", False)

    def run(self, action: Callable[..., Any], *args: Any, parent: Any = None, **kwargs: Any) -> Any:
        """Call a service; show a refusal as a message; announce what changed. Returns the result or None."""
        try:
            result = action(*args, **kwargs)
        except DomainError as e:
            self.dialogs.error(parent, describe(e))
            return None
        changed = result if isinstance(result, Changed) else None
        if isinstance(result, tuple):
            changed = next((r for r in result if isinstance(r, Changed)), None)
        if changed:
            self.changed.emit(changed)
        return result
