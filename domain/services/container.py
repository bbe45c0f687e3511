"""All services of the app, built once by main.py over one database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from domain.ports import UnitOfWork
from domain.services.associations import AssociationService
from domain.services.growth import GrowthService
from domain.services.meetings import MeetingService
from domain.services.plan import PlanService
from domain.services.reports import ReportService
from domain.services.school import SchoolService
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
    today: Callable[[], date]


def build_services(uow: Callable[[], UnitOfWork], today: Callable[[], date] = date.today) -> Services:
    return Services(school=SchoolService(uow, today), staff=StaffService(uow, today),
                    associations=AssociationService(uow, today),
                    meetings=MeetingService(uow, today),
                    plan=PlanService(uow, today),
                    growth=GrowthService(uow, today),
                    reports=ReportService(uow, today), today=today)
