"""Key backup throughput on a local Synapse: N room keys (10,000 by default) held by device A
are backed up (encrypt + batched upload), then device B of the same account unlocks with the
recovery key and restores them all (download + decrypt + import into nio's store). Prints a
table: keys per second each way.

    .venv/bin/python bench/key_backup.py [--keys 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

import vodozemac

from client.core.events import SessionEvent
from client.core.secrets.store import MemorySecretStore
from client.core.session import MatrixSession, nio_adapter
from client.core.storage.paths import Profile
from client.demo.homeserver import LocalSynapse


def ignore(_event: SessionEvent) -> None:
    return None


async def no_password() -> str | None:
    return None


async def signed_in(
    synapse: LocalSynapse, user_id: str, password: str, folder: Path
) -> MatrixSession:
    session = MatrixSession(Profile(folder), MemorySecretStore(), ignore)
    await session.login(user_id, password, server=synapse.url)
    session.start()
    await session.wait_synced()
    return session


def fake_room_keys(count: int) -> list[dict[str, object]]:
    keys = []
    for n in range(count):
        outbound = vodozemac.GroupSession()
        inbound = vodozemac.InboundGroupSession(outbound.session_key)
        keys.append(
            {
                "algorithm": "m.megolm.v1.aes-sha2",
                "sender_key": "bench-sender-curve25519-key",
                "sender_claimed_keys": {"ed25519": "bench-sender-ed25519-key"},
                "forwarding_curve25519_key_chain": [],
                "room_id": f"!bench{n % 50}:localhost",
                "session_id": outbound.session_id,
                "session_key": inbound.export_at(0).to_base64(),
            }
        )
    return keys


async def main(count: int) -> None:
    with tempfile.TemporaryDirectory(prefix="pli-bench-") as tmp:
        folder = Path(tmp)
        synapse = LocalSynapse(folder / "hs")
        await synapse.start_async()
        try:
            user = synapse.register("bench", "bench-password")
            desk = await signed_in(synapse, user.user_id, user.password, folder / "desk")
            await desk.ensure_cross_signing(no_password)
            assert desk.client is not None and desk.backup is not None
            started = time.monotonic()
            added = nio_adapter.import_room_keys(desk.client, fake_room_keys(count))  # type: ignore[arg-type]
            made = time.monotonic() - started
            key = await desk.backup.set_up()
            started = time.monotonic()
            await desk.backup.back_up_new_keys()
            status = await desk.backup.status()
            up = time.monotonic() - started
            laptop = await signed_in(synapse, user.user_id, user.password, folder / "laptop")
            assert laptop.backup is not None
            started = time.monotonic()
            restored, failed = await laptop.backup.unlock(key)
            down = time.monotonic() - started
            await desk.close()
            await laptop.close()
        finally:
            synapse.stop()
    rows = [
        ("make + store keys locally (setup)", added, made),
        ("back up (encrypt + upload)", status.backed_up, up),
        ("restore (download+decrypt+import)", restored, down),
    ]
    print(f"{'step':<36}{'keys':>8}{'seconds':>10}{'keys/s':>10}")
    for name, keys, seconds in rows:
        print(f"{name:<36}{keys:>8}{seconds:>10.2f}{keys / seconds:>10.0f}")
    if failed:
        print(f"failed to restore: {failed}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--keys", type=int, default=10_000)
    asyncio.run(main(parser.parse_args().keys))
