"""The sample school's staff: 45 teachers of a Bishkek gymnasium with courses and attestation."""

from __future__ import annotations

from datetime import date, timedelta

from domain.staff import Attestation, Category, Course, Teacher

H, F, S, N = Category.HIGHEST, Category.FIRST, Category.SECOND, Category.NONE  # highest, first, second, none

# surname, name, patronymic, subjects (Russian catalogue names, main first), category, years of
# experience, class led, birth year
STAFF: list[tuple[str, str, str, list[str], Category, int, str, int]] = [
    ("Токтогулова", "Гүлнара", "Асановна", ["Кыргызский язык и литература"], H, 27, "", 1972),
    ("Абдыкадырова", "Айгүл", "Бакыт кызы", ["Кыргызский язык и литература"], F, 16, "7-А", 1984),
    ("Мамбетова", "Нуриза", "Токтогуловна", ["Кыргызский язык и литература"], H, 22, "9-Б", 1978),
    ("Жээнбекова", "Өмүркан", "Сатаровна", ["Кыргызский язык и литература"], S, 7, "5-В", 1993),
    ("Сыдыкова", "Чолпон", "Маратовна", ["Кыргызский язык и литература"], N, 2, "", 1999),
    ("Иванова", "Елена", "Викторовна", ["Русский язык и литература"], H, 30, "", 1969),
    ("Кузнецова", "Ольга", "Николаевна", ["Русский язык и литература"], F, 18, "8-А", 1981),
    ("Осмонова", "Жылдыз", "Кубанычбековна", ["Русский язык и литература"], F, 12, "6-Б", 1986),
    ("Петренко", "Наталья", "Сергеевна", ["Русский язык и литература"], S, 6, "", 1992),
    ("Үсөнова", "Бермет", "Алмазбековна", ["Русский язык и литература"], N, 3, "5-А", 1998),
    ("Садыкова", "Асель", "Эрковна", ["Английский язык"], H, 20, "", 1979),
    ("Ким", "Виктория", "Александровна", ["Английский язык"], F, 11, "7-Б", 1988),
    ("Абдрахманова", "Динара", "Талантбековна", ["Английский язык", "Немецкий язык"], S, 5, "", 1994),
    ("Рыскулова", "Мээрим", "Нурлан кызы", ["Английский язык"], N, 1, "", 2000),
    ("Асанов", "Бакыт", "Мирланович", ["Математика"], H, 31, "11-А", 1968),
    ("Турдубаева", "Гүлзат", "Шаршенбековна", ["Математика"], H, 24, "", 1975),
    ("Ибраимов", "Эрлан", "Жумабекович", ["Математика", "Информатика"], F, 14, "10-А", 1985),
    ("Смирнова", "Татьяна", "Петровна", ["Математика"], F, 19, "9-А", 1980),
    ("Бейшеналиева", "Айпери", "Русланбековна", ["Математика"], N, 2, "", 1999),
    ("Эсенов", "Таалай", "Кадырбекович", ["Информатика"], S, 8, "", 1991),
    ("Жумалиева", "Нургүл", "Абдыразаковна", ["Информатика", "Математика"], F, 10, "8-Б", 1989),
    ("Орозбаев", "Мирлан", "Эркинбекович", ["Физика"], H, 26, "", 1973),
    ("Кенжебаева", "Салтанат", "Омурзаковна", ["Физика"], S, 6, "", 1993),
    ("Байматова", "Гүлмира", "Кочкоровна", ["Химия"], F, 17, "10-Б", 1982),
    ("Лебедева", "Ирина", "Андреевна", ["Химия", "Биология"], H, 28, "", 1971),
    ("Арзыбаева", "Назгүл", "Жолдошбековна", ["Биология"], F, 13, "6-А", 1986),
    ("Мусаева", "Айжан", "Бекболотовна", ["Биология"], S, 4, "", 1995),
    ("Шаршеналиев", "Нурбек", "Таштанбекович", ["География"], F, 15, "7-В", 1983),
    ("Алиева", "Гүлбарчын", "Сагынбаевна", ["История", "Человек и общество"], H, 25, "11-Б", 1974),
    ("Дүйшөнбеков", "Улан", "Айтбаевич", ["История"], F, 12, "", 1987),
    ("Морозова", "Светлана", "Ивановна", ["История", "Человек и общество"], S, 9, "8-В", 1990),
    ("Осмоналиев", "Азамат", "Кубатович", ["Физическая культура"], F, 16, "", 1982),
    ("Токтосунов", "Эмил", "Бактыбекович", ["Физическая культура"], S, 5, "", 1994),
    ("Ниязова", "Айнура", "Эсенгуловна", ["Физическая культура"], N, 1, "", 2000),
    ("Калыкова", "Жаркынай", "Мукашевна", ["Музыка"], F, 21, "", 1978),
    ("Бообекова", "Айсулуу", "Таштемировна", ["Изобразительное искусство", "Технология"], S, 9, "", 1990),
    ("Сатыбалдиев", "Кубан", "Турдакунович", ["Технология", "Допризывная подготовка"], F, 23, "", 1970),
    ("Абдылдаева", "Гүлсара", "Мамытовна", ["Начальные классы"], H, 29, "4-А", 1970),
    ("Ниязбекова", "Бактыгүл", "Жапаровна", ["Начальные классы"], H, 26, "3-Б", 1972),
    ("Федорова", "Людмила", "Геннадьевна", ["Начальные классы"], F, 20, "2-А", 1978),
    ("Тентимишова", "Бурулай", "Абдыкалыковна", ["Начальные классы"], F, 14, "1-Б", 1985),
    ("Эшимова", "Айзада", "Курманбековна", ["Начальные классы"], S, 8, "3-А", 1991),
    ("Акматова", "Каныкей", "Бакытбековна", ["Начальные классы"], S, 6, "2-Б", 1993),
    ("Жусупова", "Элнура", "Талант кызы", ["Начальные классы"], N, 2, "1-А", 1999),
    ("Гончаренко", "Марина", "Владимировна", ["Начальные классы"], F, 17, "4-Б", 1981),
]

