"""Python's garbage collector runs on the GUI thread only.

An automatic collection starts in whichever thread happens to allocate past the threshold: a
worker thread (key import, backup, file staging, the Matrix engine's import behind the
window) would then destroy unreachable Qt objects — a closed dialog, a timer — off the GUI
thread, which Qt reports ("Timers cannot be stopped from another thread") or crashes on.
Anki does the same for the same reason. Automatic collection is switched off; a timer on the
GUI thread collects the generations that are over Python's own thresholds, so memory behaves
as before, only the thread is chosen.
"""

from __future__ import annotations

import gc
import logging

from client.ui.qt import QObject, QTimer

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    @staticmethod
    def collect_due() -> int:
        """Collect the oldest generation whose count is over its threshold (as the
        interpreter would have); returns what was found unreachable."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = -1
        for generation in range(3):
            if counts[generation] > thresholds[generation]:
                due = generation
        return gc.collect(due) if due >= 0 else 0

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
