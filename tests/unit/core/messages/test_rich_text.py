"""Rich text both ways: hostile HTML comes out harmless, Markdown becomes formatted_body."""

from __future__ import annotations

import pytest

from client.core.messages.rich_text import HTML_FORMAT, MAX_HTML, message_content, sanitise


@pytest.mark.parametrize(
    ("hostile", "must_not_contain"),
    [
        ('<img src="https://tracker.example/pixel.png">', "<img"),
        ('<img src="mxc://hs/abc" onerror="alert(1)">', "<img"),
        ('<a href="javascript:alert(1)">clic</a>', "javascript:"),
        ('<a href="JaVaScRiPt:alert(1)">clic</a>', "alert"),
        ('<a href="file:///etc/passwd">passwd</a>', "file:"),
        ("<script>alert(1)</script>", "alert"),
        ('<b onclick="steal()">x</b>', "onclick"),
        ('<div style="background:url(https://e/x)">x</div>', "url("),
        ("<iframe src='https://e'></iframe>", "iframe"),
        ("<mx-reply><blockquote>quoted</blockquote></mx-reply>réponse", "quoted"),
    ],
)
def test_hostile_html_comes_out_harmless(hostile: str, must_not_contain: str) -> None:
    assert must_not_contain.lower() not in sanitise(hostile).lower()


def test_what_the_spec_allows_stays() -> None:
    kept = sanitise(
        '<p><strong>gras</strong> <em>it</em> <a href="https://gouv.fr">lien</a></p>'
        '<ol start="3"><li>un</li></ol><code class="language-python">x</code>'
        '<span data-mx-spoiler="">caché</span>'
    )
    for fragment in ("<strong>", "<em>", 'href="https://gouv.fr"', 'start="3"', "language-python",
                     "data-mx-spoiler"):  # fmt: skip
        assert fragment in kept


def test_deep_nesting_and_a_megabyte_stay_bounded() -> None:
    deep = sanitise("<blockquote>" * 5000 + "fond" + "</blockquote>" * 5000)
    assert "fond" in deep
    huge = sanitise("<b>" + "x" * 1_000_000 + "</b>")
    assert len(huge) <= MAX_HTML * 6 and "<b>" not in huge  # shown as text, escaped


def test_markdown_becomes_formatted_body_only_when_it_formats() -> None:
    assert message_content("bonjour") == {"msgtype": "m.text", "body": "bonjour"}
    rich = message_content("**urgent** : voir [la note](https://intra.gouv.fr)")
    assert rich["format"] == HTML_FORMAT and rich["body"].startswith("**urgent**")
    assert "<strong>urgent</strong>" in rich["formatted_body"]
    assert 'href="https://intra.gouv.fr"' in rich["formatted_body"]
    raw = message_content("<script>alert(1)</script> **x**")  # raw HTML is text, not markup
    assert "<script>" not in raw["formatted_body"] and "&lt;script&gt;" in raw["formatted_body"]
