"""Reads shared within a refresh: once per scope, never across a write, nothing kept outside a scope."""

from __future__ import annotations

from domain.services.reading import SharedReads


class Repo:
    def __init__(self) -> None:
        self.data = ["a"]
        self.reads = 0

    def list(self) -> list[str]:
        self.reads += 1
        return list(self.data)

    def add(self, item: str) -> None:
        self.data.append(item)


class Uow:
    def __init__(self, repo: Repo) -> None:
        self.repo = repo

    def __enter__(self) -> Uow:
        self.teachers = self.repo
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def commit(self) -> None:
        pass


def test_one_read_per_scope_and_none_outside() -> None:
    repo = Repo()
    reads = SharedReads(lambda: Uow(repo))
    with reads.scope():
        for _ in range(3):
            with reads() as uow:
                found = uow.teachers.list()
                found.append("changed by a caller")  # does not reach the next reader
    assert repo.reads == 1
    with reads() as uow:
        assert uow.teachers.list() == ["a"]
    with reads() as uow:
        uow.teachers.list()
    assert repo.reads == 3


def test_a_write_in_a_scope_is_seen_at_once() -> None:
    repo = Repo()
    reads = SharedReads(lambda: Uow(repo))
    with reads.scope():
        with reads() as uow:
            assert uow.teachers.list() == ["a"]
        with reads() as uow:
            uow.teachers.add("b")
            assert uow.teachers.list() == ["a", "b"]
            uow.commit()
        with reads() as uow:
            assert uow.teachers.list() == ["a", "b"]
