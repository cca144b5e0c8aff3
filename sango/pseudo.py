"""Pseudo-languages for finding hard-coded text and layout bugs before real translators do.

`en_XA` is accented, about 40% longer and bracketed: "[Ƥļáý ·····]". Any English on screen was not
translated, anything cut off will be cut off in French or Russian too. `ar_XB` is the same English
written right to left, with the whole layout mirrored as for Arabic.

    sango i18n pseudo        # writes locale/en_XA and locale/ar_XB
    sango --lang en_XA
"""
from __future__ import annotations

import re
from pathlib import Path

from .i18n import DOMAIN
from .paths import LOCALE

ACCENTED = str.maketrans("aceinouyACEINOUY", "áçéîñöüýÁÇÉÎÑÖÜÝ")
RLO, PDF = "\u202e", "\u202c"  # right-to-left override: English shown backwards, as an RTL reader would see it
PIECES = re.compile(r"(\{\w+\})")  # placeholders stay as they are


def accented(text: str) -> str:
    parts = [p if PIECES.fullmatch(p) else p.translate(ACCENTED) for p in PIECES.split(text)]
    padding = "·" * max(1, round(len(text) * 0.4))
    return f"[{''.join(parts)} {padding}]"


def right_to_left(text: str) -> str:
    return "\n".join(f"{RLO}{line}{PDF}" for line in text.split("\n"))


PSEUDO = {"en_XA": accented, "ar_XB": right_to_left}


def write_pseudo_locales(locale_dir: Path = LOCALE) -> list[Path]:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    with open(locale_dir / f"{DOMAIN}.pot", "rb") as pot:
        template = read_po(pot)
    written = []
    for code, change in PSEUDO.items():
        catalog = Catalog(locale="en" if code == "en_XA" else "ar", domain=DOMAIN)
        for message in template:
            if not message.id:
                continue
            if isinstance(message.id, tuple):
                plurals = catalog.num_plurals
                string = tuple(change(message.id[0] if i == 0 else message.id[1]) for i in range(plurals))
            else:
                string = change(message.id)
            catalog.add(message.id, string, context=message.context, auto_comments=message.auto_comments)
        folder = locale_dir / code / "LC_MESSAGES"
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / f"{DOMAIN}.po", "wb") as out:
            write_po(out, catalog)
        written.append(folder / f"{DOMAIN}.po")
    return written
