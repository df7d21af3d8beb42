"""mxc:// addresses are parsed strictly (issue 16.3 and 16.7): a malformed one makes no
attachment and, should one reach the downloader, a typed error — never a traceback repeated at
every repaint. On the code before, `mxc://[bad/x` made an Attachment, and nio's download
raised ValueError ("Invalid IPv6 URL") from the thumbnail loader at each paint of the row."""

from __future__ import annotations

import pytest

from client.core.errors import BadMediaUrl
from client.core.messages.attachments import attachment_of, parse_mxc
from client.core.session.credentials import Credentials
from client.core.session.media import MediaFetcher

GOOD = [
    ("mxc://example.org/abcDEF_123-x", ("example.org", "abcDEF_123-x")),
    ("mxc://127.0.0.1:8008/id", ("127.0.0.1:8008", "id")),
    ("mxc://[::1]:8448/id", ("[::1]:8448", "id")),
]
BAD = [
    "mxc://[bad/x",
    "mxc://",
    "mxc://example.org",
    "mxc://example.org/",
    "mxc://example.org/a/b",
    "mxc://example.org/../../keys",
    "mxc://exa mple.org/id",
    "mxc://example.org/id?x=1",
    "mxc://example.org/id#f",
    "mxc://user@example.org/id",
    "https://example.org/id",
    "mxc://example.org/" + "a" * 300,
    "mxc://example.org/idé",
]


@pytest.mark.parametrize(("url", "parts"), GOOD)
def test_well_formed_addresses(url: str, parts: tuple[str, str]) -> None:
    assert parse_mxc(url) == parts


@pytest.mark.parametrize("url", BAD)
def test_malformed_addresses_make_no_attachment(url: str) -> None:
    assert parse_mxc(url) is None
    plain = {"msgtype": "m.image", "body": "a.png", "url": url}
    assert attachment_of(plain) is None
    encrypted = {
        "msgtype": "m.file",
        "body": "a.pdf",
        "file": {"v": "v2", "url": url, "key": {"k": "x"}, "iv": "y", "hashes": {"sha256": "z"}},
    }
    assert attachment_of(encrypted) is None


@pytest.mark.parametrize("url", BAD)
def test_the_downloader_refuses_them_with_a_sentence(url: str) -> None:
    fetcher = MediaFetcher("https://matrix.example.org", Credentials("t"))
    with pytest.raises(BadMediaUrl) as refused:
        fetcher.url_of(url, "a.png")
    assert "a.png" in refused.value.sentence.render()


def test_the_download_goes_to_the_authenticated_endpoint_without_the_token() -> None:
    fetcher = MediaFetcher("https://matrix.example.org/", Credentials("secret-token"))
    url = fetcher.url_of("mxc://example.org/abc")
    assert url == "https://matrix.example.org/_matrix/client/v1/media/download/example.org/abc"
    assert "secret-token" not in url
