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
from html.parser import HTMLParser
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
# What reaches Qt's text layout, bounded (issue 16.1): its table layout doubles in time per
# nested table (20 levels, 661 bytes: 7.8 s on the GUI thread), so a table inside a table is
# unwrapped to its text, and so is anything deeper than MAX_DEPTH or beyond MAX_ELEMENTS.
MAX_DEPTH = 12
MAX_ELEMENTS = 1500
_VOID = {"br", "hr"}
_TABLE_PARTS = {"table", "thead", "tbody", "tr", "th", "td", "caption"}


class _Bounder(HTMLParser):
    """Rebuilds nh3's (well-formed) output with the structural bounds above: a dropped
    element keeps its text, and a cell of an unwrapped table keeps a space after it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, kept)
        self.kept_depth = 0
        self.tables = 0  # tables open among the kept elements
        self.dropped_tables = 0  # tables open that were unwrapped (their parts go too)
        self.elements = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        keep = self.kept_depth < MAX_DEPTH and self.elements < MAX_ELEMENTS
        if tag in _TABLE_PARTS and (self.dropped_tables or (tag == "table" and self.tables)):
            keep = False  # a table inside a table: its text only
        if tag in _VOID:
            if keep:
                self.elements += 1
                self.out.append(f"<{tag}>")
            elif tag == "br":
                self.out.append(" ")
            return
        self.stack.append((tag, keep))
        if not keep and tag == "table":
            self.dropped_tables += 1
        if keep:
            self.elements += 1
            self.kept_depth += 1
            self.tables += tag == "table"
            rendered = "".join(
                f' {name}="{html.escape(value or "", quote=True)}"' for name, value in attrs
            )
            self.out.append(f"<{tag}{rendered}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        while self.stack:
            open_tag, kept = self.stack.pop()
            if kept:
                self.kept_depth -= 1
                self.tables -= open_tag == "table"
                self.out.append(f"</{open_tag}>")
            else:
                self.dropped_tables -= open_tag == "table"
                if open_tag in ("td", "th", "tr", "li", "p", "div"):
                    self.out.append(" ")
            if open_tag == tag:
                return

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def result(self) -> str:
        self.close()
        while self.stack:
            self.handle_endtag(self.stack[-1][0])
        return "".join(self.out)


def bound_structure(cleaned: str) -> str:
    bounder = _Bounder()
    bounder.feed(cleaned)
    return bounder.result()


def sanitise(formatted: str) -> str:
    """The HTML Pli may render from a message (never raises)."""
    if len(formatted) > MAX_HTML:
        return html.escape(formatted[:MAX_HTML])
    return bound_structure(_clean(formatted))


def _clean(formatted: str) -> str:
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
