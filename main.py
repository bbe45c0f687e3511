"""Усулдук кабинет: the composition root. See cli/main.py for the commands."""

from __future__ import annotations

import sys

from cli.main import main

if __name__ == "__main__":
    sys.exit(main())
