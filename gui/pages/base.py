"""What a page of the main window is: a widget with a title that refreshes when told."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from domain.changes import Changed
from gui.context import AppContext


class Page(QWidget):
    key = ""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName(f"page_{self.key}")

    def title(self) -> str:
        from gui.pages.registry import title

        return title(self.key)

    def refresh(self, changed: Changed | None = None) -> None:
        """Reload what the page shows; ``changed`` says what changed (None: everything). The services
        read each list once for the whole refresh (domain/services/reading.py)."""
        with self.ctx.services.reading():
            self._reload(changed)

    def _reload(self, changed: Changed | None) -> None:
        """What a page does to refresh."""

    def new_item(self) -> None:
        """Ctrl+N on this page."""
