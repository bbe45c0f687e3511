"""One search over the year: teachers, associations, meetings, plan items, topics, by any word."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from domain.ports import UnitOfWork
from domain.services.meetings import MeetingService
from domain.staff import normalize_name

KINDS = ("teacher", "association", "meeting", "plan", "topic")


@dataclass
class Hit:
    kind: str  # one of KINDS
    title: str
    detail: str
    page: str  # the page that shows it
    target: int | None


def _words(text: str) -> list[str]:
    return [w for w in normalize_name(text).split() if w]


def _matches(words: list[str], *texts: str) -> bool:
    hay = normalize_name(" ".join(t for t in texts if t))
    return all(w in hay for w in words)


class SearchService:
    def __init__(self, uow: Callable[[], UnitOfWork], meetings: MeetingService) -> None:
        self._uow = uow
        self._meetings = meetings

    def search(self, query: str, year_id: int | None, lang: str = "ky", limit: int = 200) -> list[Hit]:
        """Every word of the query must appear (any case, any order); results grouped by kind."""
        words = _words(query)
        if not words:
            return []
        hits: list[Hit] = []
        with self._uow() as uow:
            teachers = uow.teachers.list()
            subjects = {s.id: s.name(lang) for s in uow.subjects.list()}
            associations = uow.associations.list(year_id) if year_id else []
            items = uow.plans.items(year_id) if year_id else []
            topics = uow.growth.topics()
        names = {t.id: t.full_name for t in teachers}
        for t in teachers:
            subject_text = ", ".join(subjects.get(s, "") for s in t.subject_ids)
            if _matches(words, t.full_name, subject_text, t.class_leadership, t.phone, t.email):
                hits.append(Hit("teacher", t.full_name, subject_text, "staff", t.id))
        for a in associations:
            if _matches(words, a.name_ky, a.name_ru, names.get(a.head_id, "")):
                hits.append(Hit("association", a.name(lang), names.get(a.head_id, ""), "associations", a.id))
        if year_id:
            bodies = {b.body: b.name(lang) for b in self._meetings.bodies(year_id)}
            for n in self._meetings.meetings(year_id):
                m = n.meeting
                texts = [bodies.get(m.body, ""), m.place] + [i.topic for i in m.agenda] + [
                    d.text for d in m.decisions]
                if _matches(words, *texts):
                    hits.append(Hit("meeting", f"№ {n.number} — {bodies.get(m.body, '')}",
                                    m.day.strftime("%d.%m.%Y") + "; " + "; ".join(i.topic for i in m.agenda[:2]),
                                    "meetings", m.id))
        for i in items:
            if _matches(words, i.event, i.form, i.expected, i.note):
                hits.append(Hit("plan", i.event, i.form, "plan", i.id))
        for tp in topics:
            if _matches(words, tp.title, names.get(tp.teacher_id, ""), tp.goal):
                hits.append(Hit("topic", tp.title, names.get(tp.teacher_id, ""), "growth", tp.id))
        hits.sort(key=lambda h: KINDS.index(h.kind))
        return hits[:limit]
