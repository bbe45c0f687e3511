"""Loading the translations: Kyrgyz by default, Russian one click away."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("ky", "ru")


def i18n_dir() -> Path:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base / "resources" / "i18n"


_installed: list[QTranslator] = []
_current: list[str] = []


def current() -> str | None:
    """The language installed last (None before the first install)."""
    return _current[-1] if _current else None


def install(lang: str) -> str:
    """Install the app's (and Qt's own, where it exists) translation for ``lang``; returns it."""
    lang = lang if lang in LANGUAGES else "ky"
    app = QCoreApplication.instance()
    assert app is not None, "install() needs a Q(Core)Application"
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    ours = QTranslator(app)
    if not ours.load(f"usul_{lang}", str(i18n_dir())):
        raise RuntimeError(f"translation usul_{lang}.qm not found in {i18n_dir()}: run ./run or ./test to build it")
    app.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.Russian if lang == "ru" else QLocale.Language.Kirghiz))
    _current[:] = [lang]
    return lang
