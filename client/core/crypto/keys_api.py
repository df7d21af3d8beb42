"""The key endpoints nio does not cover: /keys/query read raw (nio drops the cross-signing
keys from it), /keys/device_signing/upload with user-interactive auth, /keys/signatures/upload.

Requests go only to the session's own homeserver, with its access token.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

from client.core.errors import ConnectionLost, ServerRefused, WrongPassword

PasswordPrompt = Callable[[], Awaitable[str | None]]


class KeysApi:
    def __init__(self, homeserver: str, access_token: str, user_id: str) -> None:
        self.homeserver = homeserver.rstrip("/")
        self.access_token = access_token
        self.user_id = user_id

    async def _post(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        headers = {"Authorization": f"Bearer {self.access_token}"}
        timeout = aiohttp.ClientTimeout(total=60)
        try:
            async with (
                aiohttp.ClientSession(timeout=timeout) as session,
                session.post(
                    f"{self.homeserver}/_matrix/client/v3{path}", json=body, headers=headers
                ) as response,
            ):
                data = await response.json(content_type=None)
                return response.status, data if isinstance(data, dict) else {}
        except (aiohttp.ClientError, TimeoutError, ValueError) as error:
            raise ConnectionLost(f"{path}: {error!r}") from error

    async def query(self, user_ids: list[str]) -> dict[str, Any]:
        status, data = await self._post(
            "/keys/query", {"device_keys": {user: [] for user in user_ids}}
        )
        if status != 200:
            raise ServerRefused(f"/keys/query {status}", reason=str(data.get("error", status)))
        return data

    async def upload_cross_signing(
        self, body: dict[str, Any], ask_password: PasswordPrompt
    ) -> None:
        """POST /keys/device_signing/upload. When the server wants user-interactive auth, ask
        the password through `ask_password` (None = the user cancelled) and retry."""
        status, data = await self._post("/keys/device_signing/upload", body)
        if status == 200:
            return
        if status != 401 or "session" not in data:
            raise ServerRefused(f"device_signing {status}", reason=str(data.get("error", status)))
        password = await ask_password()
        if password is None:
            raise ServerRefused("cancelled", reason="cancelled")
        auth = {
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": self.user_id},
            "password": password,
            "session": data["session"],
        }
        status, data = await self._post("/keys/device_signing/upload", {**body, "auth": auth})
        if status == 401:
            raise WrongPassword("UIA rejected the password")
        if status != 200:
            raise ServerRefused(f"device_signing {status}", reason=str(data.get("error", status)))

    async def upload_signatures(self, signed: dict[str, dict[str, Any]]) -> None:
        """POST /keys/signatures/upload with {user_id: {key_id_or_device_id: signed_object}}."""
        status, data = await self._post("/keys/signatures/upload", signed)
        failures = data.get("failures") or {}
        if status != 200 or failures:
            raise ServerRefused(
                f"signatures {status} {failures}", reason=str(data.get("error", failures or status))
            )
