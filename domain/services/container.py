"""All services of the app, built once by main.py over one database."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import date

from domain.ports import UnitOfWork
from domain.services.associations import AssociationService
from domain.services.growth import GrowthService
from domain.services.home import HomeService
from domain.services.meetings import MeetingService
from domain.services.plan import PlanService
from domain.services.reading import SharedReads
from domain.services.reports import ReportService
from domain.services.school import SchoolService
from domain.services.search import SearchService
from domain.services.staff import StaffService


@dataclass
class Services:
    school: SchoolService
    staff: StaffService
    associations: AssociationService
    meetings: MeetingService
    plan: PlanService
    growth: GrowthService
    reports: ReportService
    home: HomeService
    search: SearchService
    today: Callable[[], date]
    reads: SharedReads | None = None

    def reading(self) -> AbstractContextManager[None]:
        """``with services.reading():`` around a page's refresh: each list is read once for all its services."""
        return self.reads.scope() if self.reads is not None else nullcontext()


def build_services(uow: Callable[[], UnitOfWork], today: Callable[[], date] = date.today) -> Services:
    reads = SharedReads(uow)
    uow = reads
    meetings, plan = MeetingService(uow, today), PlanService(uow, today)
    staff, associations = StaffService(uow, today), AssociationService(uow, today)
    return Services(school=SchoolService(uow, today), staff=staff,
                    associations=associations,
                    meetings=meetings,
                    plan=plan,
                    growth=GrowthService(uow, today),
                    reports=ReportService(uow, today),
                    home=HomeService(uow, today, meetings, plan, staff, associations),
                    search=SearchService(uow, meetings), today=today, reads=reads)
