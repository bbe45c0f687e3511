from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli(tmp_path: Path):
    """Run `python main.py --db tmp ARGS` as a user would; returns the CompletedProcess."""
    db = tmp_path / "cli.sqlite"

    def run(*args: str, db_path: Path | None = db, lang: str | None = None) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, str(ROOT / "main.py")]
        if db_path is not None:
            cmd += ["--db", str(db_path)]
        if lang:
            cmd += ["--lang", lang]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "USUL_TODAY": "2026-11-23"}
        return subprocess.run(cmd + list(args), capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)

    run.db = db  # type: ignore[attr-defined]
    return run


def table(stdout: str) -> list[dict[str, str]]:
    lines = stdout.rstrip("\n").split("\n")
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
