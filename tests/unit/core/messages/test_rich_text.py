"""Rich text both ways: hostile HTML comes out harmless, Markdown becomes formatted_body."""

from __future__ import annotations

import html

import nh3
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from client.core.messages import rich_text
from client.core.messages.rich_text import (
    HTML_FORMAT,
    MAX_HTML,
    message_content,
    plain_text,
    sanitise,
)


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


# --- structural bounds (issue 16.1) ---------------------------------------------------------------


def test_a_table_inside_a_table_keeps_only_its_text() -> None:
    bomb = "<table><tr><td>" * 20 + "au fond" + "</td></tr></table>" * 20
    out = sanitise(bomb)
    assert out.count("<table>") == 1 and "au fond" in out
    cells = (
        "<table><tr><td>a</td><td><table><tr><td>b</td><td>c</td></tr></table></td></tr></table>"
    )
    out = sanitise(cells)
    assert out.count("<table>") == 1 and "b" in out and "c" in out
    assert "b c" in " ".join(plain_text(cells).split())  # the inner cells stay apart


def test_depth_and_element_caps_keep_the_text() -> None:
    deep = "<blockquote>" * 500 + "profond" + "</blockquote>" * 500
    out = sanitise(deep)
    assert out.count("<blockquote>") == rich_text.MAX_DEPTH and "profond" in out
    many = "<b>x</b>" * 5000
    out = sanitise(many)
    assert out.count("<b>") == rich_text.MAX_ELEMENTS and out.count("x") == 5000


def test_bounding_keeps_links_and_escapes_attributes() -> None:
    out = sanitise('<a href="https://ex.fr/?a=1&amp;b=&quot;2&quot;">lien</a> &lt;script&gt;')
    assert 'href="https://ex.fr/?a=1&amp;b=&quot;2&quot;"' in out
    assert "&lt;script&gt;" in out and "<script" not in out


def words(markup: str) -> str:
    return " ".join(html.unescape(nh3.clean(markup, tags=set())).split())


@given(st.text(alphabet="<>/abtdrlipuoqcke =\"'&;é", max_size=300))
@settings(max_examples=300, deadline=None)
def test_bounding_is_stable_and_loses_no_text(text: str) -> None:
    once = sanitise(text)
    assert sanitise(once) == once  # what was bounded stays as it is
    assert words(once) == words(rich_text._clean(text))  # the text all there
