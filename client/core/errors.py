"""Typed errors, each carrying a sentence for people; and the one place that turns nio's
`Response | Error` unions into them.

Every error says what happened and what to do. The UI translates `message` and `advice` in the
"Errors" context (lupdate finds them through QT_TRANSLATE_NOOP) and fills in `args`.
Tracebacks go to the log, never to a dialog.
"""

from __future__ import annotations

from typing import Any

from client.core.i18n import QT_TRANSLATE_NOOP, Sentence

CONTEXT = "Errors"


class PliError(Exception):
    """Base of every error the UI may show."""

    message: str = QT_TRANSLATE_NOOP("Errors", "Something went wrong.")
    advice: str = QT_TRANSLATE_NOOP(
        "Errors", "Try again. If it keeps happening, contact your IT support."
    )
    # Seconds the server asked us to wait before trying again (a 429's Retry-After); 0 when
    # it did not say. Read by whatever retries by itself (the sync loop, the outbox).
    retry_after: float = 0.0

    def __init__(self, detail: str = "", **args: object) -> None:
        super().__init__(detail or self.message.format(**{k: str(v) for k, v in args.items()}))
        self.detail = detail
        self.args_map: dict[str, str] = {k: str(v) for k, v in args.items()}

    @property
    def sentence(self) -> Sentence:
        return Sentence(CONTEXT, self.message, tuple(self.args_map.items()))

    @property
    def advice_sentence(self) -> Sentence:
        return Sentence(CONTEXT, self.advice, tuple(self.args_map.items()))


# --- login and connection -------------------------------------------------------------------


class InvalidUserId(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "“{user}” is not a valid user name.")
    advice = QT_TRANSLATE_NOOP(
        "Errors",
        "Type your full address, like @marie.dupont:agents.example.gouv.fr, "
        "or your user name and the server address.",
    )


class ServerNotFound(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "No Matrix server answers at “{server}”.")
    advice = QT_TRANSLATE_NOOP(
        "Errors", "Check the server address and your network connection, then try again."
    )


class WrongPassword(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "The user name or the password is wrong.")
    advice = QT_TRANSLATE_NOOP("Errors", "Check both and try again.")


class ServerRefused(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "The server refused the request: {reason}")
    advice = QT_TRANSLATE_NOOP(
        "Errors", "Try again later. If it keeps happening, contact your IT support."
    )


class ConnectionLost(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "The server cannot be reached.")
    advice = QT_TRANSLATE_NOOP(
        "Errors", "Pli keeps trying to reconnect by itself. Nothing you typed is lost."
    )


class NotLoggedIn(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "You are not signed in.")
    advice = QT_TRANSLATE_NOOP("Errors", "Sign in again.")


class SessionExpired(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "This device was signed out by the server.")
    advice = QT_TRANSLATE_NOOP("Errors", "Sign in again to continue.")

    def __init__(self, detail: str = "", soft: bool = False, **args: object) -> None:
        super().__init__(detail, **args)
        # soft: the token expired but the device still exists; signing in again on the same
        # device keeps its keys (spec: soft logout).
        self.soft = soft


# --- encryption -----------------------------------------------------------------------------


class EncryptionNotLoaded(PliError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Encryption is not ready on this device, so the message was not sent."
    )
    advice = QT_TRANSLATE_NOOP(
        "Errors", "Restart Pli. If it keeps happening, sign out and sign in again."
    )


class EncryptionNotEnabled(PliError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The conversation was created but the server did not turn encryption on."
    )
    advice = QT_TRANSLATE_NOOP(
        "Errors", "Do not use this conversation for sensitive information; contact your IT support."
    )


class RoomNotReady(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "This conversation is not loaded yet.")
    advice = QT_TRANSLATE_NOOP("Errors", "Wait a moment and try again.")


class CannotChangeMessage(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "This message cannot be changed: {reason}")
    advice = QT_TRANSLATE_NOOP("Errors", "Only your own messages, once sent, can be edited.")


