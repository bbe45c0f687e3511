"""The sample school's growth: topics for most teachers, a term of open lessons, mutual visits."""

from __future__ import annotations

from datetime import date, timedelta

from domain.changes import Changed
from domain.growth import LessonForm, OpenLesson, Shown, Stage, StageKind, Topic, Visit
from domain.services.container import Services
from domain.years import parse_label

TOPICS = [
    "Сабакта сынчыл ой жүгүртүүнү өнүктүрүүчү ыкмалар",
    "Критерийлик баалоону окутуу процессинде колдонуу",
    "Функционалдык сабаттуулукту калыптандыруу",
    "Санариптик ресурстарды сабакта колдонуу",
    "Долбоорлоо ишмердүүлүгү аркылуу окуучулардын кызыгуусун арттыруу",
    "Дифференцияланган окутуу: жекече мамиле",
    "Окуучулардын окуу мотивациясын жогорулатуу жолдору",
    "Топтук иштин натыйжалуу формалары",
    "Изилдөөчүлүк мамиле аркылуу окутуу",
    "Окуучулардын сүйлөө маданиятын өнүктүрүү",
]
FORMS = [["open_lesson", "report"], ["master_class"], ["report", "publication"], ["open_lesson"]]
CLASSES = ["5-А", "6-Б", "7-А", "7-В", "8-Б", "9-А", "10-Б", "11-А", "3-А", "4-Б"]
PURPOSES = ["Тажрыйба алмашуу", "Жаш мугалимге усулдук жардам", "Критерийлик баалоонун колдонулушу",
            "Сабактын структурасы"]


def load_growth(services: Services) -> Changed:
    year = services.school.current_year()
    assert year is not None and year.id is not None
    today = services.today()
    first = parse_label(year.label)
    teachers = services.staff.teachers(include_archived=False)
    by_teacher_assoc: dict[int, int] = {}
    for a in services.associations.associations(year.id):
        if a.kind.value != "class_leaders":
            for m in a.member_ids:
                by_teacher_assoc.setdefault(m, a.id)  # type: ignore[arg-type]
    changed = Changed()
    term1 = year.terms[0]
    for i, t in enumerate(teachers):
        if i % 8 == 7:
            continue  # a topic is optional: a few teachers have none
        span = 1 + i % 3
        start = first - (i % span) if span > 1 else first
        topic = Topic(
            teacher_id=t.id, title=TOPICS[i % len(TOPICS)], start_year=start, years=span,  # type: ignore[arg-type]
            theme_link="Мектептин усулдук темасына ылайык, заманбап технологиялар аркылуу сапатты жогорулатуу",
            goal="Окуучулардын билим сапатын жогорулатуу", tasks="Адабияттарды окуу; сабакта колдонуу; жыйынтыктоо",
            stages=[Stage(StageKind.DIAGNOSTIC, date(start, 9, 1), date(start, 12, 25)),
                    Stage(StageKind.PRACTICAL, date(start + 1, 1, 12), date(start + span - 1 + 1, 3, 15)),
                    Stage(StageKind.GENERALIZING, date(start + span, 4, 1), date(start + span, 5, 20))],
            result_forms=FORMS[i % len(FORMS)],
        )
        if i % 5 == 0 and today >= term1.end:
            topic.shown.append(Shown(year.id, term1.end - timedelta(days=10), "Ачык сабак"))
        changed |= services.growth.save_topic(topic)[1]
    # A term of open lessons: one every few days of term I, observed by colleagues of the association.
    day = term1.start + timedelta(days=14)
    for i, t in enumerate(teachers[::4]):
        if day > min(term1.end, today):
            break
        colleagues = [m.id for m in teachers if by_teacher_assoc.get(m.id) == by_teacher_assoc.get(t.id)
                      and m.id != t.id][:3]
        lesson = OpenLesson(teacher_id=t.id, day=day, class_name=CLASSES[i % len(CLASSES)],  # type: ignore[arg-type]
                            subject_id=t.main_subject_id, topic=f"{TOPICS[i % len(TOPICS)]} (практика)",
                            form=LessonForm.MASTER_CLASS if i % 4 == 3 else LessonForm.OPEN_LESSON,
                            association_id=by_teacher_assoc.get(t.id), observer_ids=colleagues,  # type: ignore[arg-type]
                            guests=["Райондук усулдук борбордун адиси"] if i % 5 == 0 else [],
                            evaluation="Сабак максатына жетти; топтук иш жакшы уюштурулду.")
        changed |= services.growth.save_lesson(lesson)[1]
        day += timedelta(days=4)
        while day.weekday() >= 5:
            day += timedelta(days=1)
    # Mutual visits: most teachers visit a colleague of the same association; a few are left out.
    for i, visitor in enumerate(teachers):
        if i % 6 == 5:
            continue
        mates = [m for m in teachers if by_teacher_assoc.get(m.id) == by_teacher_assoc.get(visitor.id)
                 and m.id != visitor.id]
        if not mates:
            continue
        visited = mates[i % len(mates)]
        when = term1.start + timedelta(days=20 + i % 30)
        if when > today:
            continue
        changed |= services.growth.save_visit(Visit(visitor.id, visited.id, when, CLASSES[i % len(CLASSES)],  # type: ignore[arg-type]
                                                     PURPOSES[i % len(PURPOSES)], "Сабак пландуу өттү"))[1]
    return changed
