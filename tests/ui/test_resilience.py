"""In the window: the "waiting for the key" row fills in by itself; a message sent during an
outage is kept (the outbox), shows "Sending…", and goes out once, by itself, when the server
is back — to the room it was written for."""

from __future__ import annotations

import asyncio
from pathlib import Path

from client.core.events import ConnectionState
from client.ui.models.timeline import TimelineRole, placeholder_text
from tests.helpers.accounts import logged_in_session, new_user
from tests.helpers.late_keys import send_before_key
from tests.helpers.waits import wait_until
from tests.ui.helpers import open_window


async def _window_with_chat(qtbot, synapse, alice_user, bob_user, tmp_path, store):  # type: ignore[no-untyped-def]
    alice, _ = await logged_in_session(synapse, alice_user, tmp_path / "a", store)
    window = open_window(qtbot, alice)
    bob, _ = await logged_in_session(synapse, bob_user, tmp_path / "b", store)
    await window.start_direct_chat(bob.user_id)
    room_id = window.current_room
    await wait_until(lambda: any(r.is_invite for r in bob.rooms()))
    await bob.accept_invite(room_id)
    return alice, bob, window, room_id


async def test_waiting_for_key_placeholder_fills_in(
    qtbot, synapse, user, other_user, tmp_path: Path, keyring_store
) -> None:
    alice, bob, window, room_id = await _window_with_chat(
        qtbot, synapse, user, other_user, tmp_path, keyring_store
    )
    try:
        await bob.send_text(room_id, "hello first")
        model = window.timeline_view.model()
        await wait_until(lambda: model.rowCount() >= 1)
        event_id, deliver_key = await send_before_key(bob, room_id, "arrives before its key")

        def row_text() -> str | None:
            for row in range(model.rowCount()):
                if model.index(row).data(TimelineRole.EVENT_ID) == event_id:
                    return str(model.index(row).data())
            return None

        await wait_until(lambda: row_text() is not None, what="the encrypted row")
        assert row_text() == placeholder_text()
        rows_before = model.rowCount()
        await deliver_key()
        await wait_until(lambda: row_text() == "arrives before its key", what="fill-in")
        assert model.rowCount() == rows_before  # changed in place, not appended
    finally:
        window.close()
        await window.tasks.cancel_all()
        await alice.close()
        await bob.close()


async def test_send_during_outage_keeps_text_and_goes_out_when_back(
    qtbot, own_synapse, tmp_path: Path, keyring_store
) -> None:
    alice, bob, window, room_id = await _window_with_chat(
        qtbot,
        own_synapse,
        new_user(own_synapse, "alice"),
        new_user(own_synapse, "bob"),
        tmp_path,
        keyring_store,
    )
    try:
        own_synapse.stop()
        await wait_until(lambda: alice.state is not ConnectionState.ONLINE, timeout=30)
        assert (
            "reconnecting" in window.connection_label.text()
            or "Offline" in window.connection_label.text()
        )
        window.composer.setPlainText("Rapport envoyé pendant la coupure")
        window.send(window.composer.toPlainText())
        # Kept durably in the outbox: the box is free at once, the row says it is on its way.
        assert window.composer.toPlainText() == ""
        model = window.timeline_view.model()

        def own_row() -> tuple[str, str] | None:
            for row in range(model.rowCount()):
                index = model.index(row)
                if index.data() == "Rapport envoyé pendant la coupure":
                    return str(index.data(TimelineRole.EVENT_ID)), str(
                        index.data(TimelineRole.TIME)
                    )
            return None

        await wait_until(lambda: own_row() is not None, what="the pending row")
        assert own_row()[1] == "Sending…"  # type: ignore[index]
        assert not window.error_bar.isVisible()  # not an error: it waits for the server

        await own_synapse.start_async()
        await wait_until(lambda: window.connection_label.text() == "Online", timeout=60)
        await wait_until(
            lambda: any(
                i.body == "Rapport envoyé pendant la coupure" for i in bob.timeline(room_id)
            ),
            timeout=30,
            what="the kept message goes out by itself",
        )
        await wait_until(lambda: own_row()[1] != "Sending…", what="the row marked sent")  # type: ignore[index]
        assert own_row()[0].startswith("$")  # type: ignore[index]  # its real event id
        bodies = [i.body for i in bob.timeline(room_id)]
        assert bodies.count("Rapport envoyé pendant la coupure") == 1
    finally:
        window.close()
        await window.tasks.cancel_all()
        await alice.close()
        await bob.close()


async def test_failed_message_goes_to_its_own_room_after_switching(
    qtbot, own_synapse, tmp_path: Path, keyring_store
) -> None:
    alice, bob, window, room_a = await _window_with_chat(
        qtbot,
        own_synapse,
        new_user(own_synapse, "alice"),
        new_user(own_synapse, "bob"),
        tmp_path,
        keyring_store,
    )
    try:
        room_b = await alice.create_room("Autre salon", invite=[bob.user_id])
        await wait_until(lambda: room_b in {r.room_id for r in bob.rooms()})
        await bob.accept_invite(room_b)
        window.select_room(room_a)
        own_synapse.stop()
        await wait_until(lambda: alice.state is not ConnectionState.ONLINE, timeout=30)
        window.composer.setPlainText("pour la salle A seulement")
        window.send(window.composer.toPlainText())
        window.send(window.composer.toPlainText())  # a second press: the box is empty now
        assert window.composer.toPlainText() == ""
        assert [e.room_id for e in alice.outbox_entries()] == [room_a]

        window.select_room(room_b)  # the draft of A stays with A
        assert window.composer.toPlainText() == ""
        assert not window.error_bar.isVisible()
        window.composer.setPlainText("brouillon B")

        await own_synapse.start_async()
        await wait_until(
            lambda: any(i.body == "pour la salle A seulement" for i in bob.timeline(room_a)),
            timeout=60,
            what="the failed message reaches room A by itself",
        )
        await asyncio.sleep(1.0)
        assert not any(i.body == "pour la salle A seulement" for i in bob.timeline(room_b))
        assert [i.body for i in bob.timeline(room_a)].count("pour la salle A seulement") == 1
        assert window.composer.toPlainText() == "brouillon B"
        window.select_room(room_a)
        assert window.composer.toPlainText() == ""  # sent, so A's draft is gone
        window.select_room(room_b)
        assert window.composer.toPlainText() == "brouillon B"
        window.composer.clear()
    finally:
        window.close()
        await window.tasks.cancel_all()
        await alice.close()
        await bob.close()
