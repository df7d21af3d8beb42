"""Files and images against the test Synapse: encrypted attachments in encrypted rooms (the
server stores ciphertext only), plain ones in plain rooms, the size limit with a sentence before
any upload, a staged file that survives a restart, and discarding a file not sent yet."""

from __future__ import annotations

import os
from pathlib import Path

import aiohttp
import pytest

from client.core.errors import AttachmentDamaged, FileTooLarge
from client.core.events import TimelineItem, TransferProgress
from client.core.messages import attachments
from client.core.policy.loader import Policy
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from tests.helpers.accounts import direct_chat, logged_in_session
from tests.helpers.waits import wait_until

PNG = bytes.fromhex(  # one dark-blue pixel, a valid PNG (zlib and CRCs checked by libpng)
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c636060e8fe0f00021a018bc28c13220000000049454e44ae426082"
)


def row_with_file(session: MatrixSession, room_id: str, name: str) -> TimelineItem | None:
    return next(
        (
            i
            for i in session.timeline(room_id)
            if i.attachment is not None and i.attachment.name == name and i.attachment.url
        ),
        None,
    )


async def raw_media(session: MatrixSession, mxc: str) -> bytes:
    client = session.client
    assert client is not None
    server, media = mxc[len("mxc://") :].split("/", 1)
    url = f"{client.homeserver}/_matrix/client/v1/media/download/{server}/{media}"
    headers = {"Authorization": f"Bearer {client.access_token}"}
    async with aiohttp.ClientSession() as http, http.get(url, headers=headers) as response:
        return await response.read()


async def test_encrypted_files_and_images_round_trip(
    synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    alice, events = await logged_in_session(synapse, user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", memory_store)
    try:
        room_id = await direct_chat(alice, bob)
        report = os.urandom(300_000) + b"CONFIDENTIEL"
        pending = await alice.queue_file(room_id, "rapport.pdf", report, "application/pdf")
        assert pending.attachment is not None and pending.attachment.name == "rapport.pdf"
        await alice.queue_file(room_id, "plan.png", PNG, "image/png", 1, 1)
        for name in ("rapport.pdf", "plan.png"):
            await wait_until(lambda n=name: row_with_file(bob, room_id, n), 30, name)
        got = row_with_file(bob, room_id, "rapport.pdf")
        assert got is not None and got.attachment is not None
        assert got.attachment.encrypted and got.attachment.size == len(report)
        assert got.msgtype == "m.file" and got.encrypted
        assert await bob.download_attachment(got.attachment) == report
        stored = await raw_media(bob, got.attachment.url)
        assert len(stored) == len(report) and b"CONFIDENTIEL" not in stored  # ciphertext
        image = row_with_file(bob, room_id, "plan.png")
        assert image is not None and image.attachment is not None
        assert image.msgtype == "m.image" and image.attachment.is_image
        assert (image.attachment.width, image.attachment.height) == (1, 1)
        assert await bob.download_attachment(image.attachment) == PNG
        progress = [e for e in events.events if isinstance(e, TransferProgress)]
        assert progress and progress[-1].done == progress[-1].total
        # Nothing staged is left once sent.
        assert not list((tmp_path / "a").rglob("outbox-files/*.bin"))
        # A tampered download is refused, never shown.
        keys = dict(got.attachment.encryption)
        forged = (("key", keys["key"]), ("iv", keys["iv"]), ("sha256", "A" * 43))
        broken = attachments.Attachment(
            got.attachment.name, 0, "application/pdf", got.attachment.url, forged
        )
        with pytest.raises(AttachmentDamaged):
            await bob.download_attachment(broken)
    finally:
        await alice.close()
        await bob.close()


async def test_the_size_limit_speaks_before_any_upload(
    synapse, user, tmp_path: Path, memory_store
) -> None:
    policy = Policy({"max_upload_size_mb": 1}, {"max_upload_size_mb": "/etc/pli/policy.json"})
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", memory_store, policy)
    try:
        room_id = await alice.create_room("Notes")
        with pytest.raises(FileTooLarge) as refused:
            await alice.queue_file(room_id, "video.mp4", b"\0" * 2_000_000, "video/mp4")
        sentence = refused.value.sentence.render()
        assert "video.mp4 is 2.0 MB" in sentence and "1.0 MB" in sentence
        assert alice.outbox_entries(room_id) == []
        assert not list((tmp_path / "a").rglob("outbox-files/*.bin"))
    finally:
        await alice.close()


async def test_a_staged_file_survives_a_restart_and_can_be_discarded(
    synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", memory_store)
    try:
        room_id = await direct_chat(alice, bob)
        alice._kick_outbox = lambda room: None  # type: ignore[method-assign]  # the "crash"
        secret = b"NOTE INTERNE " * 1000
        await alice.queue_file(room_id, "note.txt", secret, "text/plain")
        await alice.close()  # gone right after the durable write, before any upload
        staged = list((tmp_path / "a").rglob("outbox-files/*.bin"))
        assert len(staged) == 1
        for path in staged:
            assert b"NOTE INTERNE" not in path.read_bytes()  # staged encrypted
            assert path.stat().st_mode & 0o077 == 0
        again = MatrixSession(Profile(tmp_path / "a"), memory_store)
        assert await again.restore()
        again.start()
        alice = again
        await wait_until(lambda: row_with_file(bob, room_id, "note.txt"), 30, "after restart")
        got = row_with_file(bob, room_id, "note.txt")
        assert got is not None and got.attachment is not None
        assert await bob.download_attachment(got.attachment) == secret
        # Discarding a file that waits: row, entry and staged copy go.
        alice._kick_outbox = lambda room: None  # type: ignore[method-assign]
        pending = await alice.queue_file(room_id, "brouillon.txt", b"x" * 10, "text/plain")
        entry = next(e for e in alice.outbox_entries(room_id) if e.local_id == pending.event_id)
        assert len(list((tmp_path / "a").rglob("outbox-files/*.bin"))) == 1
        alice.discard_message(entry.txn_id)
        assert all(i.event_id != pending.event_id for i in alice.timeline(room_id))
        assert alice.outbox_entries(room_id) == []
        assert not list((tmp_path / "a").rglob("outbox-files/*.bin"))
    finally:
        await alice.close()
        await bob.close()
