"""The Conversation menu through real dialogs and the test Synapse: a new room with a topic and
an invitation, the sovereignty banner, the people list with roles, trust and "External",
renaming, and leaving."""

from __future__ import annotations

from pathlib import Path

from client.core.policy.loader import Policy
from client.ui.qt import QApplication, QMessageBox, QtWidgets
from tests.helpers.accounts import logged_in_session
from tests.helpers.waits import wait_until
from tests.ui.helpers import open_window


def shown(name: str) -> list[QtWidgets.QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]


async def test_create_invite_people_banner_rename_leave(
    qtbot, synapse, user, other_user, tmp_path: Path, memory_store
) -> None:
    alice, _ = await logged_in_session(synapse, user, tmp_path / "a", memory_store)
    bob, _ = await logged_in_session(synapse, other_user, tmp_path / "b", memory_store)
    window = open_window(qtbot, alice)
    actions = window.room_actions.actions
    try:
        assert not actions["members"].isEnabled()  # no conversation open yet
        actions["new"].trigger()
        await wait_until(lambda: shown("createRoom"), what="the create dialog")
        dialog = shown("createRoom")[0]
        dialog.name_edit.setText("Cellule de crise")
        dialog.topic_edit.setText("Point quotidien à 9 h")
        dialog.invite_edit.setText("bob sans serveur")
        assert not dialog.create_button.isEnabled() and "bob sans serveur" in dialog.problem.text()
        dialog.invite_edit.setText(bob.user_id)
        assert dialog.create_button.isEnabled()
        dialog.create_button.click()
        await wait_until(
            lambda: window.room_title.text() == "Cellule de crise", 30, "the new room opens"
        )
        room_id = window.current_room
        assert room_id is not None
        assert (
            window.topic_label.isVisible() and window.topic_label.text() == "Point quotidien à 9 h"
        )
        assert window.encryption_label.text() == "End-to-end encrypted"
        assert not window.sovereignty_banner.isVisible()

        # The organisation's allow-list no longer has our server: the banner says so.
        alice.policy = Policy(
            {"allowed_homeservers": ["gouv.example"]}, {"allowed_homeservers": "/etc"}
        )
        await wait_until(lambda: any(r.room_id == room_id and r.is_invite for r in bob.rooms()))
        await bob.accept_invite(room_id)
        await wait_until(lambda: window.sovereignty_banner.isVisible(), what="the banner")
        assert window.sovereignty_banner.text() == "⚠ External participants from localhost"

        actions["members"].trigger()
        await wait_until(lambda: shown("members"), what="the people list")
        people = shown("members")[0]
        rows = [
            [people.table.item(r, c).text() for c in range(4)]
            for r in range(people.table.rowCount())
        ]
        assert rows[0][2] == "Owner" and rows[0][1].startswith(alice.user_id)
        assert rows[1][1].startswith(bob.user_id)
        assert rows[1][2] == "Member" and rows[1][1].endswith("— External")
        assert rows[1][3] in ("⚠ Not verified", "… Unknown")
        people.reject()

        actions["settings"].trigger()
        await wait_until(lambda: shown("roomSettings"), what="the settings")
        settings = shown("roomSettings")[0]
        settings.name_edit.setText("Cellule de crise — Nord")
        settings.save_button.click()
        await wait_until(
            lambda: any(r.name == "Cellule de crise — Nord" for r in bob.rooms()), what="renamed"
        )

        actions["leave"].trigger()
        await wait_until(
            lambda: [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ]
        )
        box = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        )
        assert "Cellule de crise — Nord" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
        await wait_until(lambda: window.rooms.row_of(room_id) < 0, 30, "left")
        assert not actions["leave"].isEnabled()
    finally:
        window.close()
        await window.tasks.cancel_all()
        await alice.close()
        await bob.close()
