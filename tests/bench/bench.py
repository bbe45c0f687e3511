"""The benchmark of Усулдук кабинет (not collected by pytest). Run:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.bench [--runs 5] [--out tests/bench/results.md]

It builds a large school (300 teachers, 10 academic years, 25 associations and 100 meetings a year,
60 plan items a year) and prints medians over several runs, each beside a baseline measured in the
same run, with the targets; the table is written to --out (linked from the README).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


SETTINGS = tempfile.mkdtemp(prefix="usul-bench-settings-")  # never the user's own window settings


def median(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


# Both scripts print wall-clock moments (time.time(), comparable across processes): the parent takes the
# launch moment, so each measure runs from launching the interpreter to the window on the screen.
START_APP = """
import sys, time
sys.path.insert(0, {root!r})
sys.argv = ["main.py", "--db", {db!r}]
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import gui.main_window as mw
shown, attach = mw.MainWindow.showEvent, mw.MainWindow.attach
def show_event(self, event):
    shown(self, event)
    print("shown", time.time(), flush=True)
def attached(self, ctx):
    attach(self, ctx)
    QTimer.singleShot(0, lambda: (print("ready", time.time(), flush=True), QApplication.instance().exit(0)))
mw.MainWindow.showEvent, mw.MainWindow.attach = show_event, attached
from cli.main import main
main()
"""

START_BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1200, 760); w.show()
print("shown", time.time(), flush=True)
QTimer.singleShot(0, lambda: (print("ready", time.time(), flush=True), app.exit(0)))
app.exec()
"""


