"""Find the homeserver: `@user:server` -> https://server/.well-known/matrix/client, or a typed URL.

We do the .well-known lookup ourselves with aiohttp (nio's dependency) so we only ever contact
the server the user named, then the base URL it points to. Never in clear: an http:// address
(typed, or given by .well-known) is refused, this machine's loopback excepted (the demo and
the tests); .well-known may redirect within its own host only — a redirect elsewhere would let
whoever answers there choose the server the password goes to.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit, urlunsplit

from client.core.deferred import deferred
from client.core.errors import InsecureServer, InvalidUserId, ServerNotFound
from client.core.session.network import http_session

if TYPE_CHECKING:
    import aiohttp
else:
    aiohttp = deferred("aiohttp")

_USER_ID = re.compile(
    r"^@(?P<local>[^:\s]+):(?P<server>[A-Za-z0-9.\-]+(:\d{1,5})?|\[[0-9A-Fa-f:.]+\](:\d{1,5})?)$"
)


def split_user_id(user: str) -> tuple[str, str | None]:
    """'@marie:example.org' -> ('marie', 'example.org'); 'marie' -> ('marie', None)."""
    user = user.strip()
    if user.startswith("@"):
        match = _USER_ID.match(user)
        if not match:
            raise InvalidUserId(f"bad user id {user!r}", user=user)
        return match.group("local"), match.group("server")
    if not user or ":" in user or any(c.isspace() for c in user):
        raise InvalidUserId(f"bad user name {user!r}", user=user)
    return user, None


LOOPBACK = ("localhost", "127.0.0.1", "::1")


def is_loopback(url: str) -> bool:
    return (urlsplit(url).hostname or "").lower() in LOOPBACK


def normalise_url(server: str) -> str:
    """A base URL: https:// (http:// on loopback only), no trailing slash, lower-case scheme
    and host, so that two spellings of one address compare equal (the policy's pins)."""
    server = server.strip().rstrip("/")
    if not server:
        raise ServerNotFound("empty server", server=server)
    if "://" not in server:
        # TLS always, except on this machine's loopback (a local test or demo server).
        server = ("http://" if is_loopback("http://" + server) else "https://") + server
    try:
        parts = urlsplit(server)
        parts.port  # noqa: B018  (ValueError when out of range)
    except ValueError as error:
        raise ServerNotFound(f"bad address {server}", server=server) from error
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not parts.hostname:
        raise ServerNotFound(f"unsupported address {server}", server=server)
    if scheme == "http" and not is_loopback(server):
        raise InsecureServer(f"http:// address {server}", server=server)
    return urlunsplit((scheme, parts.netloc.lower(), parts.path, "", ""))


async def _versions_ok(session: aiohttp.ClientSession, base: str) -> bool:
    try:
        async with session.get(f"{base}/_matrix/client/versions") as response:
            if response.status != 200:
                return False
            data = json.loads(await response.text())
            return isinstance(data.get("versions"), list)
    except (aiohttp.ClientError, TimeoutError, ValueError, AttributeError):
        return False


async def discover(
    user: str, server: str = "", timeout: float = 10.0, proxy: str = ""
) -> tuple[str, str]:
    """Return (homeserver base URL, the user for /login: full id, or the bare name).

    A typed server URL wins; otherwise the server part of the user id is looked up through
    .well-known, falling back to the name itself.
    """
    local, user_server = split_user_id(user)
    async with http_session(timeout, proxy) as session:
        if server:
            base = normalise_url(server)
            if not await _versions_ok(session, base):
                raise ServerNotFound(f"no /versions at {base}", server=server)
            if user_server is None:
                # A bare name: the server knows its own server_name; it completes the id and
                # /login answers with the full user id.
                return base, local
            return base, f"@{local}:{user_server}"
        if user_server is None:
            raise InvalidUserId(f"no server for {user!r}", user=user)
        candidates = []
        well_known = await _well_known(session, user_server)
        if well_known:
            candidates.append(well_known)
        candidates.append(normalise_url(user_server))
        for base in candidates:
            if await _versions_ok(session, base):
                return base, f"@{local}:{user_server}"
        raise ServerNotFound(f"no homeserver for {user_server}", server=user_server)


MAX_REDIRECTS = 3


async def _well_known(session: aiohttp.ClientSession, server_name: str) -> str | None:
    """The base URL the server name's .well-known gives, None when there is none. Raises
    InsecureServer when it names an http:// address."""
    try:
        url = normalise_url(server_name) + "/.well-known/matrix/client"
        origin = urlsplit(url)[:2]
        for _hop in range(MAX_REDIRECTS + 1):
            async with session.get(url, allow_redirects=False) as response:
                if response.status in (301, 302, 303, 307, 308):
                    target = urljoin(url, response.headers.get("Location", ""))
                    if urlsplit(target)[:2] != origin:
                        return None  # another host (or scheme): not followed
                    url = target
                    continue
                if response.status != 200:
                    return None
                data = json.loads(await response.text())
                base = data["m.homeserver"]["base_url"]
                return normalise_url(str(base))
        return None
    except (aiohttp.ClientError, TimeoutError, ValueError, KeyError, TypeError, ServerNotFound):
        return None
