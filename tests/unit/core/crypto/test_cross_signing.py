from __future__ import annotations

import pytest

from client.core.crypto import cross_signing
from client.core.crypto.cross_signing import CrossSigningSeeds

USER = "@a:x"


def test_upload_body_is_signed_by_the_master_key() -> None:
    seeds = CrossSigningSeeds.generate()
    body = cross_signing.upload_body(USER, seeds)
    response = {
        "master_keys": {USER: body["master_key"]},
        "self_signing_keys": {USER: body["self_signing_key"]},
        "user_signing_keys": {USER: body["user_signing_key"]},
    }
    keys = cross_signing.parse_keys_query(response, USER)
    assert keys.problems == []
    assert (keys.master, keys.self_signing, keys.user_signing) == (
        seeds.public("master"),
        seeds.public("self_signing"),
        seeds.public("user_signing"),
    )


@pytest.mark.parametrize(
    "master",
    [
        None,
        "junk",
        {"user_id": "@other:x", "usage": ["master"], "keys": {"ed25519:K": "K"}},
        {"user_id": USER, "usage": ["self_signing"], "keys": {"ed25519:K": "K"}},
        {"user_id": USER, "usage": ["master"], "keys": {"ed25519:K": "L"}},
        {"user_id": USER, "usage": ["master"], "keys": {"ed25519:K": "K", "ed25519:L": "L"}},
        {"user_id": USER, "usage": ["master"], "keys": []},
    ],
)
def test_malformed_master_keys_are_never_trusted(master: object) -> None:
    response = {"master_keys": {USER: master}} if master is not None else {}
    keys = cross_signing.parse_keys_query(response, USER)
    assert keys.master is None and keys.self_signing is None
    assert not keys.signed_by_self_signing({"signatures": {}})
