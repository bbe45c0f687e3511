"""The deputy's own paragraphs of the end-of-year reports, kept in the app between sessions."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from datetime import date

from domain.changes import Changed
from domain.documents.regulation import APPROVAL_DATE, REVIEW_DATE
from domain.documents.report import Texts
from domain.errors import DomainError
from domain.ports import UnitOfWork


def _key(year_id: int, association_id: int | None) -> str:
    return f"report_texts:{year_id}:{association_id if association_id is not None else 'service'}"


class ReportService:
    def __init__(self, uow: Callable[[], UnitOfWork], today: Callable[[], date] = date.today) -> None:
        self._uow = uow
        self._today = today

    def texts(self, year_id: int, association_id: int | None = None) -> Texts:
        with self._uow() as uow:
            raw = uow.settings.get(_key(year_id, association_id))
        return Texts(**json.loads(raw)) if raw else Texts()

    def save_texts(self, year_id: int, association_id: int | None, texts: Texts) -> Changed:
        with self._uow() as uow:
            uow.settings.set(_key(year_id, association_id), json.dumps(asdict(texts), ensure_ascii=False))
            uow.commit()
        return Changed(reports=True)

    def regulation_dates(self) -> tuple[date | None, date | None]:
        """When the pedagogical council reviewed the regulations, and when the director approved them."""
        with self._uow() as uow:
            review, approval = uow.settings.get(REVIEW_DATE), uow.settings.get(APPROVAL_DATE)
        return (date.fromisoformat(review) if review else None, date.fromisoformat(approval) if approval else None)

    def set_regulation_dates(self, review: date | None, approval: date | None) -> Changed:
        if review and approval and approval < review:
            raise DomainError("approved_before_review", field="approval", day=approval, review=review)
        with self._uow() as uow:
            uow.settings.set(REVIEW_DATE, review.isoformat() if review else "")
            uow.settings.set(APPROVAL_DATE, approval.isoformat() if approval else "")
            uow.commit()
        return Changed(reports=True)
