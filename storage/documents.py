"""Making the documents: gather the content through the services, render it to a file."""

from __future__ import annotations

from pathlib import Path

from domain.documents.order import build_order
from domain.errors import DomainError
from domain.services.container import Services
from storage.word import render_docx


class DocumentMaker:
    """One place that knows which content goes through which template."""

    def __init__(self, services: Services, user_templates: Path | None = None) -> None:
        self.services = services
        self.user_templates = user_templates

    def order(self, year_id: int, lang: str, out: Path) -> Path:
        s = self.services
        year = s.school.year(year_id)
        associations = s.associations.associations(year_id)
        if not associations:
            raise DomainError("no_associations", year=year.label)
        content = build_order(lang, s.school.school(), year, associations, s.associations.council(year_id),
                              s.staff.teachers())
        return render_docx("order", lang, content, out, self.user_templates)
