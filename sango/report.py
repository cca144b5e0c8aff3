"""`sango report`: what the curriculum covers, for authors, reviewers and teachers.

Lessons per band and topic (with their activities), key-message coverage (taught by which lessons,
checked by how many quiz questions), quiz question counts and the reading level of each lesson
against its band's target.
"""
from __future__ import annotations

from pathlib import Path

from .content.key_messages import KEY_MESSAGES
from .content.loader import load_library
from .content.model import ACTIVITY_KINDS, BANDS, TOPICS, ChoiceStep, Lesson
from .content.readability import GRADE_LIMITS, lesson_grade
from .paths import LESSONS


def activities(lesson: Lesson) -> list[str]:
    return [s.kind for s in lesson.steps if s.kind in ACTIVITY_KINDS or s.kind == "feed"]


def report(lessons_dir: Path = LESSONS) -> tuple[str, bool]:
    """The report as Markdown text, and whether everything meets the curriculum's targets."""
    library = load_library(lessons_dir)
    ok = not library.broken
    out = ["# Sango curriculum report", ""]
    if library.broken:
        out += [f"**{len(library.broken)} lesson files have problems** (run `sango check`): "
                + ", ".join(sorted(library.broken)), ""]
    out += ["## Lessons per band and topic", "", "| band | " + " | ".join(TOPICS) + " | total |",
            "| --- |" + " --- |" * (len(TOPICS) + 1)]
    for band in BANDS:
        counts = [sum(1 for l in library.lessons if l.band == band and l.topic == t) for t in TOPICS]
        ok &= min(counts) >= 3
        out.append(f"| {band} | " + " | ".join(str(c) for c in counts) + f" | {sum(counts)} |")
    out += ["", "## Lessons", "",
            "| band | topic | # | lesson | choices | activities | quiz questions | reading grade (target) |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for band in BANDS:
        for lesson in library.for_band(band):
            grade = lesson_grade(lesson)
            within = grade <= GRADE_LIMITS[band]
            ok &= within
            choices = sum(isinstance(s, ChoiceStep) for s in lesson.steps)
            out.append(f"| {band} | {lesson.topic} | {lesson.order} | {lesson.id}: {lesson.title.msgid} | {choices} "
                       f"| {', '.join(activities(lesson)) or '-'} | {len(lesson.quiz.questions)} "
                       f"| {grade:.1f} (≤ {GRADE_LIMITS[band]:.0f}){'' if within else ' **over**'} |")
    out += ["", "## Key messages", "", "| key message | taught by | quiz questions |", "| --- | --- | --- |"]
    for band in BANDS:
        for message in KEY_MESSAGES[band]:
            taught = [l.id for l in library.lessons if message in l.key_messages]
            questions = sum(q.key_message == message for l in library.lessons for q in l.quiz.questions)
            ok &= bool(taught) and questions > 0
            out.append(f"| {message} | {', '.join(taught) or '**none**'} | {questions or '**0**'} |")
    total_q = sum(len(l.quiz.questions) for l in library.lessons)
    out += ["", f"{len(library.lessons)} lessons, {total_q} quiz questions. "
                + ("Every target is met." if ok else "**Some targets are not met.**")]
    return "\n".join(out), ok


def run_report(lessons_dir: Path = LESSONS) -> int:
    text, ok = report(lessons_dir)
    print(text)
    return 0 if ok else 1
