"""Staff: the teachers with their subjects, categories and courses; the card; the import from Excel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from domain.catalogue import cycle_name
from domain.changes import Changed
from domain.staff import Category, Cycle, Subject
from gui.context import AppContext
from gui.fit import FitTableView
from gui.pages.base import Page
from gui.staff.card import TeacherCard
from gui.staff.import_dialog import ImportDialog
from gui.staff.model import (
    CATEGORY_CHOICES,
    ID_ROLE,
    NAME,
    SUBJECTS,
    StaffFilter,
    StaffModel,
    category_choice,
    sort_key,
)
from gui.undo import ArchiveTeacher
from gui.widgets import filter_box, push_button


class StaffPage(Page):
    key = "staff"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.card: TeacherCard | None = None
        self.import_dialog: ImportDialog | None = None
        self.model = StaffModel(self)
        self.proxy = StaffFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("staff_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter the teachers (Ctrl+L)"))
        self.filter_edit.setToolTip(self.tr("Type a part of a name, a subject or a class"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._text_changed)
        self.filter_edit.installEventFilter(self)
        self.subject_box = filter_box("staff_subject", self.tr("Only the teachers of this subject"), 10)
        self.subject_box.setMinimumContentsLength(16)
        self.category_box = filter_box("staff_category", self.tr("Only the teachers of this category"), 10)
        self.category_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category_box.addItem(self.tr("All categories"), None)
        for category in CATEGORY_CHOICES:
            self.category_box.addItem(category_choice(category), category.value)
        self.cycle_box = filter_box("staff_cycle", self.tr("Only the teachers of this cycle of subjects"), 10)
        self.cycle_box.addItem(self.tr("All cycles"), None)
        for cycle in Cycle:
            self.cycle_box.addItem(cycle_name(cycle, ctx.lang), cycle.value)
        self.archived_box = QCheckBox(self.tr("&Show archived"))
        self.archived_box.setObjectName("staff_archived")
        self.archived_box.toggled.connect(self._archived_toggled)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 3)
        filters.addWidget(self.subject_box, 2)
        filters.addWidget(self.category_box)
        filters.addWidget(self.cycle_box, 2)
        filters.addWidget(self.archived_box)

        self.table = FitTableView()
        self.table.setObjectName("staff_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUBJECTS, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.activated.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.count_label = QLabel()
        self.count_label.setObjectName("staff_count")
        self.add_button = push_button("staff_add", self.tr("&Add teacher"), self.new_item, "Ctrl+N")
        self.edit_button = push_button("staff_edit", self.tr("&Edit"), self.edit_current, "Enter")
        self.archive_button = push_button("staff_archive", self.tr("Arc&hive"), self.archive_or_restore)
        self.import_button = push_button("staff_import", self.tr("&Import from Excel…"), self.import_file)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        for button in (self.add_button, self.edit_button, self.archive_button, self.import_button):
            bottom.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        find = QShortcut(QKeySequence("Ctrl+L"), self)  # Ctrl+F searches everything, from any page
        find.activated.connect(self.focus_filter)
        for box in (self.subject_box, self.category_box, self.cycle_box):
            box.currentIndexChanged.connect(self._combos_changed)
        self._update_buttons()

    # -- loading --------------------------------------------------------------
    def _reload(self, changed: Changed | None) -> None:
        if changed is not None and not (changed.teachers or changed.subjects):
            return
        keep = self.current_id()
        staff = self.ctx.services.staff
        subjects = staff.subjects()
        teachers = staff.teachers()
        self.model.set_teachers(teachers, subjects, self.ctx.services.today(), self.ctx.lang,
                                staff.course_due_years())
        used = {sid for t in teachers for sid in t.subject_ids}
        self._fill_subjects([s for s in subjects if not s.hidden or s.id in used])
        if keep is not None:
            self.select_id(keep)
        self._update_count()
        self._update_buttons()

    def _fill_subjects(self, subjects: list[Subject]) -> None:
        chosen = self.subject_box.currentData()
        self.subject_box.blockSignals(True)
        self.subject_box.clear()
        self.subject_box.addItem(self.tr("All subjects"), None)
        for s in sorted(subjects, key=lambda s: sort_key(s.name(self.ctx.lang))):
            self.subject_box.addItem(s.name(self.ctx.lang), s.id)
        self.subject_box.setCurrentIndex(max(0, self.subject_box.findData(chosen)))
        self.subject_box.blockSignals(False)
        self._combos_changed()

    # -- selection ------------------------------------------------------------
    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], ID_ROLE) if rows else None

    def select_id(self, teacher_id: int) -> bool:
        row = self.model.row_of(teacher_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        teacher_id = self.current_id()
        row = self.model.row(self.model.row_of(teacher_id)) if teacher_id is not None else None
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None)
        archived = row is not None and row.archived
        self.archive_button.setText(self.tr("&Restore") if archived else self.tr("Arc&hive"))
        self.archive_button.setToolTip(self.tr("Bring the teacher back from the archive") if archived
                                       else self.tr("The teacher has left: keep the name in old protocols"))

    def _update_count(self) -> None:
        active, archived = self.model.counts()
        if active + archived == 0:
            text = self.tr("No teachers yet: add them one by one (Ctrl+N) or import the staff list from Excel.")
        elif self.proxy.is_narrowed():
            text = self.tr("{shown} of {count} teachers shown, {archived} archived").format(
                shown=self.proxy.rowCount(), count=active, archived=archived)
        else:
            text = self.tr("{count} teachers, {archived} archived").format(count=active, archived=archived)
        self.count_label.setText(text)

    def focus_item(self, teacher_id: object) -> None:
        """Open on one teacher (a link from Home or the search), archived ones too."""
        if isinstance(teacher_id, int) and not self.select_id(teacher_id):
            self.archived_box.setChecked(True)
            self.filter_edit.clear()
            self.select_id(teacher_id)

    # -- filters --------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()
        self._update_buttons()

    def _combos_changed(self) -> None:
        category = self.category_box.currentData()
        cycle = self.cycle_box.currentData()
        self.proxy.set_subject(self.subject_box.currentData())
        self.proxy.set_category(Category(category) if category else None)
        self.proxy.set_cycle(Cycle(cycle) if cycle else None)
        self._update_count()
        self._update_buttons()

    def _archived_toggled(self, show: bool) -> None:
        self.proxy.set_show_archived(show)
        self._update_count()
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the filter field goes to the first row of the table."""
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self.table.setFocus()
            if self.current_id() is None and self.proxy.rowCount():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    # -- actions --------------------------------------------------------------
    def new_item(self) -> None:
        self.open_card(None)

    def edit_current(self) -> None:
        teacher_id = self.current_id()
        if teacher_id is not None:
            self.open_card(teacher_id)

    def open_card(self, teacher_id: int | None) -> TeacherCard | None:
        """The card opens window-modal and reports back through ``finished``."""
        teacher = None
        if teacher_id is not None:
            teacher = self.ctx.run(self.ctx.services.staff.teacher, teacher_id, parent=self)
            if teacher is None:
                return None
        self.card = TeacherCard(self.ctx, teacher, self)
        self.card.finished.connect(self._card_closed)
        self.card.open()
        return self.card

    def _card_closed(self) -> None:
        card, self.card = self.card, None
        if card is None:
            return
        if card.saved_id is not None and not self.select_id(card.saved_id):
            # Saved but hidden by the filter: show everyone so the user sees the result.
            self.filter_edit.clear()
            for box in (self.subject_box, self.category_box, self.cycle_box):
                box.setCurrentIndex(0)
            self.select_id(card.saved_id)
        self.table.setFocus()
        card.deleteLater()

    def archive_or_restore(self) -> None:
        teacher_id = self.current_id()
        if teacher_id is None:
            return
        row = self.model.row(self.model.row_of(teacher_id))
        if row.archived:
            if self.ctx.push(ArchiveTeacher(self.ctx, teacher_id, archive=False)):  # Ctrl+Z undoes it
                self.select_id(teacher_id)
                self.ctx.status.emit(self.tr("{name} is back on the staff.").format(name=row.full_name))
            return
        question = self.tr("Move {name} to the archive? The name stays in old protocols; "
                           "the teacher can be restored with «Show archived».").format(name=row.full_name)
        if not self.ctx.dialogs.confirm(self, question):
            return
        if self.ctx.push(ArchiveTeacher(self.ctx, teacher_id, archive=True)):
            self.ctx.status.emit(self.tr("{name} was moved to the archive.").format(name=row.full_name))

    def import_file(self) -> ImportDialog | None:
        path = self.ctx.dialogs.open_file(self, self.tr("Import the staff list"),
                                          self.tr("Excel workbooks (*.xlsx *.xlsm);;All files (*)"))
        if not path:
            return None
        dialog = ImportDialog(self.ctx, self)
        if not dialog.load(path):
            dialog.deleteLater()
            return None
        self.import_dialog = dialog
        dialog.finished.connect(self._import_closed)
        dialog.open()
        return dialog

    def _import_closed(self) -> None:
        dialog, self.import_dialog = self.import_dialog, None
        if dialog is not None:
            dialog.deleteLater()

