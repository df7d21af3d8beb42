"""Issue 15, point 7: after a soft logout, every HTTP stack uses the new token.

The server really stops accepting the old token (the hostile proxy answers it as Synapse
answers an expired one: 401 M_UNKNOWN_TOKEN, soft_logout). Pli signs in again on the same
device; then key queries, signature uploads and the backup — our own KeysApi, not nio —
must work at once, with the new token, not fail until a restart.
"""

from __future__ import annotations

from pathlib import Path

from client.core.events import LoggedOut
from tests.adversarial.hostile import HostileServer
from tests.helpers.accounts import logged_in_session
from tests.helpers.waits import wait_until
from tests.integration.test_secure_backup import no_password


async def test_after_a_soft_logout_the_keys_api_uses_the_new_token(
    synapse, user, hostile: HostileServer, tmp_path: Path, memory_store
) -> None:
    alice, recorder = await logged_in_session(
        synapse, user, tmp_path / "a", memory_store, server=hostile.url
    )
    try:
        olm = alice.client.olm  # type: ignore[union-attr]
        await wait_until(lambda: olm.account.shared, 30, "the device keys uploaded")
        old = alice.client.access_token  # type: ignore[union-attr]
        hostile.expire(old)
        alice.reconnect_now()  # drop the long poll in flight: the next request meets it
        await wait_until(lambda: LoggedOut("soft") in recorder.events, 40, "soft logout")
        await alice.relogin(user.password)
        new = alice.client.access_token  # type: ignore[union-attr]
        assert new and new != old
        since = len(hostile.tokens_seen)

        # What goes through our KeysApi: /keys/query (the directory), cross-signing upload,
        # signatures, secret storage and backup.
        assert alice.directory is not None
        await alice.directory.refresh([alice.user_id])
        assert alice.directory.device(alice.user_id, alice.device_id) is not None
        await alice.ensure_cross_signing(no_password)
        assert alice.backup is not None
        await alice.backup.set_up()
        after = hostile.tokens_seen[since:]
        assert after and all(token == new for _path, token in after), {
            path for path, token in after if token != new
        }
    finally:
        await alice.close()
