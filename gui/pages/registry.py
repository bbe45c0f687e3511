"""The sections of the app, in navigation order (Ctrl+1 … Ctrl+8).

The window lists every section at once but builds a page only when it is first shown: the titles live
here, so the navigation needs no page (and none of the page's imports) to draw itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from gui.context import AppContext
    from gui.pages.base import Page

KEYS = ("home", "staff", "associations", "meetings", "plan", "growth", "reports", "settings")


def title(key: str) -> str:
    """A section's name in the navigation, in the interface language."""
    titles = {
        "home": QCoreApplication.translate("HomePage", "Home"),
        "staff": QCoreApplication.translate("StaffPage", "Staff"),
        "associations": QCoreApplication.translate("AssociationsPage", "Associations"),
        "meetings": QCoreApplication.translate("MeetingsPage", "Meetings"),
        "plan": QCoreApplication.translate("PlanPage", "Plan"),
        "growth": QCoreApplication.translate("GrowthPage", "Teachers' growth"),
        "reports": QCoreApplication.translate("ReportsPage", "Reports"),
        "settings": QCoreApplication.translate("SettingsPage", "Settings"),
    }
    return titles[key]


def build_page(key: str, ctx: AppContext) -> Page:
    """Build one page (its module is imported here, the first time; the imports are written out so
    that PyInstaller sees them)."""
    if key == "home":
        from gui.home.page import HomePage as page
    elif key == "staff":
        from gui.staff.page import StaffPage as page
    elif key == "associations":
        from gui.associations.page import AssociationsPage as page
    elif key == "meetings":
        from gui.meetings.page import MeetingsPage as page
    elif key == "plan":
        from gui.plan.page import PlanPage as page
    elif key == "growth":
        from gui.growth.page import GrowthPage as page
    elif key == "reports":
        from gui.reports.page import ReportsPage as page
    elif key == "settings":
        from gui.settings.page import SettingsPage as page
    else:
        raise KeyError(key)
    return page(ctx)
