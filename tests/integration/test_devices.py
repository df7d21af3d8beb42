"""My devices on a real Synapse: listed with trust, renamed, signed out with the password
(user-interactive auth); a wrong password loses nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from client.core.crypto.trust import DeviceTrust
from client.core.errors import WrongPassword
from tests.helpers.accounts import logged_in_session


async def test_list_rename_and_sign_out_another_device(
    synapse, user, tmp_path: Path, memory_store
) -> None:
    desk, _ = await logged_in_session(synapse, user, tmp_path / "desk", memory_store)
    laptop, _ = await logged_in_session(synapse, user, tmp_path / "laptop", memory_store)
    try:
        rows = await desk.devices_of(user.user_id)
        assert {r.device_id for r in rows} == {desk.device_id, laptop.device_id}
        mine = next(r for r in rows if r.is_this_device)
        other = next(r for r in rows if not r.is_this_device)
        assert mine.device_id == desk.device_id and mine.last_seen_ms > 0
        assert other.trust is DeviceTrust.UNVERIFIED

        await desk.rename_device(laptop.device_id, "Portable du bureau 12")
        rows = await desk.devices_of(user.user_id)
        assert next(r for r in rows if r.device_id == laptop.device_id).display_name == (
            "Portable du bureau 12"
        )

        async def wrong() -> str | None:
            return "not the password"

        with pytest.raises(WrongPassword):
            await desk.sign_out_device(laptop.device_id, wrong)
        assert len(await desk.devices_of(user.user_id)) == 2

        async def cancelled() -> str | None:
            return None

        await desk.sign_out_device(laptop.device_id, cancelled)  # the user closed the prompt
        assert len(await desk.devices_of(user.user_id)) == 2

        async def right() -> str | None:
            return user.password

        await desk.sign_out_device(laptop.device_id, right)
        rows = await desk.devices_of(user.user_id)
        assert [r.device_id for r in rows] == [desk.device_id]
        with pytest.raises(ValueError):
            await desk.sign_out_device(desk.device_id, right)  # this device: use logout()
    finally:
        await laptop.close()
        await desk.close()
