"""Open lessons and master classes: the schedule of a term, the lesson editor, the .docx schedule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.growth import LessonForm, OpenLesson
from gui.growth import (
    ENTER,
    ROMAN,
    DeleteRecord,
    EditorDialog,
    GrowthData,
    KeyAction,
    RecordTab,
    Row,
    RowsModel,
    TeacherFilter,
    button,
    current_id,
    fill_teachers,
    fit_columns,
    in_year,
    make_table,
    save_document,
    select_id,
)
from gui.staff.model import class_key, sort_key
from gui.widgets import DateEdit, fmt_date

DAY, TEACHER, CLASS, SUBJECT, TOPIC, FORM, ASSOCIATION, OBSERVERS = range(8)


class LessonsTab(RecordTab):
    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.editor: LessonEditor | None = None
        self.term_box = QComboBox()
        self.term_box.setObjectName("lessons_term")
        self.term_box.setToolTip(self.tr("The schedule of one term, or the whole year"))
        self.term_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.term_box.currentIndexChanged.connect(lambda _i: self.reload())
        term_label = QLabel(self.tr("Te&rm:"))
        term_label.setBuddy(self.term_box)
        self.count_label = QLabel()
        self.count_label.setObjectName("lessons_count")
        top = QHBoxLayout()
        top.addWidget(term_label)
        top.addWidget(self.term_box)
        top.addSpacing(12)
        top.addWidget(self.count_label, 1)

        self.model = RowsModel([self.tr("Date"), self.tr("Teacher"), self.tr("Class"), self.tr("Subject"),
                                self.tr("Topic"), self.tr("Form"), self.tr("Association"), self.tr("Observers")], self)
        self.proxy = TeacherFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table("lessons_table", self.proxy, TOPIC, self.edit_current)
        self.table.sortByColumn(DAY, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        KeyAction(self.table, (Qt.Key.Key_Delete,), self.delete_current)

        self.add_button = button("lesson_add", self.tr("&New lesson"), self.new_item, "Ctrl+N")
        self.edit_button = button("lesson_edit", self.tr("&Edit"), self.edit_current, "Enter")
        self.delete_button = button("lesson_delete", self.tr("De&lete"), self.delete_current, "Delete")
        self.docx_button = button("lessons_docx", self.tr("Schedule .&docx…"), self.make_schedule,
                                  self.tr("The schedule of the chosen term (or of the year) in the document language"))
        actions = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.docx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    # -- loading --------------------------------------------------------------
    def load(self, data: GrowthData) -> None:
        self.data = data
        chosen = self.term_box.currentData()
        self.term_box.blockSignals(True)
        self.term_box.clear()
        self.term_box.addItem(self.tr("The whole year"), None)
        for t in data.year.terms if data.year else []:
            self.term_box.addItem(self.tr("Term {n} ({start} – {end})").format(
                n=ROMAN.get(t.number, t.number), start=fmt_date(t.start), end=fmt_date(t.end)), t.number)
        self.term_box.setCurrentIndex(max(0, self.term_box.findData(chosen)))
        self.term_box.blockSignals(False)
        self.reload()

    def term(self) -> int | None:
        return self.term_box.currentData()

    def set_term(self, term: int | None) -> None:
        self.term_box.setCurrentIndex(max(0, self.term_box.findData(term)))

    def reload(self) -> None:
        data = self.data
        keep = current_id(self.table)
        lessons = self.ctx.services.growth.lessons(data.year_id, self.term()) if data.year_id is not None else []
        self.model.set_rows([self._row(x) for x in lessons])
        fit_columns(self.table, cap=170)
        select_id(self.table, self.model, keep)
        masters = sum(1 for x in lessons if x.form == LessonForm.MASTER_CLASS)
        self.count_label.setText(self.tr("Open lessons: {lessons}, master classes: {masters}").format(
            lessons=len(lessons) - masters, masters=masters))
        self.docx_button.setEnabled(self.ctx.documents is not None and data.year is not None)
        self.add_button.setEnabled(data.year is not None)
        self.update_buttons()

    def _row(self, x: OpenLesson) -> Row:
        data = self.data
        form = self.tr("Master class") if x.form == LessonForm.MASTER_CLASS else self.tr("Open lesson")
        observers = "\n".join(data.name(i) for i in x.observer_ids)
        guests = "\n".join(x.guests)
        tip = "\n".join(p for p in (observers, guests) if p)
        count = str(len(x.observer_ids)) + (f" + {len(x.guests)}" if x.guests else "")
        return Row(
            id=x.id or 0,
            cells=[fmt_date(x.day), data.short(x.teacher_id), x.class_name, data.subject_name(x.subject_id), x.topic,
                   form, data.association_name(x.association_id), count],
            sort=[x.day.toordinal(), sort_key(data.name(x.teacher_id)), class_key(x.class_name),
                  sort_key(data.subject_name(x.subject_id)), sort_key(x.topic), form,
                  sort_key(data.association_name(x.association_id)), len(x.observer_ids)],
            teachers=frozenset({x.teacher_id, *x.observer_ids}),
            tips={TEACHER: data.name(x.teacher_id), TOPIC: x.topic, ASSOCIATION: data.association_name(x.association_id), OBSERVERS: tip,
                  FORM: x.evaluation},
            centered=frozenset({OBSERVERS}))

    def update_buttons(self) -> None:
        chosen = current_id(self.table) is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- actions --------------------------------------------------------------
    def open_editor(self, lesson_id: int | None) -> LessonEditor | None:
        if self.data.year is None:
            return None
        lesson = None
        if lesson_id is not None:
            found = self.ctx.run(self.ctx.services.growth.lessons, self.data.year_id, parent=self) or []
            lesson = next((x for x in found if x.id == lesson_id), None)
            if lesson is None:
                return None
        default_day = self.data.today
        term = self.term()
        if self.data.year is not None and term is not None:
            t = self.data.year.terms[term - 1]
            default_day = min(max(default_day, t.start), t.end)
        return self.show_editor(LessonEditor(self.ctx, self.data, lesson, self.page.teacher_filter(),
                                             in_year(default_day, self.data.year), self))

    def widenings(self) -> list[Callable[[], None]]:
        # saved outside the chosen term, or for another teacher: the whole year, then everyone
        return [lambda: self.set_term(None), lambda: self.page.show_teacher(None)]

    def delete_current(self) -> None:
        lesson_id = current_id(self.table)
        if lesson_id is None:
            return
        r = self.model.row(self.model.row_of(lesson_id))
        question = self.tr("Delete the lesson «{topic}» of {name} on {date}?").format(
            topic=r.cells[TOPIC], name=r.tips[TEACHER], date=r.cells[DAY])
        if not self.ctx.dialogs.confirm(self, question):
            return
        growth = self.ctx.services.growth
        lesson = next((x for x in growth.lessons(self.data.year_id) if x.id == lesson_id), None)
        text = self.tr("Delete the lesson «{topic}»").format(topic=r.cells[TOPIC])
        if lesson is not None and self.ctx.push(DeleteRecord(self.ctx, text, lesson, growth.delete_lesson,
                                                             growth.save_lesson)):
            self.ctx.status.emit(self.tr("The lesson «{topic}» was deleted (Ctrl+Z brings it back).").format(
                topic=r.cells[TOPIC]))

    def make_schedule(self) -> None:
        year, lang, term = self.data.year, self.page.doc_lang(), self.term()
        if year is None or year.id is None or self.ctx.documents is None:
            return
        if term is None:
            name = self.tr("Open lessons {year} ({lang})").format(year=year.label, lang=lang)
        else:
            name = self.tr("Open lessons {year}, term {n} ({lang})").format(year=year.label, n=term, lang=lang)
        save_document(self, self.ctx, self.tr("Save the schedule of open lessons"), name + ".docx", ".docx",
                      lambda out: self.ctx.documents.lessons_schedule(year.id, term, lang, out))


class LessonEditor(EditorDialog):
    """An open lesson or master class: who, when, where, what, who observed it, how it went."""

    prefix = "lesson"

    def __init__(self, ctx: Any, data: GrowthData, lesson: OpenLesson | None, teacher_id: int | None,
                 day: date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, data, parent)
        self.lesson = lesson or OpenLesson(teacher_id=teacher_id or 0, day=day)
        self.is_new = lesson is None

        self.teacher = QComboBox()
        fill_teachers(self.teacher, data, lesson.teacher_id if lesson else teacher_id)
        self.day = DateEdit()
        self.day.set_value(self.lesson.day)
        self.class_name = QLineEdit(self.lesson.class_name)
        self.class_name.setPlaceholderText("7А")
        self.subject = QComboBox()
        self.subject.addItem("—", None)
        for s in sorted(data.subjects.values(), key=lambda s: sort_key(s.name(data.lang))):
            if not s.hidden or s.id == self.lesson.subject_id:
                self.subject.addItem(s.name(data.lang), s.id)
        self.subject.setCurrentIndex(max(0, self.subject.findData(self.lesson.subject_id)))
        self.topic = QLineEdit(self.lesson.topic)
        self.form = QComboBox()
        self.form.addItem(self.tr("Open lesson"), LessonForm.OPEN_LESSON.value)
        self.form.addItem(self.tr("Master class"), LessonForm.MASTER_CLASS.value)
        self.form.setCurrentIndex(max(0, self.form.findData(self.lesson.form.value)))
        self.association = QComboBox()
        self.association.addItem("—", None)
        for a in sorted(data.associations.values(), key=lambda a: sort_key(a.name(data.lang))):
            self.association.addItem(a.name(data.lang), a.id)
        self.association.setCurrentIndex(max(0, self.association.findData(self.lesson.association_id)))
        self.guests = self.text_box("\n".join(self.lesson.guests), 3)
        self.guests.setPlaceholderText(self.tr("One guest a line, e.g. a methodologist of the district office"))
        self.evaluation = self.text_box(self.lesson.evaluation, 4)

        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_row(left, self.tr("&Teacher"), "teacher", self.teacher)
        self.add_row(left, self.tr("&Date"), "day", self.day)
        self.add_row(left, self.tr("&Class"), "class", self.class_name)
        self.add_row(left, self.tr("S&ubject"), "subject", self.subject)
        self.add_row(left, self.tr("T&opic"), "topic", self.topic)
        self.add_row(left, self.tr("&Form"), "form", self.form)
        self.add_row(left, self.tr("&Association"), "association", self.association)
        self.add_row(left, self.tr("&Guests"), "guests", self.guests)
        self.add_row(left, self.tr("E&valuation"), "evaluation", self.evaluation)

        self.observer_filter = QLineEdit()
        self.observer_filter.setObjectName("lesson_observers_filter")
        self.observer_filter.setPlaceholderText(self.tr("Find a colleague"))
        self.observer_filter.setClearButtonEnabled(True)
        self.observer_filter.textChanged.connect(self._filter_observers)
        KeyAction(self.observer_filter, (*ENTER, Qt.Key.Key_Down), self._to_observers)
        self.observers = QListWidget()
        self.observers.setObjectName("lesson_observers")
        for t in data.active():
            item = QListWidgetItem(t.full_name)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if t.id in self.lesson.observer_ids else Qt.CheckState.Unchecked)
            self.observers.addItem(item)
        self.observers.itemChanged.connect(lambda _item: self._count_observers())
        self.observers_label = QLabel()
        self.observers_label.setObjectName("lesson_observers_count")
        self.observers_label.setBuddy(self.observer_filter)
        right = QVBoxLayout()
        right.addWidget(self.observers_label)
        right.addWidget(self.observer_filter)
        right.addWidget(self.observers, 1)
        right.addWidget(self.error_label("observers"))
        self.fields["observers"] = self.observers

        left_column = QVBoxLayout()
        left_column.addLayout(left)
        left_column.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left_column, 3)
        columns.addSpacing(12)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(self.button_row())
        self.teacher.currentIndexChanged.connect(lambda _i: self._teacher_changed())
        self._teacher_changed(first=True)
        self.setWindowTitle(self.tr("Open lesson") if lesson else self.tr("New open lesson"))
        self.resize(980, 620)

    def _items(self) -> list[QListWidgetItem]:
        return [self.observers.item(i) for i in range(self.observers.count())]

    def _teacher_changed(self, first: bool = False) -> None:
        """The teacher cannot observe her own lesson; a new lesson takes her subject and association."""
        teacher_id = self.teacher.currentData()
        for item in self._items():
            own = item.data(Qt.ItemDataRole.UserRole) == teacher_id
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled if own else item.flags() | Qt.ItemFlag.ItemIsEnabled)
            if own:
                item.setCheckState(Qt.CheckState.Unchecked)
        teacher = self.data.teachers.get(teacher_id)
        if self.is_new and teacher is not None and not (first and self.lesson.subject_id):
            self.subject.setCurrentIndex(max(0, self.subject.findData(teacher.main_subject_id)))
            self.association.setCurrentIndex(max(0, self.association.findData(self.data.association_of(teacher.id))))
        self._count_observers()

    def _filter_observers(self, text: str) -> None:
        needle = text.casefold().strip()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _to_observers(self) -> None:
        """Enter or Down in the search goes to the first colleague found (Space ticks her)."""
        shown = [item for item in self._items() if not item.isHidden()]
        self.observers.setFocus()
        if shown:
            self.observers.setCurrentItem(shown[0])

    def _count_observers(self) -> None:
        self.observers_label.setText(self.tr("O&bservers: {count}").format(count=len(self.observer_ids())))

    def observer_ids(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def set_observers(self, ids: list[int]) -> None:
        for item in self._items():
            checked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def value(self) -> OpenLesson:
        return OpenLesson(
            teacher_id=self.teacher.currentData(), day=self.day.value(),
            class_name=" ".join(self.class_name.text().split()), subject_id=self.subject.currentData(),
            topic=" ".join(self.topic.text().split()), form=LessonForm(self.form.currentData()),
            association_id=self.association.currentData(), observer_ids=self.observer_ids(),
            guests=[g.strip() for g in self.guests.toPlainText().splitlines() if g.strip()],
            evaluation=self.evaluation.toPlainText().strip(), id=self.lesson.id)

    def save(self) -> bool:
        lesson = self.value()
        if not self.submit(self.ctx.services.growth.save_lesson, lesson):
            return False
        self.ctx.status.emit(self.tr("The lesson of {name} on {date} was saved.").format(
            name=self.data.name(lesson.teacher_id), date=fmt_date(lesson.day)))
        return True
