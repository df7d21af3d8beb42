"""Each authenticity verdict as the eye, the screen reader and the notification see it (issue
15.2): nothing for a trusted message (nor, as in Element, for a person never verified), a
grey sentence when the key came from the backup, a red one otherwise; in French too."""

from __future__ import annotations

import asyncio
import dataclasses
import time

from client.core.events import Authenticity, ItemState, RoomSummary, Shield, TimelineItem
from client.core.messages.notify import notice_for
from client.ui.models.timeline import TimelineModel, accessible_text, authenticity_text
from client.ui.palette import AA, contrast, warning_text
from client.ui.qt import QListView, QPalette, Qt
from client.ui.views.timeline_delegate import TimelineDelegate
from tests.ui.views.test_rich_timeline_ui import _option

SILENT = {Authenticity.TRUSTED, Authenticity.UNVERIFIED_IDENTITY, Authenticity.PLAIN}


def row(n: int, authenticity: Authenticity) -> TimelineItem:
    item = TimelineItem(
        "!r:hs", f"$e{n}", "@ana:hs", "Ana", int(time.time() * 1000) - 60_000 + n,
        "Le dossier est prêt", ItemState.SENT, True, False,
    )  # fmt: skip
    return dataclasses.replace(item, authenticity=authenticity)


async def test_every_verdict_is_drawn_said_and_notified(qtbot) -> None:  # type: ignore[no-untyped-def]
    verdicts = list(Authenticity)
    model = TimelineModel("!r:hs")
    for n, verdict in enumerate(verdicts):
        model.add(row(n, verdict))
    view = QListView()
    qtbot.addWidget(view)
    view.resize(700, 600)
    delegate = TimelineDelegate(view)
    view.setItemDelegate(delegate)
    view.setModel(model)
    view.show()
    await asyncio.sleep(0.05)
    summary = RoomSummary("!r:hs", "Ana", "", 0, 0, False, True, True)
    for n, verdict in enumerate(verdicts):
        layout = delegate.layout(_option(view, n), model.index(n))
        sentence = authenticity_text(verdict)
        spoken = model.data(model.index(n), Qt.ItemDataRole.AccessibleTextRole)
        notice = notice_for(model.item(n), summary, int(time.time() * 1000), [], [], False)
        assert notice is not None
        body = "\n".join(_texts(notice))
        if verdict in SILENT or verdict is Authenticity.UNCHECKED:
            assert layout.shield is None and sentence == "", verdict
            assert "⚠" not in body
        else:
            assert layout.shield is not None and sentence in layout.shield_text, verdict
            assert sentence.rstrip(".") in spoken, verdict
            assert sentence in body, verdict
    assert authenticity_text(Authenticity.UNSIGNED_DEVICE) == (
        "Sent from a device its owner has not verified."
    )
    assert authenticity_text(Authenticity.NOT_GUARANTEED) == (
        "The authenticity of this message cannot be guaranteed on this device."
    )
    assert Authenticity.NOT_GUARANTEED.shield is Shield.GREY
    assert Authenticity.NOT_ENCRYPTED.shield is Shield.RED
    # The red sentence reads on the light and dark themes (AA).
    for base in ("#ffffff", "#2b2b2b"):
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Base, base)
        assert contrast(warning_text(palette), palette.color(QPalette.ColorRole.Base)) >= AA
    # A pending or failed echo carries no verdict of its own.
    pending = dataclasses.replace(row(99, Authenticity.NOT_ENCRYPTED), state=ItemState.PENDING)
    assert "Not encrypted" not in accessible_text(pending, None)


def _texts(notice) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    from client.ui.notifier import Notifier

    return Notifier.texts(None, notice)  # type: ignore[arg-type]
