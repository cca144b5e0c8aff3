"""The shipped lessons follow the content guide's rules that a machine can check."""
import re

import pytest

from collections import Counter

from sango.content.key_messages import KEY_MESSAGES
from sango.content.loader import load_library
from sango.content.model import BANDS, TOPICS, ActivityStep, ChoiceStep, FeedStep, PasswordStep
from sango.content.readability import GRADE_LIMITS, child_texts, grade, lesson_grade
from sango.paths import LESSONS

LIBRARY = load_library(LESSONS)
REAL_BRANDS = re.compile(r"\b(whatsapp|instagram|tiktok|facebook|snapchat|youtube|roblox|minecraft|fortnite|"
                         r"discord|twitter|telegram|google|apple|messenger)\b", re.IGNORECASE)


def player_texts(lesson):
    return child_texts(lesson)


def test_every_band_has_three_lessons_per_topic_in_order():
    for band in BANDS:
        for topic in TOPICS:
            lessons = [l for l in LIBRARY.lessons if l.band == band and l.topic == topic]
            assert len(lessons) >= 3, f"{band} {topic}: {len(lessons)} lessons"
            assert sorted(l.order for l in lessons) == list(range(1, len(lessons) + 1)), f"{band} {topic}"


def test_every_key_message_is_taught_and_checked():
    taught = {m for l in LIBRARY.lessons for m in l.key_messages}
    checked = {q.key_message for l in LIBRARY.lessons for q in l.quiz.questions}
    for band, messages in KEY_MESSAGES.items():
        assert not set(messages) - taught, f"{band}: never taught: {set(messages) - taught}"
        assert not set(messages) - checked, f"{band}: never checked by a question: {set(messages) - checked}"


@pytest.mark.parametrize("lesson", LIBRARY.lessons, ids=lambda l: l.id)
def test_lesson_shape(lesson):
    choices = [s for s in lesson.steps if isinstance(s, ChoiceStep)]
    assert len(choices) >= 2, "at least two decision points"
    assert len(lesson.quiz.questions) >= 4, "at least four quiz questions"
    notes = lesson.teacher_notes
    assert notes.objectives and len(notes.discussion) >= 2 and notes.duration_minutes > 0
    assert len(notes.vocabulary) >= 2, "key vocabulary for the teacher"
    activities = [s for s in lesson.steps if isinstance(s, ActivityStep)]
    assert activities, "at least one practice activity"
    if lesson.band == "5-7":
        assert not any(isinstance(s, PasswordStep) for s in activities), "no password builder for 5-7"
        assert all(o.icon for c in choices for o in c.options), "picture choices for 5-7"
    if lesson.band == "13+":
        endings = {o.next for c in choices for o in c.options if o.safe and o.next}
        assert len(endings) >= 2, "several endings: safe options that play out differently"
    assert set(lesson.key_messages) <= set(KEY_MESSAGES[lesson.band])
    checked = {q.key_message for q in lesson.quiz.questions}
    assert set(lesson.key_messages) <= checked, "every key message taught is also checked by a question"
    per_choice = {"5-7": (2, 2), "8-12": (2, 3), "13+": (3, 4)}[lesson.band]
    for choice in choices:
        assert per_choice[0] <= len(choice.options) <= per_choice[1], choice.id


@pytest.mark.parametrize("lesson", LIBRARY.lessons, ids=lambda l: l.id)
def test_invented_apps_only(lesson):
    texts = list(player_texts(lesson)) + [s.app for s in lesson.steps if getattr(s, "app", "")]
    assert not [t for t in texts if REAL_BRANDS.search(t)]


@pytest.mark.parametrize("lesson", [l for l in LIBRARY.lessons if l.band == "5-7"], ids=lambda l: l.id)
def test_lines_for_the_youngest_are_short(lesson):
    long = [t for t in player_texts(lesson) if len(t.split()) > 12]
    assert not long, f"lines over 12 words: {long}"


@pytest.mark.parametrize("lesson", LIBRARY.lessons, ids=lambda l: l.id)
def test_reading_level_is_within_the_band_target(lesson):
    assert lesson_grade(lesson) <= GRADE_LIMITS[lesson.band]


def test_readability_formula_on_known_text():
    easy = grade(["The cat sat on the mat.", "It was a good day."])
    hard = grade(["Unauthorised dissemination of personal information constitutes "
                          "a significant infringement of privacy regulations."])
    assert easy < 1 < 12 < hard


def test_lesson_ids_and_titles_are_unique():
    titles = Counter((l.band, l.title.msgid) for l in LIBRARY.lessons)
    assert not [t for t, n in titles.items() if n > 1]


def test_the_content_report_lists_every_lesson_and_key_message():
    from sango.report import report

    text, ok = report(LESSONS)
    assert ok, text
    assert all(f"| {l.id}: " in text for l in LIBRARY.lessons)
    assert all(f"| {m} | " in text for band in KEY_MESSAGES.values() for m in band)
