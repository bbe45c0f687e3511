"""Alembic migrations. The schema exists only through them; the first one creates it."""

from pathlib import Path

MIGRATIONS_DIR = Path(__file__).resolve().parent
# The newest revision: compared with the file's own at start-up so Alembic is imported only to upgrade.
HEAD_REVISION = "0006"
