"""The school's details: names in both languages, number, address, director, deputy, district office."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from domain.errors import DomainError
from domain.model import School
from gui.messages import describe
from gui.widgets import FieldError

FIELDS = ("name_ky", "name_ru", "number", "address", "director", "deputy", "district_office")


class SchoolForm(QWidget):
    """Edits a School; ``saved`` fires after the service accepted it."""

    saved = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # ctx: AppContext
        super().__init__(parent)
        self.ctx = ctx
        labels = {
            "name_ky": self.tr("Name (Kyrgyz)"),
            "name_ru": self.tr("Name (Russian)"),
            "number": self.tr("Number"),
            "address": self.tr("Address"),
            "director": self.tr("Director"),
            "deputy": self.tr("Deputy director for methodical work"),
            "district_office": self.tr("District education office"),
        }
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            self.edits[name] = edit
            form.addRow(labels[name], edit)
        self.edits["director"].setPlaceholderText(self.tr("Surname Name Patronymic"))
        self.edits["deputy"].setPlaceholderText(self.tr("Surname Name Patronymic"))
        self.error = FieldError()
        self.error.setObjectName("school_error")
        form.insertRow(1, "", self.error)
        self.save_button = QPushButton(self.tr("&Save school details"))
        self.save_button.setObjectName("save_school")
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addStretch(1)

    def load(self, school: School) -> None:
        for name in FIELDS:
            self.edits[name].setText(getattr(school, name))
        self.error.clear_error()

    def value(self) -> School:
        return School(**{name: self.edits[name].text() for name in FIELDS})

    def save(self) -> bool:
        try:
            changed = self.ctx.services.school.save_school(self.value())
        except DomainError as e:
            self.error.show_error(describe(e))
            self.edits.get(e.field, self.edits["name_ky"]).setFocus()
            return False
        self.error.clear_error()
        self.ctx.changed.emit(changed)
        self.ctx.status.emit(self.tr("School details saved."))
        self.saved.emit()
        return True
