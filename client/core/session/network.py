"""Every HTTP session Pli opens (nio's, discovery's, the keys API's) goes through the admin
policy's proxy when one is set. aiohttp_socks (a matrix-nio dependency) speaks HTTP CONNECT and
SOCKS4/5, so `http://host:port` and `socks5://host:port` both work, with credentials in the URL
if the proxy needs them."""

from __future__ import annotations

import aiohttp
from aiohttp_socks import ProxyConnector


def proxy_connector(proxy: str) -> aiohttp.BaseConnector | None:
    return ProxyConnector.from_url(proxy) if proxy else None


def http_session(timeout: float, proxy: str = "") -> aiohttp.ClientSession:
    return aiohttp.ClientSession(
        timeout=aiohttp.ClientTimeout(total=timeout), connector=proxy_connector(proxy)
    )
