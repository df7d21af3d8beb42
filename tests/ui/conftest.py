"""UI fixtures: real widgets offscreen, on a qasync loop (see tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from client.ui.collector import MainThreadCollector
from client.ui.i18n import install_translator


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    install_translator("en")
    yield
    install_translator("en")


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """As in Pli (app.py): garbage is collected on the GUI thread only, never by a worker."""
    collector = MainThreadCollector(qapp)
    yield
    collector.stop()
    collector.deleteLater()
