"""Translation layer: every visible string goes through here.

Python code marks strings with `_()`, `pgettext()` and `ngettext()`; lesson text arrives as
`Text` objects and is looked up with its context by `tr()`. Catalogues are compiled `.mo` files in
`locale/<lang>/LC_MESSAGES/sango.mo`, read with the standard library's gettext so the browser build
needs no Babel. A missing catalogue or string falls back to the English source.
"""
from __future__ import annotations

import gettext as _gettext
from pathlib import Path

from .content.model import Text
from .paths import FONTS, LOCALE

DOMAIN = "sango"
SOURCE_LANGUAGE = "en"
# Each language named in its own script, as the picker shows it.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ru": "Русский", "ar": "العربية", "zh": "中文"}
SUPPORTED = ("en", "fr", "es", "ru", "ar", "zh")
SCRIPTS = {"ar": "arabic", "zh": "cjk", "ar_XB": "arabic"}  # anything else: Latin or Cyrillic letters
RIGHT_TO_LEFT = {"ar", "ar_XB"}  # ar_XB: the right-to-left pseudo-language (see sango/pseudo.py)
_SCRIPT_FONTS = {"latin": "SangoReader-Regular.*", "arabic": "SangoArabic-Regular.*", "cjk": "SangoSC-Regular.*"}

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
    found = _gettext.find(DOMAIN, _localedir, languages=[code])
    if found:  # read the file afresh each time, so edited catalogues show without a restart
        with open(found, "rb") as catalogue:
            _translations = _gettext.GNUTranslations(catalogue)
    else:
        _translations = _gettext.NullTranslations()
    _language = code
    _adaptation_cache.clear()  # read adaptations afresh too (F5)


def language() -> str:
    return _language


def script(code: str | None = None) -> str:
    """The writing system of a language (the current one by default): latin, arabic or cjk."""
    return SCRIPTS.get(code or _language, "latin")


def right_to_left(code: str | None = None) -> bool:
    return (code or _language) in RIGHT_TO_LEFT


def available_languages() -> list[str]:
    """The supported languages that have a compiled catalogue and a bundled font (English always)."""
    def ready(code: str) -> bool:
        catalogue = Path(_localedir) / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
        return catalogue.exists() and any(FONTS.glob(_SCRIPT_FONTS[script(code)]))

    return [code for code in SUPPORTED if code == SOURCE_LANGUAGE or ready(code)]


def match_language(tag: str | None) -> str | None:
    """Our language for a system or browser tag: 'fr_FR.UTF-8' or 'fr-CA' -> 'fr'; None if unsupported."""
    if not tag:
        return None
    base = tag.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in available_languages() else None


def adapted_avatar(lesson_id: str, character_id: str, default: str) -> str:
    """The picture a language shows for a lesson character: `locale/<lang>/adaptations.json` can swap it,
    e.g. {"avatars": {"kiko-treasure-game/grandma": "teacher"}}, so a locale adapts a lesson without
    forking it (names are changed in the catalogue, under the context `<lesson>/characters/<id>/name`)."""
    return _adaptations().get(f"{lesson_id}/{character_id}", default)


_adaptation_cache: dict[str, dict[str, str]] = {}


def _adaptations() -> dict[str, str]:
    key = f"{_localedir}/{_language}"
    if key not in _adaptation_cache:
        import json

        try:
            raw = json.loads((Path(_localedir) / _language / "adaptations.json").read_text(encoding="utf-8"))
            avatars = raw.get("avatars", {}) if isinstance(raw, dict) else {}
            _adaptation_cache[key] = {k: v for k, v in avatars.items() if isinstance(k, str) and isinstance(v, str)}
        except (OSError, ValueError):
            _adaptation_cache[key] = {}
    return _adaptation_cache[key]


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
