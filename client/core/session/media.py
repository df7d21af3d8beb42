"""Downloads from the homeserver's media repository, bounded (issue 16.3).

nio's `download()` reads a whole response into memory with no deadline (it sets the request
timeout to 0) and whatever size the server sends; a hostile server or sender can answer a
thumbnail request with gigabytes, or a trickle that never ends. Here:

- the mxc:// address is parsed strictly (the spec's server-name grammar and a media id of
  `[A-Za-z0-9_-]`): anything else is `BadMediaUrl`, a sentence, never a traceback;
- only the authenticated endpoint of our own homeserver (`/_matrix/client/v1/media/download`),
  the token in the Authorization header (never in the URL, where proxies log it), no redirect
  followed (it could point anywhere);
- the body is streamed and abandoned the moment it passes `limit` (a Content-Length above it
  is refused before any byte); a read that stalls for STALL_SECONDS, or a whole download that
  passes `deadline`, ends with `DownloadTooSlow`.
"""

from __future__ import annotations

import asyncio
import logging
from types import SimpleNamespace
from typing import TYPE_CHECKING
from urllib.parse import quote

from client.core.deferred import deferred
from client.core.errors import (
    AttachmentDamaged,
    BadMediaUrl,
    ConnectionLost,
    DownloadTooSlow,
    from_error_response,
)
from client.core.messages.attachments import parse_mxc
from client.core.session.credentials import Credentials
from client.core.session.network import network_errors, proxy_connector

if TYPE_CHECKING:
    import aiohttp
else:
    aiohttp = deferred("aiohttp")

log = logging.getLogger(__name__)

STALL_SECONDS = 30.0
CHUNK = 64 * 1024


class MediaFetcher:
    def __init__(self, homeserver: str, credentials: Credentials, proxy: str = "") -> None:
        self.homeserver = homeserver.rstrip("/")
        self.credentials = credentials
        self.proxy = proxy

    def url_of(self, mxc: str, name: str = "") -> str:
        parsed = parse_mxc(mxc)
        if parsed is None:
            raise BadMediaUrl(f"download: malformed {mxc[:80]!r}", name=name or mxc[:80])
        server, media_id = parsed
        return (
            f"{self.homeserver}/_matrix/client/v1/media/download/"
            f"{quote(server, safe='')}/{quote(media_id, safe='')}"
        )

    async def fetch(self, mxc: str, limit: int, deadline: float, name: str = "") -> bytes:
        """The bytes at `mxc`, at most `limit` of them, within `deadline` seconds."""
        url = self.url_of(mxc, name)
        label = name or mxc
        try:
            async with asyncio.timeout(deadline):
                return await self._stream(url, limit, label)
        except TimeoutError as error:
            log.info("download of %s passed its deadline (%.0f s)", mxc, deadline)
            raise DownloadTooSlow(f"download: {error!r}", name=label) from error

    async def _stream(self, url: str, limit: int, label: str) -> bytes:
        timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=STALL_SECONDS, sock_read=STALL_SECONDS
        )
        headers = {"Authorization": f"Bearer {self.credentials.token}"}
        try:
            async with (
                aiohttp.ClientSession(
                    timeout=timeout, connector=proxy_connector(self.proxy)
                ) as session,
                session.get(url, headers=headers, allow_redirects=False) as response,
            ):
                if response.status != 200:
                    raise await self._refusal(response)
                declared = response.content_length
                if declared is not None and declared > limit:
                    raise self._too_large(label, declared, limit)
                body = bytearray()
                async for chunk in response.content.iter_chunked(CHUNK):
                    body += chunk
                    if len(body) > limit:
                        raise self._too_large(label, len(body), limit)
                return bytes(body)
        except TimeoutError:
            raise
        except network_errors() as error:
            raise ConnectionLost(f"download: {error!r}") from error

    @staticmethod
    def _too_large(label: str, size: int, limit: int) -> AttachmentDamaged:
        log.warning("download of %s refused: %d bytes, at most %d expected", label, size, limit)
        return AttachmentDamaged(
            f"download: more than {limit} bytes", name=label, reason="larger than announced"
        )

    @staticmethod
    async def _refusal(response: aiohttp.ClientResponse) -> Exception:
        try:
            data = await response.json(content_type=None)
        except (ValueError, aiohttp.ClientError):
            data = None
        data = data if isinstance(data, dict) else {}
        errcode = str(data.get("errcode") or response.status)
        text = str(data.get("error") or "")[:200]
        return from_error_response(SimpleNamespace(status_code=errcode, message=text), "download")
