"""Ready-made session plans, worked out from the lessons themselves (topic, order and the duration in
their teacher notes), so a new lesson file joins the plans without anyone editing them."""
from __future__ import annotations

from dataclasses import dataclass

from ..content.model import TOPICS, Lesson

SESSION_MINUTES = 40
OPENING_AND_WRAP_UP = 5  # minutes to start the class and to sum up at the end


@dataclass(frozen=True)
class SessionPlan:
    band: str
    topic: str
    lessons: tuple[Lesson, ...]
    minutes: int  # planned length, opening and wrap-up included

    @property
    def too_long(self) -> bool:
        """True when even the first lesson alone does not fit the session."""
        return self.minutes > SESSION_MINUTES


def lesson_minutes(lesson: Lesson) -> int:
    """The time a lesson takes in class, discussion included: the duration in its teacher notes."""
    return lesson.teacher_notes.duration_minutes


def session_plans(lessons: list[Lesson], band: str, minutes: int = SESSION_MINUTES) -> list[SessionPlan]:
    """One plan per topic that has lessons for `band`: its lessons in order, as many as fit in `minutes`
    (always at least one)."""
    plans = []
    for topic in TOPICS:
        chosen: list[Lesson] = []
        total = OPENING_AND_WRAP_UP
        ordered = sorted((l for l in lessons if l.band == band and l.topic == topic), key=lambda l: (l.order, l.id))
        for lesson in ordered:
            length = lesson_minutes(lesson)
            if chosen and total + length > minutes:
                continue  # a shorter lesson further on may still fit
            chosen.append(lesson)
            total += length
        if chosen:
            plans.append(SessionPlan(band, topic, tuple(chosen), total))
    return plans


def total_minutes(lessons: list[Lesson]) -> int:
    return OPENING_AND_WRAP_UP + sum(lesson_minutes(l) for l in lessons) if lessons else 0
