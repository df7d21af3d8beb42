"""The endpoints nio does not cover: /keys/query read raw (nio drops the cross-signing keys
from it), /keys/device_signing/upload with user-interactive auth, /keys/signatures/upload,
account data (secret storage lives there) and the key backup (/room_keys).

Requests go only to the session's own homeserver, with its access token.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from client.core.deferred import deferred
from client.core.errors import ConnectionLost, ServerRefused, WrongPassword
from client.core.session.credentials import Credentials
from client.core.session.network import http_session

if TYPE_CHECKING:
    import aiohttp
else:
    aiohttp = deferred("aiohttp")

PasswordPrompt = Callable[[], Awaitable[str | None]]


class KeysApi:
    def __init__(
        self, homeserver: str, credentials: Credentials | str, user_id: str, proxy: str = ""
    ) -> None:
        self.homeserver = homeserver.rstrip("/")
        self.proxy = proxy
        # The session's own token owner (read at each request: a soft logout's new token is
        # seen at once), or a fixed token for a one-off client.
        self.credentials = (
            credentials if isinstance(credentials, Credentials) else Credentials(credentials)
        )
        self.user_id = user_id

    @property
    def access_token(self) -> str:
        return self.credentials.token

    async def _request(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None = None,
        params: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, Any]]:
        headers = {"Authorization": f"Bearer {self.access_token}"}
        try:
            async with (
                http_session(120, self.proxy) as session,
                session.request(
                    method,
                    f"{self.homeserver}/_matrix/client/v3{path}",
                    json=body,
                    params=params,
                    headers=headers,
                ) as response,
            ):
                data = await response.json(content_type=None)
                return response.status, data if isinstance(data, dict) else {}
        except (aiohttp.ClientError, TimeoutError, ValueError) as error:
            raise ConnectionLost(f"{path}: {error!r}") from error

    async def _post(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        return await self._request("POST", path, body)

    @staticmethod
    def _check(status: int, data: dict[str, Any], what: str) -> dict[str, Any]:
        if status != 200:
            raise ServerRefused(f"{what} {status}", reason=str(data.get("error", status)))
        return data

    # --- account data ---------------------------------------------------------------------------

    def _account_data_path(self, event_type: str) -> str:
        return f"/user/{quote(self.user_id, safe='')}/account_data/{quote(event_type, safe='')}"

    async def get_account_data(self, event_type: str) -> dict[str, Any] | None:
        """The content, or None when the account has none of this type."""
        status, data = await self._request("GET", self._account_data_path(event_type))
        if status == 404:
            return None
        return self._check(status, data, f"account data {event_type}")

    async def put_account_data(self, event_type: str, content: dict[str, Any]) -> None:
        status, data = await self._request("PUT", self._account_data_path(event_type), content)
        self._check(status, data, f"account data {event_type}")

    # --- key backup (/room_keys) -----------------------------------------------------------------

    async def backup_version(self) -> dict[str, Any] | None:
        """The current backup version, or None when there is none."""
        status, data = await self._request("GET", "/room_keys/version")
        if status == 404:
            return None
        return self._check(status, data, "backup version")

    async def create_backup_version(self, algorithm: str, auth_data: dict[str, Any]) -> str:
        status, data = await self._request(
            "POST", "/room_keys/version", {"algorithm": algorithm, "auth_data": auth_data}
        )
        version = self._check(status, data, "create backup").get("version")
        if not isinstance(version, str):
            raise ServerRefused("create backup: no version", reason="no version")
        return version

    async def put_backup_keys(self, version: str, rooms: dict[str, Any]) -> dict[str, Any]:
        status, data = await self._request(
            "PUT", "/room_keys/keys", {"rooms": rooms}, params={"version": version}
        )
        return self._check(status, data, "backup upload")

    async def get_backup_keys(self, version: str) -> dict[str, Any]:
        status, data = await self._request("GET", "/room_keys/keys", params={"version": version})
        return self._check(status, data, "backup download")

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
