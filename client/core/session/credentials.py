"""The session's access token, with one owner.

Pli talks to the homeserver through two HTTP stacks: nio's client (sync, sends, media) and our
own KeysApi (cross-signing, signatures, key backup, account data). Each used to keep a copy
of the token, so after a soft logout the new token reached nio only, and every key query,
signature upload and backup failed until a restart. Both now read this object at each
request; nio's `client.access_token` is a view of it (nio_adapter.PliAsyncClient), so nio
setting or clearing the token (login, soft logout) is seen by every stack at once.
"""

from __future__ import annotations


class Credentials:
    def __init__(self, token: str = "") -> None:
        self.token = token

    def __repr__(self) -> str:  # never the token itself, in logs or tracebacks
        return f"Credentials({'set' if self.token else 'empty'})"
