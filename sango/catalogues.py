"""Compile translation catalogues (.po) into the .mo files the game reads, when they are missing or stale.

Runs on the desktop at start-up (a fresh clone has only .po files); the browser build ships .mo files
made at build time. Needs Babel, which the desktop install has; without it the game plays in English.
"""
from __future__ import annotations

import sys
from pathlib import Path


def compile_stale(locale_dir: Path, domain: str = "sango") -> list[Path]:
    """Compile every `<lang>/LC_MESSAGES/<domain>.po` whose .mo is missing or older. Returns what it wrote."""
    written = []
    if sys.platform == "emscripten":  # the browser build ships compiled catalogues, and has no Babel
        return written
    for po in sorted(Path(locale_dir).glob(f"*/LC_MESSAGES/{domain}.po")):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        try:
            from babel.messages.mofile import write_mo
            from babel.messages.pofile import read_po

            with open(po, "rb") as source:
                catalog = read_po(source)
            temp = mo.with_suffix(".mo.tmp")
            with open(temp, "wb") as out:
                write_mo(out, catalog)
            temp.replace(mo)
            written.append(mo)
        except (ImportError, OSError, ValueError):
            continue  # this language stays unavailable; English still works
    return written
