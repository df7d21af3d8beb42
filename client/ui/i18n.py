"""Translations: load Pli's .qm for the chosen or system language; render core sentences."""

from __future__ import annotations

import logging
from pathlib import Path

from client.core.errors import PliError
from client.core.i18n import Sentence
from client.ui.qt import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "translations"
LANGUAGES = ("en", "fr")
_installed: list[QTranslator] = []  # Qt does not own translators: keep them alive


def install_translator(language: str | None = None) -> str:
    """Install the translator for `language` (default: the system's). Returns the language
    code in use. English is the source language: its file only gives the plurals their
    English forms ("%n message(s)" reads "1 message", "2 messages"); without it the sources
    show."""
    app = QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    code = (language or QLocale.system().name()).split("_")[0].lower()
    if code not in LANGUAGES:
        code = "en"
    if language and QLocale.system().name().split("_")[0].lower() != code:
        # A language chosen against the system's: dates and numbers follow it too.
        QLocale.setDefault(QLocale(code))
    else:
        QLocale.setDefault(QLocale.system())
    if app is None:
        return "en"
    translator = QTranslator()
    qm = TRANSLATIONS_DIR / f"pli_{code}.qm"
    if translator.load(str(qm)):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
        if code == "en":
            return "en"  # the source texts, with real plurals ("1 unread message")
        # Qt's own strings (standard buttons) in the same language, when available.
        from PySide6.QtCore import QLibraryInfo

        qt_translator = QTranslator()
        if qt_translator.load(
            f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            QCoreApplication.installTranslator(qt_translator)
            _installed.append(qt_translator)
        return code
    if code != "en":
        log.warning("translation %s not found (build it with packaging/dev/build-translations)", qm)
    return "en"


def render(sentence: Sentence) -> str:
    """The sentence translated. An argument that is itself a marked detail (context
    "ErrorDetail", e.g. a policy value's problem) is translated too, then filled with the
    other arguments ("must be one of: {choices}")."""
    args = dict(sentence.args)
    for name, value in sentence.args:
        if name.endswith("_bytes") and value.isdigit():  # "47,7 Mo" in French
            si = QLocale.DataSizeFormat.DataSizeSIFormat
            args[name] = QLocale().formattedDataSize(int(value), 1, si)
            continue
        detail = QCoreApplication.translate("ErrorDetail", value)
        if detail != value or "{" in value:
            try:
                args[name] = detail.format(**dict(sentence.args))
            except (KeyError, IndexError, ValueError):
                args[name] = detail
    filled = Sentence(sentence.context, sentence.text, tuple(args.items()))
    return filled.render(QCoreApplication.translate(sentence.context, sentence.text))


def error_text(error: BaseException) -> str:
    """A PliError as 'what happened. What to do.'; anything else as a generic sentence."""
    if isinstance(error, PliError):
        return f"{render(error.sentence)} {render(error.advice_sentence)}"
    generic = PliError()
    return f"{render(generic.sentence)} {render(generic.advice_sentence)}"


def tr(text: str) -> str:
    """Translate a string of a module-level or helper call site. pyside6-lupdate files bare
    `tr("…")` calls under the empty context, so they are looked up there (a class's own
    `self.tr` uses the class name instead)."""
    return QCoreApplication.translate("", text)
