"""Self-development topics: the year's table, the topic editor, what a teacher showed of it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError
from domain.growth import RESULT_FORMS, STAGE_NAMES, Shown, Stage, StageKind, Topic
from domain.years import label_for
from gui.growth import (
    ENTER,
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
    years_range,
)
from gui.staff.card import OptionalDate
from gui.staff.model import sort_key
from gui.widgets import DateEdit, fmt_date

TEACHER, TITLE, YEARS, FORMS, SHOWN = range(5)


def form_name(key: str, lang: str) -> str:
    names = RESULT_FORMS.get(key)
    return (names[1] if lang == "ru" else names[0]) if names else key


class TopicsTab(RecordTab):
    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.editor: TopicEditor | None = None
        self.shown_dialog: ShownDialog | None = None
        self.model = RowsModel([self.tr("Teacher"), self.tr("Topic"), self.tr("Years"), self.tr("Results shown as"),
                                self.tr("Shown this year")], self)
        self.proxy = TeacherFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table("topics_table", self.proxy, TITLE, self.edit_current)
        self.table.sortByColumn(TEACHER, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        KeyAction(self.table, (Qt.Key.Key_Delete,), self.delete_current)

        self.count_label = QLabel()
        self.count_label.setObjectName("topics_count")
        self.add_button = button("topic_add", self.tr("&New topic"), self.new_item, "Ctrl+N")
        self.edit_button = button("topic_edit", self.tr("&Edit"), self.edit_current, "Enter")
        self.carry_button = button("topic_carry", self.tr("Ca&rry over"), self.carry_current,
                                   self.tr("The topic goes on for one more academic year"))
        self.shown_button = button("topic_shown", self.tr("Record s&hown…"), self.record_shown,
                                   self.tr("What the teacher showed of the topic this year: an open lesson, a report…"))
        self.delete_button = button("topic_delete", self.tr("De&lete"), self.delete_current, "Delete")
        self.docx_button = button("topics_docx", ".&docx…", lambda: self.make_list(".docx"),
                                  self.tr("The list of topics by association, as a Word document"))
        self.xlsx_button = button("topics_xlsx", ".xls&x…", lambda: self.make_list(".xlsx"),
                                  self.tr("The list of topics by association, as an Excel workbook"))
        actions = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.carry_button, self.shown_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Topics list:")))
        actions.addWidget(self.docx_button)
        actions.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(actions)
        self.update_buttons()

    # -- loading --------------------------------------------------------------
    def load(self, data: GrowthData) -> None:
        self.data = data
        keep = current_id(self.table)
        topics = self.ctx.services.growth.topics(data.year_id) if data.year_id is not None else []
        self.model.set_rows([self._row(t) for t in topics])
        fit_columns(self.table)
        select_id(self.table, self.model, keep)
        shown = sum(1 for t in topics if data.year_id is not None and t.shown_in(data.year_id))
        self.count_label.setText(self.tr("{count} topics in {year}; something shown this year: {shown}").format(
            count=len(topics), year=data.year.label if data.year else "—", shown=shown))
        has_docs = self.ctx.documents is not None and data.year is not None
        self.docx_button.setEnabled(has_docs)
        self.xlsx_button.setEnabled(has_docs)
        self.update_buttons()

    def _row(self, t: Topic) -> Row:
        data, first = self.data, self.data.first or t.start_year
        n = first - t.start_year + 1
        span = years_range(t.start_year, t.years)
        when = self.tr("one year") if t.years == 1 else self.tr("year {n} of {total}").format(n=n, total=t.years)
        shown = t.shown_in(data.year_id) if data.year_id is not None else []
        forms = ", ".join(form_name(f, data.lang) for f in t.result_forms)
        tip = "\n".join(f"{fmt_date(s.day)}: {s.what}" for s in shown)
        return Row(
            id=t.id or 0,
            cells=[data.name(t.teacher_id), t.title, f"{span} · {when}", forms, "✓" if shown else "—"],
            sort=[sort_key(data.name(t.teacher_id)), sort_key(t.title), (t.start_year, t.years), forms, bool(shown)],
            teachers=frozenset({t.teacher_id}), tips={TITLE: t.title, SHOWN: tip}, centered=frozenset({SHOWN}))

    def update_buttons(self) -> None:
        chosen = current_id(self.table) is not None
        for b in (self.edit_button, self.carry_button, self.shown_button, self.delete_button):
            b.setEnabled(chosen)
        self.add_button.setEnabled(self.data.year is not None)

    # -- actions --------------------------------------------------------------
    def open_editor(self, topic_id: int | None) -> TopicEditor | None:
        if self.data.year is None:
            return None
        topic = None
        if topic_id is not None:
            topic = self.ctx.run(self.ctx.services.growth.topic, topic_id, parent=self)
            if topic is None:
                return None
        return self.show_editor(TopicEditor(self.ctx, self.data, topic, self.page.teacher_filter(), self))

    def carry_current(self) -> None:
        topic_id = current_id(self.table)
        if topic_id is None:
            return
        if self.ctx.run(self.ctx.services.growth.carry_topic, topic_id, parent=self) is not None:
            self.select(topic_id)
            t = self.ctx.services.growth.topic(topic_id)
            self.ctx.status.emit(self.tr("«{topic}» goes on until {year}.").format(
                topic=t.title, year=label_for(t.last_year)))

    def record_shown(self) -> ShownDialog | None:
        topic_id = current_id(self.table)
        if topic_id is None or self.data.year is None:
            return None
        r = self.model.row(self.model.row_of(topic_id))
        about = self.tr("{name}: «{topic}»").format(name=r.cells[TEACHER], topic=r.cells[TITLE])
        self.shown_dialog = ShownDialog(self.ctx, self.data, topic_id, about, self)
        self.shown_dialog.finished.connect(self._shown_closed)
        self.shown_dialog.open()
        return self.shown_dialog

    def _shown_closed(self) -> None:
        dialog, self.shown_dialog = self.shown_dialog, None
        if dialog is not None:
            self.select(dialog.topic_id)
            dialog.deleteLater()

    def delete_current(self) -> None:
        topic_id = current_id(self.table)
        if topic_id is None:
            return
        r = self.model.row(self.model.row_of(topic_id))
        question = self.tr("Delete the topic «{topic}» of {name}? What was shown of it is deleted too.").format(
            topic=r.cells[TITLE], name=r.cells[TEACHER])
        if not self.ctx.dialogs.confirm(self, question):
            return
        growth = self.ctx.services.growth
        topic = self.ctx.run(growth.topic, topic_id, parent=self)
        text = self.tr("Delete the topic «{topic}»").format(topic=r.cells[TITLE])
        if topic is not None and self.ctx.push(DeleteRecord(self.ctx, text, topic, growth.delete_topic,
                                                            growth.save_topic)):
            self.ctx.status.emit(self.tr("The topic «{topic}» was deleted (Ctrl+Z brings it back).").format(
                topic=r.cells[TITLE]))

    def make_list(self, suffix: str) -> None:
        year, lang = self.data.year, self.page.doc_lang()
        if year is None or year.id is None or self.ctx.documents is None:
            return
        name = self.tr("Self-development topics {year} ({lang})").format(year=year.label, lang=lang) + suffix
        save_document(self, self.ctx, self.tr("Save the list of topics"), name, suffix,
                      lambda out: self.ctx.documents.topics(year.id, lang, out))


class TopicEditor(EditorDialog):
    """A teacher's topic: what it is, how it serves the school's theme, its years, stages and results."""

    prefix = "topic"

    def __init__(self, ctx: Any, data: GrowthData, topic: Topic | None, teacher_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, data, parent)
        first = data.first or data.today.year
        self.topic = topic or Topic(teacher_id=teacher_id or 0, title="", start_year=first,
                                    stages=[Stage(k) for k in StageKind])
        self.shown: list[Shown] = [replace(s) for s in self.topic.shown]
        self.years_all = ctx.services.school.years()

        self.teacher = QComboBox()
        fill_teachers(self.teacher, data, self.topic.teacher_id if topic else teacher_id)
        self.title_edit = QLineEdit(self.topic.title)
        theme = data.theme()
        hint = self.tr("School's methodical theme: «{theme}»").format(theme=theme) if theme \
            else self.tr("The school's methodical theme of the year is not set (Settings → Years).")
        self.theme_link = self.text_box(self.topic.theme_link, 3)
        self.goal = self.text_box(self.topic.goal, 2)
        self.tasks = self.text_box(self.topic.tasks, 3)
        self.start = QComboBox()
        for y in range(min(first - 4, self.topic.start_year), max(first + 1, self.topic.start_year) + 1):
            self.start.addItem(label_for(y), y)
        self.start.setCurrentIndex(self.start.findData(self.topic.start_year))
        self.span = QSpinBox()
        self.span.setRange(1, 5)
        self.span.setValue(self.topic.years)
        self.span.setToolTip(self.tr("Usually 1 to 3 years, at most 5"))
        self.years_note = QLabel()
        self.years_note.setObjectName("topic_years_note")
        self.start.currentIndexChanged.connect(self._years_changed)
        self.span.valueChanged.connect(self._years_changed)
        span_row = QWidget()
        row = QHBoxLayout(span_row)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.start, QLabel(self.tr("for")), self.span, QLabel(self.tr("year(s)"))):
            row.addWidget(w)
        row.addWidget(self.years_note, 1)
        span_row.setFocusProxy(self.start)

        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_row(left, self.tr("&Teacher"), "teacher", self.teacher)
        self.add_row(left, self.tr("T&opic"), "title", self.title_edit)
        self.add_row(left, self.tr("Link to the school's t&heme"), "theme_link", self.theme_link, hint)
        self.add_row(left, self.tr("&Goal"), "goal", self.goal)
        self.add_row(left, self.tr("Tas&ks"), "tasks", self.tasks)
        self.add_row(left, self.tr("&First year"), "years", span_row)
        span_row.setObjectName("topic_years_row")
        self.start.setObjectName("topic_start")
        self.span.setObjectName("topic_years")
        self.fields["years"] = self.start

        right = QVBoxLayout()
        right.addWidget(self._stages_box())
        right.addWidget(self._forms_box())
        right.addWidget(self._shown_box(), 1)
        left_column = QVBoxLayout()
        left_column.addLayout(left)
        left_column.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left_column, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(self.button_row())
        self._years_changed()
        self._fill_shown()
        self.setWindowTitle(self.tr("Topic of {name}").format(name=data.name(self.topic.teacher_id))
                            if topic else self.tr("New self-development topic"))
        self.resize(1040, 640)

    # -- building -------------------------------------------------------------
    def _stage_name(self, kind: StageKind) -> str:
        names = STAGE_NAMES[kind]
        return names[1] if self.data.lang == "ru" else names[0]

    def _stages_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Stages"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("From")), 0, 1)
        grid.addWidget(QLabel(self.tr("To")), 0, 2)
        have = {s.kind: s for s in self.topic.stages}
        year = self.data.year
        self.stages: list[tuple[StageKind, QCheckBox, OptionalDate, OptionalDate]] = []
        for i, kind in enumerate(StageKind, start=1):
            check = QCheckBox(self._stage_name(kind))
            check.setObjectName(f"stage_{kind.value}")
            start = OptionalDate(year.start if year else self.data.today)
            end = OptionalDate(year.end if year else self.data.today)
            start.setObjectName(f"stage_{kind.value}_start")
            end.setObjectName(f"stage_{kind.value}_end")
            stage = have.get(kind)
            check.setChecked(stage is not None)
            start.set_value(stage.start if stage else None)
            end.set_value(stage.end if stage else None)
            for w in (start, end):
                w.setEnabled(stage is not None)
                check.toggled.connect(w.setEnabled)
            grid.addWidget(check, i, 0)
            grid.addWidget(start, i, 1)
            grid.addWidget(end, i, 2)
            self.stages.append((kind, check, start, end))
        grid.addWidget(self.error_label("stages"), 5, 0, 1, 3)
        self.fields["stages"] = self.stages[0][1]
        return box

    def _forms_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Results shown as"))
        row = QHBoxLayout(box)
        self.forms: dict[str, QCheckBox] = {}
        for key in RESULT_FORMS:
            check = QCheckBox(form_name(key, self.data.lang))
            check.setObjectName(f"form_{key}")
            check.setChecked(key in self.topic.result_forms)
            row.addWidget(check)
            self.forms[key] = check
        row.addWidget(self.error_label("result_forms"), 1)
        self.fields["result_forms"] = next(iter(self.forms.values()))
        return box

    def _shown_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Shown"))
        self.shown_list = QListWidget()
        self.shown_list.setObjectName("topic_shown_list")
        self.shown_year = QComboBox()
        self.shown_year.setObjectName("shown_year")
        for y in self.years_all:
            self.shown_year.addItem(y.label, y.id)
        self.shown_year.setCurrentIndex(max(0, self.shown_year.findData(self.data.year_id)))
        self.shown_day = DateEdit()
        self.shown_day.setObjectName("shown_day")
        self.shown_day.set_value(in_year(self.data.today, self.data.year))
        self.shown_what = QLineEdit()
        self.shown_what.setObjectName("shown_what")
        self.shown_what.setPlaceholderText(self.tr("What: an open lesson in 7А, a report at the meeting…"))
        KeyAction(self.shown_what, ENTER, self.add_shown)  # Enter adds the line; it does not save the topic
        row = QHBoxLayout()
        for w in (self.shown_year, self.shown_day):
            row.addWidget(w)
        row.addWidget(self.shown_what, 1)
        row.addWidget(button("shown_add", self.tr("&Add"), self.add_shown))
        row.addWidget(button("shown_remove", self.tr("Remo&ve"), self.remove_shown))
        column = QVBoxLayout(box)
        column.addWidget(self.shown_list, 1)
        column.addLayout(row)
        column.addWidget(self.error_label("shown"))
        self.fields["shown"] = self.shown_what
        return box

    # -- the shown list and the years -----------------------------------------
    def _fill_shown(self) -> None:
        labels = {y.id: y.label for y in self.years_all}
        self.shown_list.clear()
        for i, s in sorted(enumerate(self.shown), key=lambda pair: pair[1].day):
            item = QListWidgetItem(f"{fmt_date(s.day)} ({labels.get(s.year_id, '?')}): {s.what}")
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.shown_list.addItem(item)

    def add_shown(self) -> None:
        """Enter in the field adds the line (the dialog is saved with Ctrl+S or the button)."""
        what = " ".join(self.shown_what.text().split())
        if not what:
            self.errors["shown"].show_error(self.tr("Write what was shown."))
            self.shown_what.setFocus()
            return
        self.errors["shown"].clear_error()
        self.shown.append(Shown(self.shown_year.currentData(), self.shown_day.value(), what))
        self.shown_what.clear()
        self._fill_shown()

    def remove_shown(self) -> None:
        item = self.shown_list.currentItem()
        if item is not None:
            del self.shown[item.data(Qt.ItemDataRole.UserRole)]
            self._fill_shown()

    def _years_changed(self) -> None:
        start, span = self.start.currentData(), self.span.value()
        first = self.data.first
        text = self.tr("until {year}").format(year=label_for(start + span - 1))
        if first is not None and start <= first <= start + span - 1:
            text += "; " + self.tr("{year} is year {n} of {total}").format(
                year=label_for(first), n=first - start + 1, total=span)
        self.years_note.setText(text)

    # -- reading and saving ---------------------------------------------------
    def value(self) -> Topic:
        return Topic(
            teacher_id=self.teacher.currentData(), title=" ".join(self.title_edit.text().split()),
            start_year=self.start.currentData(), years=self.span.value(),
            theme_link=self.theme_link.toPlainText().strip(), goal=self.goal.toPlainText().strip(),
            tasks=self.tasks.toPlainText().strip(),
            stages=[Stage(kind, start.value(), end.value()) for kind, check, start, end in self.stages
                    if check.isChecked()],
            result_forms=[key for key, check in self.forms.items() if check.isChecked()],
            shown=list(self.shown), id=self.topic.id)

    def save(self) -> bool:
        topic = self.value()
        if not self.submit(self.ctx.services.growth.save_topic, topic):
            return False
        self.ctx.status.emit(self.tr("The topic of {name} was saved.").format(name=self.data.name(topic.teacher_id)))
        return True

    def error_place(self, error: DomainError, key: str, text: str) -> tuple[str, str]:
        """A stage's error names the stage (the domain counts only the ticked ones)."""
        checked = [kind for kind, check, _s, _e in self.stages if check.isChecked()]
        if key.startswith("stage") and key[5:].isdigit() and int(key[5:]) < len(checked):
            return "stages", f"{self._stage_name(checked[int(key[5:])])}: {text}"
        return key, text


