"""`sango i18n check`: is every language complete, correct and does its text fit where it is shown?

For each catalogue in locale/: untranslated and fuzzy entries, and placeholders that differ from
the English. Then every lesson text is rendered in the language's own font at the size and width of
the widget that shows it; text that still needs more lines than the widget has, even at the
smallest size the widget may shrink it to, is listed with the lesson and step it belongs to.
"""
from __future__ import annotations

import gettext
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .content.loader import load_library
from .content.model import (
    ActivityStep, ChatStep, ChatToolsStep, ChoiceStep, DialogueStep, FeedStep, Lesson, PasswordStep, QuizStep,
    RedFlagsStep, SettingsStep, SortStep, Text,
)
from .i18n import DOMAIN, script
from .paths import LESSONS, LOCALE

PLACEHOLDER = re.compile(r"\{\w+\}")
SHRINK = 0.75  # widgets may shrink text to this share of its size before it counts as not fitting


@dataclass(frozen=True)
class Slot:
    """Where a text is shown: the width it wraps to, its text size and how many lines fit."""

    name: str
    width: int
    size: int
    lines: int
    bold: bool = False


SLOTS = {
    "title": Slot("lesson card", 266, 24, 2, True),
    "dialogue": Slot("dialogue bubble", 784, 30, 5),
    "chat": Slot("chat bubble", 313, 24, 8),
    "prompt": Slot("choice question", 784, 32, 3, True),
    "option": Slot("choice button", 770, 26, 2, True),
    "feedback": Slot("feedback panel", 760, 30, 7),
    "question": Slot("quiz question", 784, 30, 3, True),
    "answer": Slot("quiz answer button", 816, 26, 2, True),
    "card": Slot("sort card", 185, 21, 2, True),
    "group": Slot("sort group label", 330, 24, 1, True),
    "explanation": Slot("quiz explanation", 768, 26, 5),
    "activity-prompt": Slot("activity instructions", 1180, 28, 2, True),
    "sango-says": Slot("Sango's message", 696, 24, 3),
    "activity-card": Slot("activity card", 230, 24, 2, True),
    "setting-label": Slot("setting label", 380, 24, 2, True),
    "setting-option": Slot("setting switch", 150, 22, 2, True),
    "flag-message": Slot("chat message to tap", 780, 22, 2, True),
    "tile": Slot("password tile", 170, 24, 1, True),
    "post": Slot("social post", 440, 22, 4),
}


def slots(lesson: Lesson) -> list[tuple[Text, Slot, str]]:
    """Every text of a lesson with the widget that shows it and a description of where it is."""
    found = [(lesson.title, SLOTS["title"], "title")]
    for step in lesson.steps:
        where = f"step {step.id}"
        if isinstance(step, DialogueStep):
            found += [(line.text, SLOTS["dialogue"], where) for line in step.lines]
        elif isinstance(step, ChatStep):
            found += [(m.text, SLOTS["chat"], where) for m in step.messages]
        elif isinstance(step, ChoiceStep):
            found.append((step.prompt, SLOTS["prompt"], where))
            for option in step.options:
                found += [(option.text, SLOTS["option"], where), (option.feedback, SLOTS["feedback"], where)]
        elif isinstance(step, QuizStep):
            for q in step.questions:
                where = f"question {q.id}"
                found += [(q.prompt, SLOTS["question"], where), (q.explanation, SLOTS["explanation"], where)]
                found += [(o.text, SLOTS["answer"], where) for o in q.options if q.type != "true_false"]
                found += [(i.text, SLOTS["card"], where) for i in q.items]
                found += [(g.label, SLOTS["group"], where) for g in q.groups]
        elif isinstance(step, FeedStep):
            found += [(post.text, SLOTS["post"], where) for post in step.posts]
        if isinstance(step, ActivityStep):
            found += [(step.prompt, SLOTS["activity-prompt"], where), (step.done, SLOTS["sango-says"], where)]
            found += activity_slots(step, where)
    return found


