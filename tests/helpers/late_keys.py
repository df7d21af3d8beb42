"""Make a real "unable to decrypt yet": a message whose room key arrives after it."""

from __future__ import annotations

from uuid import uuid4

from nio import RoomSendResponse, ShareGroupSessionResponse
from nio.api import Api


async def send_before_key(sender, room_id: str, body: str):  # type: ignore[no-untyped-def]
    """Send a message whose room key is delivered *after* it, as happens when to-device
    messages queue up. Returns (event id, a coroutine that delivers the key)."""
    client = sender.client
    olm = client.olm
    olm.create_outbound_group_session(room_id)
    missing = client.get_missing_sessions(room_id)
    if missing:
        await client.keys_claim(missing)
    # Build the key messages now (message index 0) but keep them.
    key_messages = list(
        olm.share_group_session_parallel(
            room_id, list(client.rooms[room_id].users.keys()), ignore_unverified_devices=True
        )
    )
    assert key_messages
    olm.outbound_group_sessions[room_id].shared = True
    payload = olm.group_encrypt(
        room_id, {"type": "m.room.message", "content": {"msgtype": "m.text", "body": body}}
    )
    method, path, data = Api.room_send(
        client.access_token, room_id, "m.room.encrypted", payload, str(uuid4())
    )
    response = await client._send(RoomSendResponse, method, path, data, (room_id,))
    assert isinstance(response, RoomSendResponse), response

    async def deliver_key() -> None:
        for sharing_with, to_device in key_messages:
            method, path, data = Api.to_device(
                client.access_token, "m.room.encrypted", to_device, str(uuid4())
            )
            reply = await client._send(
                ShareGroupSessionResponse, method, path, data, response_data=(room_id, sharing_with)
            )
            assert isinstance(reply, ShareGroupSessionResponse), reply

    return str(response.event_id), deliver_key
