"""Languages: the Qt translators of the chosen language, switched live, and the domain's
English texts (problems, code meanings, errors, send failures) translated where they show.

The UI's own strings go through ``self.tr`` / `translate` and are compiled from
``resources/i18n/zalo_composer_<lang>.ts`` into ``.qm`` files by `make translations`.
Installing or removing a translator makes Qt send every widget a ``LanguageChange``
event; each widget that shows text answers it by setting its texts again, so a switch
loses nothing being edited.

The domain, the eSMS client and the store speak English and know nothing of Qt. Their texts
are listed for lupdate in the generated `i18n_domain`, as ``str.format`` templates; a
finished text such as "The file is not UTF-8 text (byte 12)." is matched against those
templates at display time, the template is translated and the values are put back.
"""

from __future__ import annotations

import functools
import logging
import re
import string
from collections.abc import Mapping
from datetime import datetime
from importlib import resources
from pathlib import Path

from PySide6 import QtCore

from ..domain.codes import describe_code
from ..domain.validation import Problem
from .i18n_domain import TEXTS
from .i18n_marks import QT_TRANSLATE_NOOP, Translate, english

__all__ = [
    "LANGUAGES", "QT_TRANSLATE_NOOP", "Translate", "code_meaning", "domain_text", "english",
    "error_text", "install_language", "installed_language", "long_datetime",
    "problem_text", "remove_translators", "resolve_language", "template_text", "translate",
    "ui_locale",
]

logger = logging.getLogger(__name__)

LANGUAGES = ("en", "vi")
"""The languages the UI speaks; English is the source language (no translator)."""
SOURCE_LANGUAGE = "en"
QM_PREFIX = "zalo_composer"
_TRANSLATOR_NAMES = ("zaloComposerTranslator", "qtBaseTranslator")
_LANGUAGE_PROPERTY = "zaloComposerLanguage"
_CONTEXTS = ("Messages", "Problem", "Codes", "Model")
_MAX_DEPTH = 3


def translate(context: str, text: str) -> str:
    """*text* in the UI's language (lupdate reads the literal arguments of these calls)."""
    return QtCore.QCoreApplication.translate(context, text)


# -- choosing and installing -------------------------------------------------------------------


def system_language(locale: QtCore.QLocale | None = None) -> str:
    """"vi" when the system locale is Vietnamese, else "en"."""
    locale = locale if locale is not None else QtCore.QLocale.system()
    return "vi" if locale.language() == QtCore.QLocale.Language.Vietnamese else SOURCE_LANGUAGE


def resolve_language(choice: str, locale: QtCore.QLocale | None = None) -> str:
    """The language a saved choice ("system", "en" or "vi") means right now."""
    if choice in LANGUAGES:
        return choice
    return system_language(locale)


def translations_dir() -> Path:
    """Where the compiled ``.qm`` files are (package data; bundled by PyInstaller)."""
    return Path(str(resources.files("zalo_composer") / "resources" / "i18n"))


def qm_path(language: str) -> Path:
    """The compiled translation of the program's own texts for *language*."""
    return translations_dir() / f"{QM_PREFIX}_{language}.qm"


def installed_language(app: QtCore.QCoreApplication | None = None) -> str:
    """The language the UI speaks now ("en" until a translator was installed)."""
    app = app or QtCore.QCoreApplication.instance()
    value = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return str(value) if value in LANGUAGES else SOURCE_LANGUAGE


def remove_translators(app: QtCore.QCoreApplication) -> None:
    """Take the translators `install_language` installed out again (back to English)."""
    for translator in app.findChildren(QtCore.QTranslator):
        if translator.objectName() in _TRANSLATOR_NAMES:
            app.removeTranslator(translator)
            translator.setParent(None)
            translator.deleteLater()
    app.setProperty(_LANGUAGE_PROPERTY, SOURCE_LANGUAGE)


def _load(name: str, path: Path, app: QtCore.QCoreApplication) -> QtCore.QTranslator | None:
    translator = QtCore.QTranslator(app)
    translator.setObjectName(name)
    if path.is_file() and translator.load(str(path)):
        return translator
    translator.setParent(None)
    translator.deleteLater()
    return None


