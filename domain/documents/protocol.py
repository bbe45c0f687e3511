"""The protocol of a meeting (and the protocol book of a body's year) as plain data.

The wording (УГУЛДУ / СЛУШАЛИ …) lives in the templates; this gives names, dates and texts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.meetings import Meeting
from domain.model import School
from domain.services.meetings import BodyInfo
from domain.staff import Teacher


def _fmt(day) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


@dataclass
class DecisionLine:
    text: str
    responsible: str = ""
    due: str = ""


@dataclass
class SpeechLine:
    speaker: str
    gist: str


@dataclass
class ItemContent:
    number: int
    topic: str
    speakers: str  # who reports, for the agenda line
    heard: str
    spoke: list[SpeechLine] = field(default_factory=list)
    decisions: list[DecisionLine] = field(default_factory=list)


@dataclass
class ProtocolContent:
    lang: str
    school_name: str
    body_name: str
    year_label: str
    number: int
    day: str
    time: str
    place: str
    chair: str
    secretary: str
    present: list[str]
    absent: list[str]  # "Name (reason)"
    guests: list[str]
    total: int
    items: list[ItemContent]
    held: bool = True

    @property
    def present_count(self) -> int:
        return len(self.present)

    @property
    def present_text(self) -> str:
        return ", ".join(self.present)

    @property
    def absent_text(self) -> str:
        return ", ".join(self.absent)

    @property
    def guests_text(self) -> str:
        return ", ".join(self.guests)


@dataclass
class ProtocolBook:
    lang: str
    school_name: str
    body_name: str
    year_label: str
    protocols: list[ProtocolContent]
    head: str = ""

    @property
    def count(self) -> int:
        return len(self.protocols)


def build_protocol(lang: str, school: School, year_label: str, body: BodyInfo, meeting: Meeting, number: int,
                   teachers: list[Teacher]) -> ProtocolContent:
    names = {t.id: t.full_name for t in teachers}
    short = {t.id: t.short_name for t in teachers}
    present = [names[p.teacher_id] for p in meeting.attendance if p.present and p.teacher_id in names]
    absent = [names[p.teacher_id] + (f" ({p.reason})" if p.reason else "")
              for p in meeting.attendance if not p.present and p.teacher_id in names]
    items = []
    for i, item in enumerate(meeting.agenda, start=1):
        items.append(ItemContent(
            number=i, topic=item.topic,
            speakers=", ".join(s.speaker or names.get(s.teacher_id, "") for s in item.speakers),
            heard=item.heard,
            spoke=[SpeechLine(s.speaker or names.get(s.teacher_id, ""), s.gist) for s in item.spoke],
            decisions=[DecisionLine(d.text, ", ".join(short.get(r, "") for r in d.responsible_ids), _fmt(d.due))
                       for d in item.decisions],
        ))
    chair = names.get(meeting.chair_id, "") if meeting.chair_id else meeting.chair_name
    return ProtocolContent(
        lang=lang, school_name=school.name_ru if lang == "ru" else school.name_ky, body_name=body.name(lang),
        year_label=year_label, number=number, day=_fmt(meeting.day), time=meeting.time, place=meeting.place,
        chair=chair or meeting.chair_name, secretary=names.get(meeting.secretary_id, "") if meeting.secretary_id else "",
        present=present, absent=absent, guests=list(meeting.guests), total=len(meeting.attendance), items=items,
        held=meeting.status.value == "held",
    )
