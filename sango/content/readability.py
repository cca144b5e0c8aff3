"""Reading level of a lesson's English text (Flesch-Kincaid grade), for authors and the content report.

Syllables are counted with Pyphen's English hyphenation dictionary, the way readability tools do.
Only what children read is measured: story lines, chat, choices, activities and quiz text, not the
teacher notes. Desktop tooling: the game itself never needs it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .model import Lesson, Text

GRADE_LIMITS = {"5-7": 2.0, "8-12": 5.0, "13+": 8.0}  # the content guide's targets
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*(?:\s|$)")


@lru_cache(maxsize=1)
def _dictionary():
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@lru_cache(maxsize=4096)
def syllables(word: str) -> int:
    word = word.lower().strip("'’")
    if word.isdigit():
        return len(word)  # numbers are read digit by digit, roughly
    return max(1, len(_dictionary().positions(word)) + 1)


def sentences_of(text: str) -> list[str]:
    """A text split into sentences; a piece of text with no end mark counts as one sentence."""
    parts = [p.strip() for p in _SENTENCE_END.split(text)]
    return [p for p in parts if _WORD.search(p)]


def grade(texts: list[str]) -> float:
    """Flesch-Kincaid grade of all these texts together (each one ends at least one sentence)."""
    sentences = [s for text in texts for s in sentences_of(text)]
    words = [w for s in sentences for w in _WORD.findall(s)]
    if not words:
        return 0.0
    total = sum(syllables(w) for w in words)
    return round(0.39 * len(words) / len(sentences) + 11.8 * total / len(words) - 15.59, 1)


def child_texts(lesson: Lesson) -> list[str]:
    """Every English string a child reads in this lesson (not names, not teacher notes)."""
    found: list[str] = []

    def walk(value) -> None:
        if isinstance(value, Text):
            found.append(value.msgid)
        elif isinstance(value, (tuple, list)):
            for item in value:
                walk(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                if name not in ("name", "label"):  # names and headings are not sentences
                    walk(getattr(value, name))

    walk(lesson.summary)
    walk(lesson.steps)
    return found


def lesson_grade(lesson: Lesson) -> float:
    return grade(child_texts(lesson))
