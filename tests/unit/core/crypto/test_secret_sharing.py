"""What a device accepts as a shared secret: only an answer to its own request, from my own
user, from a device it asked and verified. (The whole exchange runs on Synapse in
tests/integration/test_new_laptop.py.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from client.core.crypto.secret_sharing import SecretSharing
from client.core.crypto.trust import TrustEngine, TrustStore
from client.core.secrets.store import AccountSecrets, MemorySecretStore
from tests.unit.core.verification.test_manager import ALICE, FakeKeyServer


async def make(tmp_path: Path, verified: bool) -> tuple[SecretSharing, list[Any]]:
    from client.core.crypto.directory import KeyDirectory

    server = FakeKeyServer()
    directory = KeyDirectory(server)  # type: ignore[arg-type]
    await directory.refresh([ALICE])
    store = TrustStore(tmp_path / "trust.json", b"k" * 32)
    if verified:
        store.mark_device(ALICE, "A2", server.a2)
    got: list[Any] = []

    async def plain(*args: Any) -> None:
        return None

    async def encrypted(*args: Any) -> bool:
        return True

    async def took_backup(value: str) -> None:
        got.append(value)

    async def took_seeds(seeds: Any) -> None:
        got.append(seeds)

    sharing = SecretSharing(
        user_id=ALICE,
        device_id="A1",
        directory=directory,
        trust=TrustEngine(ALICE, "A1", directory, store),
        secrets=AccountSecrets(MemorySecretStore(), ALICE, "A1"),
        send_plain=plain,
        send_encrypted=encrypted,
        on_cross_signing=took_seeds,
        on_backup_key=took_backup,
    )
    return sharing, got


def curve_of(sharing: SecretSharing, device: str) -> str:
    info = sharing.directory.device(ALICE, device)
    assert info is not None
    return str(info.raw["keys"][f"curve25519:{device}"])


async def test_only_an_answer_to_our_request_from_a_verified_device_counts(tmp_path: Path) -> None:
    import asyncio

    for verified in (False, True):
        folder = tmp_path / str(verified)
        folder.mkdir()
        sharing, got = await make(folder, verified)
        assert await sharing.request_missing() == 4
        backup_request = next(
            r for r, p in sharing.pending.items() if p.name == "m.megolm_backup.v1"
        )
        answer = {"type": "m.secret.send", "content": {"request_id": backup_request, "secret": "S"}}
        sharing.on_secret_send("@mallory:hs", curve_of(sharing, "A2"), answer)  # another user
        sharing.on_secret_send(ALICE, "unknown-curve-key", answer)  # not one of my devices
        unasked = {"type": "m.secret.send", "content": {"request_id": "nope", "secret": "S"}}
        sharing.on_secret_send(ALICE, curve_of(sharing, "A2"), unasked)  # not our request
        sharing.on_secret_send(ALICE, curve_of(sharing, "A2"), answer)
        await asyncio.sleep(0.05)
        assert got == (["S"] if verified else [])
