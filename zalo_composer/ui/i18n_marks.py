"""Qt-free pieces of translation for the UI's pure helpers (field labels, undo step names,
the preview's sentences): they take a `Translate` function, which the widgets pass as
`i18n.translate` and tests leave as `english`."""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]
"""``(context, source text) -> text in the UI's language``, like QCoreApplication.translate."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name: lupdate looks for it
    """Marks *text* for lupdate under *context* where it is defined (a table, a constant);
    translate it with the same context where it is shown."""
    return text


def english(_context: str, text: str) -> str:
    """The identity translation (the source language)."""
    return text
