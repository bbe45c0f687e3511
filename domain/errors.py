"""Domain errors carry what is wrong as data; gui/ and cli/ turn them into sentences."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A refused action. ``kind`` names the rule, ``fields`` the facts (counts, dates, names).

    ``field`` names the input the user should fix (e.g. ``"term2.start"``), so a form can show
    the message next to it.
    """

    def __init__(self, kind: str, field: str = "", **fields: Any) -> None:
        self.kind = kind
        self.field = field
        self.fields = fields
        super().__init__(f"{kind} {field} {fields}".strip())


class NotFound(DomainError):
    def __init__(self, what: str, key: Any) -> None:
        super().__init__("not_found", what=what, key=key)


class ValidationErrors(DomainError):
    """Several problems at once (a form, an imported row)."""

    def __init__(self, errors: list[DomainError]) -> None:
        self.errors = errors
        super().__init__("invalid", count=len(errors))
