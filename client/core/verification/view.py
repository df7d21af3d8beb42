"""What the UI sees of a verification flow: an immutable snapshot, emitted on every change.
The dialog renders one page per `state` and only calls the manager's next/cancel actions."""

from __future__ import annotations

from dataclasses import dataclass

from client.core.i18n import Sentence
from client.core.verification.flow import State, Transport, VerificationFlow
from client.core.verification.messages import CancelCode, cancel_sentence
from client.core.verification.sas import SasEmoji


@dataclass(frozen=True)
class VerificationView:
    flow_id: str
    state: State
    other_user: str
    other_device: str | None
    is_self: bool
    we_requested: bool
    in_room: bool
    can_sas: bool
    can_scan: bool
    qr_payload: bytes | None
    emoji: tuple[SasEmoji, ...]
    decimals: tuple[int, int, int] | None
    cancel_code: CancelCode | None
    cancelled_by_us: bool

    @property
    def failure(self) -> Sentence | None:
        if self.cancel_code is None:
            return None
        return cancel_sentence(self.cancel_code)

    @classmethod
    def of(cls, flow: VerificationFlow) -> VerificationView:
        return cls(
            flow_id=flow.flow_id,
            state=flow.state,
            other_user=flow.them,
            other_device=flow.them_device,
            is_self=flow.is_self_verification,
            we_requested=flow.we_requested,
            in_room=flow.transport is Transport.ROOM,
            can_sas=flow.can_start_sas(),
            can_scan=flow.can_scan_qr(),
            qr_payload=flow.qr_code(),
            emoji=tuple(flow.sas_emoji()),
            decimals=flow.sas_decimals(),
            cancel_code=flow.cancel_code,
            cancelled_by_us=flow.cancelled_by_us,
        )
