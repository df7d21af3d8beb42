"""Received files opened with the system's program (core/messages/attachments.py): which ones
never are, the name and permissions of the copy, and its sweep."""

from __future__ import annotations

from pathlib import Path

import pytest

from client.core.messages.attachments import (
    ZONE_IDENTIFIER,
    is_program,
    mark_of_the_web,
    may_open,
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


# Issue 16.2: what the deny-list let through (each of these was opened by the system before).
@pytest.mark.parametrize(
    "name",
    [
        "bureau.rdp", "outil.appref-ms", "recherche.search-ms", "dossier.library-ms",
        "reglage.settingcontent-ms", "depannage.diagcab", "bac.wsb", "site.website",
        "page.mht", "appli.jnlp", "carnet.one", "macro.docm", "calcul.xlsm", "module.xlam",
        "requete.iqy", "feuille.slk", "extension.vsto", "aide.hlp", "archive.zip",
        "archive.7z", "facture.exe::$DATA", "ancien.doc", "tableau.csv", "page.html", "x.svg",
        "exe",
    ],
)  # fmt: skip
def test_only_viewable_types_are_opened(name: str) -> None:
    assert not may_open(name, "")


@pytest.mark.parametrize(
    "name",
    ["compte rendu.pdf", "budget.xlsx", "photo.JPG", "notes.txt", "plan.png", "D:rapport.docx"],
)
def test_viewable_documents_open(name: str) -> None:
    assert may_open(name, "")
    assert not may_open(name, "application/x-msdownload")  # declared a program: never


def test_names_cannot_name_streams_drives_or_devices(tmp_path: Path) -> None:
    assert opened_name("facture.exe::$DATA") == "facture.exe__$DATA"
    assert opened_name("D:rapport.docx") == "D_rapport.docx"
    assert opened_name('a<b>|"c?*.pdf') == "a_b___c__.pdf"
    assert opened_name("CON.txt") == "_CON.txt" and opened_name("nul") == "_nul"
    folder = tmp_path / "opened"
    copy = write_opened_copy(folder, "D:rapport.docx", b"x")
    assert copy.is_relative_to(folder) and ":" not in copy.name


def test_every_copy_is_marked_as_from_the_internet_on_windows(tmp_path: Path) -> None:
    target = tmp_path / "rapport.docx"
    target.write_bytes(b"x")
    mark_of_the_web(target, windows=False)
    assert not (tmp_path / "rapport.docx:Zone.Identifier").exists()
    mark_of_the_web(target, windows=True)  # here a file of that name; on NTFS the stream
    stream = tmp_path / "rapport.docx:Zone.Identifier"
    assert stream.read_bytes() == b"[ZoneTransfer]\r\nZoneId=3\r\n" == ZONE_IDENTIFIER.encode()


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
