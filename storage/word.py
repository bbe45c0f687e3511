"""Word output: a document's content rendered through its template (docxtpl), written atomically.

A user copy of a template in the data folder's ``templates/`` is used instead of the built-in one;
a broken copy gets a clear message naming the file.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from domain.errors import DomainError


def builtin_templates() -> Path:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base / "templates_docx"


def template_path(name: str, lang: str, user_dir: Path | None = None) -> Path:
    filename = f"{name}_{lang}.docx"
    if user_dir is not None and (user_dir / filename).exists():
        return user_dir / filename
    return builtin_templates() / filename


def as_context(obj: Any) -> dict[str, Any]:
    """A dataclass's fields and properties, for the template's Jinja tags."""
    context = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    for name in dir(type(obj)):
        if isinstance(getattr(type(obj), name, None), property):
            context[name] = getattr(obj, name)
    return context


def write_atomically(out: Path, save: Any) -> Path:
    """Write to a temporary file beside ``out`` then replace it: a crash never leaves half a file.

    ``save(path)`` writes the bytes. A target held open by another program (Word on Windows)
    raises DomainError("file_locked").
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".~usul-", suffix=out.suffix, dir=out.parent)
    os.close(fd)
    try:
        save(tmp)
        try:
            os.replace(tmp, out)
        except PermissionError as e:
            raise DomainError("file_locked", path=str(out)) from e
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return out


def render_docx(name: str, lang: str, content: Any, out: Path, user_dir: Path | None = None,
                pictures: dict[str, bytes] | None = None, picture_width_mm: int = 160) -> Path:
    """Render ``content`` through the template; ``pictures`` (PNG bytes by name) become the context's
    ``images``, each an inline picture."""
    import io

    from docx.shared import Mm
    from docxtpl import DocxTemplate, InlineImage

    path = template_path(name, lang, user_dir)
    if not path.exists():
        raise DomainError("missing_template", path=str(path))
    context = as_context(content) if dataclasses.is_dataclass(content) else dict(content)
    try:
        template = DocxTemplate(str(path))
        if pictures is not None:
            context["images"] = {k: InlineImage(template, io.BytesIO(v), width=Mm(picture_width_mm))
                                 for k, v in pictures.items()}
        template.render(context, autoescape=True)
    except Exception as e:  # a user's template may be anything: name the file and the reason
        if user_dir is not None and path.parent == user_dir:
            raise DomainError("bad_template", path=str(path), reason=str(e).splitlines()[0][:200]) from e
        raise
    return write_atomically(out, template.save)
