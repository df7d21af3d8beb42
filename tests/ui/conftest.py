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
