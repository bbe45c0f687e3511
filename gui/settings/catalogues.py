"""Settings → Catalogues: subjects (add, rename, cycle, hide, delete when unused), course providers,
forms of methodical work, and the two numbers the rules use (course period, head's experience)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.catalogue import cycle_name
from domain.changes import Changed
from domain.staff import Cycle, Subject
from gui.widgets import push_button

HEAD_MIN_YEARS = "head_min_years"


class CataloguesTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # ctx: AppContext
        super().__init__(parent)
        self.ctx = ctx
        self.subjects = QTableWidget(0, 4)
        self.subjects.setObjectName("catalogue_subjects")
        self.subjects.setHorizontalHeaderLabels([self.tr("In Kyrgyz"), self.tr("In Russian"), self.tr("Cycle"),
                                                 self.tr("Hidden")])
        self.subjects.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.subjects.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.subjects.verticalHeader().hide()
        self.subjects.horizontalHeader().setStretchLastSection(True)
        self.subjects.itemSelectionChanged.connect(self._load_subject)
        self.name_ky, self.name_ru = QLineEdit(), QLineEdit()
        self.name_ky.setObjectName("subject_name_ky")
        self.name_ru.setObjectName("subject_name_ru")
        self.cycle = QComboBox()
        self.cycle.setObjectName("subject_cycle")
        for c in Cycle:
            self.cycle.addItem(cycle_name(c, ctx.lang), c.value)
        buttons = QHBoxLayout()
        self.add_button = push_button("subject_add", self.tr("&Add as new"), self.add_subject)
        self.save_button = push_button("subject_save", self.tr("Sa&ve changes"), self.save_subject)
        self.hide_button = push_button("subject_hide", self.tr("&Hide / show"), self.toggle_hidden)
        self.delete_button = push_button("subject_delete", self.tr("&Delete"), self.delete_subject)
        for b in (self.add_button, self.save_button, self.hide_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        subject_form = QFormLayout()
        subject_form.addRow(self.tr("Name in Kyrgyz"), self.name_ky)
        subject_form.addRow(self.tr("Name in Russian"), self.name_ru)
        subject_form.addRow(self.tr("Cycle"), self.cycle)
        subjects_box = QGroupBox(self.tr("Subjects (a subject someone teaches can be hidden, not deleted)"))
        subjects_layout = QVBoxLayout(subjects_box)
        subjects_layout.addWidget(self.subjects, 1)
        subjects_layout.addLayout(subject_form)
        subjects_layout.addLayout(buttons)

        self.providers = QPlainTextEdit()
        self.providers.setObjectName("catalogue_providers")
        self.providers.setTabChangesFocus(True)
        self.forms = QPlainTextEdit()
        self.forms.setObjectName("catalogue_forms")
        self.forms.setTabChangesFocus(True)
        self.forms.setPlaceholderText(self.tr("One form a line: Kyrgyz | Russian"))
        self.course_years = QSpinBox()
        self.course_years.setObjectName("catalogue_course_years")
        self.course_years.setRange(1, 20)
        self.head_years = QSpinBox()
        self.head_years.setObjectName("catalogue_head_years")
        self.head_years.setRange(0, 40)
        self.save_lists = push_button("catalogue_save", self.tr("&Save the lists and numbers"), self.save_other)
        other = QGroupBox(self.tr("Lists and numbers"))
        other_form = QFormLayout(other)
        other_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        other_form.addRow(self.tr("Course providers (one a line)"), self.providers)
        other_form.addRow(self.tr("Forms of methodical work"), self.forms)
        other_form.addRow(self.tr("A teacher is due for courses after (years)"), self.course_years)
        other_form.addRow(self.tr("Warn when a head has less experience than (years)"), self.head_years)
        other_form.addRow("", self.save_lists)
        layout = QHBoxLayout(self)
        layout.addWidget(subjects_box, 3)
        layout.addWidget(other, 2)
        self._rows: list[Subject] = []

    # -- loading --------------------------------------------------------------
    def refresh(self) -> None:
        s = self.ctx.services
        self._rows = s.staff.subjects()
        self.subjects.setRowCount(len(self._rows))
        for r, subject in enumerate(self._rows):
            values = (subject.name_ky, subject.name_ru, cycle_name(subject.cycle, self.ctx.lang),
                      self.tr("hidden") if subject.hidden else "")
            for c, text in enumerate(values):
                self.subjects.setItem(r, c, QTableWidgetItem(text))
        self.subjects.resizeColumnsToContents()
        self.providers.setPlainText("\n".join(s.staff.providers()))
        self.forms.setPlainText("\n".join(f"{ky} | {ru}" for ky, ru in s.plan.forms()))
        self.course_years.setValue(s.staff.course_due_years())
        self.head_years.setValue(s.associations.head_min_years())

    def current(self) -> Subject | None:
        row = self.subjects.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _load_subject(self) -> None:
        subject = self.current()
        if subject is not None:
            self.name_ky.setText(subject.name_ky)
            self.name_ru.setText(subject.name_ru)
            self.cycle.setCurrentIndex(self.cycle.findData(subject.cycle.value))

    # -- actions --------------------------------------------------------------
    def _draft(self, subject_id: int | None, hidden: bool) -> Subject:
        return Subject(self.name_ky.text(), self.name_ru.text(), Cycle(self.cycle.currentData()), hidden, subject_id)

    def add_subject(self) -> None:
        self._done(self.ctx.run(self.ctx.services.staff.save_subject, self._draft(None, False), parent=self))

    def save_subject(self) -> None:
        subject = self.current()
        if subject is not None:
            draft = self._draft(subject.id, subject.hidden)
            self._done(self.ctx.run(self.ctx.services.staff.save_subject, draft, parent=self))

    def toggle_hidden(self) -> None:
        subject = self.current()
        if subject is not None:
            subject.hidden = not subject.hidden
            self._done(self.ctx.run(self.ctx.services.staff.save_subject, subject, parent=self))

    def delete_subject(self) -> None:
        subject = self.current()
        if subject is None or subject.id is None:
            return
        question = self.tr("Delete the subject «{name}»?").format(name=subject.name(self.ctx.lang))
        if self.ctx.dialogs.confirm(self, question):
            self._done(self.ctx.run(self.ctx.services.staff.delete_subject, subject.id, parent=self))

    def _done(self, result: object) -> None:
        if result is not None:
            self.refresh()

    def save_other(self) -> None:
        s = self.ctx.services
        forms = []
        for line in self.forms.toPlainText().splitlines():
            ky, _, ru = line.partition("|")
            if ky.strip():
                forms.append((ky.strip(), ru.strip() or ky.strip()))
        steps = [
            (s.staff.set_providers, self.providers.toPlainText().splitlines()),
            (s.plan.set_forms, forms),
            (s.staff.set_course_due_years, self.course_years.value()),
            (s.school.set_setting, HEAD_MIN_YEARS, str(self.head_years.value())),
        ]
        for action, *args in steps:
            if self.ctx.run(action, *args, parent=self) is None:
                return
        self.ctx.changed.emit(Changed(settings=True, teachers=True, plan=True))
        self.ctx.status.emit(self.tr("The lists and numbers were saved."))
        self.refresh()

