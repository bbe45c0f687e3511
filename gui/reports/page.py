"""Reports: choose a document, a year (the toolbar's), a language; see a preview; make it; open it.

The deputy's own paragraphs of the end-of-year report and the dates of the regulations are
written here and kept in the app.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from domain.changes import Changed
from domain.documents.report import Texts
from domain.errors import DomainError
from gui.context import AppContext
from gui.messages import describe
from gui.pages.base import Page
from gui.reports.worker import DocumentJob, start
from gui.widgets import DateEdit, fmt_date

DOCS = ["report", "district", "regulation-work", "regulation-association", "order", "plan", "topics"]


class ReportsPage(Page):
    key = "reports"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.names = {
            "report": self.tr("End-of-year report (.docx)"),
            "district": self.tr("Workbook for the district office (.xlsx)"),
            "regulation-work": self.tr("Regulation on methodical work (.docx)"),
            "regulation-association": self.tr("Regulation on the methodical association (.docx)"),
            "order": self.tr("Director's order on the associations (.docx)"),
            "plan": self.tr("Unified plan (.docx)"),
            "topics": self.tr("Self-development topics (.xlsx)"),
        }
        self.docs = QListWidget()
        self.docs.setObjectName("reports_docs")
        self.docs.addItems([self.names[d] for d in DOCS])
        self.docs.currentRowChanged.connect(lambda _row: self.refresh_preview())
        self.lang = QComboBox()
        self.lang.setObjectName("reports_lang")
        self.lang.addItem("Кыргызча", "ky")
        self.lang.addItem("Русский", "ru")
        self.lang.setCurrentIndex(0 if ctx.lang == "ky" else 1)
        self.lang.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        self.association = QComboBox()
        self.association.setObjectName("reports_association")
        self.association.currentIndexChanged.connect(lambda _i: self._association_changed())
        self.make_button = QPushButton(self.tr("&Make the document…"))
        self.make_button.setObjectName("reports_make")
        self.make_button.clicked.connect(self.make)
        self.open_after = QCheckBox(self.tr("Open it when ready"))
        self.open_after.setObjectName("reports_open_after")
        self.open_button = QPushButton(self.tr("&Open the last one"))
        self.open_button.setObjectName("reports_open")
        self.open_button.clicked.connect(lambda: self._open(self.last_path))
        self.folder_button = QPushButton(self.tr("Open its &folder"))
        self.folder_button.setObjectName("reports_folder")
        self.folder_button.clicked.connect(lambda: self._open(self.last_path.parent if self.last_path else None))
        self.preview = QTextBrowser()
        self.preview.setObjectName("reports_preview")

        choose = QFormLayout()
        choose.addRow(self.tr("Language"), self.lang)
        choose.addRow(self.tr("Association (report)"), self.association)
        buttons = QGridLayout()
        buttons.addWidget(self.make_button, 0, 0)
        buttons.addWidget(self.open_after, 0, 1)
        buttons.addWidget(self.open_button, 1, 0)
        buttons.addWidget(self.folder_button, 1, 1)
        buttons.setColumnStretch(2, 1)

        self.texts = {k: QPlainTextEdit() for k in ("achievements", "problems", "tasks")}
        texts_box = QGroupBox(self.tr("The deputy's own paragraphs of the report"))
        texts_form = QFormLayout(texts_box)
        labels = {"achievements": self.tr("Achievements"), "problems": self.tr("Problems"),
                  "tasks": self.tr("Tasks for next year")}
        texts_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for k, edit in self.texts.items():
            edit.setObjectName(f"reports_{k}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            texts_form.addRow(labels[k], edit)
        self.save_texts_button = QPushButton(self.tr("&Save the paragraphs"))
        self.save_texts_button.setObjectName("reports_save_texts")
        self.save_texts_button.clicked.connect(self.save_texts)
        texts_form.addRow("", self.save_texts_button)
        dates_box = QGroupBox(self.tr("The regulations"))
        dates_form = QFormLayout(dates_box)
        dates_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.review = DateEdit()
        self.review.setObjectName("reports_review")
        self.approval = DateEdit()
        self.approval.setObjectName("reports_approval")
        self.save_dates_button = QPushButton(self.tr("Save the &dates"))
        self.save_dates_button.setObjectName("reports_save_dates")
        self.save_dates_button.clicked.connect(self.save_dates)
        dates_form.addRow(self.tr("Reviewed by the pedagogical council"), self.review)
        dates_form.addRow(self.tr("Approved by the director"), self.approval)
        dates_form.addRow("", self.save_dates_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel("<b>" + self.tr("Document") + "</b>"))
        left_layout.addWidget(self.docs, 1)
        left_layout.addLayout(choose)
        left_layout.addWidget(texts_box)
        left_layout.addWidget(dates_box)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel("<b>" + self.tr("Preview of the contents") + "</b>"))
        right_layout.addWidget(self.preview, 1)
        right_layout.addLayout(buttons)
        scroll = QScrollArea()  # the forms never force the window wider than a school PC's screen
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(300)
        split = QSplitter()
        split.addWidget(scroll)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.last_path: Path | None = None
        self.job: DocumentJob | None = None
        self.progress: QProgressDialog | None = None
        self.docs.setCurrentRow(0)

    # -- state ----------------------------------------------------------------
    def doc(self) -> str:
        return DOCS[max(self.docs.currentRow(), 0)]

    def year_id(self) -> int | None:
        year = self.ctx.services.school.current_year()
        return year.id if year else None

    def association_id(self) -> int | None:
        return self.association.currentData()

    def _reload(self, changed: Changed | None) -> None:
        year_id = self.year_id()
        keep = self.association.currentData()
        self.association.blockSignals(True)
        self.association.clear()
        self.association.addItem(self.tr("The whole methodical service"), None)
        for a in self.ctx.services.associations.associations(year_id) if year_id else []:
            self.association.addItem(a.name(self.ctx.lang), a.id)
        self.association.setCurrentIndex(max(self.association.findData(keep), 0))
        self.association.blockSignals(False)
        review, approval = self.ctx.services.reports.regulation_dates()
        today = self.ctx.services.today()
        self.review.set_value(review or today)
        self.approval.set_value(approval or today)
        self._association_changed()

    def _association_changed(self) -> None:
        year_id = self.year_id()
        if year_id is not None:
            texts = self.ctx.services.reports.texts(year_id, self.association_id())
            for k, edit in self.texts.items():
                edit.setPlainText(getattr(texts, k))
        self.refresh_preview()

    # -- preview --------------------------------------------------------------
    def refresh_preview(self) -> None:
        year_id = self.year_id()
        if year_id is None or self.ctx.documents is None:
            self.preview.setHtml("")
            return
        lang = self.lang.currentData()
        try:
            self.preview.setHtml(self._preview_html(self.doc(), year_id, lang))
        except DomainError as e:
            self.preview.setHtml(f"<p style='color:#b00020'>{html.escape(describe(e))}</p>")

    def _preview_html(self, doc: str, year_id: int, lang: str) -> str:
        d = self.ctx.documents
        e = html.escape
        if doc == "report":
            c = d.report_content(year_id, self.association_id(), lang)
            rows = [(self.tr("Members"), len(c.members) or sum(int(r.values[0]) for r in c.categories)),
                    (self.tr("Average experience, years"), c.average_experience),
                    (self.tr("Meetings held"), sum(int(r.values[4]) for r in c.meetings)),
                    (self.tr("Plan items done"), f"{c.plan_done} / {c.plan_all} ({c.plan_percent}%)"),
                    (self.tr("Open lessons / master classes"), f"{c.open_lessons} / {c.master_classes}"),
                    (self.tr("Courses taken this year"), c.courses_taken),
                    (self.tr("Teachers due for courses"), len(c.due)),
                    (self.tr("Topics / shown this year"), f"{c.topics} / {c.topics_shown}"),
                    (self.tr("Mutual visits"), c.visits),
                    (self.tr("Charts"), len(c.charts))]
            whole = self.tr("The whole methodical service")
            head = f"<h3>{e(c.school_name)}</h3><p>{e(c.subject or whole)}, {e(c.year_label)}</p>"
            return head + "<table cellpadding=4>" + "".join(
                f"<tr><td>{e(str(k))}</td><td><b>{e(str(v))}</b></td></tr>" for k, v in rows) + "</table>"
        if doc == "plan":
            c = d.plan_content(year_id, None, lang)
            return f"<h3>{e(c.school_name)}</h3>" + "".join(
                f"<p><b>{e(g.name)}</b>: {len(g.items)}</p>" for g in c.groups)
        if doc == "topics":
            c = d.topics_content(year_id, lang)
            return f"<h3>{e(c.school_name)}</h3>" + "".join(
                f"<p><b>{e(g.name)}</b>: {len(g.rows)}</p>" for g in c.groups)
        if doc == "district":
            s = self.ctx.services
            sheets = self.tr("Sheets: staff, associations, meetings, open lessons, topics, plan completion.")
            counts = self.tr("Teachers: {teachers}, associations: {associations}").format(
                teachers=len(s.staff.teachers(include_archived=False)),
                associations=len(s.associations.associations(year_id)))
            return f"<p>{e(sheets)}</p><p><b>{e(counts)}</b></p>"
        if doc == "order":
            s = self.ctx.services
            return "".join(f"<p>{i}. {e(a.name(lang))}</p>"
                           for i, a in enumerate(s.associations.associations(year_id), start=1))
        review, approval = self.ctx.services.reports.regulation_dates()
        reviewed, approved = self.tr("Reviewed by the pedagogical council"), self.tr("Approved by the director")
        return (f"<p>{reviewed}: <b>{fmt_date(review) or '—'}</b></p>"
                f"<p>{approved}: <b>{fmt_date(approval) or '—'}</b></p>")

    # -- saving the texts and dates ---------------------------------------------
    def save_texts(self) -> None:
        year_id = self.year_id()
        if year_id is None:
            return
        texts = Texts(**{k: edit.toPlainText().strip() for k, edit in self.texts.items()})
        if self.ctx.run(self.ctx.services.reports.save_texts, year_id, self.association_id(), texts,
                        parent=self) is not None:
            self.ctx.status.emit(self.tr("The paragraphs of the report were saved."))

    def save_dates(self) -> None:
        if self.ctx.run(self.ctx.services.reports.set_regulation_dates, self.review.value(), self.approval.value(),
                        parent=self) is not None:
            self.ctx.status.emit(self.tr("The dates of the regulations were saved."))
            self.refresh_preview()

    # -- making ---------------------------------------------------------------
    def make(self) -> None:
        year_id = self.year_id()
        if year_id is None or self.ctx.documents is None:
            return
        doc, lang = self.doc(), self.lang.currentData()
        suffix = ".xlsx" if doc in ("district", "topics") else ".docx"
        filters = self.tr("Excel workbooks (*.xlsx)") if suffix == ".xlsx" else self.tr("Word documents (*.docx)")
        name = f"{doc}_{lang}{suffix}"
        path = self.ctx.dialogs.save_file(self, self.tr("Save the document"), name, filters)
        if not path:
            return
        out = Path(path) if path.lower().endswith(suffix) else Path(path + suffix)
        d = self.ctx.documents
        association = self.association_id()
        makers = {
            "report": lambda: d.report(year_id, association, lang, out),
            "district": lambda: d.district(year_id, lang, out),
            "regulation-work": lambda: d.regulation("methodical-work", year_id, lang, out),
            "regulation-association": lambda: d.regulation("association", year_id, lang, out),
            "order": lambda: d.order(year_id, lang, out),
            "plan": lambda: d.plan(year_id, None, lang, out),
            "topics": lambda: d.topics(year_id, lang, out),
        }
        self.job = DocumentJob(makers[doc])
        self.job.finished.connect(self._done)
        self.job.failed.connect(self._failed)
        self.progress = QProgressDialog(self.tr("Making {name}…").format(name=out.name), self.tr("Cancel"), 0, 0,
                                        self)
        self.progress.setObjectName("reports_progress")
        self.progress.setMinimumDuration(400)
        self.progress.canceled.connect(self._cancel)
        self.thread = start(self.job, self)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancelled = True
            self.ctx.status.emit(self.tr("Cancelled: no file was kept."))

    def _done(self, path: str) -> None:
        if self.progress is not None:
            self.progress.reset()
        self.last_path = Path(path)
        self.ctx.file_saved.emit(self.tr("Document made"), path)
        if self.open_after.isChecked():
            self._open(self.last_path)

    def _failed(self, error: object) -> None:
        if self.progress is not None:
            self.progress.reset()
        text = describe(error) if isinstance(error, DomainError) else str(error)
        self.ctx.dialogs.error(self, text)

    def _open(self, path: Path | None) -> None:
        if path is not None and path.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
