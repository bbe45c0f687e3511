"""The Windows version resource: PyInstaller's own parser reads it, and its numbers are pyproject's."""

from __future__ import annotations

import importlib
import re
import struct
import sys
import tomllib
import types
from pathlib import Path

import pytest

from scripts.make_version import read_version, version_text, version_tuple, write_version_file

ROOT = Path(__file__).resolve().parent.parent


def _load_parser():
    """PyInstaller's version-file parser. Its module imports `pefile` and `compat.win32api`, which
    exist only on Windows and which parsing never uses; elsewhere stand-ins are given for the
    import and taken away again, so nothing else in the run sees them."""
    pytest.importorskip("PyInstaller", reason="PyInstaller is installed by ./build")
    import PyInstaller.compat as compat

    name = "PyInstaller.utils.win32.versioninfo"
    if sys.platform == "win32":
        return importlib.import_module(name)
    stub_pefile = "pefile" not in sys.modules
    stub_win32api = not hasattr(compat, "win32api")
    if stub_pefile:
        sys.modules["pefile"] = types.ModuleType("pefile")
    if stub_win32api:
        compat.win32api = None
    try:
        return importlib.import_module(name)
    finally:
        sys.modules.pop(name, None)
        if stub_pefile:
            del sys.modules["pefile"]
        if stub_win32api:
            del compat.win32api


versioninfo = _load_parser()


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]["version"]


def strings_of(info) -> dict[str, str]:
    tables = [t for kid in info.kids if isinstance(kid, versioninfo.StringFileInfo) for t in kid.kids]
    assert len(tables) == 1
    return {s.name: s.val for s in tables[0].kids}


def test_the_version_comes_from_pyproject() -> None:
    assert read_version() == pyproject_version()


def test_pyinstaller_parses_the_generated_file(tmp_path: Path) -> None:
    path = write_version_file(tmp_path / "build" / "version_info.txt")
    info = versioninfo.load_version_info_from_text_file(str(path))
    assert isinstance(info, versioninfo.VSVersionInfo)

    version = pyproject_version()
    numbers = version_tuple(version)
    parts = [int(p) for p in re.match(r"\d+(?:\.\d+)*", version).group(0).split(".")]
    assert list(numbers[: len(parts)]) == parts and len(numbers) == 4
    ms, ls = (numbers[0] << 16) | numbers[1], (numbers[2] << 16) | numbers[3]
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == (ms, ls)
    assert (info.ffi.productVersionMS, info.ffi.productVersionLS) == (ms, ls)

    strings = strings_of(info)
    assert strings["FileVersion"] == strings["ProductVersion"] == version
    assert strings["ProductName"] == strings["CompanyName"] == "Усулдук кабинет"
    assert strings["FileDescription"] == "Усулдук кабинет — methodical office"
    assert strings["OriginalFilename"] == "UsulKabinet.exe"
    # The binary resource PyInstaller embeds can be built and read back. Its struct format is
    # native ("13L"), which is the right size only where a C long has 4 bytes (Windows).
    if struct.calcsize("L") != 4:
        return
    raw = info.toRaw()
    again = versioninfo.VSVersionInfo()
    again.fromRaw(raw)
    assert again.toRaw() == raw and strings_of(again) == strings


def test_the_exe_name_matches_build_spec() -> None:
    assert 'name="UsulKabinet"' in (ROOT / "build.spec").read_text(encoding="utf-8")


@pytest.mark.parametrize(("text", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("2", (2, 0, 0, 0)), ("1.2.3.4", (1, 2, 3, 4)),
    ("0.2.0rc1", (0, 2, 0, 0)), ("0.2.0.dev3", (0, 2, 0, 0)),
])
def test_version_tuple(text: str, numbers: tuple[int, int, int, int]) -> None:
    assert version_tuple(text) == numbers
    # The text for any such version evaluates as PyInstaller's loader does it (eval in its module).
    assert isinstance(eval(version_text(text), dict(vars(versioninfo))), versioninfo.VSVersionInfo)


@pytest.mark.parametrize("text", ["1.2.3.4.5", "v1", "70000.0"])
def test_version_tuple_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        version_tuple(text)
