"""What an operation changed, so the window refreshes exactly the pages that show it."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changed:
    school: bool = False
    years: bool = False
    settings: bool = False
    teachers: bool = False
    subjects: bool = False
    associations: bool = False
    meetings: bool = False
    plan: bool = False
    growth: bool = False
    reports: bool = False

    def __or__(self, other: Changed) -> Changed:
        return Changed(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))
