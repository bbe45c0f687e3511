"""The sections of the app, in navigation order (Ctrl+1 … Ctrl+8)."""

from __future__ import annotations

from gui.context import AppContext
from gui.pages.base import Page


def build_pages(ctx: AppContext) -> list[Page]:
    from gui.associations.page import AssociationsPage
    from gui.growth.page import GrowthPage
    from gui.home.page import HomePage
    from gui.meetings.page import MeetingsPage
    from gui.plan.page import PlanPage
    from gui.reports.page import ReportsPage
    from gui.settings.page import SettingsPage
    from gui.staff.page import StaffPage

    pages = (HomePage, StaffPage, AssociationsPage, MeetingsPage, PlanPage, GrowthPage, ReportsPage, SettingsPage)
    return [page(ctx) for page in pages]
