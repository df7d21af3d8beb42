"""Kill test: Pli's core runs in a child process that sends encrypted messages in a loop to a
peer and reads the peer's, and is SIGKILLed at random moments (seeded; the seed is printed
and in every failure message). After every restart the store must open; at the end every
message the user sent (written to the outbox) reaches the peer exactly once and in order, and
every message of the peer is readable. The slow run does 60 kills; PLI_KILLS overrides."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from client.core.events import ItemState
from client.core.secrets.store import KeyringSecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from tests.helpers.accounts import direct_chat, logged_in_session
from tests.helpers.waits import wait_until

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("PLI_KILLS", "60"))


def spawn(
    profile: Path, room_id: str, peer: str, work: Path, seed: str, errors: Any = None
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.helpers.kill_child",
            str(profile),
            room_id,
            peer,
            str(work),
            seed,
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL if errors is None else errors,
    )


@pytest.mark.slow
@pytest.mark.timeout(1200)
async def test_sigkill_at_random_moments_loses_nothing(
    synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    seed = os.environ.get("PLI_KILL_SEED") or str(random.randrange(1 << 32))
    print(f"kill test seed={seed} kills={KILLS}")
    rng = random.Random(seed)
    work = tmp_path / "work"
    work.mkdir()
    profile = tmp_path / "alice"
    keyring = KeyringSecretStore()  # the child reads the keys from the real Secret Service
    alice, _ = await logged_in_session(synapse, user, profile, keyring)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "bob", memory_store)
    stats = {"kills": 0, "bob_sent": 0}
    try:
        room_id = await direct_chat(alice, bob)
        await alice.close()  # from now on only the child uses Alice's profile

        async def bob_talks() -> None:
            while True:
                await bob.send_text(room_id, f"b{stats['bob_sent']}")
                stats["bob_sent"] += 1
                await asyncio.sleep(0.7)

        talker = asyncio.ensure_future(bob_talks())
        stderr_log = (work / "child-stderr.log").open("ab")  # one handle for every child
        started = time.monotonic()
        starts_log = work / "starts.log"

        def opened() -> int:
            return len(starts_log.read_text().splitlines()) if starts_log.exists() else 0

        for n in range(KILLS):
            before = opened()
            child = spawn(
                profile, room_id, bob.user_id, work, f"{seed}-{stats['kills']}", stderr_log
            )
            if n % 2:
                # Every other kill lands once the store is open (sending, receiving), so a
                # loaded machine whose children start slowly still kills running ones; the
                # wait fails if the store does not open.
                await wait_until(
                    lambda before=before, child=child: (
                        opened() > before or child.poll() is not None
                    ),
                    60,
                    f"the store open after kill {n} (seed {seed})",
                )
                await asyncio.sleep(rng.uniform(0.0, 2.5))
            else:  # anywhere, starting included
                await asyncio.sleep(rng.uniform(0.3, 3.5))
            child.send_signal(signal.SIGKILL)
            code = child.wait()
            errors = (work / "child-stderr.log").read_text(errors="replace")
            # Killed, not dead by itself: a store that would not open, or any crash, fails.
            assert code == -signal.SIGKILL, f"seed {seed}: child exited {code}: {errors[-3000:]}"
            stats["kills"] += 1
        # A last run that is not killed delivers what the outbox still holds.
        child = spawn(profile, room_id, bob.user_id, work, f"{seed}-final", stderr_log)
        talker.cancel()
        intents = []

        def delivered() -> bool:
            nonlocal intents
            intents = (work / "intents.log").read_text().splitlines()
            bodies = [i.body for i in bob.timeline(room_id) if i.sender == alice.user_id]
            return set(intents) <= set(bodies)

        try:
            try:
                await wait_until(delivered, 120, f"every intended message at Bob (seed {seed})")
            except AssertionError:
                missing = set(intents) - {i.body for i in bob.timeline(room_id)}
                states = [
                    (i.event_id, i.state.name, i.body[:20])
                    for i in bob.timeline(room_id)
                    if i.sender == alice.user_id and i.state is not ItemState.SENT
                ]
                print("NOT DELIVERED", sorted(missing)[:20], states[:20])
                raise
            await asyncio.sleep(2)
        finally:
            child.send_signal(signal.SIGTERM)
            child.wait(30)
            stderr_log.close()
        elapsed = time.monotonic() - started
    finally:
        await bob.close()

    bodies = [i.body for i in bob.timeline(room_id) if i.sender == alice.user_id]
    duplicates = sorted({b for b in bodies if bodies.count(b) > 1})
    assert duplicates == [], f"seed {seed}: sent twice: {duplicates}"
    numbers = [int(b[1:].split(".")[0]) for b in bodies]
    assert numbers == sorted(numbers), f"seed {seed}: out of order: {numbers}"
    assert set(intents) <= set(bodies), f"seed {seed}: lost: {sorted(set(intents) - set(bodies))}"
    starts = (work / "starts.log").read_text().splitlines()
    assert len(starts) >= KILLS // 2, f"seed {seed}: the store opened only {len(starts)} times"

    # Every message of Bob is readable by Alice's device after all this.
    final = MatrixSession(Profile(profile), keyring)
    try:
        assert await final.restore()
        final.start()
        await final.wait_synced(timeout=60)

        # The first sync brings the room's last 50 events, which may all be Alice's: older
        # pages (the cache, then the server) until Bob's messages are there too.
        for _ in range(20):
            if any(i.sender == bob.user_id for i in final.timeline(room_id)):
                break
            if not final.has_older(room_id) or not await final.load_older(room_id):
                break

        def readable() -> bool:
            items = [i for i in final.timeline(room_id) if i.sender == bob.user_id]
            return bool(items) and all(i.state is ItemState.SENT for i in items)

        try:
            await wait_until(readable, 60, f"Bob's messages readable (seed {seed})")
        except AssertionError:
            states = [
                (i.event_id, i.state.name, i.body[:20])
                for i in final.timeline(room_id)
                if i.sender == bob.user_id and i.state is not ItemState.SENT
            ]
            print("NOT READABLE", states, "waiting", final.waiting_for_keys)
            raise
    finally:
        await final.close()
    received = set((work / "received.log").read_text().splitlines())
    report = (
        f"kill test: seed={seed} kills={stats['kills']} store_opened={len(starts)} "
        f"sent={len(intents)} delivered_once={len(set(bodies))} duplicates=0 lost=0 "
        f"peer_messages={stats['bob_sent']} read_by_the_child={len(received)} in {elapsed:.0f} s"
    )
    print(report)
    (ROOT / "build").mkdir(exist_ok=True)
    (ROOT / "build" / "kill-test.txt").write_text(report + "\n")
