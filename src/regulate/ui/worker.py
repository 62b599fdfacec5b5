"""Long work off the GUI thread: imports, exports, the PDF summary.

``in_background(job, done, failed)`` runs ``job`` on Qt's thread pool and calls ``done`` with
its result (or ``failed`` with the exception) back on the GUI thread, so the window keeps
repainting while years of entries are read or written. Jobs must not touch widgets.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")


class _Carrier(QObject):
    """Lives on the GUI thread; its signals bring the answer back there (queued)."""

    succeeded = Signal(object)
    raised = Signal(object)


class _Job(QRunnable):
    def __init__(self, job: Callable[[], Any], carrier: _Carrier) -> None:
        super().__init__()
        self._job = job
        self._carrier = carrier
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._job()
        except BaseException as exc:  # handed back to the GUI thread, never lost
            self._carrier.raised.emit(exc)
        else:
            self._carrier.succeeded.emit(result)


_running: set[_Carrier] = set()
#: While a job runs, Python hands the interpreter lock back and forth this often (seconds), so
#: the GUI thread's paint handlers never wait long behind a busy job (the default is 5 ms, and
#: one frame takes several turns).
SWITCH_SECONDS = 0.0005
_usual_switch = sys.getswitchinterval()


def in_background(
    job: Callable[[], T],
    done: Callable[[T], None],
    failed: Callable[[BaseException], None],
) -> None:
    carrier = _Carrier()
    _running.add(carrier)
    sys.setswitchinterval(SWITCH_SECONDS)

    def finish(kind: Callable[[Any], None], value: object) -> None:
        _running.discard(carrier)
        if not _running:
            sys.setswitchinterval(_usual_switch)
        carrier.deleteLater()
        kind(value)

    carrier.succeeded.connect(lambda result: finish(done, result))
    carrier.raised.connect(lambda exc: finish(failed, exc))
    QThreadPool.globalInstance().start(_Job(job, carrier))


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """For closing and for tests: wait until every background job has finished."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
