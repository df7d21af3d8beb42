"""Files and images in messages (Qt-free).

Out: a file the user sends is encrypted at once with the spec's attachment scheme (AES-256-CTR,
random key and IV, SHA-256 of the ciphertext; nio.crypto.attachments implements it) and that
ciphertext is staged in the profile (`outbox-files/`, 0600). Its key lives only in the outbox
entry, which the outbox seals with AES-GCM: nothing readable is on disk at any time. The
upload happens when the outbox sends the message — the ciphertext as is for an encrypted
room, the decrypted bytes for a plain one — and the mxc:// URL replaces the staged copy in the
entry before the event goes out (a crash then does not upload twice).

In: `attachment_of(content)` reads a received m.image / m.file / m.audio / m.video content
into an Attachment (a well-formed mxc:// only, `parse_mxc`; an encrypted file must carry v2
JWK key, IV and SHA-256), and `decrypt()` checks the hash before decrypting. A download is
capped at MAX_DOWNLOAD bytes (session/media.py streams it).

Opened: "Open" hands the system's viewer a decrypted copy — its one plaintext moment on disk,
asked for by the user — in the profile's `opened/` folder (0600 in 0700 folders), which is
emptied when Pli closes and again at the next start. Only viewable types are handed to the
system that way (`may_open`, an allow-list), under a cleaned name, marked on Windows as coming
from the Internet (`mark_of_the_web`): a click on a received file must not run it.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import secrets
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from client.core.deferred import deferred
from client.core.errors import AttachmentDamaged
from client.core.events import Attachment
from client.core.storage.paths import make_private_dir

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    import nio
    import nio.crypto.attachments as nio_attachments
else:  # nio loads after the window shows (client/core/deferred.py)
    nio = deferred("nio")
    nio_attachments = deferred("nio.crypto.attachments")

FILE_MSGTYPES = {"m.image", "m.file", "m.audio", "m.video"}
STAGED = "pli.staged"  # the outbox entry's note of a file not uploaded yet
MAX_DOWNLOAD = 200 * 1024 * 1024
MAX_NAME = 255


# What the system would run rather than show, on Windows, macOS or Linux, and the disk images
# and help files that carry programs past a click (mounted .iso/.vhd, .chm scripts). By the
# name's last suffix (after Windows drops trailing dots and spaces) and by the declared type.
PROGRAM_SUFFIXES = frozenset(
    ".app .appimage .application .apk .appx .appxbundle .bash .bat .bin .chm .cmd .com "
    ".command .cpl .csh .deb .desktop .dll .dmg .elf .exe .gadget .hta .img .inf .ins .iso .isp "
    ".jar .js .jse .ksh .lnk .msc .msi .msix .msixbundle .msp .mst .osx .out .pif .pkg .pl .ps1 "
    ".ps1xml .ps2 .psc1 .psm1 .py .pyc .pyw .rb .reg .rpm .run .scf .scr .sct .sh .shb .sys "
    ".url .vb .vbe .vbs .vhd .vhdx .ws .wsc .wsf .wsh .xbap .xll .zsh".split()
)
PROGRAM_TYPES = frozenset(
    "application/x-executable application/x-msdownload application/x-msi application/x-sh "
    "application/x-shellscript application/x-dosexec application/x-bat application/x-csh "
    "application/vnd.microsoft.portable-executable application/java-archive "
    "application/x-desktop application/vnd.debian.binary-package application/x-rpm "
    "application/x-ms-shortcut application/x-apple-diskimage application/javascript "
    "text/javascript application/x-python-code text/x-python text/x-shellscript".split()
)


# What Pli hands to the system's viewer: an allow-list (issue 16.2) — a deny-list of what
# Windows runs or connects with never ends (.rdp, .appref-ms, .search-ms, .library-ms,
# .settingcontent-ms, .diagcab, .wsb, .website, .jnlp, .one, .iqy, .slk, .vsto, macro documents,
# archives…). Pictures, PDF, office documents that cannot hold macros, plain text; anything else
# is "Save as…" only. Not .doc/.xls/.ppt (binary formats carry macros), not .csv (a spreadsheet
# runs its formulas), not .rtf or .mht/.html (scripted or exploited viewers).
VIEWABLE_SUFFIXES = frozenset(
    ".png .jpg .jpeg .gif .webp .bmp .pdf .docx .xlsx .pptx .odt .ods .odp .txt .md .log".split()
)
# Replaced in a received name: Windows' forbidden characters (":" also opens an alternate data
# stream, "facture.exe::$DATA"; "D:rapport.docx" would leave opened/), and the path separators.
_FORBIDDEN = re.compile(r'[:<>"/\\|?*]')
# Names Windows reserves for devices, whatever the suffix ("CON.txt" is the console).
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)", re.IGNORECASE)


def opened_name(name: str) -> str:
    """The name the opened copy gets on disk (what the system goes by to choose a program)."""
    cleaned = _FORBIDDEN.sub("_", _safe_name(name)).rstrip(". ") or "fichier"
    return f"_{cleaned}" if _RESERVED.match(cleaned) else cleaned


def is_program(name: str, mimetype: str) -> bool:
    suffix = Path(opened_name(name)).suffix.lower()
    return suffix in PROGRAM_SUFFIXES or mimetype.split(";")[0].strip().lower() in PROGRAM_TYPES


def may_open(name: str, mimetype: str) -> bool:
    """May Pli hand this received file to the system's viewer? Only a viewable type by the
    name the copy gets, and never one whose declared type is a program."""
    suffix = Path(opened_name(name)).suffix.lower()
    return suffix in VIEWABLE_SUFFIXES and not is_program(name, mimetype)


ZONE_IDENTIFIER = "[ZoneTransfer]\r\nZoneId=3\r\n"  # 3: the Internet zone


def mark_of_the_web(path: Path, windows: bool | None = None) -> None:
    """On Windows, the copy says it came from the Internet (an alternate data stream), so that
    Office opens it in Protected View and SmartScreen checks what it would run. Elsewhere: no
    such mark exists; the allow-list above is the guard."""
    if not (sys.platform == "win32" if windows is None else windows):
        return
    try:
        with open(f"{path}:Zone.Identifier", "w", encoding="ascii", newline="") as stream:
            stream.write(ZONE_IDENTIFIER)
    except OSError as error:  # FAT or a network share without streams: the copy stays
        log.warning("no Mark-of-the-Web on %s: %r", path.name, error)


def write_opened_copy(folder: Path, name: str, data: bytes) -> Path:
    """The decrypted copy the system's viewer opens: `folder/<random>/<name>` (its own folder
    keeps the sender's name without clashing with another copy)."""
    inner = make_private_dir(make_private_dir(folder) / secrets.token_hex(8))
    path = inner / opened_name(name)
    if path.parent != inner:  # never, with the name cleaned; a guard for the sweep's sake
        raise ValueError(f"{name!r} would leave the opened folder")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    mark_of_the_web(path)
    return path


