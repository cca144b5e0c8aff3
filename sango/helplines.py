"""Child helplines per country, from sango/data/helplines.json. No pygame, and never fails the game:
a missing or broken data file (or entry) falls back to the free child helpline number 116 111."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .paths import DATA

DEFAULT_NUMBER = "116 111"
DATA_FILE = DATA / "helplines.json"
ALIASES = {"UK": "GB", "EL": "GR"}  # codes people type that are not ISO 3166-1 alpha-2


@dataclass(frozen=True)
class Helpline:
    country: str  # ISO 3166-1 alpha-2 code, or "default"
    name: str
    number: str  # as dialled in that country
    hours: str = ""  # "" when not known
    source: str = ""  # where the fact came from: organisation, website domain
    verify: bool = False  # True until someone has confirmed the entry
    also: tuple[Helpline, ...] = ()  # other numbers, e.g. France's 119 beside 3018


BUILT_IN_DEFAULT = Helpline(
    "default", "Child helpline", DEFAULT_NUMBER, "",
    "ITU called on all countries to adopt 116 111 for child helplines in 2008")


def load_helplines(path: Path | str | None = None) -> dict[str, Helpline]:
    """Every usable entry of the data file by country code, always with a "default" entry.
    Unreadable files and incomplete entries are skipped; nothing here raises."""
    lines = {"default": BUILT_IN_DEFAULT}
    try:
        raw = json.loads(Path(path or DATA_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):  # missing, unreadable, not UTF-8, not JSON
        return lines
    if not isinstance(raw, dict):
        return lines
    for key, entry in raw.items():
        if not isinstance(key, str) or key.startswith("_"):
            continue
        code = "default" if key == "default" else key.strip().upper()
        if code != "default" and not (len(code) == 2 and code.isalpha() and code.isascii()):
            continue
        helpline = _entry(code, entry)
        if helpline is not None:
            lines[code] = helpline
    return lines


def _entry(code: str, entry: object) -> Helpline | None:
    if not isinstance(entry, dict):
        return None
    name, number = entry.get("name"), entry.get("number")
    if not (isinstance(name, str) and name.strip() and isinstance(number, str) and number.strip()):
        return None
    also = entry.get("also")
    others = tuple(h for h in (_entry(code, e) for e in also) if h) if isinstance(also, list) else ()
    return Helpline(code, name.strip(), number.strip(), _text(entry.get("hours")), _text(entry.get("source")),
                    entry.get("verify") is True, others)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def helpline_for(country: str | None, path: Path | str | None = None) -> Helpline:
    """The helpline for an ISO country code (any case), or the default 116 111 entry."""
    lines = load_helplines(path)
    code = (country or "").strip().upper() if isinstance(country, str) else ""
    code = ALIASES.get(code, code)
    return lines.get(code, lines["default"])  # data keys are upper case, except "default"


def country_from_locale(tag: str | None) -> str | None:
    """The country in a locale or language tag, or None:
    'en_GB.UTF-8' -> 'GB', 'fr-FR' -> 'FR', 'zh-Hans-CN' -> 'CN', 'de_DE@euro' -> 'DE', 'en' / 'C' -> None.
    Numeric regions such as 'es-419' (Latin America) are not countries: None."""
    if not isinstance(tag, str) or not tag:
        return None
    base = tag.split(".")[0].split("@")[0].replace("-", "_")
    for part in base.split("_")[1:]:
        if len(part) == 2 and part.isalpha() and part.isascii():
            code = part.upper()
            return ALIASES.get(code, code)
    return None