def activity_slots(step: ActivityStep, where: str) -> list[tuple[Text, Slot, str]]:
    says = SLOTS["sango-says"]
    if isinstance(step, SortStep):
        return ([(g.label, SLOTS["group"], where) for g in step.groups]
                + [(c.text, SLOTS["activity-card"], where) for c in step.items]
                + [(c.hint, says, where) for c in step.items if c.hint])
    if isinstance(step, ChatToolsStep):
        return [(m.text, SLOTS["chat"], where) for m in step.messages] + [(t.feedback, says, where) for t in step.tools]
    if isinstance(step, SettingsStep):
        return [pair for s in step.settings for pair in
                [(s.label, SLOTS["setting-label"], where), (s.hint, says, where)]
                + [(o.text, SLOTS["setting-option"], where) for o in s.options]]
    if isinstance(step, RedFlagsStep):
        return ([(m.text, SLOTS["flag-message"], where) for m in step.messages]
                + [(m.why, says, where) for m in step.messages if m.why])
    if isinstance(step, PasswordStep):
        return [(t.text, SLOTS["tile"], where) for t in step.tiles] + [(t.hint, says, where) for t in step.tiles if t.hint]
    return []


def placeholders_differ(ids: tuple[str, ...], strings: tuple[str, ...]) -> bool:
    """A translation must use the English placeholders. A plural form may leave out the number
    ("one more word" in Arabic says "a word"), but all forms together use every placeholder."""
    wanted = set(PLACEHOLDER.findall(" ".join(ids)))
    found = [set(PLACEHOLDER.findall(s)) for s in strings]
    if len(ids) == 1:
        return any(f != wanted for f in found)
    return any(not f <= wanted for f in found) or set().union(*found) != wanted


def catalogue_problems(po: Path) -> tuple[int, list[str]]:
    """(number of entries, problems) for one .po file."""
    from babel.messages.pofile import read_po

    with open(po, "rb") as source:
        catalog = read_po(source)
    problems, count = [], 0
    for m in catalog:
        if not m.id:
            continue
        count += 1
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        where = f"{m.context or ''} {ids[0][:40]!r}".strip()
        if not all(strings):
            problems.append(f"untranslated: {where}")
        elif m.fuzzy:
            problems.append(f"fuzzy: {where}")
        elif placeholders_differ(ids, strings):
            problems.append(f"placeholders differ: {where}")
    return count, problems


def fit_problems(code: str, lessons: list[Lesson], locale_dir: Path) -> list[str]:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    from .catalogues import compile_stale
    from .engine.text import Fonts, wrap

    pygame.font.init()
    compile_stale(locale_dir)
    translations = gettext.translation(DOMAIN, str(locale_dir), languages=[code], fallback=True)
    fonts, writing = Fonts(), script(code)
    problems = []
    for lesson in lessons:
        for text, slot, where in slots(lesson):
            shown = translations.pgettext(text.msgctxt, text.msgid)
            font = fonts.get("bold" if slot.bold else "regular", round(slot.size * SHRINK), writing)
            lines = len(wrap(font, shown, slot.width, writing))
            if lines > slot.lines:
                problems.append(f"does not fit the {slot.name} ({lines} lines, room for {slot.lines}): "
                                f"{lesson.source} {where}: {shown[:60]!r}")
    return problems


def run_i18n_check(locale_dir: Path = LOCALE, lessons_dir: Path = LESSONS) -> int:
    lessons = load_library(lessons_dir).lessons
    total = 0
    from .pseudo import PSEUDO

    for po in sorted(locale_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        code = po.parts[-3]
        if code in PSEUDO:
            continue  # made to be too long: that is their job
        count, problems = catalogue_problems(po)
        problems += fit_problems(code, lessons, locale_dir)
        status = "all good" if not problems else f"{len(problems)} problems"
        print(f"{code}: {count} entries, {status}")
        for problem in problems:
            print(f"  {problem}")
        total += len(problems)
    return 1 if total else 0
