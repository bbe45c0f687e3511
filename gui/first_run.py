"""The first start on an empty database: enter the school's details, or load the sample school."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from domain.demo import load_demo
from gui.context import AppContext
from gui.settings.school_form import SchoolForm


class FirstRunDialog(QDialog):
    done_setup = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("first_run")
        self.setWindowTitle(self.tr("Усулдук кабинет — first start"))
        heading = QLabel("<h2>" + self.tr("Welcome to Усулдук кабинет") + "</h2>")
        text = QLabel(self.tr("This database is new. Enter your school's details to begin, "
                              "or load the sample school to try the app first."))
        text.setWordWrap(True)
        self.form = SchoolForm(ctx)
        self.form.save_button.setText(self.tr("&Save and start"))
        self.form.saved.connect(self.accept)
        sample = QPushButton(self.tr("Load the &sample school"))
        sample.setObjectName("load_sample")
        sample.clicked.connect(self.load_sample)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(sample)
        layout.addLayout(row)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.resize(640, 460)

    def load_sample(self) -> None:
        if self.ctx.run(load_demo, self.ctx.services, parent=self) is not None:
            self.accept()
