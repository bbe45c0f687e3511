"""The sample school's meetings: every association's opening meeting and one per term up to today,
with agendas, attendance and decisions, and the methodical council's meetings."""

from __future__ import annotations

from datetime import date, timedelta

from domain.changes import Changed
from domain.meetings import (
    AgendaItem,
    BodyKind,
    Decision,
    DecisionState,
    MeetingStatus,
    Speech,
)
from domain.services.container import Services

OPENING = [
    ("Өткөн окуу жылындагы бирикменин ишинин жыйынтыгы жана {year} окуу жылынын иш планын бекитүү",
     "Бирикменин жетекчиси өткөн жылдын жыйынтыгын жана жаңы окуу жылынын иш планынын долбоорун сунуштады.",
     "Иш план бекитилсин жана директорго бекитүүгө берилсин."),
    ("Мугалимдердин өздүк усулдук темаларын бекитүү",
     "Ар бир мугалим өзүнүн өздүк усулдук темасын жана аны ишке ашыруу этаптарын айтып берди.",
     "Өздүк усулдук темалар бекитилсин; жыйынтыктар окуу жылынын аягында отчет түрүндө угулсун."),
    ("Ачык сабактардын жана сабактарга өз ара катышуунун графигин түзүү",
     "Жетекчи ар бир чейрекке ачык сабактардын графигин сунуштады.",
     "Ачык сабактардын графиги бекитилсин, ар бир мугалим чейрегине бирден кем эмес сабакка катышсын."),
]
TERM = [
    ("{term}-чейректин окуу жыйынтыктарын талдоо",
     "Мугалимдер класстар боюнча билим сапатынын жана жетишүүнүн көрсөткүчтөрүн билдиришти.",
     "Жетишпеген окуучулар менен жеке иш планы түзүлсүн."),
    ("Окутуунун заманбап технологияларын колдонуу тажрыйбасынан",
     "Мугалим сабакта топтук иштин жана критерийлик баалоонун тажрыйбасы менен бөлүштү.",
     "Тажрыйба бирикменин мугалимдеринин ишинде колдонулсун."),
]
ABSENCE_REASONS = ["ооруп калды", "курста", "иш сапарында"]


def _meeting_day(year_start: int, term_end: date, index: int) -> date:
    day = term_end - timedelta(days=6 + index % 4)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def load_meetings(services: Services) -> Changed:
    year = services.school.current_year()
    assert year is not None and year.id is not None
    today = services.today()
    changed = Changed()
    bodies = services.meetings.bodies(year.id)
    for index, info in enumerate(b for b in bodies if b.body.kind != BodyKind.PEDAGOGICAL):
        members = info.member_ids
        dates = [date(year.start.year, 8, 26 + index % 4)]
        dates += [_meeting_day(year.start.year, t.end, index) for t in year.terms]
        previous_decisions: list[Decision] = []
        for n, day in enumerate(dates):
            if day > today and (n > 1 and dates[n - 1] > today):
                break  # plan only the next meeting ahead of today
            m = services.meetings.draft(year.id, info.body, day)
            m.time, m.place = "14:30", "Усулдук кабинет" if info.body.kind == BodyKind.COUNCIL else f"{201 + index}-кабинет"
            held = day <= today
            m.status = MeetingStatus.HELD if held else MeetingStatus.PLANNED
            topics = OPENING if n == 0 else [(t.replace("{term}", ("I", "II", "III", "IV")[n - 1]), h, d)
                                             for t, h, d in TERM]
            if held:  # who was away is marked first: nobody absent speaks in the protocol
                for k, p in enumerate(m.attendance):
                    if (k + n + index) % 9 == 4:
                        p.present, p.reason = False, ABSENCE_REASONS[(k + n) % len(ABSENCE_REASONS)]
            away = {p.teacher_id for p in m.attendance if not p.present}
            present = [t for t in members if t not in away] or members
            speaker_ids = [present[(n + k) % len(present)] for k in range(len(topics))]
            teachers = {t.id: t for t in services.staff.teachers()}
            if m.agenda and previous_decisions:
                check = m.agenda[0]
                check.heard = "Жетекчи мурунку отурумдун чечимдеринин аткарылышы жөнүндө маалымат берди."
                check.decisions = [Decision("Мурунку отурумдун чечимдери аткарылды деп эсептелсин.")] if held else []
            for (topic, heard, decided), sid in zip(topics, speaker_ids, strict=True):
                who = teachers[sid]
                item = AgendaItem(topic=topic.replace("{year}", year.label),
                                  speakers=[Speech(who.full_name, "", sid)])
                if held:
                    item.heard = f"{who.short_name}: {heard}"
                    other = teachers[present[(present.index(sid) + 1) % len(present)]]
                    item.spoke = [Speech(other.full_name, "Сунушту колдоду, тажрыйба алмашууну сунуштады.",
                                         other.id)]
                    # Most decisions are due in six weeks; a few of the autumn ones sooner (and so past due).
                    soon = n == 1 and index % 4 == 0 and topic == topics[0][0]
                    item.decisions = [Decision(decided, [sid], day + timedelta(days=20 if soon else 45))]
                m.agenda.append(item)
            if held:
                m.final = n < len(dates) - 2 or day < today - timedelta(days=30)
            _, more = services.meetings.save(m)
            changed |= more
            for t in previous_decisions:
                if held and t.id is not None:
                    services.meetings.set_decision_state(t.id, DecisionState.DONE)
            if held:
                saved = services.meetings.meetings(year.id, info.body)[-1].meeting
                previous_decisions = [d for d in saved.decisions if d.tracked]
    return changed

