"""Reads shared within one refresh: each list is loaded once however many services ask for it.

A page refresh asks several services for what it shows, and they ask the repositories for the same
lists (the teachers, the year's meetings, the plan items…) again and again. Inside ``with
reads.scope():`` a repository read with the same arguments returns what the first one returned.
Outside a scope nothing is kept, and inside one any write ends the sharing at once: a unit of work
that changes something reads the database itself from then on, and the kept reads are dropped, so
nothing read after a change is stale. The scope belongs to the thread that opened it (the report
worker's thread reads for itself).

A list comes back as a new list of the same objects (copying 300 teachers per call would cost what the
sharing saves); a single object comes back as a copy. So within a scope, change a listed object only
on the way to writing it (the write drops the kept reads first)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from copy import deepcopy
from typing import Any

from domain.ports import UnitOfWork

REPOS = ("school", "years", "settings", "subjects", "teachers", "associations", "councils", "meetings", "plans",
         "growth")
# The read methods of the repositories (domain/ports.py): anything else changes data.
READS = frozenset({"get", "list", "active_ids", "usage", "items", "approval", "amendments", "topics", "topic", "lessons",
                   "lesson", "visits"})


class _Scope:
    def __init__(self) -> None:
        self.depth = 0
        self.kept: dict[tuple[Any, ...], Any] = {}


class SharedReads:
    """Wraps the unit-of-work factory the services are built with."""

    def __init__(self, uow: Callable[[], UnitOfWork]) -> None:
        self._uow = uow
        self._local = threading.local()

    def __call__(self) -> UnitOfWork:
        scope = self._scope()
        uow = self._uow()
        return uow if scope is None else _SharingUow(uow, scope)  # type: ignore[return-value]

    @contextmanager
    def scope(self) -> Iterator[None]:
        scope = self._scope()
        if scope is None:
            scope = self._local.scope = _Scope()
        scope.depth += 1
        try:
            yield
        finally:
            scope.depth -= 1
            if scope.depth == 0:
                self._local.scope = None

    def _scope(self) -> _Scope | None:
        return getattr(self._local, "scope", None)


class _SharingUow:
    """A unit of work whose repositories share their reads with the scope until something is written."""

    def __init__(self, uow: UnitOfWork, scope: _Scope) -> None:
        self._inner = uow
        self._scope = scope
        self.writing = False
        for name in REPOS:  # the real repositories exist once the unit of work is entered
            setattr(self, name, _SharingRepo(self, name))

    def __enter__(self) -> _SharingUow:
        self._inner.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._inner.__exit__(*exc)

    def commit(self) -> None:
        self.wrote()
        self._inner.commit()

    def rollback(self) -> None:
        self._inner.rollback()

    def wrote(self) -> None:
        self.writing = True
        self._scope.kept.clear()

    def __getattr__(self, name: str) -> Any:  # anything else a real unit of work has (e.g. its session)
        return getattr(self._inner, name)


class _SharingRepo:
    def __init__(self, uow: _SharingUow, name: str) -> None:
        self._uow = uow
        self._name = name

    def __getattr__(self, method: str) -> Any:
        real = getattr(getattr(self._uow._inner, self._name), method)
        if not callable(real):
            return real
        if method not in READS:
            def write(*args: Any, **kwargs: Any) -> Any:
                self._uow.wrote()
                return real(*args, **kwargs)
            return write

        def read(*args: Any, **kwargs: Any) -> Any:
            if self._uow.writing:
                return real(*args, **kwargs)
            key = (self._name, method, args, tuple(sorted(kwargs.items())))
            kept = self._uow._scope.kept
            if key not in kept:
                kept[key] = real(*args, **kwargs)
            found = kept[key]
            if isinstance(found, list):
                return list(found)  # a caller may sort or extend its list
            return found if isinstance(found, str | int | type(None)) else deepcopy(found)

        return read
