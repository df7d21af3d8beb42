"""Core events -> typed Qt signals. The only code that knows both the core's sink and Qt.

Both live on the Qt main thread (qasync runs asyncio there), so emitting directly is safe.
"""

from __future__ import annotations

from client.core.events import (
    ConnectionChanged,
    DeviceKeysConflict,
    LoggedOut,
    RoomActivity,
    RoomRemoved,
    RoomUpdated,
    SessionEvent,
    TimelineItemAdded,
    TimelineItemChanged,
    TimelineItemRemoved,
    TransferProgress,
    TrustChanged,
    VerificationChanged,
)
from client.ui.qt import QObject, Signal


class SessionBridge(QObject):
    roomUpdated = Signal(object)  # RoomSummary
    roomRemoved = Signal(str)  # room id
    itemAdded = Signal(object)  # TimelineItem
    itemChanged = Signal(object)  # TimelineItem
    itemRemoved = Signal(str, str)  # room id, event id
    roomActivity = Signal(object)  # RoomActivity (typing, read receipts)
    transferProgress = Signal(object)  # TransferProgress (a file uploading)
    connectionChanged = Signal(object)  # ConnectionChanged
    loggedOut = Signal(str)  # "user" | "server"
    verificationChanged = Signal(object)  # VerificationView
    trustChanged = Signal(str)  # user id
    deviceKeysConflict = Signal(str, str)  # user id, device id: Pli sends that device nothing

    def __call__(self, event: SessionEvent) -> None:
        if isinstance(event, RoomUpdated):
            self.roomUpdated.emit(event.summary)
        elif isinstance(event, RoomRemoved):
            self.roomRemoved.emit(event.room_id)
        elif isinstance(event, TimelineItemAdded):
            self.itemAdded.emit(event.item)
        elif isinstance(event, TimelineItemChanged):
            self.itemChanged.emit(event.item)
        elif isinstance(event, TimelineItemRemoved):
            self.itemRemoved.emit(event.room_id, event.event_id)
        elif isinstance(event, TransferProgress):
            self.transferProgress.emit(event)
        elif isinstance(event, RoomActivity):
            self.roomActivity.emit(event)
        elif isinstance(event, ConnectionChanged):
            self.connectionChanged.emit(event)
        elif isinstance(event, LoggedOut):
            self.loggedOut.emit(event.reason)
        elif isinstance(event, VerificationChanged):
            self.verificationChanged.emit(event.view)
        elif isinstance(event, TrustChanged):
            self.trustChanged.emit(event.user_id)
        elif isinstance(event, DeviceKeysConflict):
            self.deviceKeysConflict.emit(event.user_id, event.device_id)
