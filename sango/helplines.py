"""Child helplines per country, from sango/data/helplines.json. No pygame; never fails the game."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .paths import DATA

DEFAULT_NUMBER = "116 111"


@dataclass(frozen=True)
class Helpline:
    country: str  # ISO 3166-1 alpha-2 code, or "default"
    name: str
    number: str
    hours: str = ""
    source: str = ""


BUILT_IN_DEFAULT = Helpline("default", "Child helpline", DEFAULT_NUMBER, "", "ITU, 2008")


def load_helplines(path: Path | None = None) -> dict[str, Helpline]:
    """Every usable entry of the data file; a broken file or entry falls back to 116 111."""
    try:
        raw = json.loads((path or DATA / "helplines.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raw = {}
    lines = {"default": BUILT_IN_DEFAULT}
    if not isinstance(raw, dict):
        return lines
    for code, entry in raw.items():
        if code.startswith("_") or not isinstance(entry, dict):
            continue
        name, number = entry.get("name"), entry.get("number")
        if isinstance(name, str) and isinstance(number, str) and name and number:
            lines[code.upper() if code != "default" else code] = Helpline(
                code.upper() if code != "default" else code, name, number,
                str(entry.get("hours", "")), str(entry.get("source", "")))
    return lines


def helpline_for(country: str | None, path: Path | None = None) -> Helpline:
    lines = load_helplines(path)
    return lines.get((country or "").upper()) or lines["default"]


def country_from_locale(tag: str | None) -> str | None:
    """'en_GB.UTF-8' -> 'GB', 'fr-FR' -> 'FR', 'zh-Hans-CN' -> 'CN', 'en' or 'C' -> None."""
    if not tag:
        return None
    base = tag.split(".")[0].split("@")[0].replace("-", "_")
    for part in base.split("_")[1:]:
        if len(part) == 2 and part.isalpha():
            return part.upper()
    return None
