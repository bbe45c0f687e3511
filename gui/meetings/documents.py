"""The protocols of the Meetings page: one protocol or a body's book as .docx, print preview, PDF.

Word files come from the templates (storage); preview and PDF render the same content as HTML.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from gui.widgets import fmt_date


class ProtocolDocuments(QObject):
    """Acts on the page's chosen meeting (or chosen body) in the page's document language."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx

    def doc_lang_code(self) -> str:
        return self.page.doc_lang.currentData() or self.ctx.lang

    def _documents(self) -> Any:
        documents = getattr(self.ctx, "documents", None)
        if documents is None:
            self.ctx.dialogs.error(self.page, self.tr("Documents cannot be made in this window."))
        return documents

    def _ask_path(self, title: str, name: str, filters: str, suffix: str) -> Path | None:
        path = self.ctx.dialogs.save_file(self.page, title, name.replace("/", "-"), filters)
        if not path:
            return None
        out = Path(path)
        return out if out.suffix.lower() == suffix else out.with_name(out.name + suffix)

    def export_protocol(self) -> Path | None:
        row = self.page.current_row()
        documents = self._documents() if row is not None else None
        if row is None or documents is None:
            return None
        name = self.tr("Protocol {number} {date}.docx").format(number=row.number, date=fmt_date(row.day))
        out = self._ask_path(self.tr("Save the protocol"), name, self.tr("Word documents (*.docx)"), ".docx")
        if out is None:
            return None
        made = self.ctx.run(documents.protocol, row.id, self.doc_lang_code(), out, parent=self.page)
        if made is not None:
            self.ctx.file_saved.emit(self.tr("The protocol was saved to {path}.").format(path=Path(made).name), str(made))
        return Path(made) if made is not None else None

    def export_book(self) -> Path | None:
        body = self.page.chosen_body()
        documents = self._documents() if body is not None else None
        if body is None or documents is None or self.page.year is None:
            return None
        info = next((b for b in self.page.bodies if b.body == body), None)
        name = self.tr("Protocols {year}.docx").format(year=self.page.year.label)
        if info is not None:
            name = self.tr("Protocols {body} {year}.docx").format(body=info.name(self.ctx.lang), year=self.page.year.label)
        out = self._ask_path(self.tr("Save the protocol book"), name.replace("«", "").replace("»", ""),
                             self.tr("Word documents (*.docx)"), ".docx")
        if out is None:
            return None
        made = self.ctx.run(documents.protocol_book, self.page.year.id, body, self.doc_lang_code(), out, parent=self.page)
        if made is not None:
            self.ctx.file_saved.emit(self.tr("The protocol book was saved to {path}.").format(path=Path(made).name), str(made))
        return Path(made) if made is not None else None

    def protocol_html(self) -> str | None:
        """The chosen meeting's protocol as HTML, from the same content as the .docx."""
        row = self.page.current_row()
        documents = self._documents() if row is not None else None
        if row is None or documents is None:
            return None
        content = self.ctx.run(documents.protocol_content, row.id, self.doc_lang_code(), parent=self.page)
        if content is None:
            return None
        try:
            from domain.documents.protocol import ProtocolBook
            from gui.printing.html import protocol_html
        except ImportError:
            self.ctx.dialogs.error(self.page, self.tr("Printing is not available in this version."))
            return None
        c = content
        return protocol_html(ProtocolBook(c.lang, c.school_name, c.body_name, c.year_label, [c]))

    def preview_protocol(self) -> None:
        html = self.protocol_html()
        if html is None:
            return
        from gui.printing.preview import preview

        preview(self.page, html)

    def save_pdf(self) -> Path | None:
        row = self.page.current_row()
        if row is None:
            return None
        name = self.tr("Protocol {number} {date}.pdf").format(number=row.number, date=fmt_date(row.day))
        out = self._ask_path(self.tr("Save the protocol as PDF"), name, self.tr("PDF documents (*.pdf)"), ".pdf")
        if out is None:
            return None
        html = self.protocol_html()
        if html is None:
            return None
        from gui.printing.pdf import write_pdf

        try:
            made = self.ctx.run(write_pdf, html, out, parent=self.page)
        except OSError as e:
            self.ctx.dialogs.error(self.page, self.tr("The PDF could not be written: {reason}").format(reason=e))
            return None
        if made is None:
            return None
        self.ctx.file_saved.emit(self.tr("The protocol was saved to {path}.").format(path=Path(made).name), str(made))
        return Path(made)
