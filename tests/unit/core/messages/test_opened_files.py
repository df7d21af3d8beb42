"""Received files opened with the system's program (core/messages/attachments.py): which ones
never are, the name and permissions of the copy, and its sweep."""

from __future__ import annotations

from pathlib import Path

import pytest

from client.core.messages.attachments import (
    is_program,
    opened_name,
    sweep_opened,
    write_opened_copy,
)


@pytest.mark.parametrize(
    ("name", "mimetype"),
    [
        ("mise à jour.exe", ""),
        ("FACTURE.PDF.EXE", "application/pdf"),  # the declared type does not save it
        ("script.ps1.", ""),  # Windows drops the trailing dot: it would run
        ("outil.sh  ", ""),
        ("note", "application/x-sh"),
        ("archive.iso", ""),  # mounted with a click, programs inside
        ("aide.chm", ""),
        ("lanceur.desktop", ""),
        ("rapport", "application/x-msdownload"),
    ],
)
def test_programs_and_scripts_are_never_opened(name: str, mimetype: str) -> None:
    assert is_program(name, mimetype)


@pytest.mark.parametrize(
    ("name", "mimetype"),
    [
        ("compte rendu.pdf", "application/pdf"),
        ("budget.xlsx", ""),
        ("photo.JPG", "image/jpeg"),
        ("notes.txt", "text/plain; charset=utf-8"),
        ("exe", ""),  # a name, not a suffix
    ],
)
def test_documents_open(name: str, mimetype: str) -> None:
    assert not is_program(name, mimetype)


def test_the_copy_is_private_named_as_sent_and_swept(tmp_path: Path) -> None:
    folder = tmp_path / "opened"
    first = write_opened_copy(folder, "../../etc/passwd", b"un")
    second = write_opened_copy(folder, "../../etc/passwd", b"deux")
    assert first.name == second.name == opened_name("../../etc/passwd") == "passwd"
    assert first != second and first.read_bytes() == b"un" and second.read_bytes() == b"deux"
    assert first.is_relative_to(folder) and second.is_relative_to(folder)
    assert first.stat().st_mode & 0o777 == 0o600
    assert first.parent.stat().st_mode & 0o777 == 0o700
    assert folder.stat().st_mode & 0o777 == 0o700
    sweep_opened(folder)
    assert not folder.exists()
    sweep_opened(folder)  # nothing there: no error
