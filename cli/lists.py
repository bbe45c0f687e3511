"""`list KIND`: every kind the app can print as a table."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from cli.output import print_table

if TYPE_CHECKING:
    from domain.services.container import Services


def _year(services: Services, args: argparse.Namespace):
    label = getattr(args, "year", None)
    if label:
        return services.school.year_by_label(label)
    return services.school.current_year()


def list_years(services: Services, args: argparse.Namespace) -> None:
    current = services.school.current_year()
    rows = [
        (y.label, y.start, y.end, y.id == (current.id if current else None), y.theme_ky, y.theme_ru)
        for y in services.school.years()
    ]
    print_table(("label", "start", "end", "current", "theme_ky", "theme_ru"), rows)


def list_terms(services: Services, args: argparse.Namespace) -> None:
    years = [services.school.year_by_label(args.year)] if args.year else services.school.years()
    rows = [(y.label, t.number, t.start, t.end) for y in years for t in y.terms]
    print_table(("year", "term", "start", "end"), rows)


KINDS: dict[str, Callable[[Services, argparse.Namespace], None]] = {
    "years": list_years,
    "terms": list_terms,
}


def _category(value) -> str:
    return {"none": "", "II": "II", "I": "I", "highest": "highest"}[value.value]


def list_subjects(services: Services, args: argparse.Namespace) -> None:
    rows = [(s.id, s.name_ky, s.name_ru, s.cycle.value, s.hidden) for s in services.staff.subjects()]
    print_table(("id", "name_ky", "name_ru", "cycle", "hidden"), rows)


def list_teachers(services: Services, args: argparse.Namespace) -> None:
    lang = args.lang or services.school.language()
    names = {s.id: s.name(lang) for s in services.staff.subjects()}
    today = services.today()
    period = services.staff.course_due_years()
    rows = []
    for t in services.staff.teachers():
        last = t.last_course()
        rows.append((
            t.id, t.surname, t.name, t.patronymic,
            "; ".join(names[sid] for sid in t.subject_ids), _category(t.category), t.category_date,
            t.experience_years(today), last.when if last else None, t.class_leadership,
            "archived" if t.archived else "active", (not t.archived) and t.course_due(today, period),
        ))
    print_table(("id", "surname", "name", "patronymic", "subjects", "category", "category_date",
                 "experience", "last_course", "class", "status", "course_due"), rows)


KINDS.update({"subjects": list_subjects, "teachers": list_teachers})


def _names(services: Services) -> dict[int | None, str]:
    return {t.id: t.full_name for t in services.staff.teachers()}


def list_associations(services: Services, args: argparse.Namespace) -> None:
    year = _year(services, args)
    lang = args.lang or services.school.language()
    names = _names(services)
    subjects = {s.id: s.name(lang) for s in services.staff.subjects()}
    weak = {a.id: n for a, n in services.associations.below_three(year.id)} if year else {}
    rows = []
    for a in services.associations.associations(year.id) if year else []:
        rows.append((a.id, year.label, a.kind.value, a.name(lang), names.get(a.head_id, ""),
                     names.get(a.secretary_id, ""), len(a.member_ids),
                     "; ".join(names[m] for m in a.member_ids), "; ".join(subjects[s] for s in a.subject_ids),
                     a.order_number, a.order_date, a.reappoint, a.id in weak))
    print_table(("id", "year", "kind", "name", "head", "secretary", "members", "member_names", "subjects",
                 "order_number", "order_date", "reappoint", "below_three"), rows)


def list_council(services: Services, args: argparse.Namespace) -> None:
    year = _year(services, args)
    rows: list[tuple[object, ...]] = []
    if year is not None:
        council = services.associations.council(year.id)
        names = _names(services)
        rows.append((year.label, "chair", council.chair))
        if council.secretary_id is not None:
            rows.append((year.label, "secretary", names.get(council.secretary_id, "")))
        rows += [(year.label, "member", names.get(m, "")) for m in council.member_ids]
    print_table(("year", "role", "name"), rows)


KINDS.update({"associations": list_associations, "council": list_council})


def _body(services: Services, year, args: argparse.Namespace):
    name = getattr(args, "body", None)
    return services.meetings.find_body(year.id, name).body if name else None


def list_meetings(services: Services, args: argparse.Namespace) -> None:
    year = _year(services, args)
    lang = args.lang or services.school.language()
    rows = []
    if year is not None:
        names = {i.body: i.name(lang) for i in services.meetings.bodies(year.id)}
        for n in services.meetings.meetings(year.id, _body(services, year, args)):
            m = n.meeting
            rows.append((m.id, year.label, names.get(m.body, m.body.key), n.number, m.day, m.time, n.term or "",
                         m.status.value, m.final, m.present_count, len(m.attendance), len(m.agenda),
                         len(m.decisions)))
    print_table(("id", "year", "body", "number", "date", "time", "term", "status", "final", "present", "members",
                 "items", "decisions"), rows)


def list_decisions(services: Services, args: argparse.Namespace) -> None:
    year = _year(services, args)
    lang = args.lang or services.school.language()
    rows = []
    if year is not None:
        body = _body(services, year, args)
        names = {i.body: i.name(lang) for i in services.meetings.bodies(year.id)}
        teachers = {t.id: t.full_name for t in services.staff.teachers()}
        for n in services.meetings.meetings(year.id, body):
            for d in n.meeting.decisions:
                rows.append((d.id, names.get(n.meeting.body, ""), n.number, n.meeting.day, d.text,
                             "; ".join(teachers.get(r, "") for r in d.responsible_ids), d.due, d.state.value))
    print_table(("id", "body", "meeting", "date", "decision", "responsible", "due", "state"), rows)


KINDS.update({"meetings": list_meetings, "decisions": list_decisions})


def list_plan(services: Services, args: argparse.Namespace) -> None:
    from domain.services.plan import ALL

    year = _year(services, args)
    lang = args.lang or services.school.language()
    rows = []
    if year is not None:
        association = ALL
        if getattr(args, "association", None):
            association = services.meetings.find_body(year.id, args.association).body.association_id
        directions = {k: (ru if lang == "ru" else ky) for k, ky, ru in services.plan.directions()}
        teachers = {t.id: t.short_name for t in services.staff.teachers()}
        names = {a.id: a.name(lang) for a in services.associations.associations(year.id)}
        today = services.today()
        for i in services.plan.items(year.id, association):
            rows.append((i.id, year.label, names.get(i.association_id, ""), directions.get(i.direction, i.direction),
                         i.event, i.form, i.deadline.text(lang), i.deadline.due(year),
                         "; ".join([teachers.get(t, "") for t in i.responsible_ids] + i.roles), i.status.value,
                         i.done_date, i.overdue(year, today), i.note))
    print_table(("id", "year", "association", "direction", "event", "form", "deadline", "due", "responsible",
                 "status", "done", "overdue", "note"), rows)


KINDS.update({"plan": list_plan})


def list_topics(services: Services, args: argparse.Namespace) -> None:
    from domain.years import label_for

    year = _year(services, args)
    names = _names(services)
    rows = []
    for t in services.growth.topics(year.id if year else None):
        span = label_for(t.start_year) if t.years == 1 else f"{t.start_year}\u2013{t.start_year + t.years}"
        shown = t.shown_in(year.id) if year else t.shown
        rows.append((t.id, names.get(t.teacher_id, ""), t.title, span, t.years, ";".join(t.result_forms),
                     len(shown), "; ".join(f"{s.day.strftime('%d.%m.%Y')} {s.what}" for s in shown)))
    print_table(("id", "teacher", "title", "years", "span", "result_forms", "shown", "shown_what"), rows)


def list_lessons(services: Services, args: argparse.Namespace) -> None:
    year = _year(services, args)
    lang = args.lang or services.school.language()
    names = _names(services)
    subjects = {s.id: s.name(lang) for s in services.staff.subjects()}
    rows = []
    for x in services.growth.lessons(year.id) if year else []:
        term = year.term_of(x.day)
        rows.append((x.id, x.day, term.number if term else "", names.get(x.teacher_id, ""), x.class_name,
                     subjects.get(x.subject_id, ""), x.topic, x.form.value, len(x.observer_ids),
                     "; ".join(names.get(o, "") for o in x.observer_ids), "; ".join(x.guests)))
    print_table(("id", "date", "term", "teacher", "class", "subject", "topic", "form", "observers",
                 "observer_names", "guests"), rows)


def list_visits(services: Services, args: argparse.Namespace) -> None:
    year = _year(services, args)
    names = _names(services)
    rows = [(v.id, v.day, names.get(v.visitor_id, ""), names.get(v.visited_id, ""), v.class_name, v.purpose, v.notes)
            for v in (services.growth.visits(year.id) if year else [])]
    print_table(("id", "date", "visitor", "visited", "class", "purpose", "notes"), rows)


KINDS.update({"topics": list_topics, "lessons": list_lessons, "visits": list_visits})
