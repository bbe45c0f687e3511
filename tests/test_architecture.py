"""The arrows point one way: gui -> domain <- storage. A wrong import fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FORBIDDEN = {
    "domain": {"PySide6", "sqlalchemy", "alembic", "docx", "docxtpl", "openpyxl", "storage", "gui"},
    "storage": {"PySide6", "gui"},
    "gui": {"sqlalchemy", "alembic", "storage"},
}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_respect_the_layers(package: str) -> None:
    offenders = []
    for path in sorted((ROOT / package).rglob("*.py")):
        bad = imported_roots(path) & FORBIDDEN[package]
        if bad:
            offenders.append(f"{path.relative_to(ROOT)} imports {sorted(bad)}")
    assert offenders == []


def test_the_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("import os\nfrom PySide6.QtCore import Qt\ndef f():\n    import sqlalchemy.orm\n")
    assert imported_roots(sample) == {"os", "PySide6", "sqlalchemy"}


def test_no_module_is_too_big() -> None:
    big = []
    for package in ("domain", "storage", "gui", "cli"):
        for path in (ROOT / package).rglob("*.py"):
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > 600:
                big.append(f"{path.relative_to(ROOT)}: {lines}")
    assert big == []
