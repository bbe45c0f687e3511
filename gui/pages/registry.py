"""The sections of the app, in navigation order (Ctrl+1 … Ctrl+8)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.context import AppContext
from gui.pages.base import Page
from gui.pages.placeholder import PlaceholderPage


def build_pages(ctx: AppContext) -> list[Page]:
    from gui.settings.page import SettingsPage

    return [
        _home_page(ctx),
        _staff_page(ctx),
        _associations_page(ctx),
        _meetings_page(ctx),
        _plan_page(ctx),
        _growth_page(ctx),
        _reports_page(ctx),
        SettingsPage(ctx),
    ]


def _staff_page(ctx: AppContext) -> Page:
    try:
        from gui.staff.page import StaffPage
    except ImportError:
        return PlaceholderPage(ctx, "staff", QCoreApplication.translate("Pages", "Staff"), QCoreApplication.translate("Pages",
            "The teachers with their subjects, categories, courses and attestation, and the import "
            "of the staff list from Excel."))
    return StaffPage(ctx)


def _associations_page(ctx: AppContext) -> Page:
    try:
        from gui.associations.page import AssociationsPage
    except ImportError:
        return PlaceholderPage(ctx, "associations", QCoreApplication.translate("Pages", "Associations"), QCoreApplication.translate("Pages",
            "The methodical associations and cycle commissions of the year with their heads and members, "
            "the methodical council, suggestions by the rule of three, and the director's order."))
    return AssociationsPage(ctx)


def _home_page(ctx: AppContext) -> Page:
    from gui.home.page import HomePage

    return HomePage(ctx)


def _growth_page(ctx: AppContext) -> Page:
    try:
        from gui.growth.page import GrowthPage
    except ImportError:
        return PlaceholderPage(ctx, "growth", QCoreApplication.translate("Pages", "Teachers' growth"), QCoreApplication.translate("Pages",
            "Self-development topics, open lessons and master classes, mutual lesson visits, "
            "and the courses and attestations coming due."))
    return GrowthPage(ctx)


def _plan_page(ctx: AppContext) -> Page:
    try:
        from gui.plan.page import PlanPage
    except ImportError:
        return PlaceholderPage(ctx, "plan", QCoreApplication.translate("Pages", "Plan"), QCoreApplication.translate("Pages",
            "The unified plan of methodical work and the associations' work plans: deadlines, "
            "responsible people, review by the council, approval by the director, what was done."))
    return PlanPage(ctx)


def _meetings_page(ctx: AppContext) -> Page:
    try:
        from gui.meetings.page import MeetingsPage
    except ImportError:
        return PlaceholderPage(ctx, "meetings", QCoreApplication.translate("Pages", "Meetings"), QCoreApplication.translate("Pages",
            "The term meetings of every association and council: agenda, attendance, decisions, "
            "the protocols in Kyrgyz and Russian, and which association has not met this term."))
    return MeetingsPage(ctx)


def _reports_page(ctx: AppContext) -> Page:
    from gui.reports.page import ReportsPage

    return ReportsPage(ctx)
