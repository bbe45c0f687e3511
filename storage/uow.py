"""The unit of work: one session, one transaction, the repositories bound to it."""

from __future__ import annotations

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from domain.errors import DomainError
from storage.association_repos import SqlAssociationRepo, SqlCouncilRepo
from storage.growth_repos import SqlGrowthRepo
from storage.meeting_repos import SqlMeetingRepo
from storage.plan_repos import SqlPlanRepo
from storage.repositories import SqlSchoolRepo, SqlSettingsRepo, SqlYearRepo
from storage.staff_repos import SqlSubjectRepo, SqlTeacherRepo


class SqlUnitOfWork:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def __enter__(self) -> SqlUnitOfWork:
        self.session = self._factory()
        self.school = SqlSchoolRepo(self.session)
        self.years = SqlYearRepo(self.session)
        self.settings = SqlSettingsRepo(self.session)
        self.subjects = SqlSubjectRepo(self.session)
        self.teachers = SqlTeacherRepo(self.session)
        self.associations = SqlAssociationRepo(self.session)
        self.councils = SqlCouncilRepo(self.session)
        self.meetings = SqlMeetingRepo(self.session)
        self.plans = SqlPlanRepo(self.session)
        self.growth = SqlGrowthRepo(self.session)
        return self

    def __exit__(self, *exc: object) -> None:
        # Anything not committed explicitly is rolled back: a refused action leaves no trace.
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        try:
            self.session.commit()
        except OperationalError as e:  # nothing was written: say why in the user's words
            self.session.rollback()
            raise storage_error(e) from e

    def rollback(self) -> None:
        self.session.rollback()


def storage_error(e: OperationalError) -> DomainError:
    text = str(e.orig).lower()
    if "locked" in text or "busy" in text:
        return DomainError("database_locked")
    if "full" in text:
        return DomainError("disk_full")
    if "readonly" in text or "read-only" in text:
        return DomainError("database_read_only", path="")
    return DomainError("database_error", reason=str(e.orig))
