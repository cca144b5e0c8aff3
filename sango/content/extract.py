"""Babel extractor for lesson files: every translatable string, with its context and hints.

Registered in pyproject.toml (`babel.extractors`) and named in babel.cfg, so from the project folder

    pybabel extract -F babel.cfg -o sango.pot .

collects lesson text next to the Python strings. The walk is the loader's own (`lesson_strings`),
so the contexts here are exactly the ones the game looks up. A file too broken to read yields
nothing: `sango check` explains why.
"""
from __future__ import annotations

from typing import Any, BinaryIO, Iterator

from .loader import lesson_strings


def extract_lessons(fileobj: BinaryIO, keywords: Any, comment_tags: Any, options: dict) -> Iterator[tuple]:
    """Yield `(lineno, "pgettext", (msgctxt, msgid), comments)` for each string of one lesson file."""
    for found in lesson_strings(fileobj.read()):
        yield found.line, "pgettext", (found.text.msgctxt, found.text.msgid), list(found.comments)
