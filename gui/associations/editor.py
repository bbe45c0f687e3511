"""The association editor: kind, names, subjects, members, head and secretary, checked by the domain."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.associations import Association, AssociationKind, Warning, proposed_names, teachers_of
from domain.catalogue import cycle_name
from domain.errors import DomainError
from domain.staff import Cycle, Subject, Teacher
from gui.associations.models import kind_label, teacher_with_merits
from gui.messages import describe
from gui.staff.model import sort_key
from gui.widgets import FieldError

ID_ROLE = Qt.ItemDataRole.UserRole
KINDS = [AssociationKind.SUBJECT, AssociationKind.CYCLE, AssociationKind.PRIMARY,
         AssociationKind.CLASS_LEADERS, AssociationKind.OTHER]


class AssociationEditor(QDialog):
    """Opens on a saved association or on a draft (new, or from a suggestion); stays open on a refusal."""

    def __init__(self, ctx: Any, association: Association, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assoc_editor")
        self.ctx = ctx
        self.association = association
        self.saved_id: int | None = None
        self.today: date = ctx.services.today()
        lang = ctx.lang
        staff = ctx.services.staff
        used = set(association.subject_ids)
        self.subjects: list[Subject] = sorted(
            (s for s in staff.subjects() if not s.hidden or s.id in used), key=lambda s: sort_key(s.name(lang)))
        members = set(association.member_ids)
        self.teachers: list[Teacher] = sorted(
            (t for t in staff.teachers() if (not t.archived or t.id in members) and t.id is not None),
            key=lambda t: sort_key(t.full_name))
        self._by_id = {t.id: t for t in self.teachers}

        self.kind_box = QComboBox()
        self.kind_box.setObjectName("assoc_kind")
        for kind in KINDS:
            self.kind_box.addItem(kind_label(kind), kind.value)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(association.kind.value)))
        self.name_ky = QLineEdit(association.name_ky)
        self.name_ky.setObjectName("assoc_name_ky")
        self.name_ru = QLineEdit(association.name_ru)
        self.name_ru.setObjectName("assoc_name_ru")
        for edit in (self.name_ky, self.name_ru):
            edit.setMinimumWidth(420)

        self.subject_list = QListWidget()
        self.subject_list.setObjectName("assoc_subjects")
        for s in self.subjects:
            item = QListWidgetItem(s.name(lang))
            if s.cycle != Cycle.OTHER:
                item.setToolTip(cycle_name(s.cycle, lang))
            item.setData(ID_ROLE, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if s.id in used else Qt.CheckState.Unchecked)
            self.subject_list.addItem(item)
        self.subject_list.setToolTip(self.tr("Space ticks a subject; its teachers are ticked among the members"))

        self.member_filter = QLineEdit()
        self.member_filter.setObjectName("assoc_member_filter")
        self.member_filter.setPlaceholderText(self.tr("Find a teacher"))
        self.member_filter.setClearButtonEnabled(True)
        self.member_filter.textChanged.connect(self._filter_members)
        self.member_list = QListWidget()
        self.member_list.setObjectName("assoc_members")
        self.member_list.setToolTip(self.tr("Space ticks a teacher"))
        for widget in (self.subject_list, self.member_list):
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            widget.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._fill_members(members)
        self.member_count = QLabel()
        self.member_count.setObjectName("assoc_member_count")

        self.head_box = QComboBox()
        self.head_box.setObjectName("assoc_head")
        self.secretary_box = QComboBox()
        self.secretary_box.setObjectName("assoc_secretary")
        self._fill_roles(association.head_id, association.secretary_id)

        self.error = FieldError()
        self.error.setObjectName("assoc_error")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("assoc_save")
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("assoc_cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        self._proposed = self._proposal()  # the names follow the choices only while they are these
        self._build_layout()
        self.kind_box.currentIndexChanged.connect(lambda _i: self._propose_names())
        self.subject_list.itemChanged.connect(self._subject_ticked)
        self.member_list.itemChanged.connect(lambda _item: self._members_changed())
        self._update_count()
        self.setWindowTitle(self.tr("Association: {name}").format(name=association.name(lang))
                            if association.id is not None else self.tr("New association"))
        self.resize(1000, 640)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Ki&nd"), self.kind_box)
        form.addRow(self.tr("Name (&Kyrgyz)"), self.name_ky)
        form.addRow(self.tr("Name (&Russian)"), self.name_ru)
        form.addRow(self.tr("&Head"), self.head_box)
        form.addRow(self.tr("Se&cretary"), self.secretary_box)
        subjects_box = QGroupBox(self.tr("Su&bjects"))
        subjects_layout = QVBoxLayout(subjects_box)
        subjects_layout.addWidget(self.subject_list)
        subjects_box.setFocusProxy(self.subject_list)
        members_box = QGroupBox(self.tr("&Members"))
        members_layout = QVBoxLayout(members_box)
        members_layout.addWidget(self.member_filter)
        members_layout.addWidget(self.member_list, 1)
        members_layout.addWidget(self.member_count)
        lists = QHBoxLayout()
        lists.addWidget(subjects_box, 1)
        lists.addWidget(members_box, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    # -- lists ----------------------------------------------------------------
    def _fill_members(self, checked: set[int]) -> None:
        year_id = self.association.year_id
        services = self.ctx.services.associations
        names = {a.id: a.name(self.ctx.lang) for a in services.associations(year_id)}
        memberships = services.memberships(year_id)
        subject_names = {s.id: s.name(self.ctx.lang) for s in self.subjects}
        self.member_list.clear()
        first = [t for t in self.teachers if t.id in checked]  # the members first, then everyone else
        for t in first + [t for t in self.teachers if t.id not in checked]:
            text = t.short_name
            subject = subject_names.get(t.main_subject_id)
            if subject:
                text = f"{text} ({subject})"
            others = [names[a] for a in memberships.get(t.id or 0, []) if a != self.association.id and a in names]
            if others:
                text = self.tr("{teacher} — also in: {associations}").format(
                    teacher=text, associations="; ".join(others))
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, t.id)
            item.setToolTip(f"{t.full_name}\n{text}" if others else t.full_name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if t.id in checked else Qt.CheckState.Unchecked)
            self.member_list.addItem(item)

    def _filter_members(self, text: str) -> None:
        wanted = text.casefold().strip()
        for i in range(self.member_list.count()):
            item = self.member_list.item(i)
            item.setHidden(bool(wanted) and wanted not in f"{item.toolTip()} {item.text()}".casefold())

    @staticmethod
    def _checked(widget: QListWidget) -> list[int]:
        return [widget.item(i).data(ID_ROLE) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def subject_ids(self) -> list[int]:
        return self._checked(self.subject_list)

    def member_ids(self) -> list[int]:
        return self._checked(self.member_list)

    def set_checked(self, widget: QListWidget, ids: set[int], on: bool = True) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(widget.count()):
            item = widget.item(i)
            if item.data(ID_ROLE) in ids:
                item.setCheckState(state)

    def _subject_ticked(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked:
            teachers = teachers_of([item.data(ID_ROLE)], self.teachers)
            self.member_list.blockSignals(True)
            self.set_checked(self.member_list, {t.id for t in teachers if t.id is not None})
            self.member_list.blockSignals(False)
            self._members_changed()
        self._propose_names()

    def _members_changed(self) -> None:
        self._fill_roles(self.head_box.currentData(), self.secretary_box.currentData())
        self._update_count()

    def _update_count(self) -> None:
        self.member_count.setText(self.tr("Members ticked: {count}").format(count=len(self.member_ids())))

    def _fill_roles(self, head_id: int | None, secretary_id: int | None) -> None:
        """Head and secretary come from the ticked members, with experience and category to choose by."""
        members = [self._by_id[m] for m in self.member_ids() if m in self._by_id]
        for box, keep in ((self.head_box, head_id), (self.secretary_box, secretary_id)):
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("— not appointed —"), None)
            for t in members:
                box.addItem(teacher_with_merits(t, self.today), t.id)
            box.setCurrentIndex(max(0, box.findData(keep)) if keep is not None else 0)
            box.blockSignals(False)

    def _proposal(self) -> tuple[str, str]:
        kind = AssociationKind(self.kind_box.currentData())
        chosen = set(self.subject_ids())
        subjects = [s for s in self.subjects if s.id in chosen]
        cycles = {s.cycle for s in subjects}
        cycle = next(iter(cycles)) if len(cycles) == 1 and kind == AssociationKind.CYCLE else None
        return proposed_names(kind, subjects, cycle)

    def _propose_names(self) -> None:
        """Names follow the kind and subjects until the user writes her own."""
        ky, ru = self._proposal()
        old_ky, old_ru = self._proposed
        if self.name_ky.text() in ("", old_ky):
            self.name_ky.setText(ky)
        if self.name_ru.text() in ("", old_ru):
            self.name_ru.setText(ru)
        self._proposed = (ky, ru)

    # -- choosing (for tests and the keyboard) --------------------------------
    def choose(self, box: QComboBox, teacher_id: int | None) -> None:
        box.setCurrentIndex(max(0, box.findData(teacher_id)))

    # -- saving ---------------------------------------------------------------
    def value(self) -> Association:
        return replace(
            self.association,
            kind=AssociationKind(self.kind_box.currentData()),
            name_ky=self.name_ky.text().strip(), name_ru=self.name_ru.text().strip(),
            subject_ids=self.subject_ids(), member_ids=self.member_ids(),
            head_id=self.head_box.currentData(), secretary_id=self.secretary_box.currentData(),
        )

    def save(self) -> bool:
        self.error.clear_error()
        try:
            saved = self.ctx.services.associations.save(self.value())
        except DomainError as e:
            self.error.show_error(describe(e))
            return False
        self.saved_id = saved.association_id
        self.ctx.changed.emit(saved.changed)
        sentences = [self.warning_text(w) for w in saved.warnings]
        if sentences:
            self.ctx.dialogs.info(self, "\n".join(s for s in sentences if s))
        self.accept()
        return True

    def warning_text(self, warning: Warning) -> str:
        f = warning.fields
        if warning.kind == "no_head":
            return self.tr("No head is appointed yet: the director appoints one for the year.")
        if warning.kind == "head_without_category":
            return self.tr("The head {name} has no qualification category.").format(name=f.get("name", ""))
        if warning.kind == "head_little_experience":
            return self.tr("The head {name} has {years} year(s) of teaching experience; "
                           "at least {needed} are recommended.").format(
                name=f.get("name", ""), years=f.get("years", ""), needed=f.get("needed", ""))
        return f"{warning.kind}: {f}"
