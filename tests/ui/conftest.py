"""UI fixtures: real widgets offscreen, on a qasync loop (see tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from client.ui.i18n import install_translator


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    install_translator("en")
    yield
    install_translator("en")


@pytest.fixture(autouse=True)
def wake_python_regularly(qapp):  # type: ignore[no-untyped-def]
    """An idle Qt loop never runs Python, so pytest-timeout's SIGALRM handler would never run
    and a stuck test (say, a dialog nobody answers) would hang the suite. A no-op timer lets
    Python handle signals five times a second."""
    from client.ui.qt import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: None)
    timer.start(200)
    yield
    timer.stop()
