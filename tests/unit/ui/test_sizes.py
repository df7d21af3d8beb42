"""Byte counts in sentences are shown in the user's locale ("47,7 Mo" in French), not as the
core's English "47.7 MB"."""

from __future__ import annotations

from client.core.session.session import file_too_large
from client.ui.i18n import render
from client.ui.qt import QLocale


def test_sizes_in_error_sentences_follow_the_locale(qapp) -> None:  # type: ignore[no-untyped-def]
    error = file_too_large("annexe.zip", 47_700_000, 10_000_000)
    assert str(error.sentence) == "annexe.zip is 47.7 MB; the largest file you may send is 10.0 MB."
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        text = render(error.sentence)
    finally:
        QLocale.setDefault(before)
    assert "47,7" in text and "Mo" in text and "10,0" in text, text
