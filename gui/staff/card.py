"""The teacher's card: details, courses and attestation, checked by the domain and saved in one go."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError, ValidationErrors
from domain.staff import CATEGORY_ORDER, Attestation, Category, Course, Teacher
from gui.messages import describe
from gui.staff.growth_tab import GrowthTab
from gui.staff.model import RecordDelegate, RecordsModel, TableKeys, category_choice, sort_key
from gui.undo import SaveTeacher
from gui.widgets import DateEdit, FieldError, fmt_date

DETAILS, COURSES, ATTESTATIONS = range(3)
# Where a domain error about a field is shown, when that field has no label of its own.
ALIASES = {"full_name": "surname", "subjects": "main_subject", "other_subjects": "main_subject"}
ROW_FIELD = re.compile(r"(course|attestation)(\d+)$")


class OptionalDate(QWidget):
    """A date that may be unknown: a box to tick, then the date; unticked it reads 'not set'."""

    def __init__(self, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.check.setToolTip(self.tr("Tick when the date is known"))
        self.edit = DateEdit()
        self.edit.setMinimumDate(QDate(1900, 1, 1))
        self.edit.setSpecialValueText(self.tr("not set"))
        self._last = default
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._toggled)
        self._toggled(False)

    def value(self) -> date | None:
        return self.edit.value() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self._last = value
        self.check.blockSignals(True)
        self.check.setChecked(value is not None)
        self.check.blockSignals(False)
        self._toggled(value is not None)

    def _toggled(self, on: bool) -> None:
        if on:
            self.edit.set_value(self._last)
        else:
            if self.edit.date() != self.edit.minimumDate():
                self._last = self.edit.value()
            self.edit.setDate(self.edit.minimumDate())
        self.edit.setEnabled(on)


class TeacherCard(QDialog):
    def __init__(self, ctx: Any, teacher: Teacher | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teacher_card")
        self.ctx = ctx
        self.teacher = teacher or Teacher(surname="", name="")
        self.saved_id: int | None = None
        self.today: date = ctx.services.today()
        staff = ctx.services.staff
        used = set(self.teacher.subject_ids)
        self.subjects = sorted((s for s in staff.subjects() if not s.hidden or s.id in used),
                               key=lambda s: sort_key(s.name(ctx.lang)))
        self.errors: dict[str, FieldError] = {}
        self.fields: dict[str, QWidget] = {}
        self.tab_of: dict[str, int] = {}
        self._keys = TableKeys(self)
        self._delegate = RecordDelegate(staff.providers(), self.today, self)

        self._warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("card_tabs")
        self.tabs.addTab(self._details_tab(), self.tr("&Details"))
        self.tabs.addTab(self._courses_tab(), self.tr("&Courses"))
        self.tabs.addTab(self._attestations_tab(), self.tr("&Attestation"))
        self.growth = GrowthTab(ctx, self.teacher.id)
        self.growth.open_growth.connect(self._open_growth)
        self.tabs.addTab(self.growth, self.tr("&Growth"))
        general = self._error("general")
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("card_save")
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("card_cancel")
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(general)
        layout.addLayout(buttons)
        self.load(self.teacher)
        self.setWindowTitle(self.tr("Teacher: {name}").format(name=self.teacher.full_name)
                            if self.teacher.id is not None else self.tr("New teacher"))
        self.resize(980, 600)

    # -- building -------------------------------------------------------------
    def _error(self, key: str) -> FieldError:
        error = FieldError()
        error.setObjectName(f"{key}_error")
        self.errors[key] = error
        return error

    def _row(self, form: QFormLayout, label: str, key: str, widget: QWidget, hint: str = "") -> None:
        """A field with an optional grey hint and its error label under it."""
        widget.setObjectName(f"card_{key}")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            note = QLabel(hint)
            note.setStyleSheet("color: #666;")
            note.setWordWrap(True)
            column.addWidget(note)
        column.addWidget(self._error(key))
        box.setFocusProxy(widget)
        form.addRow(label, box)
        self.fields[key] = widget
        self.tab_of[key] = DETAILS

    def _details_tab(self) -> QWidget:
        self.surname, self.name, self.patronymic = QLineEdit(), QLineEdit(), QLineEdit()
        self.birth_date = OptionalDate(date(1985, 1, 1))
        self.phone, self.email = QLineEdit(), QLineEdit()
        self.phone.setPlaceholderText("+996 555 123 456")
        self.education, self.speciality, self.honours = QLineEdit(), QLineEdit(), QLineEdit()
        self.education.setPlaceholderText(self.tr("e.g. higher, KNU, 2008"))
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(left, self.tr("S&urname"), "surname", self.surname)
        self._row(left, self.tr("&Name"), "name", self.name)
        self._row(left, self.tr("&Patronymic"), "patronymic", self.patronymic,
                  self.tr("Kyrgyz patronymics: Асан уулу / Асан кызы"))
        self._row(left, self.tr("&Birth date"), "birth_date", self.birth_date)
        self._row(left, self.tr("Phone"), "phone", self.phone)
        self._row(left, self.tr("E-mail"), "email", self.email)
        self._row(left, self.tr("Education"), "education", self.education)
        self._row(left, self.tr("Speciality"), "speciality", self.speciality)
        self._row(left, self.tr("Honours"), "honours", self.honours)

        self.main_subject = QComboBox()
        self.main_subject.addItem("—", None)
        self.other_subjects = QListWidget()
        self.other_subjects.setMinimumHeight(110)
        for s in self.subjects:
            self.main_subject.addItem(s.name(self.ctx.lang), s.id)
            item = QListWidgetItem(s.name(self.ctx.lang))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.other_subjects.addItem(item)
        self.main_subject.currentIndexChanged.connect(self._main_changed)
        self.category = QComboBox()
        for category in CATEGORY_ORDER:
            self.category.addItem(category_choice(category), category.value)
        self.category_date = OptionalDate(self.today)
        self.experience_start = OptionalDate(self.today)
        self.experience_note = QLabel()
        self.experience_start.check.toggled.connect(self._experience_changed)
        self.experience_start.edit.dateChanged.connect(self._experience_changed)
        self.class_leadership = QLineEdit()
        self.class_leadership.setPlaceholderText("7А")
        self.part_time = QCheckBox(self.tr("Part-&time"))
        self.part_time.setToolTip(self.tr("The main job is in another place"))
        self.hired = OptionalDate(self.today)
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(right, self.tr("&Main subject"), "main_subject", self.main_subject)
        self._row(right, self.tr("&Other subjects"), "other_subjects", self.other_subjects)
        self._row(right, self.tr("Categor&y"), "category", self.category)
        self._row(right, self.tr("Category since"), "category_date", self.category_date)
        self._row(right, self.tr("&Experience since"), "experience_start", self.experience_start)
        right.addRow("", self.experience_note)
        self._row(right, self.tr("Class &leadership"), "class_leadership", self.class_leadership)
        self._row(right, "", "part_time", self.part_time)
        self._row(right, self.tr("&Hired"), "hired", self.hired)
        self.archived_note = QLabel()
        self.archived_note.setStyleSheet("color: #777;")
        right.addRow("", self.archived_note)

        tab = QWidget()
        columns = QHBoxLayout(tab)
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        return tab

    def _records_tab(self, key: str, model: RecordsModel, add_text: str, remove_text: str) -> QWidget:
        view = QTableView()
        view.setObjectName(f"card_{key}")
        view.setModel(model)
        view.setItemDelegate(self._delegate)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.setTabKeyNavigation(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        view.installEventFilter(self._keys)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0 if key == "courses" else model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(add_text)
        add.setObjectName(f"{key[:-1]}_add")
        add.setAutoDefault(False)
        remove = QPushButton(remove_text)
        remove.setObjectName(f"{key[:-1]}_remove")
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda: model.remove(view.currentIndex().row()))
        hint = QLabel(self.tr("Enter or typing edits a cell, Delete clears it."))
        hint.setStyleSheet("color: #666;")
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addWidget(hint, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(view)
        layout.addWidget(self._error(key))
        layout.addLayout(row)
        self.fields[key] = view
        self.tab_of[key] = COURSES if key == "courses" else ATTESTATIONS
        add.clicked.connect(lambda: self._add_record(view, model))
        return tab

    def _courses_tab(self) -> QWidget:
        self.courses = RecordsModel([
            ("title", "text", self.tr("Course")), ("provider", "provider", self.tr("Provider")),
            ("hours", "hours", self.tr("Hours")), ("start", "date", self.tr("Start")),
            ("end", "date", self.tr("End")), ("certificate", "text", self.tr("Certificate")),
        ], self)
        return self._records_tab("courses", self.courses, self.tr("Add co&urse"), self.tr("Remove course"))

    def _attestations_tab(self) -> QWidget:
        self.attestations = RecordsModel([
            ("day", "day", self.tr("Date")), ("category", "category", self.tr("Category given")),
            ("note", "text", self.tr("Note")),
        ], self)
        return self._records_tab("attestations", self.attestations, self.tr("Add attes&tation"),
                                 self.tr("Remove attestation"))

    def _add_record(self, view: QTableView, model: RecordsModel) -> None:
        if model is self.courses:
            row = model.append(Course(title=""))
        else:
            row = model.append(Attestation(day=self.today, category=Category(self.category.currentData())))
        index = model.index(row, 0)
        view.setFocus()
        view.setCurrentIndex(index)
        view.edit(index)

    # -- loading and reading --------------------------------------------------
    def load(self, t: Teacher) -> None:
        self.surname.setText(t.surname)
        self.name.setText(t.name)
        self.patronymic.setText(t.patronymic)
        self.birth_date.set_value(t.birth_date)
        self.phone.setText(t.phone)
        self.email.setText(t.email)
        self.education.setText(t.education)
        self.speciality.setText(t.speciality)
        self.honours.setText(t.honours)
        self.main_subject.setCurrentIndex(max(0, self.main_subject.findData(t.main_subject_id)))
        for i in range(self.other_subjects.count()):
            item = self.other_subjects.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in t.other_subject_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._main_changed()
        self.category.setCurrentIndex(max(0, self.category.findData(t.category.value)))
        self.category_date.set_value(t.category_date)
        self.experience_start.set_value(t.experience_start)
        self._experience_changed()
        self.class_leadership.setText(t.class_leadership)
        self.part_time.setChecked(t.part_time)
        self.hired.set_value(t.hired)
        self.archived_note.setText(self.tr("Left on {date} (in the archive)").format(date=fmt_date(t.left))
                                   if t.left else "")
        self.courses.set_records([replace(c) for c in t.courses])
        self.attestations.set_records([replace(a) for a in t.attestations])

    def value(self) -> Teacher:
        main = self.main_subject.currentData()
        others = [item.data(Qt.ItemDataRole.UserRole) for item in self._other_items()
                  if item.checkState() == Qt.CheckState.Checked and item.data(Qt.ItemDataRole.UserRole) != main]

        def text(edit: QLineEdit) -> str:
            return " ".join(edit.text().split())

        return Teacher(
            surname=text(self.surname), name=text(self.name), patronymic=text(self.patronymic),
            birth_date=self.birth_date.value(), education=text(self.education),
            speciality=text(self.speciality), main_subject_id=main, other_subject_ids=others,
            category=Category(self.category.currentData()), category_date=self.category_date.value(),
            experience_start=self.experience_start.value(), honours=text(self.honours),
            class_leadership=text(self.class_leadership), phone=text(self.phone), email=text(self.email),
            part_time=self.part_time.isChecked(), hired=self.hired.value(), left=self.teacher.left,
            courses=self.courses.records(), attestations=self.attestations.records(), id=self.teacher.id,
        )

    def _other_items(self) -> list[QListWidgetItem]:
        return [self.other_subjects.item(i) for i in range(self.other_subjects.count())]

    def _main_changed(self) -> None:
        """The main subject is not offered again among the others."""
        main = self.main_subject.currentData()
        for item in self._other_items():
            is_main = item.data(Qt.ItemDataRole.UserRole) == main
            flags = item.flags() & ~Qt.ItemFlag.ItemIsEnabled if is_main else item.flags() | Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            if is_main:
                item.setCheckState(Qt.CheckState.Unchecked)

    def _experience_changed(self) -> None:
        draft = Teacher(surname="", name="", experience_start=self.experience_start.value())
        years = draft.experience_years(self.today)
        self.experience_note.setText("" if years is None else self.tr("Experience on {date}: {years}").format(
            date=fmt_date(self.today), years=years))

    def _open_growth(self, teacher_id: int) -> None:
        """Close the card and show the Teachers' growth page filtered to this teacher."""
        window = self.parentWidget().window() if self.parentWidget() else None
        self.reject()
        if window is not None and hasattr(window, "open_target"):
            window.open_target("growth", teacher_id)

    # -- saving ---------------------------------------------------------------
    def save(self) -> bool:
        for view in (self.fields["courses"], self.fields["attestations"]):
            self._commit_editor(view)
        for error in self.errors.values():
            error.clear_error()
        for i in range(self.tabs.count()):
            self.tabs.setTabIcon(i, QIcon())
        teacher = self.value()
        before = self.ctx.services.staff.teacher(teacher.id) if teacher.id is not None else None
        try:
            teacher_id, changed = self.ctx.services.staff.save_teacher(teacher)
        except ValidationErrors as e:
            self._show_errors(e.errors)
            return False
        except DomainError as e:
            self._show_errors([e])
            return False
        self.saved_id = teacher_id
        if before is not None:  # an edit can be undone with Ctrl+Z
            self.ctx.push(SaveTeacher(self.ctx, before, self.ctx.services.staff.teacher(teacher_id)))
        self.ctx.changed.emit(changed)
        self.ctx.status.emit(self.tr("{name} was saved.").format(name=teacher.full_name))
        self.accept()
        return True

    @staticmethod
    def _commit_editor(view: Any) -> None:
        """A cell still being edited counts: moving the current index commits its editor."""
        current = view.currentIndex()
        if current.isValid():
            view.setCurrentIndex(QModelIndex())
            view.setCurrentIndex(current)

    def _show_errors(self, errors: list[DomainError]) -> None:
        first: str | None = None
        for error in errors:
            key = (error.field or "").split(".")[0]
            text = describe(error)
            if m := ROW_FIELD.match(key):
                key = m[1] + "s"
                text = self.tr("Row {n}: {message}").format(n=int(m[2]) + 1, message=text)
                view = self.fields[key]
                view.setCurrentIndex(view.model().index(int(m[2]), 0))
            key = ALIASES.get(key, key)
            if key not in self.errors:
                key = "general"
            target = self.errors[key]
            target.show_error(f"{target.text()}\n{text}" if not target.isHidden() else text)
            if first is None or first == "general":
                first = key
            if key in self.tab_of:  # a problem on a tab not shown is flagged on the tab itself
                self.tabs.setTabIcon(self.tab_of[key], self._warning)
        if first in self.tab_of:
            self.tabs.setCurrentIndex(self.tab_of[first])
            self.fields[first].setFocus()