class AttachmentDamaged(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be opened: it is damaged.")
    advice = QT_TRANSLATE_NOOP("Errors", "Ask the sender to send it again.")


class BadMediaUrl(PliError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The file {name} cannot be downloaded: its address is not valid."
    )
    advice = QT_TRANSLATE_NOOP("Errors", "Ask the sender to send it again.")


class DownloadTooSlow(PliError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The file {name} could not be downloaded in time from the server."
    )
    advice = QT_TRANSLATE_NOOP("Errors", "Check your network connection, then try again.")


class WillNotOpenProgram(PliError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Pli opens only pictures, PDF files, office documents without macros and text files "
        "from a conversation; {name} is none of these.",
    )
    advice = QT_TRANSLATE_NOOP(
        "Errors", "Save it, and have it checked by your IT department before you open it."
    )


class FileTooLarge(PliError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "{name} is {size_bytes}; the largest file you may send is {limit_bytes}."
    )
    advice = QT_TRANSLATE_NOOP("Errors", "Share a smaller file, or a link to it.")


class SendFailed(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "Your message could not be sent: {reason}")
    advice = QT_TRANSLATE_NOOP("Errors", "It is kept: retry or discard it.")
    # The server said "too many requests" (429): not the message's fault, however often.
    rate_limited: bool = False


class SendFailedOffline(SendFailed):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Your message could not be sent: the server cannot be reached."
    )
    advice = QT_TRANSLATE_NOOP(
        "Errors", "It is kept and sent by itself as soon as the connection is back."
    )


# --- secrets and storage --------------------------------------------------------------------


class SecretStoreUnavailable(PliError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Pli cannot find the system keyring where it keeps your encryption keys."
    )
    advice = QT_TRANSLATE_NOOP(
        "Errors",
        "On Linux, install and start a Secret Service (GNOME Keyring or KWallet) and "
        "open your session with it; on Windows, the Credential Manager must be enabled. "
        "Pli will not store keys without it.",
    )


class NoKeyring(SecretStoreUnavailable):
    """There is no keyring on this machine at all (no backend), as opposed to one that failed
    just now: only then may the admin policy's passphrase store stand in for it."""


class SecretStoreLocked(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "The system keyring is locked.")
    advice = QT_TRANSLATE_NOOP(
        "Errors",
        "Unlock your keyring (it usually opens with your session password), then start Pli again.",
    )


class SecretStoreRefused(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "The keyring backend “{backend}” is not safe enough.")
    advice = QT_TRANSLATE_NOOP(
        "Errors",
        "Pli keeps its keys only in the system keyring (GNOME Keyring, KWallet, Windows "
        "Credential Manager). Remove the other backend or its setting "
        "(PYTHON_KEYRING_BACKEND, keyringrc.cfg).",
    )


class VerifiedIdentityChanged(PliError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The identity of {user} has changed since you verified them."
    )
    advice = QT_TRANSLATE_NOOP(
        "Errors",
        "Your message is kept. In the conversation, choose “I understand” or verify them "
        "again, and it is sent.",
    )


class ProfileDamaged(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "The local data of this account cannot be read.")
    advice = QT_TRANSLATE_NOOP("Errors", "Sign in again; your messages are kept on the server.")


class ProfileUnavailable(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "The local data of this account cannot be opened now.")
    advice = QT_TRANSLATE_NOOP(
        "Errors",
        "Close any other Pli window and start Pli again. Nothing was deleted.",
    )


class ProfileInUse(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "Pli is already running for this account.")
    advice = QT_TRANSLATE_NOOP("Errors", "Use the Pli window that is already open.")


class HomeserverNotAllowed(PliError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Your organisation does not allow signing in to the server {server}."
    )
    advice = QT_TRANSLATE_NOOP(
        "Errors", "Use your work account on one of these servers: {allowed}."
    )


class HomeserverNotPinned(PliError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Your organisation does not allow the server address {server}."
    )
    advice = QT_TRANSLATE_NOOP("Errors", "Sign in through one of these addresses: {allowed}.")


class InsecureServer(PliError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The server address {server} is not protected by encryption (http://)."
    )
    advice = QT_TRANSLATE_NOOP(
        "Errors", "Use its https:// address: Pli never sends a password in clear."
    )


def from_error_response(response: Any, action: str) -> PliError:
    status = str(getattr(response, "status_code", "") or "")
    text = str(getattr(response, "message", "") or "")
    detail = f"{action}: {status} {text}".strip()
    if status == "M_FORBIDDEN" and action == "login":
        return WrongPassword(detail)
    if status in ("M_UNKNOWN_TOKEN", "M_MISSING_TOKEN"):
        return SessionExpired(detail)
    return ServerRefused(detail, reason=text or status or action)


# --- verification ---------------------------------------------------------------------------


class NoOtherDevice(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "You have no other device to verify this one with.")
    advice = QT_TRANSLATE_NOOP(
        "Errors",
        "Sign in to Pli or Element on another device first, then start the verification again.",
    )
