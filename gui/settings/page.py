"""Settings: the school's details, the academic years and terms, the language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from domain.changes import Changed
from gui.context import AppContext
from gui.pages.base import Page
from gui.settings.backups import BackupsTab
from gui.settings.catalogues import CataloguesTab
from gui.settings.school_form import SchoolForm
from gui.settings.years_editor import YearsEditor


class SettingsPage(Page):
    key = "settings"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.school_form = SchoolForm(ctx)
        self.years = YearsEditor(ctx)
        self.tabs.addTab(self.school_form, self.tr("School"))
        self.tabs.addTab(self.years, self.tr("Years and terms"))
        self.tabs.addTab(self._language_tab(), self.tr("Language"))
        self.catalogues = CataloguesTab(ctx)
        self.tabs.addTab(self.catalogues, self.tr("Catalogues"))
        self.backups = BackupsTab(ctx)
        self.tabs.addTab(self.backups, self.tr("Backups"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def _language_tab(self) -> QWidget:
        tab = QWidget()
        self.language_box = QComboBox()
        self.language_box.setObjectName("language_box")
        self.language_box.addItem("Кыргызча", "ky")
        self.language_box.addItem("Русский", "ru")
        self.language_box.setCurrentIndex(0 if self.ctx.lang == "ky" else 1)
        self.language_box.activated.connect(self._language_chosen)
        note = QLabel(self.tr("The window changes language at once. Documents are made in the language "
                              "you choose for each of them."))
        note.setWordWrap(True)
        form = QFormLayout(tab)
        form.addRow(self.tr("Language of the window"), self.language_box)
        form.addRow(note)
        return tab

    def _language_chosen(self, index: int) -> None:
        lang = self.language_box.itemData(index)
        if lang == self.ctx.lang:
            return
        if self.ctx.run(self.ctx.services.school.set_language, lang, parent=self) is not None:
            self.ctx.language_changed.emit(lang)

    def refresh(self, changed: Changed | None = None) -> None:
        if changed is None or changed.school:
            self.school_form.load(self.ctx.services.school.school())
        if changed is None or changed.years:
            self.years.refresh()
        if changed is None or changed.settings or changed.subjects:
            self.backups.refresh()
            self.catalogues.refresh()
