"""Cross-signing against the real Synapse: create and upload keys (with user-interactive auth),
sign our device, read the keys back from /keys/query as another user and check the chain."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from client.core.crypto import cross_signing
from client.core.crypto.cross_signing import CrossSigningSeeds
from client.core.crypto.keys_api import KeysApi
from client.core.errors import WrongPassword
from client.core.session.account_security import CrossSigningStatus
from tests.helpers.accounts import logged_in_session


def api_for(session) -> KeysApi:  # type: ignore[no-untyped-def]
    return KeysApi(session.record.homeserver, session.client.access_token, session.user_id)


async def test_upload_sign_device_and_verify_the_chain_from_another_account(
    synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    alice, _ = await logged_in_session(
        synapse, user, tmp_path / "a", memory_store, cross_sign=False
    )
    bob, _ = await logged_in_session(
        synapse, other_user, tmp_path / "b", memory_store, cross_sign=False
    )
    try:
        asked = []

        async def password() -> str:
            asked.append(1)
            return user.password

        async def wrong() -> str:
            return "not the password"

        # First upload: Synapse does not ask for auth (MSC3967: nothing to replace yet).
        first = CrossSigningSeeds.generate()
        await api_for(alice).upload_cross_signing(
            cross_signing.upload_body(alice.user_id, first), password
        )
        assert asked == []

        # Replacing them needs the password (user-interactive auth).
        seeds = CrossSigningSeeds.generate()
        body = cross_signing.upload_body(alice.user_id, seeds)
        with pytest.raises(WrongPassword):
            await api_for(alice).upload_cross_signing(body, wrong)
        await api_for(alice).upload_cross_signing(body, password)
        assert asked == [1]

        answer = await api_for(bob).query([alice.user_id])
        keys = cross_signing.parse_keys_query(answer, alice.user_id)
        assert keys.problems == []
        assert keys.master == seeds.public("master")
        assert keys.self_signing == seeds.public("self_signing")
        assert keys.user_signing is None  # only visible to alice herself
        device = answer["device_keys"][alice.user_id][alice.device_id]
        assert not keys.signed_by_self_signing(device)

        signed = cross_signing.sign_device(alice.user_id, device, seeds)
        await api_for(alice).upload_signatures({alice.user_id: {alice.device_id: signed}})

        answer = await api_for(bob).query([alice.user_id])
        keys = cross_signing.parse_keys_query(answer, alice.user_id)
        device = answer["device_keys"][alice.user_id][alice.device_id]
        assert keys.signed_by_self_signing(device), "device verified through the chain"

        own = cross_signing.parse_keys_query(
            await api_for(alice).query([alice.user_id]), alice.user_id
        )
        assert own.user_signing == seeds.public("user_signing")

        # A self-signing key not signed by the master key is refused.
        forged = copy.deepcopy(answer)
        other = CrossSigningSeeds.generate()
        forged["self_signing_keys"][alice.user_id] = cross_signing.upload_body(
            alice.user_id, other
        )["self_signing_key"]
        broken = cross_signing.parse_keys_query(forged, alice.user_id)
        assert broken.self_signing is None
        assert broken.problems == ["self_signing key not signed by the master key"]
        assert not broken.signed_by_self_signing(device)
    finally:
        await alice.close()
        await bob.close()


async def test_cross_signing_made_before_the_first_sync_still_signs_this_device(
    synapse, tmp_path: Path, memory_store
) -> None:  # type: ignore[no-untyped-def]
    """Under MSC4153 (Pli's default) nobody shares room keys with a device its owner has not
    signed: keys made before nio had uploaded this device's keys left it unsigned for good."""
    from tests.helpers.accounts import new_user

    user = new_user(synapse, "early")
    session, _ = await logged_in_session(synapse, user, tmp_path / "e", memory_store, start=False)
    try:

        async def no_password() -> str | None:
            return None

        assert await session.ensure_cross_signing(no_password) is CrossSigningStatus.CREATED
        assert session.trust is not None and session.trust.this_device_cross_signed()
    finally:
        await session.close()
