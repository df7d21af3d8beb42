"""Every HTTP session Pli opens (nio's, discovery's, the keys API's) goes through the admin
policy's proxy when one is set. aiohttp_socks (a matrix-nio dependency) speaks HTTP CONNECT and
SOCKS4/5, so `http://host:port` and `socks5://host:port` both work, with credentials in the URL
if the proxy needs them.

aiohttp is imported at its first use, not with this module (client/core/deferred.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from client.core.deferred import deferred

if TYPE_CHECKING:
    import aiohttp
    import aiohttp_socks
else:
    aiohttp = deferred("aiohttp")
    aiohttp_socks = deferred("aiohttp_socks")


def network_errors(*also: type[BaseException]) -> tuple[type[BaseException], ...]:
    """What a dropped, refused or timed-out connection raises, and `also`, for an `except`
    (a function: aiohttp's classes exist only once it is imported)."""
    return (aiohttp.ClientError, TimeoutError, OSError, *also)


def proxy_connector(proxy: str) -> aiohttp.BaseConnector | None:
    return aiohttp_socks.ProxyConnector.from_url(proxy) if proxy else None


def http_session(timeout: float, proxy: str = "") -> aiohttp.ClientSession:
    return aiohttp.ClientSession(
        timeout=aiohttp.ClientTimeout(total=timeout), connector=proxy_connector(proxy)
    )
