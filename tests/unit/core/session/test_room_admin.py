"""Sovereignty: which members' servers count as external."""

from __future__ import annotations

from client.core.session.room_admin import external_servers, server_of, valid_user_id


def test_external_servers_against_the_policy_or_our_own_server() -> None:
    people = ["@a:gouv.fr", "@b:Interieur.Gouv.fr", "@c:example.org", "@d:gouv.fr", "broken"]
    assert external_servers(people, "gouv.fr") == ("example.org", "interieur.gouv.fr")
    allowed = ["gouv.fr", "INTERIEUR.GOUV.FR"]
    assert external_servers(people, "gouv.fr", allowed) == ("example.org",)
    # The policy is the authority: our own server is external if it does not list it.
    assert external_servers(["@me:gouv.fr"], "gouv.fr", ["interieur.gouv.fr"]) == ("gouv.fr",)
    assert external_servers([], "gouv.fr") == ()
    assert server_of("@x:Host.Example:8448") == "host.example:8448"


def test_invitees_must_look_like_matrix_ids() -> None:
    assert valid_user_id("@camille:gouv.fr")
    for bad in ("camille", "@camille", "@ca mille:gouv.fr", "", "#room:gouv.fr"):
        assert not valid_user_id(bad)
