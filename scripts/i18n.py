"""Translation upkeep for resources/i18n/usul_{ky,ru}.ts.

    python -m scripts.i18n update          # extract the strings of gui/ and cli/ into both .ts files
    python -m scripts.i18n missing ky      # print the untranslated ones: context<TAB>source
    python -m scripts.i18n apply ky F.tsv  # fill translations from lines context<TAB>source<TAB>translation
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = ["gui", "cli"]
LANGS = ("ky", "ru")


def ts_path(lang: str) -> Path:
    return I18N / f"usul_{lang}.ts"


def lupdate(targets: list[Path]) -> None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    files = sorted(str(p.relative_to(ROOT)) for d in SOURCES for p in (ROOT / d).rglob("*.py"))
    cmd = [str(tool), *files, "-no-obsolete", "-locations", "none", "-ts", *map(str, targets)]
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of a .ts file."""
    tree = ET.parse(path)
    out = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out.append((name, msg.findtext("source") or "", msg.find("translation")))
    return out


def unfinished(path: Path) -> list[tuple[str, str]]:
    return [(c, s) for c, s, t in messages(path) if t is None or t.get("type") == "unfinished" or not (t.text or "").strip()]


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unesc(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def apply(lang: str, tsv: Path) -> int:
    wanted: dict[tuple[str, str], str] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        ctx, source, translation = line.split("\t")
        wanted[(ctx, _unesc(source))] = _unesc(translation)
    path = ts_path(lang)
    tree = ET.parse(path)
    count = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source") or "")
            if key in wanted:
                t = msg.find("translation")
                if t is None:
                    t = ET.SubElement(msg, "translation")
                t.text = wanted[key]
                t.attrib.pop("type", None)
                count += 1
    ET.indent(tree)
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    return count


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    if argv[0] == "update":
        I18N.mkdir(parents=True, exist_ok=True)
        for lang in LANGS:
            if not ts_path(lang).exists():
                ts_path(lang).write_text(
                    f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{lang}"></TS>\n',
                    encoding="utf-8")
        lupdate([ts_path(lang) for lang in LANGS])
        for lang in LANGS:
            print(f"{lang}: {len(unfinished(ts_path(lang)))} untranslated")
        return 0
    if argv[0] == "missing":
        for ctx, source in unfinished(ts_path(argv[1])):
            print(f"{ctx}\t{_esc(source)}")
        return 0
    if argv[0] == "apply":
        print(f"{apply(argv[1], Path(argv[2]))} translations applied")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
