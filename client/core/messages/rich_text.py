"""Rich text of messages, both ways (issue 5's first piece; Qt-free).

In: a message's `formatted_body` (org.matrix.custom.html) is sanitised with nh3 to the tags and
attributes the Matrix spec recommends clients allow (client-server API, "m.room.message msgtypes"
→ HTML), minus images: Pli shows no remote content, so `<img>` is dropped (and `mxc://` media
comes with attachments). Links keep only https, http, mailto and matrix: URLs — never
`javascript:` or `file:` — and the UI asks before opening one, showing the real target.

Out: what the user types is CommonMark (markdown-it-py, raw HTML disabled); a message gets a
`formatted_body` only when the Markdown changed something, and that HTML goes through the same
sanitiser before it leaves.
"""

from __future__ import annotations

import functools
import html
import re
from typing import Any

import nh3

HTML_FORMAT = "org.matrix.custom.html"
# The spec's recommended tags, without img (no remote content).
ALLOWED_TAGS = {
    "font", "del", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "p", "a", "ul", "ol",
    "sup", "sub", "li", "b", "i", "u", "strong", "em", "s", "code", "hr", "br", "div",
    "table", "thead", "tbody", "tr", "th", "td", "caption", "pre", "span", "details",
    "summary",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "font": {"data-mx-bg-color", "data-mx-color", "color"},
    "span": {"data-mx-bg-color", "data-mx-color", "data-mx-spoiler"},
    "a": {"href", "target"},
    "ol": {"start"},
    "code": {"class"},
}
URL_SCHEMES = {"https", "http", "mailto", "matrix"}
# Removed with their content, not just unwrapped.
DROPPED_WITH_CONTENT = {"script", "style", "mx-reply", "head", "title", "textarea", "select"}
MAX_HTML = 64 * 1024  # longer formatted bodies are shown as their plain body


def sanitise(formatted: str) -> str:
    """The HTML Pli may render from a message (never raises)."""
    if len(formatted) > MAX_HTML:
        return html.escape(formatted[:MAX_HTML])
    return nh3.clean(
        formatted,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        url_relative="deny",  # a link in a message has no base: "$javascript:…" is no link
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


# Where the rendered HTML breaks a line: the text keeps a new line there ("a</p><p>b" is two
# words, not "ab").
_LINE_BREAKS = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6]|tr|blockquote|pre|summary)>", re.I)


@functools.lru_cache(maxsize=4096)
def plain_text(formatted: str) -> str:
    """What a formatted body shows, as plain text: for the search index and the room list
    ("Crise à 14 h", where the plain `body` may hold the Markdown source "**14 h**")."""
    shown = _LINE_BREAKS.sub("\n", sanitise(formatted))
    text = html.unescape(nh3.clean(shown, tags=set(), clean_content_tags=DROPPED_WITH_CONTENT))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def shown_text(body: str, formatted: str) -> str:
    """The text a message shows: its formatted body's when it has one, else its body."""
    return (plain_text(formatted) if formatted else "") or body


@functools.cache
def _markdown() -> Any:
    """Built at the first message typed, not at start (markdown-it's import costs ~0.08 s)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False, "breaks": True})


def from_markdown(text: str) -> tuple[str, str | None]:
    """(body, formatted_body or None) for what the user typed."""
    rendered = _markdown().render(text).strip()
    plain = f"<p>{html.escape(text, quote=False)}</p>".replace("\n", "<br />\n")
    if rendered == plain or rendered == f"<p>{html.escape(text, quote=False)}</p>":
        return text, None
    return text, sanitise(rendered)


def message_content(text: str) -> dict[str, str]:
    """An m.text content for what the user typed, with formatted_body when it has Markdown."""
    body, formatted = from_markdown(text)
    content = {"msgtype": "m.text", "body": body}
    if formatted is not None:
        content["format"] = HTML_FORMAT
        content["formatted_body"] = formatted
    return content