def sweep_opened(folder: Path) -> None:
    """Delete the opened copies (a viewer may still hold one on Windows: the next start then)."""
    shutil.rmtree(folder, ignore_errors=True)


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _safe_name(name: str) -> str:
    """A file name for display and for the save dialog: no path, no control characters."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip().lstrip(".")
    return name[:MAX_NAME] or "fichier"


# Appendix "Server name" (IPv4, [IPv6] or a DNS name, optional port) and the media id the
# spec's security considerations allow.
_SERVER_NAME = re.compile(
    r"(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9.-]{1,255})(?::\d{1,5})?"
)
_MEDIA_ID = re.compile(r"[A-Za-z0-9_-]{1,255}")


def parse_mxc(url: str) -> tuple[str, str] | None:
    """(server name, media id) of a well-formed mxc:// URL, else None."""
    if not isinstance(url, str) or not url.startswith("mxc://"):
        return None
    server, slash, media_id = url[len("mxc://") :].partition("/")
    if not slash or not _SERVER_NAME.fullmatch(server) or not _MEDIA_ID.fullmatch(media_id):
        return None
    return server, media_id


def attachment_of(content: dict[str, Any]) -> Attachment | None:
    """The file a received message carries, or None when its fields are not usable."""
    msgtype = content.get("msgtype")
    if msgtype not in FILE_MSGTYPES:
        return None
    info = content.get("info") if isinstance(content.get("info"), dict) else {}
    assert isinstance(info, dict)
    name = content.get("filename") if isinstance(content.get("filename"), str) else None
    if name is None:
        name = content.get("body") if isinstance(content.get("body"), str) else ""
    mimetype = info.get("mimetype") if isinstance(info.get("mimetype"), str) else ""
    if not mimetype and msgtype == "m.image":
        mimetype = "image/png"
    plain = Attachment(
        name=_safe_name(str(name)),
        size=_int(info.get("size")),
        mimetype=str(mimetype)[:100] or "application/octet-stream",
        url="",
        width=_int(info.get("w")),
        height=_int(info.get("h")),
    )
    file = content.get("file")
    if isinstance(file, dict):
        url, key, iv = file.get("url"), file.get("key"), file.get("iv")
        hashes = file.get("hashes")
        k = key.get("k") if isinstance(key, dict) else None
        sha = hashes.get("sha256") if isinstance(hashes, dict) else None
        if not (
            isinstance(url, str)
            and parse_mxc(url) is not None
            and isinstance(k, str)
            and isinstance(iv, str)
            and isinstance(sha, str)
            and file.get("v") == "v2"
        ):
            return None
        return dataclasses.replace(
            plain, url=url, encryption=(("key", k), ("iv", iv), ("sha256", sha))
        )
    url = content.get("url")
    if isinstance(url, str) and parse_mxc(url) is not None:
        return dataclasses.replace(plain, url=url)
    return None


