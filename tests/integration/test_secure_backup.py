"""Keys survive, on a real Synapse: device A chats, sets up secure backup and backs its room
keys up; a fresh device B of the same account, with nothing but the recovery key (or the
passphrase), reads every old message — zero "waiting for the key" left — and is verified."""

from __future__ import annotations

from pathlib import Path

import pytest

from client.core.crypto.secret_storage import WrongRecoveryKey
from client.core.events import ItemState
from client.core.session import MatrixSession
from tests.helpers.accounts import direct_chat, logged_in_session, new_user
from tests.helpers.waits import wait_until


async def no_password() -> str | None:
    return None


def waiting(session: MatrixSession) -> list[str]:
    return [
        item.event_id
        for room in session.rooms()
        for item in session.timeline(room.room_id)
        if item.state is ItemState.WAITING_FOR_KEY
    ]


async def chat_history(alice: MatrixSession, bob: MatrixSession, rooms: int = 2) -> list[str]:
    texts = []
    for r in range(rooms):
        room_id = (
            await direct_chat(alice, bob)
            if r == 0
            else await alice.create_room(f"Salle {r}", invite=[bob.user_id])
        )
        if r:
            await wait_until(lambda rid=room_id: any(x.room_id == rid for x in bob.rooms()))
            await bob.accept_invite(room_id)
        for i in range(3):
            text = f"room {r} message {i}"
            await (alice if i % 2 else bob).send_text(room_id, text)
            texts.append(text)
    return texts


async def test_lost_laptop_reads_everything_with_the_recovery_key(
    synapse, tmp_path: Path, memory_store
) -> None:
    alice_user, bob_user = new_user(synapse, "alice"), new_user(synapse, "bob")
    desk, _ = await logged_in_session(synapse, alice_user, tmp_path / "desk", memory_store)
    bob, _ = await logged_in_session(synapse, bob_user, tmp_path / "bob", memory_store)
    laptop: MatrixSession | None = None
    try:
        await desk.ensure_cross_signing(no_password)
        texts = await chat_history(desk, bob)
        await wait_until(
            lambda: {i.body for r in desk.rooms() for i in desk.timeline(r.room_id)} >= set(texts),
            what="the desk to read everything",
        )
        assert desk.backup is not None
        key = await desk.backup.set_up()
        assert len(key.split()) == 12  # 48 characters in groups of 4
        await desk.backup.back_up_new_keys()  # (the background run may have done it already)
        status = await desk.backup.status()
        assert status.trusted and status.has_secret_storage
        assert status.backed_up == status.total >= 2  # one session per room at least

        laptop, _ = await logged_in_session(synapse, alice_user, tmp_path / "laptop", memory_store)
        assert waiting(laptop), "a fresh device should not read the history by itself"
        assert laptop.backup is not None
        with pytest.raises(WrongRecoveryKey):
            await laptop.backup.unlock(
                "EsTc LW2K PGiF wKEA 3As5 g5c4 BXwk qeeJ ZJV8 Q9fu gUMN UE4d"
            )
        restored, failed = await laptop.backup.unlock(key)
        assert restored >= 2 and failed == 0
        await wait_until(lambda: not waiting(laptop), what="every message decrypted")
        bodies = {i.body for r in laptop.rooms() for i in laptop.timeline(r.room_id)}
        assert set(texts) <= bodies
        # The laptop took the cross-signing keys and signed itself: verified for everyone.
        assert laptop.trust is not None and laptop.trust.this_device_cross_signed()
        assert laptop.cross_signing_seeds() == desk.cross_signing_seeds()
    finally:
        for session in (desk, bob, laptop):
            if session is not None:
                await session.close()


async def test_a_passphrase_opens_it_too_and_new_keys_keep_going_up(
    synapse, tmp_path: Path, memory_store
) -> None:
    alice_user, bob_user = new_user(synapse, "alice"), new_user(synapse, "bob")
    desk, _ = await logged_in_session(synapse, alice_user, tmp_path / "desk", memory_store)
    bob, _ = await logged_in_session(synapse, bob_user, tmp_path / "bob", memory_store)
    laptop: MatrixSession | None = None
    try:
        await desk.ensure_cross_signing(no_password)
        assert desk.backup is not None
        await desk.backup.set_up(passphrase="la tour Eiffel à midi")
        texts = await chat_history(desk, bob, rooms=1)
        # The desk uploads new keys by itself after syncs (no explicit call here).
        await wait_until(
            lambda: desk.backup is not None and desk.backup._done_ids_any() >= 1,
            30,
            "the background backup",
        )
        laptop, _ = await logged_in_session(synapse, alice_user, tmp_path / "laptop", memory_store)
        assert laptop.backup is not None
        with pytest.raises(WrongRecoveryKey):
            await laptop.backup.unlock("la tour Eiffel à minuit")
        await laptop.backup.unlock("la tour Eiffel à midi")
        await wait_until(lambda: not waiting(laptop), what="every message decrypted")
        assert set(texts) <= {i.body for r in laptop.rooms() for i in laptop.timeline(r.room_id)}
    finally:
        for session in (desk, bob, laptop):
            if session is not None:
                await session.close()