class ShownDialog(EditorDialog):
    """Record what was shown of a topic this year (a date and a few words)."""

    prefix = "shown_dialog"
    teacher_keys = ()

    def __init__(self, ctx: Any, data: GrowthData, topic_id: int, about: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, data, parent)
        self.setObjectName("shown_dialog")
        self.topic_id = topic_id
        self.day = DateEdit()
        self.day.set_value(in_year(data.today, data.year))
        self.what = QComboBox()
        self.what.setEditable(True)
        self.what.addItems([form_name(k, data.lang) for k in RESULT_FORMS])
        self.what.setCurrentText("")
        self.what.lineEdit().setPlaceholderText(self.tr("e.g. an open lesson in 7А"))
        heading = QLabel(about)
        heading.setObjectName("shown_dialog_topic")
        heading.setWordWrap(True)
        form = QFormLayout()
        form.addRow(heading)
        self.add_row(form, self.tr("&Date"), "day", self.day)
        self.add_row(form, self.tr("&What was shown"), "what", self.what)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(self.button_row())
        self.save_button.setText(self.tr("&Record"))
        self.setWindowTitle(self.tr("Shown in {year}").format(year=data.year.label if data.year else ""))
        self.resize(480, self.sizeHint().height())

    def save(self) -> bool:
        growth = self.ctx.services.growth
        return self.submit(lambda v: (self.topic_id, growth.record_shown(self.topic_id, self.data.year_id, *v)),
                           (self.day.value(), self.what.currentText()))
