"""The sample school's unified plan: about forty items across the directions, reviewed and approved."""

from __future__ import annotations

from datetime import date

from domain.changes import Changed
from domain.meetings import BodyKind
from domain.plan import Deadline, DeadlineKind, PlanItem
from domain.services.container import Services

M, T, Y, D = DeadlineKind.MONTH, DeadlineKind.TERM, DeadlineKind.YEAR, DeadlineKind.DATE

# event, direction, form, deadline kind, month (or day/term), roles
ITEMS: list[tuple[str, str, str, DeadlineKind, int, list[str]]] = [
    ("Усулдук бирикмелердин жылдык иш пландарын бекитүү", "information", "Отурум", M, 9, ["deputy", "heads"]),
    ("Мугалимдердин өздүк усулдук темаларын бекитүү", "qualification", "Отурум", M, 9, ["heads"]),
    ("Курстук даярдоонун графигин түзүү (РИПКиППР, КАО)", "qualification", "Курстук даярдоо", M, 9, ["deputy"]),
    ("Жаш мугалимдерге насаатчыларды бекитүү", "qualification", "Насаатчылык", M, 9, ["deputy", "heads"]),
    ("«Жаңы окуу программалары боюнча сабакты пландоо» семинары", "qualification", "Семинар", M, 10, ["deputy"]),
    ("Аттестациядан өтүүчү мугалимдердин тизмесин түзүү", "qualification", "Диагностика", M, 10, ["deputy"]),
    ("Жаш мугалимдердин сабактарына катышуу", "qualification", "Консультация", T, 1, ["heads"]),
    ("Предметтик олимпиаданын мектеп этабын өткөрүү", "innovation", "Конкурс", M, 10, ["heads", "teachers"]),
    ("Башталгыч класстарда функционалдык сабаттуулук боюнча ачык сабактар", "innovation", "Ачык сабак", M, 11,
     ["heads"]),
    ("Критерийлик баалоо боюнча семинар-практикум", "qualification", "Семинар-практикум", M, 11, ["deputy"]),
    ("Усулдук бюллетендин №1 санын чыгаруу", "information", "Басылма", M, 11, ["deputy"]),
    ("Математика жана информатика боюнча усулдук күн", "innovation", "Усулдук күн", M, 11, ["heads"]),
    ("Мектептин сайтына усулдук кызматтын жаңылыктарын жайгаштыруу", "information", "Басылма", Y, 0, ["deputy"]),
    ("Окуу китептери менен камсыздалышын текшерүү", "information", "Диагностика", M, 9, ["librarian"]),
    ("Сабактарга өз ара катышуунун графиги боюнча иш", "qualification", "Тажрыйба алмашуу", Y, 0, ["teachers"]),
    ("«Заманбап сабак» тегерек столу", "innovation", "Тегерек стол", M, 12, ["deputy", "heads"]),
    ("I жарым жылдыктын жыйынтыгы боюнча усулдук кеңеш", "information", "Отурум", M, 12, ["council"]),
    ("Табигый илимдер боюнча мастер-класстар", "innovation", "Мастер-класс", M, 12, ["heads"]),
    ("Жаш мугалимдердин чыгармачыл отчету", "innovation", "Чыгармачыл отчет", M, 1, ["deputy"]),
    ("Тил мугалимдеринин педагогикалык окуулары", "innovation", "Педагогикалык окуулар", M, 1, ["heads"]),
    ("Мугалимдердин портфолиолорун талкуулоо (каалоо боюнча)", "qualification", "Консультация", M, 2,
     ["heads"]),
    ("«Жылдын мугалими» мектеп ичиндеги конкурсу", "innovation", "Конкурс", M, 2, ["deputy", "heads"]),
    ("Инклюзивдик билим берүү боюнча семинар", "qualification", "Семинар", M, 2, ["deputy"]),
    ("Усулдук бюллетендин №2 санын чыгаруу", "information", "Басылма", M, 3, ["deputy"]),
    ("Тарых жана коомдук илимдер боюнча усулдук күн", "innovation", "Усулдук күн", M, 3, ["heads"]),
    ("Жаңы усулдук адабияттардын көргөзмөсү", "information", "Басылма", M, 1, ["librarian"]),
    ("Педагогикалык технологиялардын фестивалы", "innovation", "Фестиваль", M, 4, ["deputy", "heads"]),
    ("Аттестациядан өтүүчү мугалимдердин ачык сабактары", "qualification", "Ачык сабак", T, 3, ["heads"]),
    ("Өздүк усулдук темалар боюнча отчеттор", "qualification", "Чыгармачыл отчет", M, 4, ["teachers"]),
    ("Мугалимдердин усулдук иштелмелеринин конкурсу", "innovation", "Конкурс", M, 4, ["heads"]),
    ("Бирикмелердин жылдык отчетторун кабыл алуу", "information", "Отурум", M, 5, ["heads"]),
    ("Окуу жылынын усулдук ишинин анализи", "information", "Отурум", M, 5, ["deputy", "council"]),
    ("Келерки окуу жылына курстук даярдоонун тизмесин түзүү", "qualification", "Курстук даярдоо", M, 5,
     ["deputy"]),
    ("Мугалимдердин маалыматтык муктаждыктарын изилдөө (анкета)", "information", "Диагностика", M, 10,
     ["deputy"]),
    ("Санариптик ресурстардын картотекасын толуктоо", "information", "Басылма", Y, 0, ["librarian", "teachers"]),
    ("Райондук усулдук бирикмелердин иштерине катышуу", "qualification", "Тажрыйба алмашуу", Y, 0, ["teachers"]),
    ("Башталгыч жана орто звенонун ортосундагы өткөөл боюнча тегерек стол", "innovation", "Тегерек стол", M, 10,
     ["heads"]),
    ("Окуучулардын билим сапатынын мониторинги (I чейрек)", "information", "Диагностика", M, 11, ["deputy"]),
    ("Мугалимдердин макалаларын шаардык басылмаларга даярдоо", "innovation", "Басылма", T, 2, ["teachers"]),
    ("Насаатчылардын жаш мугалимдер менен ишинин жыйынтыгы", "qualification", "Насаатчылык", M, 5, ["deputy"]),
]


