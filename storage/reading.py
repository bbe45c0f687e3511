"""Fast reads for the lists the pages show: plain rows instead of ORM objects.

Building an ORM object (identity map, instrumented collections, relationship loaders) costs far more
than reading its row; a list of a year's meetings makes thousands of them only to copy them into the
domain's dataclasses and drop them. The lists therefore select the mapped columns (an ORM-enabled
statement: pending changes of the unit of work are flushed first, as with a query of objects) and the
children of all parents in one query per child table, grouped here by parent."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session


class EnumOf(dict[Any, Any]):
    """An enum's members by value: a dict lookup is several times faster than calling the enum."""

    def __init__(self, cls: type[Enum]) -> None:
        super().__init__((member.value, member) for member in cls)
        self._cls = cls

    def __missing__(self, value: Any) -> Any:
        return self._cls(value)  # an unknown value: the enum's own error


def columns(cls: type) -> Select[Any]:
    """SELECT every mapped column of ``cls``; each result row has them as attributes by name."""
    mapper = cls.__mapper__  # type: ignore[attr-defined]
    return select(*[getattr(cls, attr.key) for attr in mapper.column_attrs])


def rows(session: Session, query: Select[Any]) -> Sequence[Any]:
    return session.execute(query).all()


def grouped(items: Iterable[Any], key: str) -> defaultdict[Any, list[Any]]:
    """Rows by the value of ``key`` (a parent id), each group keeping the query's order."""
    out: defaultdict[Any, list[Any]] = defaultdict(list)
    for item in items:
        out[getattr(item, key)].append(item)
    return out