def install_language(app: QtCore.QCoreApplication, choice: str) -> str:
    """Make the UI speak *choice* ("system", "en" or "vi"); returns the language used.

    Our translator and Qt's own (``qtbase_<lang>.qm``, for standard buttons, when Qt ships
    one) replace any installed before. Every widget gets a ``LanguageChange`` event.
    """
    language = resolve_language(choice)
    if language == installed_language(app) and (
        language == SOURCE_LANGUAGE or app.findChild(QtCore.QTranslator, _TRANSLATOR_NAMES[0])
    ):
        return language
    remove_translators(app)
    if language == SOURCE_LANGUAGE:
        return language
    ours = _load(_TRANSLATOR_NAMES[0], qm_path(language), app)
    if ours is None:
        logger.warning("No %s translation at %s; the UI stays in English", language,
                       qm_path(language))
        return SOURCE_LANGUAGE
    qt_dir = Path(QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath))
    qt_base = _load(_TRANSLATOR_NAMES[1], qt_dir / f"qtbase_{language}.qm", app)
    # The last installed is asked first: ours (which also covers Qt's standard buttons,
    # for which Qt ships no Vietnamese) wins over Qt's.
    if qt_base is not None:
        app.installTranslator(qt_base)
    app.installTranslator(ours)
    app.setProperty(_LANGUAGE_PROPERTY, language)
    logger.info("UI language: %s", language)
    return language


# -- the domain's texts --------------------------------------------------------------------------


@functools.cache
def _known() -> frozenset[str]:
    return frozenset(template for _, template in TEXTS)


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(regex, context, template) for every template with values (or escaped braces), the
    most specific (most literal text) first."""
    found = []
    for context, template in TEXTS:
        parts = list(string.Formatter().parse(template))
        if all(field is None for _, field, _, _ in parts) and "{" not in template:
            continue  # plain text: an exact lookup finds it
        regex, seen, literal = "", set(), 0
        for index, (text, field, _spec, _conversion) in enumerate(parts):
            regex += re.escape(text)
            literal += len(text)
            if field is None:
                continue
            if not field.isidentifier():
                break  # not a template we can fill in
            if field in seen:
                regex += f"(?P={field})"
            else:
                seen.add(field)
                last = index == len(parts) - 1 and not parts[-1][0]
                regex += f"(?P<{field}>.*)" if last else f"(?P<{field}>.*?)"
        else:
            found.append((re.compile(regex, re.DOTALL), context, template, literal))
    found.sort(key=lambda item: -item[3])
    return tuple((pattern, context, template) for pattern, context, template, _ in found)


def _exact(text: str) -> str | None:
    for context in _CONTEXTS:
        translated = translate(context, text)
        if translated != text:
            return translated
    return None


def domain_text(text: str, _depth: int = 0) -> str:
    """*text* (a message the domain, eSMS client or store made in English) in the UI's
    language; unchanged when it is not one of theirs or has no translation."""
    if not text or installed_language() == SOURCE_LANGUAGE:
        return text
    stripped = text.strip()
    if stripped != text:
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()):]
        return lead + domain_text(stripped, _depth) + trail
    exact = _exact(text)
    if exact is not None:
        return exact
    if _depth >= _MAX_DEPTH:
        return text
    for pattern, context, template in _patterns():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        translated = translate(context, template)
        values = {name: domain_text(value, _depth + 1)
                  for name, value in match.groupdict().items()}
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            logger.warning("Broken translation of %r: %r", template, translated)
            return text
    return text


def _param(context: str, value: object) -> object:
    # A label such as "The message text" is ours (said the template's way first); a user's
    # value is left as typed.
    if not isinstance(value, str) or value not in _known():
        return value
    translated = translate(context, value)
    return translated if translated != value else domain_text(value)


def template_text(context: str, template: str, params: Mapping[str, object]) -> str:
    """A ``str.format`` *template* of the domain translated, then filled with *params*."""
    values = {name: _param(context, value) for name, value in params.items()}
    translated = translate(context, template)
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        logger.warning("Broken translation of %r: %r", template, translated)
        return template.format(**params)


def problem_text(problem: Problem) -> str:
    """A validation problem's message in the UI's language."""
    if installed_language() == SOURCE_LANGUAGE:
        return problem.message
    if problem.template in _known():
        return template_text("Problem", problem.template, problem.params)
    return domain_text(problem.message)  # a template made of others ("Line 3: …")


def code_meaning(code: str | int | None) -> str:
    """What an eSMS result code means, in the UI's language."""
    return domain_text(describe_code(code))


def error_text(exc: BaseException) -> str:
    """An exception's message (the program's errors are written for the user) translated."""
    return domain_text(str(exc))


def ui_locale() -> QtCore.QLocale:
    """The locale of the UI's language (dates and numbers spelled as its speakers do)."""
    if installed_language() == "vi":
        return QtCore.QLocale(QtCore.QLocale.Language.Vietnamese, QtCore.QLocale.Country.Vietnam)
    return QtCore.QLocale(QtCore.QLocale.Language.English, QtCore.QLocale.Country.UnitedStates)


def long_datetime(when: datetime) -> str:
    """*when* in local time with the weekday and month spelled out, in the UI's language:
    ``Saturday 14 March 2026, 09:26:53 +07``."""
    moment = QtCore.QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000))
    return ui_locale().toString(moment, "dddd d MMMM yyyy, HH:mm:ss t")