def _launch(script: str) -> tuple[float, float]:
    """One start: seconds from launching the interpreter to the shown window and to its first page."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": SETTINGS}  # a first start: Home
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as on a school PC: Python keeps its compiled modules
    launched = time.time()
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    moments = dict(line.split() for line in proc.stdout.splitlines() if line.startswith(("shown", "ready")))
    return float(moments["shown"]) - launched, float(moments["ready"]) - launched


def cold_start(app: str, bare: str, runs: int) -> tuple[float, float, float, float, int]:
    """The app's and a bare window's starts, one after the other in each round (so that the machine's
    ups and downs touch both): medians of the app's shown and ready times, of the bare window's, and
    of the per-round ratio; the peak memory of the processes (KB). A first round only warms up."""
    _launch(app), _launch(bare)
    shown, ready, base, ratios = [], [], [], []
    for _ in range(runs):
        app_shown, app_ready = _launch(app)
        bare_shown, _ = _launch(bare)
        shown.append(app_shown)
        ready.append(app_ready)
        base.append(bare_shown)
        ratios.append(app_shown / bare_shown)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (statistics.median(shown), statistics.median(ready), statistics.median(base), statistics.median(ratios),
            peak)


def bare_table():  # -> QTableView
    """A plain 300 × 7 table of texts with columns fitted to their contents: what a page costs Qt
    alone on this machine at this moment (the baseline beside the pages)."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QHeaderView, QTableView

    texts = [[f"Асанова Айгүл {r:03d}", "Математика, информатика", "I", str(r % 40), "12.03.2024", "7-Б", ""]
             for r in range(300)]

    class Model(QAbstractTableModel):
        def rowCount(self, parent=None) -> int:
            return 0 if parent is not None and parent.isValid() else len(texts)

        def columnCount(self, parent=None) -> int:
            return 7

        def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
            return texts[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

    view = QTableView()
    view.setModel(Model(view))
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.resize(1000, 700)
    view.show()
    return view


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", default=str(ROOT / "tests" / "bench" / "results.md"))
    args = parser.parse_args()
    runs = args.runs
    work = Path(tempfile.mkdtemp(prefix="usul-bench-"))
    db_path = work / "large.sqlite"
    rows: list[tuple[str, str, str, str]] = []

    from tests.bench.school import TODAY, build

    t = time.perf_counter()
    build(db_path)
    built = time.perf_counter() - t
    print(f"large school built in {built:.1f} s: {db_path}", flush=True)

    # Cold start to the shown main window, against a bare PySide6 window. The window shows its navigation
    # first and opens the database into it; the second line is the wait until the first page is filled.
    app_start, app_ready, bare_start, ratio, app_peak = cold_start(
        START_APP.format(root=str(ROOT), db=str(db_path)), START_BARE, max(runs, 7))
    rows.append(("Cold start to the shown main window (median of the per-round ratios)", f"{app_start:.2f} s",
                 f"bare PySide6 window {bare_start:.2f} s",
                 f"≤ 1.5× bare: {'yes' if ratio <= 1.5 else 'NO'} ({ratio:.2f}×)"))
    rows.append(("Cold start to the first page filled (database opened, Home shown)", f"{app_ready:.2f} s",
                 f"bare PySide6 window {bare_start:.2f} s", "— (no target; for the record)"))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from cli.compose import compose
    from gui import i18n
    from gui.app import context_of
    from gui.main_window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, SETTINGS)
    app = QApplication.instance() or QApplication([])
    i18n.install("ky")
    composed = compose(db_path, lambda: TODAY)
    window = MainWindow(context_of(composed, db_path, "ky"))
    window.show()
    app.processEvents()
    table = bare_table()
    table_reset = median(lambda: (table.model().beginResetModel(), table.model().endResetModel(),
                                  app.processEvents()), runs)
    table.close()
    for page in window.pages:
        def open_page(page=page) -> None:
            window._dirty.add(page.key)
            window.show_page(page.key)
            app.processEvents()
        cost = median(open_page, runs)
        rows.append((f"Open page «{page.key}»", f"{cost * 1000:.0f} ms",
                     f"bare 300-row table reset {table_reset * 1000:.0f} ms",
                     f"< 100 ms: {'yes' if cost < 0.1 else 'NO'}"))

    staff = window.show_page("staff")
    if hasattr(staff, "filter_edit"):
        typed = "Асанов0"
        def type_filter() -> None:
            staff.filter_edit.clear()
            for i in range(1, len(typed) + 1):
                staff.filter_edit.setText(typed[:i])
                app.processEvents()
        per_key = median(type_filter, runs) / len(typed)
        rows.append(("Filter the staff table, per keystroke", f"{per_key * 1000:.1f} ms", "—",
                     f"< 100 ms: {'yes' if per_key < 0.1 else 'NO'}"))

    s = composed.services
    docs = composed.documents
    year = s.school.current_year()
    from domain.meetings import Body, BodyKind

    association = s.associations.associations(year.id)[0]
    body = Body(BodyKind.ASSOCIATION, association.id)
    held_days = {n.meeting.day for n in s.meetings.meetings(year.id, body)}
    extra = [d for d in (date(year.start.year, 9, 5 + k) for k in range(20)) if d not in held_days]
    for day in extra[:max(0, 10 - len(held_days))]:  # a year's book of 10 protocols
        draft = s.meetings.draft(year.id, body, day)
        draft.status = draft.status.HELD
        s.meetings.save(draft)
    numbered = [n for n in s.meetings.meetings(year.id, body) if n.meeting.status.value == "held"]
    if (ROOT / "templates_docx" / "protocol_ky.docx").exists() and numbered:
        meeting_id = numbered[0].meeting.id
        one = median(lambda: docs.protocol(meeting_id, "ky", work / "p.docx"), runs)
        content = docs.protocol_content(meeting_id, "ky")

        def bare_docx() -> None:
            from docx import Document

            d = Document()
            d.add_paragraph(content.school_name)
            d.add_paragraph(f"№ {content.number} {content.body_name} {content.day}")
            d.add_paragraph(content.present_text)
            for item in content.items:
                d.add_paragraph(item.topic)
                d.add_paragraph(item.heard)
                for line in item.decisions:
                    d.add_paragraph(line.text)
            d.save(work / "bare.docx")

        bare = median(bare_docx, runs)
        rows.append(("One protocol .docx", f"{one:.3f} s", f"bare python-docx {bare:.3f} s",
                     f"< 0.2 s: {'yes' if one < 0.2 else 'NO'}"))
        book = median(lambda: docs.protocol_book(year.id, body, "ky", work / "book.docx"), max(1, runs // 2))
        rows.append((f"Protocol book of a year ({len(numbered)} protocols)", f"{book:.2f} s", "—",
                     f"< 3 s: {'yes' if book < 3 else 'NO'}"))

    district = median(lambda: docs.district(year.id, "ky", work / "d.xlsx"), runs)
    from storage.district import district_sheets

    sheets = district_sheets(s, year.id, "ky")

    def bare_xlsx() -> None:
        from openpyxl import Workbook

        wb = Workbook()
        wb.remove(wb.active)
        for sheet in sheets:
            ws = wb.create_sheet(sheet.title)
            ws.append(sheet.header)
            for row in sheet.rows:
                ws.append(list(row))
        wb.save(work / "bare.xlsx")

    bare = median(bare_xlsx, runs)
    rows.append(("District workbook .xlsx (300 teachers)", f"{district:.2f} s", f"bare openpyxl {bare:.2f} s",
                 f"< 2 s: {'yes' if district < 2 else 'NO'}"))

    xlsx = work / "staff.xlsx"
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["ФИО", "Предмет", "Категория", "Стаж"])
    for i in range(300):
        ws.append([f"Импорт{i:03d} Аты Атасы", "Математика", "I", 5 + i % 20])
    wb.save(xlsx)

    def import_300() -> None:
        from domain.services.container import build_services
        from domain.staff_import import parse_staff
        from storage.database import open_database
        from storage.xlsx_grid import read_sheets

        fresh = work / "import.sqlite"
        shutil.copy(db_path, fresh)
        db = open_database(fresh)
        services = build_services(db.uow, lambda: TODAY)
        parsed = parse_staff([(x.name, x.rows) for x in read_sheets(xlsx)], TODAY)
        services.staff.apply_import(services.staff.plan_import(parsed))
        db.close()
        fresh.unlink()

    imported = median(import_300, runs)
    rows.append(("Import of a 300-row staff list", f"{imported:.2f} s", "—",
                 f"< 1 s: {'yes' if imported < 1 else 'NO'}"))
    peak = max(app_peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024
    rows.append(("Peak memory (window process and this one)", f"{peak:.0f} MB", "—",
                 f"< 250 MB: {'yes' if peak < 250 else 'NO'}"))
    window.close()
    composed.close()

    machine = (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python "
               f"{platform.python_version()}, Qt offscreen")
    lines = [f"# Benchmark ({date.today():%d.%m.%Y})", "",
             f"Machine: {machine}. Medians of {runs} runs; the large school took {built:.0f} s to build.", "",
             "| measure | result | baseline in the same run | target |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    text = "\n".join(lines) + "\n"
    print(text)
    Path(args.out).write_text(text, encoding="utf-8")
    readme = ROOT / "README.md"
    begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
    body = readme.read_text(encoding="utf-8")
    if begin in body and end in body:  # the same table in the README, between its markers
        head, rest = body.split(begin, 1)
        readme.write_text(head + begin + "\n" + "\n".join(lines[2:]) + "\n" + end + rest.split(end, 1)[1],
                          encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(SETTINGS, ignore_errors=True)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # PySide6 can crash while tearing down at interpreter exit; the results are written
