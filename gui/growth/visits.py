"""Mutual lesson visits: the list, the editor, and the matrix of who visited whom."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.growth import Visit, VisitMatrix
from gui.growth import (
    ID_ROLE,
    DeleteRecord,
    EditorDialog,
    GrowthData,
    Index,
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
    select_id,
)
from gui.staff.model import class_key, sort_key
from gui.widgets import DateEdit, fmt_date

DAY, VISITOR, VISITED, CLASS, PURPOSE = range(5)
SELF_COLOR = QColor("#e4e6ea")
TOTAL_COLOR = QColor("#f1f4f8")


class UpwardHeader(QHeaderView):
    """Column titles written bottom-to-top, so that forty names fit across the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _title(self, section: int) -> str:
        model = self.model()
        value = model.headerData(section, Qt.Orientation.Horizontal) if model is not None else None
        return str(value or "")

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        widest = max((self.fontMetrics().horizontalAdvance(self._title(i)) for i in range(self.count())), default=40)
        size.setHeight(widest + 16)
        return size

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        option = QStyleOptionHeader()
        option.initFrom(self)
        option.rect = rect
        option.section = section
        option.orientation = Qt.Orientation.Horizontal
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        painter.translate(rect.left(), rect.bottom())
        painter.rotate(-90)
        painter.drawText(QRect(6, 0, rect.height() - 10, rect.width()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self._title(section))
        painter.restore()


class MatrixModel(QAbstractTableModel):
    """Rows are the visitors, columns the visited; the last row and column are the totals."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ids: list[int] = []
        self.matrix = VisitMatrix([], {})
        self.data_: GrowthData | None = None

    def set_matrix(self, matrix: VisitMatrix, data: GrowthData) -> None:
        self.beginResetModel()
        self.matrix, self.data_ = matrix, data
        self.ids = sorted(matrix.teacher_ids, key=lambda i: sort_key(data.name(i)))
        self.endResetModel()

    def teacher_at(self, section: int) -> int | None:
        return self.ids[section] if 0 <= section < len(self.ids) else None

    def section_of(self, teacher_id: int | None) -> int:
        return self.ids.index(teacher_id) if teacher_id in self.ids else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.ids else len(self.ids) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.ids else len(self.ids) + 1

    def _count(self, row: int, column: int) -> int:
        visitor, visited = self.teacher_at(row), self.teacher_at(column)
        if visitor is not None and visited is not None:
            return self.matrix.count(visitor, visited)
        if visitor is not None:
            return self.matrix.made(visitor)
        if visited is not None:
            return self.matrix.received(visited)
        return sum(self.matrix.counts.values())

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount() \
                or not 0 <= index.column() < self.columnCount():
            return None
        row, column = index.row(), index.column()
        total = row == len(self.ids) or column == len(self.ids)
        if role == Qt.ItemDataRole.DisplayRole:
            count = self._count(row, column)
            return str(count) if count else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and (total or row == column):
            return TOTAL_COLOR if total else SELF_COLOR
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and not total and self.data_ is not None:
            return self.tr("{visitor} → {visited}: {count}").format(
                visitor=self.data_.name(self.ids[row]), visited=self.data_.name(self.ids[column]),
                count=self._count(row, column))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.data_ is None or not 0 <= section <= len(self.ids):
            return None
        teacher_id = self.teacher_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.data_.short(teacher_id) if teacher_id is not None else self.tr("Total")
        if role == Qt.ItemDataRole.ToolTipRole:
            if teacher_id is None:
                return self.tr("Visits made") if orientation == Qt.Orientation.Horizontal \
                    else self.tr("Visits received")
            return self.data_.name(teacher_id)
        return None


class VisitsTab(RecordTab):
    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.editor: VisitEditor | None = None
        self.model = RowsModel([self.tr("Date"), self.tr("Visitor"), self.tr("Visited"), self.tr("Class"),
                                self.tr("Purpose")], self)
        self.proxy = TeacherFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table("visits_table", self.proxy, PURPOSE, self.edit_current)
        self.table.sortByColumn(DAY, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        KeyAction(self.table, (Qt.Key.Key_Delete,), self.delete_current)
        self.count_label = QLabel()
        self.count_label.setObjectName("visits_count")
        self.add_button = button("visit_add", self.tr("&New visit"), self.new_item, "Ctrl+N")
        self.edit_button = button("visit_edit", self.tr("&Edit"), self.edit_current, "Enter")
        self.delete_button = button("visit_delete", self.tr("De&lete"), self.delete_current, "Delete")
        actions = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.count_label)
        column.addWidget(self.table, 1)
        column.addLayout(actions)

        self.matrix_model = MatrixModel(self)
        self.matrix = QTableView()
        self.matrix.setObjectName("visit_matrix")
        self.matrix.setHorizontalHeader(UpwardHeader(self.matrix))
        self.matrix.setModel(self.matrix_model)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setTabKeyNavigation(False)
        self.matrix.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.matrix.setToolTip(self.tr("Rows: who visited; columns: whose lesson. Enter adds a visit for the cell."))
        self.matrix.activated.connect(self._matrix_activated)
        matrix_label = QLabel(self.tr("Who visited &whom"))
        matrix_label.setBuddy(self.matrix)
        self.never_label, self.never_list = self._list("matrix_never_visited")
        self.nobody_label, self.nobody_list = self._list("matrix_visited_nobody")
        self.never_list.itemActivated.connect(lambda item: self.new_item(visited=item.data(ID_ROLE)))
        self.nobody_list.itemActivated.connect(lambda item: self.new_item(visitor=item.data(ID_ROLE)))
        lists = QHBoxLayout()
        for label, widget in ((self.never_label, self.never_list), (self.nobody_label, self.nobody_list)):
            box = QVBoxLayout()
            box.addWidget(label)
            box.addWidget(widget)
            lists.addLayout(box)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(matrix_label)
        column.addWidget(self.matrix, 3)
        column.addLayout(lists, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("visits_split")
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        split.setSizes([480, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def _list(self, name: str) -> tuple[QLabel, QListWidget]:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setToolTip(self.tr("Enter adds a visit for this teacher"))
        label = QLabel()
        label.setObjectName(f"{name}_label")
        label.setBuddy(widget)
        return label, widget

    # -- loading --------------------------------------------------------------
    def load(self, data: GrowthData) -> None:
        self.data = data
        keep = current_id(self.table)
        growth = self.ctx.services.growth
        visits = growth.visits(data.year_id) if data.year_id is not None else []
        self.model.set_rows([self._row(v) for v in visits])
        fit_columns(self.table)
        select_id(self.table, self.model, keep)
        matrix = growth.matrix(data.year_id) if data.year_id is not None else VisitMatrix([], {})
        self.matrix_model.set_matrix(matrix, data)
        self.matrix.horizontalHeader().updateGeometry()
        self._fill(self.never_list, matrix.never_visited)
        self._fill(self.nobody_list, matrix.visited_nobody)
        self.never_label.setText(self.tr("Nobod&y visited their lessons: {count}").format(
            count=len(matrix.never_visited)))
        self.nobody_label.setText(self.tr("Visited no &one: {count}").format(count=len(matrix.visited_nobody)))
        self.count_label.setText(self.tr("{count} visits in {year}").format(
            count=len(visits), year=data.year.label if data.year else "—"))
        self.add_button.setEnabled(data.year is not None and len(data.active()) > 1)
        self.update_buttons()
        self.set_teacher(self.page.teacher_filter())

    def _fill(self, widget: QListWidget, ids: list[int]) -> None:
        widget.clear()
        for teacher_id in sorted(ids, key=lambda i: sort_key(self.data.name(i))):
            item = QListWidgetItem(self.data.name(teacher_id))
            item.setData(ID_ROLE, teacher_id)
            widget.addItem(item)

    def _row(self, v: Visit) -> Row:
        data = self.data
        return Row(
            id=v.id or 0,
            cells=[fmt_date(v.day), data.short(v.visitor_id), data.short(v.visited_id), v.class_name, v.purpose],
            sort=[v.day.toordinal(), sort_key(data.name(v.visitor_id)), sort_key(data.name(v.visited_id)),
                  class_key(v.class_name), sort_key(v.purpose)],
            teachers=frozenset({v.visitor_id, v.visited_id}),
            tips={VISITOR: data.name(v.visitor_id), VISITED: data.name(v.visited_id), PURPOSE: v.notes or v.purpose})

    def set_teacher(self, teacher_id: int | None) -> None:
        """The page's teacher filter: only that teacher's visits; the matrix scrolls to her row."""
        self.proxy.set_teacher(teacher_id)
        section = self.matrix_model.section_of(teacher_id)
        if section >= 0:
            index = self.matrix_model.index(section, section)
            self.matrix.setCurrentIndex(index)
            self.matrix.scrollTo(index)
        self.update_buttons()

    def update_buttons(self) -> None:
        chosen = current_id(self.table) is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- actions --------------------------------------------------------------
    def new_item(self, visitor: int | None = None, visited: int | None = None) -> VisitEditor | None:
        return self.open_editor(None, visitor, visited)

    def _matrix_activated(self, index: QModelIndex) -> None:
        visitor, visited = self.matrix_model.teacher_at(index.row()), self.matrix_model.teacher_at(index.column())
        if visitor is not None and visited is not None and visitor != visited:
            self.new_item(visitor, visited)

    def open_editor(self, visit_id: int | None, visitor: int | None = None,
                    visited: int | None = None) -> VisitEditor | None:
        if self.data.year is None:
            return None
        visit = None
        if visit_id is not None:
            found = self.ctx.run(self.ctx.services.growth.visits, self.data.year_id, parent=self) or []
            visit = next((v for v in found if v.id == visit_id), None)
            if visit is None:
                return None
        if visitor is None and visited is None:
            visitor = self.page.teacher_filter()
        purposes = sorted({self.model.row(r).cells[PURPOSE] for r in range(self.model.rowCount())} - {""},
                          key=sort_key)
        return self.show_editor(VisitEditor(self.ctx, self.data, visit, visitor, visited, purposes, self))

    def delete_current(self) -> None:
        visit_id = current_id(self.table)
        if visit_id is None:
            return
        r = self.model.row(self.model.row_of(visit_id))
        question = self.tr("Delete the visit of {visitor} to the lesson of {visited} on {date}?").format(
            visitor=r.tips[VISITOR], visited=r.tips[VISITED], date=r.cells[DAY])
        if not self.ctx.dialogs.confirm(self, question):
            return
        growth = self.ctx.services.growth
        visit = next((v for v in growth.visits(self.data.year_id) if v.id == visit_id), None)
        text = self.tr("Delete the visit of {visitor} to {visited}").format(
            visitor=r.cells[VISITOR], visited=r.cells[VISITED])
        if visit is not None and self.ctx.push(DeleteRecord(self.ctx, text, visit, growth.delete_visit,
                                                            growth.save_visit)):
            self.ctx.status.emit(self.tr("The visit was deleted (Ctrl+Z brings it back)."))


class VisitEditor(EditorDialog):
    """One visit to a colleague's lesson."""

    prefix = "visit"
    teacher_keys = ("visitor", "visited")

    def __init__(self, ctx: Any, data: GrowthData, visit: Visit | None, visitor: int | None, visited: int | None,
                 purposes: list[str], parent: QWidget | None = None) -> None:
        super().__init__(ctx, data, parent)
        self.visit = visit or Visit(visitor_id=visitor or 0, visited_id=visited or 0,
                                    day=in_year(data.today, data.year))
        self.visitor, self.visited = QComboBox(), QComboBox()
        fill_teachers(self.visitor, data, self.visit.visitor_id if visit or visitor else None)
        fill_teachers(self.visited, data, self.visit.visited_id if visit or visited else None)
        if visit is None and visited is None and self.visited.count() > 1 \
                and self.visited.currentData() == self.visitor.currentData():
            self.visited.setCurrentIndex(1)  # a new visit never starts as a visit to oneself
        self.day = DateEdit()
        self.day.set_value(self.visit.day)
        self.class_name = QLineEdit(self.visit.class_name)
        self.class_name.setPlaceholderText("7А")
        self.purpose = QComboBox()
        self.purpose.setEditable(True)
        self.purpose.addItems(purposes)
        self.purpose.setCurrentText(self.visit.purpose)
        self.notes = self.text_box(self.visit.notes, 4)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_row(form, self.tr("&Who visited"), "visitor", self.visitor)
        self.add_row(form, self.tr("W&hose lesson"), "visited", self.visited)
        self.add_row(form, self.tr("&Date"), "day", self.day)
        self.add_row(form, self.tr("&Class"), "class", self.class_name)
        self.add_row(form, self.tr("&Purpose"), "purpose", self.purpose)
        self.add_row(form, self.tr("&Notes"), "notes", self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(self.button_row())
        self.setWindowTitle(self.tr("Visit to a lesson") if visit else self.tr("New visit to a lesson"))
        self.resize(560, self.sizeHint().height())

    def value(self) -> Visit:
        return Visit(visitor_id=self.visitor.currentData(), visited_id=self.visited.currentData(),
                     day=self.day.value(), class_name=" ".join(self.class_name.text().split()),
                     purpose=" ".join(self.purpose.currentText().split()), notes=self.notes.toPlainText().strip(),
                     id=self.visit.id)

    def save(self) -> bool:
        visit = self.value()
        if not self.submit(self.ctx.services.growth.save_visit, visit):
            return False
        self.ctx.status.emit(self.tr("The visit of {visitor} to {visited} on {date} was saved.").format(
            visitor=self.data.name(visit.visitor_id), visited=self.data.name(visit.visited_id),
            date=fmt_date(visit.day)))
        return True
