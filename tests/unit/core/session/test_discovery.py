from __future__ import annotations

import pytest

from client.core.errors import InvalidUserId, ServerNotFound
from client.core.session.discovery import normalise_url, split_user_id


@pytest.mark.parametrize(
    ("user", "expected"),
    [
        ("@marie:example.gouv.fr", ("marie", "example.gouv.fr")),
        ("@m.d-1:localhost:8008", ("m.d-1", "localhost:8008")),
        ("marie", ("marie", None)),
        ("  @a:b.c ", ("a", "b.c")),
    ],
)
def test_split_user_id(user: str, expected: tuple[str, str | None]) -> None:
    assert split_user_id(user) == expected


@pytest.mark.parametrize("bad", ["", "@", "@marie", "@:x", "a b", "@a:b c", "x:y"])
def test_bad_user_ids_give_a_sentence(bad: str) -> None:
    with pytest.raises(InvalidUserId) as info:
        split_user_id(bad)
    assert "not a valid user name" in str(info.value.sentence)


def test_normalise_url() -> None:
    assert normalise_url("matrix.example.org/") == "https://matrix.example.org"
    assert normalise_url("http://127.0.0.1:8008") == "http://127.0.0.1:8008"
    with pytest.raises(ServerNotFound):
        normalise_url("ftp://x")
    with pytest.raises(ServerNotFound):
        normalise_url("  ")


def test_an_address_in_clear_is_refused_off_this_machine() -> None:
    from client.core.errors import InsecureServer

    for address in ("http://matrix.example.org", "HTTP://matrix.example.org:8008/"):
        with pytest.raises(InsecureServer):
            normalise_url(address)
    assert normalise_url("http://localhost:8008/") == "http://localhost:8008"
    assert normalise_url("http://[::1]:8008") == "http://[::1]:8008"
    assert normalise_url("HTTPS://Matrix.Example.org/") == "https://matrix.example.org"
