"""Every user-visible string is translated into Kyrgyz and Russian, placeholders intact."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from scripts.i18n import LANGS, lupdate, messages, ts_path, unfinished

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> dict[str, Path]:
    """The committed .ts files re-extracted from today's sources (lupdate adds what is new)."""
    out = {}
    folder = tmp_path_factory.mktemp("ts")
    for lang in LANGS:
        copy = folder / ts_path(lang).name
        shutil.copy(ts_path(lang), copy)
        out[lang] = copy
    lupdate(list(out.values()))
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_no_untranslated_strings(fresh_ts, lang: str) -> None:
    assert unfinished(fresh_ts[lang]) == []


def _bases(text: str) -> set[str]:
    """Placeholders, with a language variant ({subject_ru}) counted as its base ({subject})."""
    return {p.replace("_ru}", "}") for p in PLACEHOLDER.findall(text)}


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_survive_translation(fresh_ts, lang: str) -> None:
    broken = [
        source for _ctx, source, t in messages(fresh_ts[lang])
        if t is not None and t.text and _bases(source) != _bases(t.text)
    ]
    assert broken == []


def test_the_checker_notices_an_untranslated_string(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text('<?xml version="1.0"?><TS><context><name>C</name><message><source>Save</source>'
                  '<translation type="unfinished"></translation></message></context></TS>', encoding="utf-8")
    assert unfinished(ts) == [("C", "Save")]


def test_no_translation_wrappers_hide_strings_from_lupdate() -> None:
    """lupdate reads only tr()/translate()/QT_TRANSLATE_NOOP calls with literal text: a wrapper, or a tr()
    inside an f-string, hides strings from it."""
    root = Path(__file__).resolve().parent.parent
    offenders = [
        str(p.relative_to(root)) for d in ("gui", "cli") for p in (root / d).rglob("*.py")
        if re.search(r"def _?tr\w*\(|\b_tr\(|f\"[^\"\n]*\{[^}]*\.tr\(|f'[^'\n]*\{[^}]*\.tr\(",
                     p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
