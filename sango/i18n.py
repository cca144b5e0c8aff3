"""Translation layer: every visible string goes through here.

Python code marks strings with `_()`, `pgettext()` and `ngettext()`; lesson text arrives as
`Text` objects and is looked up with its context by `tr()`. Catalogues are compiled `.mo` files in
`locale/<lang>/LC_MESSAGES/sango.mo`, read with the standard library's gettext so the browser build
needs no Babel. A missing catalogue or string falls back to the English source.
"""
from __future__ import annotations

import gettext as _gettext

from .content.model import Text
from .paths import LOCALE

DOMAIN = "sango"
SOURCE_LANGUAGE = "en"

_translations: _gettext.NullTranslations = _gettext.NullTranslations()
_language = SOURCE_LANGUAGE
_localedir = str(LOCALE)


def set_locale_dir(path: str) -> None:
    """Read catalogues from another folder (tests, previews)."""
    global _localedir
    _localedir = str(path)


def set_language(code: str) -> None:
    """Switch every later lookup to `code` (a folder name under locale/)."""
    global _translations, _language
    _translations = _gettext.translation(DOMAIN, _localedir, languages=[code], fallback=True)
    _language = code


def language() -> str:
    return _language


def _(message: str) -> str:
    return _translations.gettext(message)


def pgettext(context: str, message: str) -> str:
    return _translations.pgettext(context, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a string for extraction where it is defined; translate it later with `_()`."""
    return message


def tr(text: Text | None) -> str:
    """The current language's version of a lesson text."""
    if text is None:
        return ""
    return _translations.pgettext(text.msgctxt, text.msgid)