async def test_key_file_moves_the_history_and_a_wrong_passphrase_imports_nothing(
    synapse, tmp_path: Path, memory_store
) -> None:
    from client.core.crypto.key_export import KeyFileError, WrongKeyFilePassphrase

    alice_user, bob_user = new_user(synapse, "alice"), new_user(synapse, "bob")
    desk, _ = await logged_in_session(synapse, alice_user, tmp_path / "desk", memory_store)
    bob, _ = await logged_in_session(synapse, bob_user, tmp_path / "bob", memory_store)
    laptop: MatrixSession | None = None
    try:
        texts = await chat_history(desk, bob, rooms=1)
        await wait_until(
            lambda: {i.body for r in desk.rooms() for i in desk.timeline(r.room_id)} >= set(texts)
        )
        key_file = tmp_path / "element-keys.txt"
        assert await desk.export_room_keys(key_file, "phrase du fichier") >= 1
        assert oct(key_file.stat().st_mode)[-3:] == "600"
        laptop, _ = await logged_in_session(synapse, alice_user, tmp_path / "laptop", memory_store)
        assert waiting(laptop)
        with pytest.raises(WrongKeyFilePassphrase):
            await laptop.import_room_keys(key_file, "mauvaise phrase")
        truncated = tmp_path / "truncated.txt"
        truncated.write_text(key_file.read_text()[:200])
        with pytest.raises(KeyFileError):
            await laptop.import_room_keys(truncated, "phrase du fichier")
        assert waiting(laptop)  # nothing was imported by the failures
        added, skipped = await laptop.import_room_keys(key_file, "phrase du fichier")
        assert added >= 1 and skipped == 0
        await wait_until(lambda: not waiting(laptop), what="every message decrypted")
    finally:
        for session in (desk, bob, laptop):
            if session is not None:
                await session.close()


async def test_never_uploads_to_a_backup_it_cannot_trust(
    synapse, tmp_path: Path, memory_store
) -> None:
    from client.core.crypto.backup_crypto import ALGORITHM, BackupKey

    alice_user, bob_user = new_user(synapse, "alice"), new_user(synapse, "bob")
    desk, _ = await logged_in_session(synapse, alice_user, tmp_path / "desk", memory_store)
    bob, _ = await logged_in_session(synapse, bob_user, tmp_path / "bob", memory_store)
    try:
        await desk.ensure_cross_signing(no_password)
        assert desk.backup is not None and desk.keys_api is not None
        await desk.backup.set_up()
        # Someone (a compromised server, another client) makes a new backup version sealed to
        # a key we do not hold: it becomes the current one.
        await desk.keys_api.create_backup_version(
            ALGORITHM, {"public_key": BackupKey.generate().public_key}
        )
        await chat_history(desk, bob, rooms=1)
        assert await desk.backup.back_up_new_keys() == 0
        status = await desk.backup.status()
        assert not status.trusted and status.total >= 1
    finally:
        await desk.close()
        await bob.close()


async def test_changed_key_and_a_corrupt_backup_entry(
    synapse, tmp_path: Path, memory_store
) -> None:
    alice_user, bob_user = new_user(synapse, "alice"), new_user(synapse, "bob")
    desk, _ = await logged_in_session(synapse, alice_user, tmp_path / "desk", memory_store)
    bob, _ = await logged_in_session(synapse, bob_user, tmp_path / "bob", memory_store)
    laptop: MatrixSession | None = None
    try:
        await desk.ensure_cross_signing(no_password)
        assert desk.backup is not None and desk.keys_api is not None
        old_key = await desk.backup.set_up()
        await chat_history(desk, bob, rooms=1)
        await desk.backup.back_up_new_keys()
        new_key = await desk.backup.change_key("nouvelle phrase")
        assert new_key != old_key
        version = (await desk.keys_api.backup_version() or {})["version"]
        bogus = {"ephemeral": "AAAA", "ciphertext": "AAAA", "mac": "AAAA"}
        await desk.keys_api.put_backup_keys(
            version,
            {"!planted:localhost": {"sessions": {"bogus": {
                "first_message_index": 0, "forwarded_count": 0, "is_verified": False,
                "session_data": bogus,
            }}}},
        )  # fmt: skip
        laptop, _ = await logged_in_session(synapse, alice_user, tmp_path / "laptop", memory_store)
        assert laptop.backup is not None
        with pytest.raises(WrongRecoveryKey):
            await laptop.backup.unlock(old_key)  # the old key no longer opens it
        restored, failed = await laptop.backup.unlock("nouvelle phrase")
        assert restored >= 1 and failed == 1  # the planted entry is skipped, not fatal
        await wait_until(lambda: not waiting(laptop), what="every message decrypted")
        restored_again, _ = await laptop.backup.unlock(new_key)
        assert restored_again == 0  # nothing new: nothing replaced
    finally:
        for session in (desk, bob, laptop):
            if session is not None:
                await session.close()


async def test_backup_progress_survives_a_restart(synapse, tmp_path: Path, memory_store) -> None:
    alice_user, bob_user = new_user(synapse, "alice"), new_user(synapse, "bob")
    desk, _ = await logged_in_session(synapse, alice_user, tmp_path / "desk", memory_store)
    bob, _ = await logged_in_session(synapse, bob_user, tmp_path / "bob", memory_store)
    again: MatrixSession | None = None
    try:
        await desk.ensure_cross_signing(no_password)
        assert desk.backup is not None
        await desk.backup.set_up()
        await chat_history(desk, bob, rooms=1)
        await desk.backup.back_up_new_keys()
        before = await desk.backup.status()
        await desk.close()
        again = MatrixSession(desk.profile, memory_store)
        assert await again.restore()
        assert again.backup is not None
        assert await again.backup.back_up_new_keys() == 0  # nothing uploaded twice
        after = await again.backup.status()
        assert after.backed_up == before.backed_up == after.total
    finally:
        await bob.close()
        if again is not None:
            await again.close()
