"""Issue 15, point 1: one source of device keys.

The attack, against a real Synapse behind a hostile proxy: the server plants keys of its own
under a device id of Alice's (here LAPTOPX), so that Alice's desk stores them; then it hands
that same id to Alice's real new laptop. The desk verifies the laptop (QR, every check
correct: the verification reads the laptop's real keys) and would then answer its secret
request, and share room keys, Olm-encrypted to the *planted* keys that nio's device store kept
— the server reads the three cross-signing private keys, the backup key and every room key.

Pli must encrypt only to the exact Curve25519/Ed25519 pair its key directory (what trust is
decided on) holds, refuse when nio's view disagrees, and say so.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import aiohttp

from client.core.events import DeviceKeysConflict
from client.core.verification.flow import State
from tests.adversarial.attacker import AttackerDevice
from tests.adversarial.hostile import HostileServer
from tests.helpers.accounts import logged_in_session, new_user
from tests.helpers.waits import wait_until
from tests.integration.test_new_laptop import view_of
from tests.integration.test_secure_backup import no_password

DEVICE = "LAPTOPX"


def nio_device(session: Any, user_id: str, device_id: str) -> Any:
    olm = session.client.olm
    return olm.device_store[user_id].get(device_id) if user_id in olm.device_store.users else None


async def server_creates_device(url: str, user_id: str, password: str, device_id: str) -> None:
    """The homeserver can create a device for any of its users; Synapse does it on a login."""
    body = {
        "type": "m.login.password",
        "identifier": {"type": "m.id.user", "user": user_id},
        "password": password,
        "device_id": device_id,
    }
    async with aiohttp.ClientSession() as http:
        async with http.post(f"{url}/_matrix/client/v3/login", json=body) as response:
            assert response.status == 200, await response.text()


def plant(hostile: HostileServer, attacker: AttackerDevice, planting: list[bool]) -> None:
    def keys_query(_request: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
        devices = answer.get("device_keys", {}).get(attacker.user_id)
        if planting[0] and isinstance(devices, dict):
            devices[attacker.device_id] = attacker.device_keys()
        return answer

    def keys_claim(request: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
        asked = request.get("one_time_keys", {}).get(attacker.user_id, {})
        if attacker.device_id in asked:
            answer.setdefault("one_time_keys", {}).setdefault(attacker.user_id, {})[
                attacker.device_id
            ] = attacker.one_time_key()
        return answer

    def login(body: dict[str, Any]) -> dict[str, Any]:
        return {**body, "device_id": attacker.device_id}

    hostile.on_response("POST", r"/keys/query$", keys_query)
    hostile.on_response("POST", r"/keys/claim$", keys_claim)
    hostile.on_request("POST", r"/login$", login)


def read_everything(hostile: HostileServer, attacker: AttackerDevice) -> list[str]:
    """What the server decrypted of all the to-device traffic addressed to its keys."""
    for body in hostile.seen("PUT", r"/sendToDevice/m\.room\.encrypted/"):
        attacker.read_to_device(body)
    return [str(p.get("type")) for p in attacker.decrypted]


async def test_secrets_and_room_keys_never_go_to_keys_the_server_planted(
    synapse, hostile: HostileServer, tmp_path: Path, memory_store
) -> None:
    alice = new_user(synapse, "alice")
    desk, desk_events = await logged_in_session(
        synapse, alice, tmp_path / "desk", memory_store, server=hostile.url
    )
    sessions = [desk]
    try:
        await desk.ensure_cross_signing(no_password)
        room_id = await desk.create_room("Notes")  # a room: nio follows Alice's devices
        attacker = AttackerDevice(alice.user_id, DEVICE)
        planting = [True]
        plant(hostile, attacker, planting)
        await server_creates_device(synapse.url, alice.user_id, alice.password, DEVICE)
        await wait_until(
            lambda: (
                (d := nio_device(desk, alice.user_id, DEVICE)) is not None
                and d.ed25519 == attacker.ed25519
            ),
            30,
            "the desk's nio stored the planted keys",
        )
        planting[0] = False

        # The real laptop signs in; the server gives it the planted device id.
        laptop, laptop_events = await logged_in_session(
            synapse, alice, tmp_path / "laptop", memory_store, server=hostile.url
        )
        sessions.append(laptop)
        assert laptop.device_id == DEVICE
        assert laptop.verification is not None and desk.verification is not None
        view = await laptop.verification.request_own_verification()
        flow = view.flow_id
        await wait_until(lambda: view_of(desk_events, flow) is not None, what="the request")
        await desk.verification.act(flow, "accept")
        await wait_until(lambda: view_of(laptop_events, flow).state is State.READY)
        code = view_of(desk_events, flow).qr_payload
        assert code is not None
        await laptop.verification.act(flow, "scanned", code)
        await wait_until(lambda: view_of(desk_events, flow).state is State.QR_CONFIRM)
        await desk.verification.act(flow, "confirm_qr")
        await wait_until(lambda: view_of(desk_events, flow).state is State.DONE, what="done")

        # The laptop asks for the secrets by itself; the desk also sends in a room of its
        # own, whose room key goes to every device of Alice's.
        await desk.send_text(room_id, "le code du coffre est 4521")
        await asyncio.sleep(4)
        assert "m.secret.send" not in read_everything(hostile, attacker)
        assert "m.room_key" not in read_everything(hostile, attacker)
        assert attacker.decrypted == []

        conflicts = desk_events.of(DeviceKeysConflict)
        assert conflicts and conflicts[0].device_id == DEVICE  # type: ignore[attr-defined]
    finally:
        for session in sessions:
            await session.close()
