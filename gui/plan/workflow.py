"""Where the chosen plan stands (draft → reviewed → approved), the steps that move it, its amendments,
and the plan as a Word or Excel file; and the small questions the page and the editor ask (a reason,
a meeting, a date, a new direction), with the undo commands of their answers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.changes import Changed
from domain.errors import DomainError
from domain.meetings import Body, BodyKind, MeetingStatus
from domain.model import AcademicYear
from domain.plan import PlanApproval, PlanItem, PlanState
from domain.services.plan import ALL
from gui.context import AppContext
from gui.messages import describe
from gui.plan.models import AmendmentsModel
from gui.undo import EditPlanItem, ServiceCommand
from gui.widgets import DateEdit, FieldError, fmt_date, push_button


# -- small questions (tests replace these functions) --------------------------------------------
class Question(QDialog):
    """A label, some fields, OK and Cancel; OK is refused while ``valid()`` says no."""

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        label = QLabel(text)
        label.setWordWrap(True)
        self.error = FieldError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def valid(self) -> str:
        return ""

    def _ok(self) -> None:
        problem = self.valid()
        self.error.show_error(problem)
        if not problem:
            self.accept()


class ReasonDialog(Question):
    def __init__(self, parent: QWidget | None, text: str) -> None:
        super().__init__(parent, self.tr("Why?"), text)
        self.reason = QLineEdit()
        self.reason.setObjectName("plan_reason")
        self.form.addRow(self.tr("&Reason"), self.reason)

    def valid(self) -> str:
        return "" if self.reason.text().strip() else self.tr("Write the reason.")


class DirectionDialog(Question):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, self.tr("New direction"), self.tr("The name of the direction of work:"))
        self.name_ky = QLineEdit()
        self.name_ky.setObjectName("plan_direction_ky")
        self.name_ru = QLineEdit()
        self.name_ru.setObjectName("plan_direction_ru")
        self.form.addRow(self.tr("In &Kyrgyz"), self.name_ky)
        self.form.addRow(self.tr("In &Russian"), self.name_ru)

    def valid(self) -> str:
        return "" if self.name_ky.text().strip() else self.tr("Write the name in Kyrgyz.")


def ask_reason(parent: QWidget | None, text: str) -> str | None:
    dialog = ReasonDialog(parent, text)
    return dialog.reason.text().strip() if dialog.exec() else None


def ask_direction(parent: QWidget | None) -> tuple[str, str] | None:
    dialog = DirectionDialog(parent)
    return (dialog.name_ky.text().strip(), dialog.name_ru.text().strip()) if dialog.exec() else None


def run_with_reason(ctx: Any, parent: QWidget | None, call: Callable[[str], Any]) -> str | None:
    """``call(reason)`` without a reason first; when the approved plan wants one, ask and call again.

    Returns the reason it took ("" when none was needed), or None when nothing was done."""
    reason = ""
    try:
        result = call(reason)
    except DomainError as e:
        if e.kind != "amendment_reason_required":
            ctx.dialogs.error(parent, describe(e))
            return None
        reason = ask_reason(parent, describe(e)) or ""
        if not reason or ctx.run(call, reason, parent=parent) is None:
            return None
        return reason
    ctx.run(lambda: result, parent=parent)  # announces what changed
    return reason


class AddPlanItem(ServiceCommand):
    """A new item saved by the editor (already done there); undo deletes it, redo adds it again."""

    def __init__(self, ctx: Any, item: PlanItem, reason: str) -> None:
        super().__init__(ctx, QCoreApplication.translate("Undo", "Add «{event}»").format(event=item.event))
        self.item, self.reason = item, reason
        self.already_done = True

    def do(self) -> Changed:
        item_id, changed = self.ctx.services.plan.save_item(replace(self.item, id=None), self.reason)
        self.item = replace(self.item, id=item_id)
        return changed

    def revert(self) -> Changed:
        return self.ctx.services.plan.delete_item(self.item.id or 0, self.reason)


def push_edit(ctx: Any, before: PlanItem, reason: str) -> None:
    """Make a change already saved undoable with Ctrl+Z (the change is read back as saved)."""
    command = EditPlanItem(ctx, before, ctx.services.plan.item(before.id), reason)
    command.already_done = True
    ctx.push(command)


class MeetingDialog(QDialog):
    def __init__(self, parent: QWidget | None, choices: list[tuple[int, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reviewed at a meeting"))
        self.meeting = QComboBox()
        self.meeting.setObjectName("plan_review_meeting")
        for meeting_id, text in choices:
            self.meeting.addItem(text, meeting_id)
        self.meeting.setCurrentIndex(self.meeting.count() - 1)
        self._build(self.tr("The held meeting whose protocol records the review:"), [(self.tr("&Meeting"), self.meeting)])

    def _build(self, text: str, rows: list[tuple[str, QWidget]]) -> None:
        form = QFormLayout()
        for label, widget in rows:
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(text))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


class ApproveDialog(MeetingDialog):
    def __init__(self, parent: QWidget | None, day: date, with_order: bool = True) -> None:
        QDialog.__init__(self, parent)
        self.setWindowTitle(self.tr("Approve the plan") if with_order else self.tr("Agreed with the deputy"))
        self.day = DateEdit()
        self.day.setObjectName("plan_approve_day")
        self.day.set_value(day)
        self.order = QLineEdit()
        self.order.setObjectName("plan_approve_order")
        rows: list[tuple[str, QWidget]] = [(self.tr("&Date"), self.day)]
        if with_order:
            rows.append((self.tr("&Order №"), self.order))
        self._build(self.tr("The director approved the plan:") if with_order else self.tr("The date of the agreement:"),
                    rows)


def ask_meeting(parent: QWidget | None, choices: list[tuple[int, str]]) -> int | None:
    dialog = MeetingDialog(parent, choices)
    return dialog.meeting.currentData() if dialog.exec() else None


def ask_approval(parent: QWidget | None, day: date) -> tuple[date, str] | None:
    dialog = ApproveDialog(parent, day)
    return (dialog.day.value(), dialog.order.text().strip()) if dialog.exec() else None


def ask_date(parent: QWidget | None, day: date) -> date | None:
    dialog = ApproveDialog(parent, day, with_order=False)
    return dialog.day.value() if dialog.exec() else None


# -- the panel ----------------------------------------------------------------------------------
class WorkflowPanel(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_workflow")
        self.setTitle(self.tr("Review and approval"))
        self.ctx = ctx
        self.year: AcademicYear | None = None
        self.association_id: int | None = ALL
        self.plan_name = ""
        self.approval: PlanApproval | None = None

        self.state = QLabel()
        self.state.setObjectName("plan_state")
        self.state.setWordWrap(True)
        self.review_button = push_button("plan_review", self.tr("Re&viewed at a meeting…"), self.review,
                                          self.tr("The council (an association: its own meeting) reviewed the plan"))
        self.agree_button = push_button("plan_agree", self.tr("A&greed with the deputy…"), self.agree,
                                         self.tr("An association's plan is agreed with the deputy director"))
        self.approve_button = push_button("plan_approve", self.tr("&Approve…"), self.approve,
                                           self.tr("The director approved the plan: the date and the order number"))
        self.doc_lang = QComboBox()
        self.doc_lang.setObjectName("plan_doc_lang")
        self.doc_lang.addItem("Кыргызча", "ky")
        self.doc_lang.addItem("Русский", "ru")
        self.doc_lang.setCurrentIndex(max(0, self.doc_lang.findData(ctx.lang)))
        self.doc_lang.setToolTip(self.tr("The language of the document"))
        self.docx_button = push_button("plan_docx", self.tr("Plan .doc&x…"), lambda: self.make_document(".docx"),
                                        self.tr("The plan as a Word document, with the approval header"))
        self.xlsx_button = push_button("plan_xlsx", self.tr("Plan .xl&sx…"), lambda: self.make_document(".xlsx"),
                                        self.tr("The plan as an Excel workbook"))

        self.amendments_model = AmendmentsModel(self)
        self.amendments = QTableView()
        self.amendments.setObjectName("plan_amendments")
        self.amendments.setModel(self.amendments_model)
        self.amendments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.amendments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.amendments.setWordWrap(False)
        self.amendments.verticalHeader().hide()
        header = self.amendments.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.amendments.viewport().installEventFilter(self)
        self.amendments.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.amendments_label = QLabel(self.tr("A&mendments after approval"))
        self.amendments_label.setBuddy(self.amendments)

        steps = QHBoxLayout()
        for button in (self.review_button, self.agree_button, self.approve_button):
            steps.addWidget(button)
        steps.addStretch(1)
        documents = QHBoxLayout()
        language = QLabel(self.tr("Lang&uage"))
        language.setBuddy(self.doc_lang)
        documents.addWidget(language)
        documents.addWidget(self.doc_lang)
        documents.addWidget(self.docx_button)
        documents.addWidget(self.xlsx_button)
        documents.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.state)
        left.addLayout(steps)
        left.addStretch(1)
        left.addLayout(documents)
        right = QVBoxLayout()
        right.addWidget(self.amendments_label)
        right.addWidget(self.amendments, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.amendments.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """What changed and why share the width the date leaves."""
        header = self.amendments.horizontalHeader()
        free = self.amendments.viewport().width() - header.sectionSize(0)
        header.resizeSection(1, max(120, free // 2))

    # -- loading --------------------------------------------------------------
    def set_plan(self, year: AcademicYear | None, association_id: int | None, plan_name: str) -> None:
        """``association_id``: None for the unified plan, an id, or ALL (no single plan chosen)."""
        self.year, self.association_id, self.plan_name = year, association_id, plan_name
        plan = self.ctx.services.plan
        one = year is not None and year.id is not None and association_id != ALL
        self.approval = plan.approval(year.id, association_id) if one and year and year.id else None
        self.amendments_model.set_amendments(plan.amendments(year.id, association_id)
                                             if year is not None and year.id is not None else [])
        self._fit_columns()
        approved = self.approval is not None and self.approval.state == PlanState.APPROVED
        self.review_button.setEnabled(one and not approved)
        self.approve_button.setEnabled(one and not approved)
        self.agree_button.setVisible(one and association_id is not None)
        self.agree_button.setEnabled(one)
        for widget in (self.docx_button, self.xlsx_button, self.doc_lang):
            widget.setEnabled(one)
        self.state.setText(self.state_text())

    def state_text(self) -> str:
        a = self.approval
        if a is None:
            return self.tr("Choose one plan (above) to review, approve or print it.")
        lines = []
        if a.state == PlanState.DRAFT:
            lines.append(self.tr("Draft: not reviewed yet."))
        elif a.review_meeting_id is not None:
            try:
                numbered = self.ctx.services.meetings.numbered(a.review_meeting_id)
                number, day = numbered.number, fmt_date(numbered.meeting.day)
            except DomainError:
                number, day = "?", "?"
            if self.association_id is None:
                lines.append(self.tr("Reviewed at the meeting of the methodical council № {number} of {day}.")
                             .format(number=number, day=day))
            else:
                lines.append(self.tr("Reviewed at the association's meeting № {number} of {day}.")
                             .format(number=number, day=day))
        if a.agreed is not None and self.association_id is not None:
            lines.append(self.tr("Agreed with the deputy on {day}.").format(day=fmt_date(a.agreed)))
        if a.state == PlanState.APPROVED:
            if a.order_number:
                lines.append(self.tr("Approved by the director on {day}, order № {order}.").format(
                    day=fmt_date(a.approved), order=a.order_number))
            else:
                lines.append(self.tr("Approved by the director on {day}.").format(day=fmt_date(a.approved)))
            lines.append(self.tr("Every change of an item now asks for its reason and is listed on the right."))
        return "<b>" + self.plan_name + "</b><br>" + "<br>".join(lines)

    # -- steps ----------------------------------------------------------------
    def _body(self) -> Body:
        if self.association_id is None:
            return Body(BodyKind.COUNCIL)
        return Body(BodyKind.ASSOCIATION, self.association_id)

    def review(self) -> None:
        if self.year is None or self.year.id is None or self.association_id == ALL:
            return
        meetings = self.ctx.services.meetings
        body = self._body()
        held = [n for n in meetings.meetings(self.year.id, body) if n.meeting.status == MeetingStatus.HELD]
        if not held:
            name = meetings.body_info(self.year.id, body).name(self.ctx.lang)
            self.ctx.dialogs.error(self, describe(DomainError("no_held_meetings", body=name, year=self.year.label)))
            return
        choices = [(n.meeting.id or 0, self.tr("№ {number} of {day}").format(number=n.number,
                                                                              day=fmt_date(n.meeting.day)))
                   for n in held]
        meeting_id = ask_meeting(self, choices)
        if meeting_id is None:
            return
        if self.ctx.run(self.ctx.services.plan.review, self.year.id, self.association_id, meeting_id,
                        parent=self) is not None:
            self.ctx.status.emit(self.tr("The plan is marked as reviewed."))

    def agree(self) -> None:
        if self.year is None or self.year.id is None or self.association_id in (None, ALL):
            return
        day = ask_date(self, self.ctx.services.today())
        if day is not None:
            self.ctx.run(self.ctx.services.plan.agree, self.year.id, self.association_id, day, parent=self)

    def approve(self) -> None:
        if self.year is None or self.year.id is None or self.association_id == ALL:
            return
        answer = ask_approval(self, self.ctx.services.today())
        if answer is None:
            return
        if self.ctx.run(self.ctx.services.plan.approve, self.year.id, self.association_id, *answer,
                        parent=self) is not None:
            self.ctx.status.emit(self.tr("The plan is approved."))

    # -- documents ------------------------------------------------------------
    def make_document(self, suffix: str) -> Path | None:
        if self.year is None or self.year.id is None or self.association_id == ALL:
            return None
        if self.association_id is None:
            name = self.tr("Unified plan {year}").format(year=self.year.label)
        else:
            name = self.tr("Work plan {name} {year}").format(name=self.plan_name, year=self.year.label)
        name = re.sub(r'[\\/:*?"<>|«»]+', " ", name).strip() + suffix
        filters = self.tr("Word documents (*.docx)") if suffix == ".docx" else self.tr("Excel workbooks (*.xlsx)")
        chosen = self.ctx.dialogs.save_file(self, self.tr("Save the plan"), name, filters)
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != suffix:
            out = out.with_name(out.name + suffix)
        made = self.ctx.run(self.ctx.documents.plan, self.year.id, self.association_id,
                            self.doc_lang.currentData(), out, parent=self)
        if made is not None:
            self.ctx.file_saved.emit(self.tr("Saved: {path}").format(path=Path(made).name), str(made))
        return made
