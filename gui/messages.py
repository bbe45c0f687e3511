"""Sentences for domain errors in the user's language (used by the window and the command line).

Only QtCore is needed, so the headless commands can use the same translations.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.errors import DomainError, ValidationErrors

TEMPLATES: dict[str, str] = {
    "not_found": QT_TRANSLATE_NOOP("Errors", "Not found: {key}."),
    "bad_year_label": QT_TRANSLATE_NOOP("Errors", "Write the academic year as two consecutive years, like 2025–2026 (not «{label}»)."),
    "year_end_before_start": QT_TRANSLATE_NOOP("Errors", "The year ends ({end}) before it starts ({start})."),
    "year_start_not_in_label": QT_TRANSLATE_NOOP("Errors", "The year {label} must start in its first calendar year, not on {start}."),
    "term_count": QT_TRANSLATE_NOOP("Errors", "A year has exactly {expected} terms, not {count}."),
    "term_number": QT_TRANSLATE_NOOP("Errors", "Terms are numbered 1 to 4 in order: found {number} where {expected} was expected."),
    "term_end_before_start": QT_TRANSLATE_NOOP("Errors", "Term {term} ends ({end}) before it starts ({start})."),
    "term_outside_year": QT_TRANSLATE_NOOP("Errors", "Term {term} must lie inside the year ({year_start} – {year_end})."),
    "terms_overlap": QT_TRANSLATE_NOOP("Errors", "Term {term} starts on {start}, before term {previous} ends ({previous_end})."),
    "year_exists": QT_TRANSLATE_NOOP("Errors", "The year {label} already exists."),
    "years_overlap": QT_TRANSLATE_NOOP("Errors", "The dates of {label} overlap the year {other}."),
    "school_name_required": QT_TRANSLATE_NOOP("Errors", "Enter the school's name (in Kyrgyz or in Russian)."),
    "bad_language": QT_TRANSLATE_NOOP("Errors", "Unknown language «{language}»: use ky or ru."),
    "not_a_database": QT_TRANSLATE_NOOP("Errors", "The file {path} is not a database of Усулдук кабинет or is damaged; it was not changed."),
    "foreign_database": QT_TRANSLATE_NOOP("Errors", "The file {path} belongs to another program; it was not changed."),
    "database_not_empty": QT_TRANSLATE_NOOP("Errors", "The database already holds a school; the sample is loaded only into an empty database."),
    "required": QT_TRANSLATE_NOOP("Errors", "{field}: this field must be filled in."),
    "bad_email": QT_TRANSLATE_NOOP("Errors", "{field}: «{value}» is not an e-mail address."),
    "experience_before_birth": QT_TRANSLATE_NOOP("Errors", "{field}: experience cannot start before the birth date."),
    "left_before_hired": QT_TRANSLATE_NOOP("Errors", "{field}: the teacher cannot leave before being hired."),
    "main_subject_required": QT_TRANSLATE_NOOP("Errors", "{field}: choose the main subject first."),
    "bad_hours": QT_TRANSLATE_NOOP("Errors", "{field}: {value} is not a number of hours (1–2000)."),
    "end_before_start": QT_TRANSLATE_NOOP("Errors", "{field}: the end is before the start."),
    "file_not_found": QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."),
    "not_spreadsheet": QT_TRANSLATE_NOOP("Errors", "The file {path} is not an Excel workbook (.xlsx)."),
    "password_protected": QT_TRANSLATE_NOOP("Errors", "The file {path} is protected by a password: save it without a password and try again."),
    "unreadable": QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read: {reason}"),
    "no_header": QT_TRANSLATE_NOOP("Errors", "No header row with the teachers' names was found (e.g. «ФИО» or «Аты-жөнү»)."),
    "empty_file": QT_TRANSLATE_NOOP("Errors", "The workbook is empty."),
    "bad_category": QT_TRANSLATE_NOOP("Errors", "{field}: «{value}» is not a category (highest, I, II or none)."),
    "bad_date": QT_TRANSLATE_NOOP("Errors", "{field}: «{value}» is not a date (dd.mm.yyyy)."),
    "bad_experience": QT_TRANSLATE_NOOP("Errors", "{field}: «{value}» is neither a number of years nor a start date."),
    "duplicate_teacher": QT_TRANSLATE_NOOP("Errors", "{name} is already on the staff."),
    "subject_in_use": QT_TRANSLATE_NOOP("Errors", "The subject «{name}» is taught by {count} teacher(s): it can be hidden, not deleted."),
    "subject_exists": QT_TRANSLATE_NOOP("Errors", "The subject «{name}» is already in the catalogue."),
    "import_invalid_rows": QT_TRANSLATE_NOOP("Errors", "{count} row(s) have errors: nothing was imported. Fix them, or import the valid rows only."),
    "duplicate_row": QT_TRANSLATE_NOOP("Errors", "{field}: the same teacher as in row {other}."),
    "bad_due_years": QT_TRANSLATE_NOOP("Errors", "{value} is not a number of years between 1 and 20."),
    "too_few_teachers": QT_TRANSLATE_NOOP("Errors", "A subject association needs at least {needed} teachers of the subject; the school has {count} for «{subject}». Form a cycle commission with the cognate subjects ({cognate}: {cycle_count} teachers together), or let these teachers join the district association."),
    "too_few_cycle_teachers": QT_TRANSLATE_NOOP("Errors", "A cycle commission needs at least {needed} teachers; {subjects} have {count} together. Add a cognate subject, or let these teachers join the district association."),
    "too_few_members": QT_TRANSLATE_NOOP("Errors", "An association needs at least {needed} members; it has {count}."),
    "head_of_two": QT_TRANSLATE_NOOP("Errors", "{name} already heads «{other}» this year: a teacher heads one association a year."),
    "role_not_member": QT_TRANSLATE_NOOP("Errors", "{name} is not a member of the association: add the teacher to the members first."),
    "archived_member": QT_TRANSLATE_NOOP("Errors", "{name} has left the school and cannot join an association."),
    "association_needs_subject": QT_TRANSLATE_NOOP("Errors", "Choose the subject(s) of the association."),
    "subject_association_one_subject": QT_TRANSLATE_NOOP("Errors", "A subject association covers one subject (chosen: {count}); for several cognate subjects form a cycle commission."),
    "year_has_associations": QT_TRANSLATE_NOOP("Errors", "The year {year} already has its associations; nothing was copied."),
    "nothing_to_carry": QT_TRANSLATE_NOOP("Errors", "The year {year} has no associations to carry over."),
    "no_associations": QT_TRANSLATE_NOOP("Errors", "The year {year} has no associations yet."),
    "no_year": QT_TRANSLATE_NOOP("Errors", "No academic year is chosen."),
    "file_locked": QT_TRANSLATE_NOOP("Errors", "The file {path} is open in another program (Word?). Close it, or save under another name."),
    "bad_template": QT_TRANSLATE_NOOP("Errors", "The template {path} cannot be used: {reason}. Fix or remove it; the built-in template works meanwhile."),
    "would_renumber_final": QT_TRANSLATE_NOOP("Errors", "The protocol № {number} is final: this change would make it № {new_number}. Unmark it as final first, or keep the dates in their order."),
    "meeting_outside_year": QT_TRANSLATE_NOOP("Errors", "The date {day} is outside the academic year {year} (1 August – 31 July)."),
    "held_in_future": QT_TRANSLATE_NOOP("Errors", "A meeting on {day} cannot be marked as held before that day."),
    "final_not_held": QT_TRANSLATE_NOOP("Errors", "Only the protocol of a held meeting can be made final."),
    "final_protocol_delete": QT_TRANSLATE_NOOP("Errors", "The protocol № {number} is final and cannot be deleted; unmark it as final first."),
    "unknown_body": QT_TRANSLATE_NOOP("Errors", "No association or council is called «{name}» this year (matches: {count})."),
    "no_meeting_number": QT_TRANSLATE_NOOP("Errors", "There is no meeting № {number} of this body this year."),
    "no_held_meetings": QT_TRANSLATE_NOOP("Errors", "«{body}» has no held meetings in {year}."),
    "amendment_reason_required": QT_TRANSLATE_NOOP("Errors", "The plan is approved: say why it changes (the reason goes into the list of amendments)."),
    "unknown_direction": QT_TRANSLATE_NOOP("Errors", "Unknown direction of work «{direction}»."),
    "deadline_outside_year": QT_TRANSLATE_NOOP("Errors", "The deadline {day} is outside the academic year {year}."),
    "reason_required": QT_TRANSLATE_NOOP("Errors", "Say why the item is moved or cancelled."),
    "review_needs_meeting": QT_TRANSLATE_NOOP("Errors", "The plan is reviewed at a meeting: choose the meeting whose protocol records it."),
    "review_wrong_meeting": QT_TRANSLATE_NOOP("Errors", "This meeting cannot review the plan: the unified plan is reviewed by the methodical council, an association's plan at the association's own meeting, in the same year."),
    "review_meeting_not_held": QT_TRANSLATE_NOOP("Errors", "The meeting of {day} has not been held yet."),
    "plan_already_approved": QT_TRANSLATE_NOOP("Errors", "The plan was already approved on {day}."),
    "approve_before_review": QT_TRANSLATE_NOOP("Errors", "The plan cannot be approved yet: first it is reviewed — the unified plan at a meeting of the methodical council, an association's plan at the association's own meeting."),
    "approved_before_review": QT_TRANSLATE_NOOP("Errors", "The approval date {day} is before the review on {review}."),
    "bad_topic_years": QT_TRANSLATE_NOOP("Errors", "A topic spans 1 to 5 academic years, not {value}."),
    "unknown_result_form": QT_TRANSLATE_NOOP("Errors", "Unknown form of showing results: «{value}»."),
    "observer_is_teacher": QT_TRANSLATE_NOOP("Errors", "The teacher who gives the lesson cannot be its observer."),
    "visit_self": QT_TRANSLATE_NOOP("Errors", "A teacher cannot visit her own lesson: choose another teacher."),
    "unknown_regulation": QT_TRANSLATE_NOOP("Errors", "Unknown regulation «{kind}»: use methodical-work or association."),
    "database_in_use": QT_TRANSLATE_NOOP("Errors", "The database {path} is already open in another window of Усулдук кабинет. Switch to that window, or close it first."),
    "database_read_only": QT_TRANSLATE_NOOP("Errors", "The database {path} cannot be written (a read-only file or folder). Copy it to a folder you can write to, or choose another file."),
    "database_damaged": QT_TRANSLATE_NOOP("Errors", "The database {path} is damaged; it was not changed. Restore a backup (Settings → Backups, or `restore`)."),
    "bad_backup": QT_TRANSLATE_NOOP("Errors", "The backup {path} is missing or damaged; nothing was changed."),
    "database_locked": QT_TRANSLATE_NOOP("Errors", "The database is busy in another program; nothing was saved. Try again in a moment."),
    "disk_full": QT_TRANSLATE_NOOP("Errors", "The disk is full; nothing was saved. Free some space and try again."),
    "database_error": QT_TRANSLATE_NOOP("Errors", "The database refused the change ({reason}); nothing was saved."),
    "missing_template": QT_TRANSLATE_NOOP("Errors", "The template {path} is missing: reinstall the app, or put a copy of the template there."),
    "association_in_use": QT_TRANSLATE_NOOP("Errors", "«{name}» has meetings ({meetings}) and plan items ({plan_items}): it cannot be deleted, its protocols are reporting documents."),
    "invalid": QT_TRANSLATE_NOOP("Errors", "{count} problem(s) to fix."),
}

FIELD_NAMES: dict[str, str] = {
    "surname": QT_TRANSLATE_NOOP("Fields", "Surname"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "patronymic": QT_TRANSLATE_NOOP("Fields", "Patronymic"),
    "full_name": QT_TRANSLATE_NOOP("Fields", "Full name"),
    "subjects": QT_TRANSLATE_NOOP("Fields", "Subjects"),
    "main_subject": QT_TRANSLATE_NOOP("Fields", "Main subject"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "experience": QT_TRANSLATE_NOOP("Fields", "Experience"),
    "experience_start": QT_TRANSLATE_NOOP("Fields", "Experience since"),
    "education": QT_TRANSLATE_NOOP("Fields", "Education"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "Birth date"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "email": QT_TRANSLATE_NOOP("Fields", "E-mail"),
    "class_leadership": QT_TRANSLATE_NOOP("Fields", "Class leadership"),
    "last_course": QT_TRANSLATE_NOOP("Fields", "Last course"),
    "left": QT_TRANSLATE_NOOP("Fields", "Left"),
    "title": QT_TRANSLATE_NOOP("Fields", "Course title"),
    "hours": QT_TRANSLATE_NOOP("Fields", "Hours"),
    "end": QT_TRANSLATE_NOOP("Fields", "End"),
    "chair": QT_TRANSLATE_NOOP("Fields", "Chair of the council"),
    "name_ky": QT_TRANSLATE_NOOP("Fields", "Name (Kyrgyz)"),
    "event": QT_TRANSLATE_NOOP("Fields", "Event"),
    "deadline": QT_TRANSLATE_NOOP("Fields", "Deadline"),
    "done_date": QT_TRANSLATE_NOOP("Fields", "Done on"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "topic": QT_TRANSLATE_NOOP("Fields", "Topic"),
    "what": QT_TRANSLATE_NOOP("Fields", "What was shown"),
}


def _fmt(value: Any) -> str:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def field_name(field: str) -> str:
    """'course0.hours' -> the translated name of 'hours'."""
    key = field.rsplit(".", 1)[-1]
    source = FIELD_NAMES.get(key)
    return QCoreApplication.translate("Fields", source) if source else field


def describe(error: DomainError) -> str:
    """One sentence per problem; several problems become several lines."""
    if isinstance(error, ValidationErrors):
        return "\n".join(describe(e) for e in error.errors)
    template = TEMPLATES.get(error.kind)
    if template is None:
        return f"{error.kind}: {error.fields}"
    values = {k: _fmt(v) for k, v in error.fields.items()}
    values.setdefault("field", field_name(error.field) if error.field else "")
    try:
        return QCoreApplication.translate("Errors", template).format(**values)
    except (KeyError, IndexError):
        return template.format_map({**values})
