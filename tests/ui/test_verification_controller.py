"""client/ui/verification_controller.py: incoming requests reach the user one at a time.

Issue 15, point 4: every incoming request used to open its own dialog, so a flood of
requests (the core now caps them, but ten from ten people remain possible) piled dialogs on the
screen. Now one dialog at a time; the others wait behind one notice, said once to screen
readers, with "Review" and "Decline all".
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from client.core.secrets.store import MemorySecretStore
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.core.verification.flow import State
from client.core.verification.view import VerificationView
from client.ui.bridge.session_bridge import SessionBridge
from client.ui.verification_controller import VerificationController
from client.ui.views.main_window import MainWindow
from tests.helpers.flow_pairs import in_room_pair


async def test_many_requests_make_one_dialog_and_one_notice(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bridge = SessionBridge()
    window = MainWindow(MatrixSession(Profile(tmp_path / "p"), MemorySecretStore()), bridge)
    qtbot.addWidget(window)
    window.show()
    controller = VerificationController(window.session, bridge, window)
    alice, _bob = in_room_pair()
    base = dataclasses.replace(VerificationView.of(alice), state=State.INCOMING, we_requested=False)
    views = [
        dataclasses.replace(base, flow_id=f"$req{n}", other_user=f"@s{n}:hs") for n in range(10)
    ]
    for view in views:
        bridge.verificationChanged.emit(view)
    assert list(controller.dialogs) == ["$req0"]  # was all ten
    bar = controller.waiting_bar
    assert bar.isVisible()
    assert bar.label.text() == "9 verification requests are waiting (from @s1:hs, @s2:hs, @s3:hs…)."
    assert [b.accessibleName() for b in bar.buttons] == ["Review", "Decline all"]
    assert list(window.announcer.recent) == [
        "A verification request from @s1:hs is waiting."
    ]  # said once, when the notice appeared, not at each of the nine

    # One of them is cancelled by its sender: it leaves the notice.
    bridge.verificationChanged.emit(dataclasses.replace(views[5], state=State.CANCELLED))
    assert bar.label.text().startswith("8 verification requests")

    controller.review_waiting()  # the oldest waiting one
    assert sorted(controller.dialogs) == ["$req0", "$req1"]
    controller.decline_waiting()
    assert bar.isHidden()
    for dialog in list(controller.dialogs.values()):
        dialog.reject()
    await window.tasks.cancel_all()


async def test_an_identity_change_holds_the_conversation_behind_a_banner(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Issue 15.3 (MSC4153): a verified contact's new identity puts a banner above their
    conversation, said to screen readers, with "I understand" and "Verify again"."""
    from client.core.events import RoomSummary

    bridge = SessionBridge()
    session = MatrixSession(Profile(tmp_path / "p"), MemorySecretStore())
    window = MainWindow(session, bridge)
    qtbot.addWidget(window)
    window.show()
    controller = VerificationController(session, bridge, window)
    changed = {"@bob:hs"}
    acknowledged: list[str] = []
    session.identity_changes = lambda room_id: sorted(changed) if room_id == "!dm:hs" else []  # type: ignore[method-assign]

    def acknowledge(user_id: str) -> None:
        acknowledged.append(user_id)
        changed.discard(user_id)

    session.acknowledge_identity_change = acknowledge  # type: ignore[method-assign]
    window._on_room_updated(RoomSummary("!dm:hs", "Bob", "", 1, 0, False, True, True))
    window._on_room_updated(RoomSummary("!other:hs", "Autre", "", 0, 0, False, True, False))
    window.select_room("!dm:hs")
    bar = controller.identity_bar
    assert bar.isVisible()
    assert "@bob:hs" in bar.label.text() and "held until you decide" in bar.label.text()
    assert [b.accessibleName() for b in bar.buttons] == ["I understand", "Verify again"]
    assert bar.label.text() in window.announcer.recent
    window.select_room("!other:hs")
    assert bar.isHidden()  # another conversation: not this one's banner
    window.select_room("!dm:hs")
    bar.buttons[0].click()
    assert acknowledged == ["@bob:hs"] and bar.isHidden()
    await window.tasks.cancel_all()
