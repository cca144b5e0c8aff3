"""The shipped lessons follow the content guide's rules that a machine can check."""
import re

import pytest

from sango.content.key_messages import KEY_MESSAGES
from sango.content.loader import load_library
from sango.content.model import ChatStep, ChoiceStep, DialogueStep
from sango.paths import LESSONS

LIBRARY = load_library(LESSONS)
REAL_BRANDS = re.compile(r"\b(whatsapp|instagram|tiktok|facebook|snapchat|youtube|roblox|minecraft|fortnite|"
                         r"discord|twitter|telegram|google|apple|messenger)\b", re.IGNORECASE)


def player_texts(lesson):
    for step in lesson.steps:
        if isinstance(step, DialogueStep):
            yield from (line.text.msgid for line in step.lines)
        elif isinstance(step, ChatStep):
            yield from (message.text.msgid for message in step.messages)
        elif isinstance(step, ChoiceStep):
            yield step.prompt.msgid
            for option in step.options:
                yield option.text.msgid
                yield option.feedback.msgid


@pytest.mark.parametrize("lesson", LIBRARY.lessons, ids=lambda l: l.id)
def test_lesson_shape(lesson):
    choices = [s for s in lesson.steps if isinstance(s, ChoiceStep)]
    assert len(choices) >= 2, "at least two decision points"
    assert len(lesson.quiz.questions) >= 4, "at least four quiz questions"
    notes = lesson.teacher_notes
    assert notes.objectives and len(notes.discussion) >= 2 and notes.duration_minutes > 0
    assert set(lesson.key_messages) <= set(KEY_MESSAGES[lesson.band])
    checked = {q.key_message for q in lesson.quiz.questions}
    assert set(lesson.key_messages) <= checked, "every key message taught is also checked by a question"
    per_choice = {"5-7": (2, 2), "8-12": (2, 3), "13+": (3, 4)}[lesson.band]
    for choice in choices:
        assert per_choice[0] <= len(choice.options) <= per_choice[1], choice.id


@pytest.mark.parametrize("lesson", LIBRARY.lessons, ids=lambda l: l.id)
def test_invented_apps_only(lesson):
    texts = list(player_texts(lesson)) + [s.app for s in lesson.steps if isinstance(s, ChatStep)]
    assert not [t for t in texts if REAL_BRANDS.search(t)]


@pytest.mark.parametrize("lesson", [l for l in LIBRARY.lessons if l.band == "5-7"], ids=lambda l: l.id)
def test_lines_for_the_youngest_are_short(lesson):
    long = [t for t in player_texts(lesson) if len(t.split()) > 12]
    assert not long, f"lines over 12 words: {long}"
