"""The prefilled subject catalogue of a Kyrgyz gymnasium and the course providers (both editable)."""

from __future__ import annotations

from domain.staff import Cycle, Subject

CYCLE_NAMES: dict[Cycle, tuple[str, str]] = {
    Cycle.LANGUAGES: ("Тилдер", "Языки"),
    Cycle.MATH: ("Математика жана информатика", "Математика и информатика"),
    Cycle.SCIENCE: ("Табигый илимдер", "Естественные науки"),
    Cycle.HISTORY: ("Тарых жана коомдук илимдер", "История и обществознание"),
    Cycle.ARTS: ("Искусство, дене тарбия жана технология", "Искусство, физкультура и технология"),
    Cycle.PRIMARY: ("Башталгыч класстар", "Начальные классы"),
    Cycle.OTHER: ("Башка", "Другое"),
}


def cycle_name(cycle: Cycle, lang: str) -> str:
    ky, ru = CYCLE_NAMES[cycle]
    return ru if lang == "ru" else ky


DEFAULT_SUBJECTS: list[Subject] = [
    Subject("Кыргыз тили жана адабияты", "Кыргызский язык и литература", Cycle.LANGUAGES),
    Subject("Орус тили жана адабияты", "Русский язык и литература", Cycle.LANGUAGES),
    Subject("Англис тили", "Английский язык", Cycle.LANGUAGES),
    Subject("Немис тили", "Немецкий язык", Cycle.LANGUAGES),
    Subject("Математика", "Математика", Cycle.MATH),
    Subject("Информатика", "Информатика", Cycle.MATH),
    Subject("Физика", "Физика", Cycle.SCIENCE),
    Subject("Химия", "Химия", Cycle.SCIENCE),
    Subject("Биология", "Биология", Cycle.SCIENCE),
    Subject("География", "География", Cycle.SCIENCE),
    Subject("Тарых", "История", Cycle.HISTORY),
    Subject("Адам жана коом", "Человек и общество", Cycle.HISTORY),
    Subject("Сүрөт искусствосу", "Изобразительное искусство", Cycle.ARTS),
    Subject("Музыка", "Музыка", Cycle.ARTS),
    Subject("Дене тарбия", "Физическая культура", Cycle.ARTS),
    Subject("Технология", "Технология", Cycle.ARTS),
    Subject("Аскерге чейинки даярдык", "Допризывная подготовка", Cycle.ARTS),
    Subject("Башталгыч класстар", "Начальные классы", Cycle.PRIMARY),
]

DEFAULT_PROVIDERS = ["РИПКиППР", "КАО"]
