"""The headless commands other than `list`: each returns the process exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cli.lists import KINDS
from domain.demo import load_demo
from domain.services.checks import consistency_problems
from domain.services.container import Services
from gui.messages import describe
from storage.backup import backup_file
from storage.check import integrity_problems
from storage.database import Database


def _tr(text: str) -> str:
    return QCoreApplication.translate("Cli", text)


def cmd_demo(services: Services, db: Database, args: argparse.Namespace) -> int:
    load_demo(services)
    print(_tr("The sample school was loaded into {path}.").format(path=db.path))
    return 0


def cmd_check(services: Services, db: Database, args: argparse.Namespace) -> int:
    problems = integrity_problems(db.path) + [describe(e) for e in consistency_problems(services)]
    if problems:
        for p in problems:
            sys.stderr.write(p + "\n")
        return 1
    print(_tr("The database is sound: {path}").format(path=db.path))
    return 0


def cmd_backup(services: Services, db: Database, args: argparse.Namespace) -> int:
    target = backup_file(db.path, Path(args.out))
    print(_tr("Backup written: {path}").format(path=target))
    return 0


def cmd_list(services: Services, db: Database, args: argparse.Namespace) -> int:
    KINDS[args.kind](services, args)
    return 0


COMMANDS: dict[str, Callable[[Services, Database, argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "check": cmd_check,
    "backup": cmd_backup,
    "list": cmd_list,
}