def decrypt(attachment: Attachment, data: bytes) -> bytes:
    """The file's bytes; raises AttachmentDamaged if the hash or the key does not match."""
    if not attachment.encryption:
        return data
    fields = dict(attachment.encryption)
    try:
        return bytes(
            nio_attachments.decrypt_attachment(data, fields["key"], fields["sha256"], fields["iv"])
        )
    except (nio.EncryptionError, ValueError, KeyError) as error:
        raise AttachmentDamaged(attachment.name, name=attachment.name, reason=str(error)) from error


# --- sending -----------------------------------------------------------------------------------


def stage(folder: Path, data: bytes) -> dict[str, Any]:
    """Encrypt a file and write the ciphertext under `folder` (atomically, 0600). Returns the
    note kept in the outbox entry: the staged file's name and what decrypts it."""
    ciphertext, keys = nio_attachments.encrypt_attachment(data)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    name = f"{secrets.token_hex(16)}.bin"
    temporary = folder / f".{name}.tmp"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(ciphertext)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, folder / name)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return {
        "path": name,
        "key": keys["key"]["k"],
        "iv": keys["iv"],
        "sha256": keys["hashes"]["sha256"],
        "size": len(data),
    }


def staged_path(folder: Path, note: dict[str, Any]) -> Path:
    name = str(note.get("path", ""))
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise AttachmentDamaged(name, name=name, reason="bad staged name")
    return folder / name


def read_staged(folder: Path, note: dict[str, Any]) -> tuple[bytes, dict[str, Any]]:
    """(ciphertext, the EncryptedFile fields without url) of a staged file."""
    path = staged_path(folder, note)
    try:
        ciphertext = path.read_bytes()
    except OSError as error:
        raise AttachmentDamaged(path.name, name=path.name, reason=repr(error)) from error
    encrypted_file = {
        "key": {
            "kty": "oct",
            "key_ops": ["encrypt", "decrypt"],
            "alg": "A256CTR",
            "k": note["key"],
            "ext": True,
        },
        "iv": note["iv"],
        "hashes": {"sha256": note["sha256"]},
        "v": "v2",
    }
    return ciphertext, encrypted_file


def plaintext_of_staged(ciphertext: bytes, note: dict[str, Any]) -> bytes:
    """For a plain room: the file as it was (the hash is checked first)."""
    probe = Attachment(
        "",
        0,
        "",
        "mxc://x/y",
        (("key", note["key"]), ("iv", note["iv"]), ("sha256", note["sha256"])),
    )
    return decrypt(probe, ciphertext)


def unstage(folder: Path, note: dict[str, Any]) -> None:
    try:
        staged_path(folder, note).unlink(missing_ok=True)
    except (OSError, AttachmentDamaged):
        pass
