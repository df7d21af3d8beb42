"""The demo contact accepts a verification and confirms the emoji by itself, so a newcomer
can try verification in `pli --demo`; both sides end trusting each other."""

from __future__ import annotations

from pathlib import Path

from client.core.crypto.trust import UserTrust
from client.core.verification.flow import State
from client.demo.contact import DemoContact
from tests.helpers.accounts import logged_in_session, new_user
from tests.helpers.waits import wait_until


async def test_verify_the_demo_contact_by_emoji(synapse, tmp_path: Path, memory_store) -> None:
    me_user, contact_user = new_user(synapse, "me"), new_user(synapse, "camille")
    contact = DemoContact(tmp_path / "contact")
    await contact.start(contact_user.user_id, contact_user.password, synapse.url)
    me, _ = await logged_in_session(synapse, me_user, tmp_path / "me", memory_store)
    try:

        async def no_password() -> str | None:
            return None

        await me.ensure_cross_signing(no_password)
        room_id = await me.create_direct_chat(contact_user.user_id)
        await wait_until(lambda: room_id in (contact.session.client.rooms or {}), what="join")  # type: ignore[union-attr]
        manager = me.verification
        assert manager is not None
        view = await manager.request_user_verification(contact_user.user_id, room_id)
        await wait_until(lambda: manager.view(view.flow_id).state is State.READY, what="ready")
        await manager.act(view.flow_id, "start_sas")
        await wait_until(lambda: manager.view(view.flow_id).state is State.SAS_COMPARE)
        await manager.act(view.flow_id, "confirm_sas")
        await wait_until(lambda: manager.view(view.flow_id).state is State.DONE, 20, "done")
        assert me.trust is not None and contact.session.trust is not None
        assert me.trust.user_trust(contact_user.user_id) is UserTrust.VERIFIED
        await wait_until(
            lambda: contact.session.trust.user_trust(me_user.user_id) is UserTrust.VERIFIED,  # type: ignore[union-attr]
            what="the contact trusting me",
        )
    finally:
        await me.close()
        await contact.stop()