COURSE_TITLES = [
    ("Предметтик компетенттүүлүктү өнүктүрүү", "РИПКиППР", 72),
    ("Окутуунун заманбап технологиялары", "КАО", 72),
    ("Инклюзивдик билим берүү", "РИПКиППР", 36),
    ("Санариптик сабаттуулук жана ИКТ", "КАО", 72),
]

HONOURS = {0: "«Билим берүүнүн мыктысы»", 14: "«Кыргыз Республикасынын эмгек сиңирген мугалими»",
           5: "«Билим берүүнүн мыктысы»", 37: "Агартуу министрлигинин Ардак грамотасы"}


def demo_teachers(today: date, subject_ids: dict[str, int]) -> list[Teacher]:
    """Deterministic sample teachers; ``subject_ids`` maps the Russian subject names to their ids."""
    teachers = []
    for i, (surname, name, patronymic, subjects, category, years, klass, born) in enumerate(STAFF):
        ids = [subject_ids[s] for s in subjects]
        start = date(today.year - years, 9, 1) if today.month >= 9 else date(today.year - years - 1, 9, 1)
        teacher = Teacher(
            surname=surname, name=name, patronymic=patronymic,
            birth_date=date(born, 1 + i % 12, 1 + (i * 7) % 28),
            education="Жогорку", speciality=subjects[0],
            main_subject_id=ids[0], other_subject_ids=ids[1:],
            category=category, experience_start=start, class_leadership=klass,
            phone=f"+996 555 {100000 + i * 3217:06d}"[:16],
            email=f"teacher{i + 1}@school95.kg", part_time=i in (13, 36), hired=start,
            honours=HONOURS.get(i, ""),
        )
        if category != N:
            given = date(today.year - 1 - i % 4, 3 + i % 3, 10 + i % 15)
            teacher.category_date = given
            teacher.attestations.append(Attestation(day=given, category=category))
        # Most teachers took a course in the last years; every seventh is due (none in 5 years).
        if i % 7 != 3 and years > 1:
            title, provider, hours = COURSE_TITLES[i % len(COURSE_TITLES)]
            end = date(max(today.year - 1 - i % 4, start.year + 1), 6 + i % 3, 10 + i % 15)
            teacher.courses.append(Course(title=title, provider=provider, hours=hours,
                                          start=date(end.year, end.month, 1), end=end,
                                          certificate=f"№ {2000 + i * 13}"))
        elif years > 6:
            end = date(today.year - 7, 5, 20)
            teacher.courses.append(Course(title=COURSE_TITLES[0][0], provider="РИПКиППР", hours=72,
                                          start=date(end.year, 5, 1), end=end))
        if i % 5 == 0 and years > 1 and today - timedelta(days=30) > date(today.year, 9, 1):
            end = today - timedelta(days=30)  # a course taken this autumn
            title, provider, hours = COURSE_TITLES[(i + 1) % len(COURSE_TITLES)]
            teacher.courses.append(Course(title=title, provider=provider, hours=hours,
                                          start=end - timedelta(days=12), end=end, certificate=f"№ {3000 + i}"))
        teachers.append(teacher)
    return teachers
