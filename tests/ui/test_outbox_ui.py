"""A message the server refuses is never dropped: its row says "Not sent", the bar under the
timeline offers Retry (same transaction id: delivered once) and Discard (gone from the
timeline and the outbox). Keyboard: the bar's buttons have mnemonics (Alt+R, Alt+I)."""

from __future__ import annotations

from pathlib import Path

from client.core.session import MatrixSession
from client.ui.models.timeline import TimelineRole
from tests.helpers.accounts import logged_in_session
from tests.helpers.waits import wait_until
from tests.ui.helpers import open_window


async def restrict(bob: MatrixSession, room_id: str, level: int) -> None:
    """Bob (the room's creator) lets only moderators speak (level 50) or everyone (0)."""
    client = bob.client
    assert client is not None
    room = client.rooms[room_id]
    users = {} if room.room_version == "12" else {bob.user_id: 100}  # v12: creators implicit
    content = {
        "users": users,
        "users_default": 0,
        "events_default": level,
        "state_default": 50,
        "ban": 50,
        "kick": 50,
        "redact": 50,
        "invite": 0,
    }
    response = await client.room_put_state(room_id, "m.room.power_levels", content)
    assert hasattr(response, "event_id"), response


def time_of(window, body: str) -> str | None:  # type: ignore[no-untyped-def]
    model = window.timeline_view.model()
    for row in range(model.rowCount()):
        index = model.index(row)
        if index.data() == body:
            return str(index.data(TimelineRole.TIME))
    return None


async def test_refused_message_can_be_retried_or_discarded(
    qtbot, synapse, user, other_user, tmp_path: Path, keyring_store
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", keyring_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", keyring_store)
    window = open_window(qtbot, alice)
    try:
        room_id = await bob.create_room("Annonces", invite=[alice.user_id])
        await wait_until(lambda: window.rooms.row_of(room_id) >= 0, what="the invitation")
        await alice.accept_invite(room_id)
        window.select_room(room_id)
        await wait_until(lambda: window.composer.isEnabled(), what="joined")
        await restrict(bob, room_id, 50)
        await wait_until(
            lambda: alice.client.rooms[room_id].power_levels.defaults.events_default == 50,  # type: ignore[union-attr]
            what="the new power levels at Alice",
        )

        window.composer.setPlainText("Message refusé puis renvoyé")
        window.send(window.composer.toPlainText())
        await wait_until(lambda: window.error_bar.isVisible(), what="the refusal")
        assert window.error_label.text().startswith("A message could not be sent:")
        assert window.retry_button.isVisible() and window.discard_button.isVisible()
        assert time_of(window, "Message refusé puis renvoyé") == "⚠ Not sent"
        [failed] = alice.outbox_entries(room_id)
        assert failed.failed

        await restrict(bob, room_id, 0)
        await wait_until(
            lambda: alice.client.rooms[room_id].power_levels.defaults.events_default == 0,  # type: ignore[union-attr]
            what="speaking allowed again",
        )
        window.retry_button.click()
        await wait_until(
            lambda: any(i.body == "Message refusé puis renvoyé" for i in bob.timeline(room_id)),
            30,
            "the retried message at Bob",
        )
        await wait_until(lambda: not window.error_bar.isVisible(), what="the bar gone")
        assert [i.body for i in bob.timeline(room_id)].count("Message refusé puis renvoyé") == 1
        assert alice.outbox_entries() == []

        await restrict(bob, room_id, 50)
        await wait_until(
            lambda: alice.client.rooms[room_id].power_levels.defaults.events_default == 50,  # type: ignore[union-attr]
            what="restricted again",
        )
        window.send("À jeter")
        await wait_until(lambda: window.discard_button.isVisible(), what="the second refusal")
        window.discard_button.click()
        assert time_of(window, "À jeter") is None
        assert alice.outbox_entries() == [] and not window.error_bar.isVisible()
    finally:
        window.close()
        await window.tasks.cancel_all()
        await alice.close()
        await bob.close()
