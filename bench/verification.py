"""How long a verification takes on the wire, Pli to Pli on a local Synapse: from the request
to both sides DONE, for emoji (SAS) and for QR (mode 0x00), in a room; users' clicks are
instant, so this is protocol + homeserver + crypto time. Prints a table (median of N).

    .venv/bin/python bench/verification.py [--runs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from client.core.events import SessionEvent
from client.core.secrets.store import MemorySecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.core.verification.flow import State
from client.demo.homeserver import LocalSynapse


async def until(condition, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError
        await asyncio.sleep(0.005)


async def pair(synapse: LocalSynapse, folder: Path, n: int) -> tuple[MatrixSession, ...]:
    sessions = []
    for name in ("a", "b"):
        user = synapse.register(f"{name}{n}", "bench-password")

        def ignore(_event: SessionEvent) -> None:
            return None

        session = MatrixSession(Profile(folder / f"{name}{n}"), MemorySecretStore(), ignore)
        await session.login(user.user_id, user.password, server=synapse.url)
        session.start()
        await session.wait_synced()

        async def no_password() -> str | None:
            return None

        await session.ensure_cross_signing(no_password)
        sessions.append(session)
    return tuple(sessions)


async def one(a: MatrixSession, b: MatrixSession, room_id: str, method: str) -> float:
    assert a.verification is not None and b.verification is not None
    ma, mb = a.verification, b.verification
    start = time.monotonic()
    view = await ma.request_user_verification(b.user_id, room_id)
    flow = view.flow_id
    await until(lambda: flow in mb.flows)
    await mb.act(flow, "accept")
    await until(lambda: ma.view(flow).state is State.READY)
    if method == "sas":
        await ma.act(flow, "start_sas")
        await until(lambda: mb.flows[flow].state is State.SAS_COMPARE)
        await until(lambda: ma.view(flow).state is State.SAS_COMPARE)
        await ma.act(flow, "confirm_sas")
        await mb.act(flow, "confirm_sas")
    else:
        payload = mb.view(flow).qr_payload
        assert payload is not None
        await ma.act(flow, "scanned", payload)
        await until(lambda: mb.flows[flow].state is State.QR_CONFIRM)
        await mb.act(flow, "confirm_qr")
    await until(lambda: ma.view(flow).state is State.DONE and mb.view(flow).state is State.DONE)
    return time.monotonic() - start


async def main(runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="pli-bench-") as tmp:
        folder = Path(tmp)
        synapse = LocalSynapse(folder / "hs")
        await synapse.start_async()
        results: dict[str, list[float]] = {"sas": [], "qr": []}
        try:
            for n in range(runs):
                a, b = await pair(synapse, folder, n)
                try:
                    room_id = await a.create_direct_chat(b.user_id)
                    await until(lambda b=b, r_id=room_id: any(r.room_id == r_id for r in b.rooms()))
                    await b.accept_invite(room_id)
                    await a.wait_for_room(room_id)
                    for method in ("sas", "qr"):
                        results[method].append(await one(a, b, room_id, method))
                finally:
                    await a.close()
                    await b.close()
        finally:
            synapse.stop()
    print(f"{'method':<8}{'runs':>6}{'median s':>12}{'min s':>10}{'max s':>10}")
    for method, times in results.items():
        print(
            f"{method:<8}{len(times):>6}{statistics.median(times):>12.3f}"
            f"{min(times):>10.3f}{max(times):>10.3f}"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    asyncio.run(main(parser.parse_args().runs))
