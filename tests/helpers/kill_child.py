"""The child of the kill test: Pli's core (no Qt) on a saved profile, in a loop — it restores
the session, syncs, writes messages to the outbox (noting each one only *after* `queue_text`
returned, i.e. once it is durable) and records the peer's messages it could decrypt. The
parent SIGKILLs it at random moments and starts it again.

    python -m tests.helpers.kill_child PROFILE ROOM_ID PEER_ID WORKDIR SEED
"""

from __future__ import annotations

import asyncio
import os
import random
import sys
from pathlib import Path

from client.core.events import ItemState
from client.core.secrets.store import KeyringSecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile


def append(path: Path, line: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")
        handle.flush()
        os.fsync(handle.fileno())


async def main(profile: str, room_id: str, peer: str, workdir: str, seed: str) -> int:
    work = Path(workdir)
    intents, received = work / "intents.log", work / "received.log"
    rng = random.Random(seed)
    session = MatrixSession(Profile(Path(profile)), KeyringSecretStore())
    if not await session.restore():
        print("no saved session", file=sys.stderr)
        return 3
    append(work / "starts.log", "restored")  # the store opened after the last kill
    session.start()
    await session.wait_synced(timeout=60)
    count = len(intents.read_text().splitlines()) if intents.exists() else 0
    seen: set[str] = set()
    run = seed.rsplit("-", 1)[-1]
    while True:
        # The run in the body: a kill between queue_text and the note below makes the next
        # run reuse the number, and two different messages must not look like one sent twice.
        body = f"k{count}.{run}"
        session.queue_text(room_id, body)
        append(intents, body)
        count += 1
        for item in session.timeline(room_id):
            if item.sender == peer and item.state is ItemState.SENT and item.body not in seen:
                seen.add(item.body)
                append(received, item.body)
        await asyncio.sleep(rng.uniform(0.02, 0.25))


if __name__ == "__main__":
    sys.exit(asyncio.run(main(*sys.argv[1:6])))
