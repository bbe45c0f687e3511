"""The app's own consistency checks, beyond what SQLite verifies."""

from __future__ import annotations

from domain.errors import DomainError, ValidationErrors
from domain.services.container import Services
from domain.years import validate_year


def consistency_problems(services: Services) -> list[DomainError]:
    problems: list[DomainError] = []
    for year in services.school.years():
        try:
            validate_year(year)
        except ValidationErrors as e:
            problems.extend(e.errors)
    return problems
