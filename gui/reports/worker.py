"""Making a document in a worker thread, so the window stays alive; the result can be discarded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from domain.errors import DomainError


class DocumentJob(QObject):
    finished = Signal(str)  # the path written
    failed = Signal(object)  # a DomainError or another exception
    ended = Signal()  # always, last: the thread may stop

    def __init__(self, make: Callable[[], Path]) -> None:
        super().__init__()
        self._make = make
        self.cancelled = False

    def run(self) -> None:
        try:
            self._run()
        finally:
            # Back to the main thread, where Python will delete it; then the worker thread may stop.
            app = QCoreApplication.instance()
            if app is not None:
                self.moveToThread(app.thread())
            self.ended.emit()

    def _run(self) -> None:
        try:
            path = self._make()
        except DomainError as e:
            self.failed.emit(e)
            return
        except Exception as e:  # noqa: BLE001 - shown to the user, never a crash of the window
            self.failed.emit(e)
            return
        if self.cancelled:  # the user gave up waiting: the file was written whole, take it back
            Path(path).unlink(missing_ok=True)
            return
        self.finished.emit(str(path))


def start(job: DocumentJob, parent: QObject) -> QThread:
    thread = QThread(parent)
    job.moveToThread(thread)
    thread.started.connect(job.run)
    job.ended.connect(thread.quit)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
