"""Parse the command line; run one headless command or hand over to the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from cli.lists import KINDS


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors: message and exit 2, no traceback
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="main.py", description="Усулдук кабинет — the methodical office of a school.")
    p.add_argument("--db", metavar="FILE", help="database file (default: the per-user data folder)")
    p.add_argument("--lang", choices=("ky", "ru"), help="language of the window and the messages")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.add_parser("demo", help="fill an empty database with the sample school")
    sub.add_parser("check", help="integrity and consistency checks; exit 0 when sound")
    b = sub.add_parser("backup", help="write a consistent copy of the database")
    b.add_argument("out", metavar="OUT")
    li = sub.add_parser("list", help="print a tab-separated table")
    li.add_argument("kind", choices=sorted(KINDS))
    li.add_argument("--year", metavar="LABEL", help="academic year, e.g. 2025-2026 (default: current)")
    li.add_argument("--body", metavar="NAME", help="meetings and decisions of one association or council")
    li.add_argument("--association", metavar="NAME", help="the plan of one association (default: every item)")
    sub.add_parser("selftest", help="open the window, visit every page, exit 0")
    rs = sub.add_parser("restore", help="put a backup in place of the database (the current file is copied first)")
    rs.add_argument("backup", metavar="BACKUP")
    sg = sub.add_parser("suggest", help="the associations the staff allows, with their teacher counts")
    sg.add_argument("--year", metavar="LABEL")
    ex = sub.add_parser("export", help="make a document: order, protocol, protocols (the book), plan, topics, "
                                       "lessons (the open-lesson schedule of a term)")
    ex.add_argument("document", choices=("order", "protocol", "protocols", "plan", "topics", "lessons", "report",
                                         "district", "regulation"))
    ex.add_argument("--kind", choices=("methodical-work", "association"), help="which regulation")
    ex.add_argument("--term", metavar="N", type=int, choices=(1, 2, 3, 4), help="term of the lesson schedule")
    ex.add_argument("--association", metavar="NAME", help="an association's work plan (default: the unified plan)")
    ex.add_argument("--body", metavar="NAME", help="association or council (name in either language)")
    ex.add_argument("--number", metavar="N", type=int, help="the meeting's protocol number")
    ex.add_argument("--year", metavar="LABEL", help="academic year (default: current)")
    ex.add_argument("--lang", dest="doc_lang", choices=("ky", "ru"), default=None, help="document language")
    ex.add_argument("--out", metavar="FILE", required=True)
    imp = sub.add_parser("import-staff", help="import the staff list from an Excel workbook (.xlsx)")
    imp.add_argument("file", metavar="FILE.xlsx")
    imp.add_argument("--skip-invalid", action="store_true", help="import the valid rows, report the others")
    return p


def today() -> date:
    """Today, or the date in USUL_TODAY (YYYY-MM-DD) so that tests and drills are repeatable."""
    fixed = os.environ.get("USUL_TODAY")
    return date.fromisoformat(fixed) if fixed else date.today()


def default_db_path() -> Path:
    from PySide6.QtCore import QStandardPaths

    _name_app()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / "usul.sqlite"


def _name_app() -> None:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName("Usul")
    QCoreApplication.setApplicationName("UsulKabinet")


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):  # Kyrgyz letters on a Windows console
            stream.reconfigure(encoding="utf-8")
    try:
        return _main(argv)
    except BrokenPipeError:  # e.g. `list teachers | head`: the reader left, nothing is wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from gui.app import run_window
        from storage.safety import InstanceLock, peek_language, restore

        _name_app()
        path = Path(args.db) if args.db else default_db_path()
        lock = InstanceLock(path.resolve())

        def prepare() -> str | None:  # before the window shows: one window per file, and its language
            lock.acquire()
            return peek_language(path)

        def open_for_window() -> Any:  # once the window shows: the heavy imports and the database
            from cli.compose import compose

            return compose(path, today, window=True, lock=lock)

        return run_window(path, args.lang, open_for_window, restore, prepare)
    if args.command == "selftest":
        from cli.compose import compose
        from gui.app import run_selftest

        _name_app()
        path = Path(args.db) if args.db else default_db_path()
        return run_selftest(path, args.lang, lambda: compose(path, today, window=True))
    return run_headless(args)


def run_headless(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from domain.errors import DomainError
    from gui import i18n
    from gui.messages import describe

    if args.command == "export":  # documents may hold charts drawn by Qt: a GUI application, offscreen
        if not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        app = QCoreApplication.instance() or QGuiApplication([sys.argv[0]])
    else:
        app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    _name_app()
    i18n.install(args.lang or "ky")
    try:
        from cli.commands import COMMANDS, cmd_restore
        from cli.compose import compose

        if args.command == "restore":  # before opening: the file may be damaged
            return cmd_restore(Path(args.db) if args.db else default_db_path(), Path(args.backup))

        composed = compose(Path(args.db) if args.db else default_db_path(), today)
        try:
            if not args.lang:
                i18n.install(composed.services.school.language())
            return COMMANDS[args.command](composed, args)
        finally:
            composed.close()
    except DomainError as e:
        sys.stderr.write(describe(e) + "\n")
        return 1
    finally:
        del app
