"""Pages not built yet: they say what will come there, and nothing else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from gui.context import AppContext
from gui.pages.base import Page


class PlaceholderPage(Page):
    def __init__(self, ctx: AppContext, key: str, title: str, coming: str) -> None:
        self.key = key
        super().__init__(ctx)
        self._title = title
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        text = QLabel(coming)
        text.setWordWrap(True)
        text.setObjectName("coming")
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def title(self) -> str:
        return self._title
