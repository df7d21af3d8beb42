"""Marking user-facing strings in the Qt-free core.

The core cannot call Qt's translate(), but pyside6-lupdate extracts any call named
QT_TRANSLATE_NOOP("context", "text") by name. So core marks its sentences with this identity
function, and the UI translates them with QCoreApplication.translate(context, text).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    """A user-facing message: translation context, English source text, and named arguments."""

    context: str
    text: str
    args: tuple[tuple[str, str], ...] = ()

    def with_args(self, **kwargs: object) -> Sentence:
        return Sentence(self.context, self.text, tuple((k, str(v)) for k, v in kwargs.items()))

    def render(self, translated: str | None = None) -> str:
        """Fill {name} placeholders into the (translated) text. An argument named `*_bytes`
        holds a byte count, shown in MB here (the UI shows it in the user's locale)."""
        text = translated if translated is not None else self.text
        args = {
            name: f"{int(value) / 1_000_000:.1f} MB"
            if name.endswith("_bytes") and value.isdigit()
            else value
            for name, value in self.args
        }
        try:
            return text.format(**args)
        except (KeyError, IndexError, ValueError):
            return text

    def __str__(self) -> str:
        return self.render()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def sentence(context: str, text: str) -> Sentence:
    return Sentence(context, text)