def load_plan(services: Services) -> Changed:
    year = services.school.current_year()
    assert year is not None and year.id is not None
    today = services.today()
    heads = [a.head_id for a in services.associations.associations(year.id) if a.head_id is not None]
    changed = Changed()
    ids = []
    for n, (event, direction, form, kind, value, roles) in enumerate(ITEMS):
        if kind == M:
            deadline = Deadline(M, date(year.start.year + (value < 8), value, 15))
        elif kind == T:
            deadline = Deadline(T, term=value)
        else:
            deadline = Deadline(Y)
        item = PlanItem(year_id=year.id, event=event, direction=direction, form=form, deadline=deadline,
                        roles=roles, responsible_ids=[heads[n % len(heads)]] if n % 3 == 0 and heads else [])
        item_id, more = services.plan.save_item(item)
        ids.append((item_id, item))
        changed |= more
    # The council reviewed the plan at its opening meeting; the director approved it two days later.
    council = [n.meeting for n in services.meetings.meetings(year.id) if n.meeting.body.kind == BodyKind.COUNCIL]
    if council:
        changed |= services.plan.review(year.id, None, council[0].id)
        changed |= services.plan.approve(year.id, None, date(council[0].day.year, 8, 30), "115")
    # What the year has seen so far: most past items done, two moved, one cancelled, some overdue.
    for n, (item_id, item) in enumerate(ids):
        due = item.deadline.due(year)
        if due >= today:
            continue
        if n in (4, 36):
            changed |= services.plan.move(item_id, Deadline(M, date(year.start.year, 12, 15)),
                                          "Мугалимдер курстарда болгондуктан кийинки айга жылдырылды")
        elif n == 33:
            changed |= services.plan.cancel(item_id, "Райондук мониторинг менен алмаштырылды")
        elif n not in (5, 13):
            changed |= services.plan.mark_done(item_id, min(due, today), "Аткарылды, материалдар папкада",
                                               reason="Аткарылганы белгиленди")
    return changed
