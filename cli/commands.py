"""The headless commands other than `list`: each returns the process exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cli.compose import Composed
from cli.lists import KINDS
from domain.demo import load_demo
from domain.services.checks import consistency_problems
from gui.messages import describe
from storage.backup import backup_file
from storage.check import integrity_problems


def cmd_demo(c: Composed, args: argparse.Namespace) -> int:
    load_demo(c.services)
    print(QCoreApplication.translate("Cli", "The sample school was loaded into {path}.").format(path=c.db.path))
    return 0


def cmd_check(c: Composed, args: argparse.Namespace) -> int:
    problems = integrity_problems(c.db.path) + [describe(e) for e in consistency_problems(c.services)]
    if problems:
        for p in problems:
            sys.stderr.write(p + "\n")
        return 1
    print(QCoreApplication.translate("Cli", "The database is sound: {path}").format(path=c.db.path))
    return 0


def cmd_backup(c: Composed, args: argparse.Namespace) -> int:
    target = backup_file(c.db.path, Path(args.out))
    print(QCoreApplication.translate("Cli", "Backup written: {path}").format(path=target))
    return 0


def cmd_restore(db: Path, backup: Path) -> int:
    from storage.safety import restore

    safety = restore(db.resolve(), backup)
    print(QCoreApplication.translate("Cli", "Restored {db} from {backup}; the previous file was kept as {safety}.")
          .format(db=db, backup=backup, safety=safety))
    return 0


def cmd_list(c: Composed, args: argparse.Namespace) -> int:
    KINDS[args.kind](c.services, args)
    return 0


def cmd_import_staff(c: Composed, args: argparse.Namespace) -> int:
    from domain.errors import DomainError
    from domain.staff_import import parse_staff

    sheets = c.read_sheets(Path(args.file))
    parsed = parse_staff([(s.name, s.rows) for s in sheets], c.services.today())
    plan = c.services.staff.plan_import(parsed)
    rejected = [r.parsed for r in plan.invalid]
    lines = [QCoreApplication.translate("Cli", "Row {row}: {problem}").format(row=r.row, problem=describe(e).replace("\n", " "))
             for r in rejected for e in r.errors]
    try:
        report, _ = c.services.staff.apply_import(plan, skip_invalid=args.skip_invalid)
    except DomainError as e:
        sys.stderr.write(describe(e) + "\n" + "".join(line + "\n" for line in lines))
        return 1
    print(QCoreApplication.translate("Cli", "Sheet «{sheet}», header in row {row}.").format(sheet=parsed.sheet, row=parsed.header_row))
    print(QCoreApplication.translate("Cli", "Added: {added}. Updated: {updated}. Skipped: {skipped}. Rejected: {rejected}.").format(
        added=report.added, updated=report.updated, skipped=report.skipped, rejected=len(report.rejected)))
    if report.new_subjects:
        print(QCoreApplication.translate("Cli", "New subjects added to the catalogue: {names}").format(names=", ".join(report.new_subjects)))
    if report.ignored_columns:
        print(QCoreApplication.translate("Cli", "Columns ignored: {names}").format(names=", ".join(report.ignored_columns)))
    for line in lines:
        print(line)
    return 0


def _year_id(c: Composed, args: argparse.Namespace) -> int:
    from domain.errors import DomainError

    year = c.services.school.year_by_label(args.year) if args.year else c.services.school.current_year()
    if year is None or year.id is None:
        raise DomainError("no_year")
    return year.id


def cmd_suggest(c: Composed, args: argparse.Namespace) -> int:
    from cli.output import print_table

    lang = args.lang or c.services.school.language()
    year_id = _year_id(c, args)
    names = {t.id: t.full_name for t in c.services.staff.teachers()}
    subjects = {s.id: s.name(lang) for s in c.services.staff.subjects()}
    found = c.services.associations.suggestions(year_id)
    rows = [(s.kind.value, "; ".join(subjects[i] for i in s.subject_ids), s.count,
             "; ".join(names[t] for t in s.teacher_ids)) for s in found.associations]
    if found.uncovered:
        rows.append(("district", "", len(found.uncovered), "; ".join(names[t] for t in found.uncovered)))
    print_table(("kind", "subjects", "teachers", "names"), rows)
    return 0


def _export_protocols(c: Composed, args: argparse.Namespace, lang: str, out: Path) -> Path:
    from domain.documents.protocol import ProtocolBook

    if not args.body:
        raise SystemExit(_usage(f"export {args.document} needs --body NAME"))
    year_id = _year_id(c, args)
    body = c.services.meetings.find_body(year_id, args.body).body
    if args.document == "protocols":
        if out.suffix.lower() == ".pdf":
            return _pdf(c.documents.book_content(year_id, body, lang), out)
        return c.documents.protocol_book(year_id, body, lang, out)
    if args.number is None:
        raise SystemExit(_usage("export protocol needs --number N"))
    meeting_id = c.services.meetings.by_number(year_id, body, args.number).meeting.id
    if out.suffix.lower() == ".pdf":
        content = c.documents.protocol_content(meeting_id, lang)
        return _pdf(ProtocolBook(lang, content.school_name, content.body_name, content.year_label, [content]), out)
    return c.documents.protocol(meeting_id, lang, out)


def _pdf(book: object, out: Path) -> Path:
    from gui.printing.html import protocol_html
    from gui.printing.pdf import write_pdf

    return write_pdf(protocol_html(book), out)


def _usage(message: str) -> int:
    sys.stderr.write(f"main.py export: error: {message}\n")
    return 2


def cmd_export(c: Composed, args: argparse.Namespace) -> int:
    lang = args.doc_lang or args.lang or c.services.school.language()
    if args.document == "order":
        out = c.documents.order(_year_id(c, args), lang, Path(args.out))
    elif args.document == "report":
        year_id = _year_id(c, args)
        association = (c.services.meetings.find_body(year_id, args.association).body.association_id
                       if args.association else None)
        out = c.documents.report(year_id, association, lang, Path(args.out))
    elif args.document == "district":
        out = c.documents.district(_year_id(c, args), lang, Path(args.out))
    elif args.document == "regulation":
        if not args.kind:
            return _usage("export regulation needs --kind methodical-work|association")
        out = c.documents.regulation(args.kind, _year_id(c, args), lang, Path(args.out))
    elif args.document == "topics":
        out = c.documents.topics(_year_id(c, args), lang, Path(args.out))
    elif args.document == "lessons":
        out = c.documents.lessons_schedule(_year_id(c, args), args.term, lang, Path(args.out))
    elif args.document == "plan":
        year_id = _year_id(c, args)
        association = (c.services.meetings.find_body(year_id, args.association).body.association_id
                       if args.association else None)
        out = c.documents.plan(year_id, association, lang, Path(args.out))
    else:
        out = _export_protocols(c, args, lang, Path(args.out))
    print(QCoreApplication.translate("Cli", "Document written: {path}").format(path=out))
    return 0


COMMANDS: dict[str, Callable[[Composed, argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "check": cmd_check,
    "backup": cmd_backup,
    "list": cmd_list,
    "import-staff": cmd_import_staff,
    "suggest": cmd_suggest,
    "export": cmd_export,
}
