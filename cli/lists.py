"""`list KIND`: every kind the app can print as a table."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from cli.output import print_table
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
