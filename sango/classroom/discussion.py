"""Discussion moments: when the presenter view stops the story for the class to talk.

The lesson's discussion questions (from its teacher notes) are spread, in order, over its key moments:
after each choice is left by a safe option, before the quiz, and at the end.
"""
from __future__ import annotations

from ..content.model import ChoiceStep, Lesson, QuizStep, Text

BEFORE_QUIZ = "before-quiz"
END = "end"


def moment_slots(lesson: Lesson) -> list[str]:
    """Where the class can stop to talk: "after:<choice id>" for each choice, then before the quiz, then the end."""
    slots = [f"after:{s.id}" for s in lesson.steps if isinstance(s, ChoiceStep)]
    if any(isinstance(s, QuizStep) for s in lesson.steps):
        slots.append(BEFORE_QUIZ)
    slots.append(END)
    return slots


def moments(lesson: Lesson) -> dict[str, tuple[Text, ...]]:
    """Slot -> the discussion questions asked there (slots with none are left out)."""
    questions = lesson.teacher_notes.discussion
    slots = moment_slots(lesson)
    plan: dict[str, list[Text]] = {}
    for i, question in enumerate(questions):
        slot = slots[i * len(slots) // len(questions)]
        plan.setdefault(slot, []).append(question)
    return {slot: tuple(plan[slot]) for slot in slots if slot in plan}


def talking_points(lesson: Lesson) -> tuple[Text, ...]:
    """What the teacher can bring out while the class talks: the lesson's objectives and key words."""
    notes = lesson.teacher_notes
    return tuple(notes.objectives) + tuple(notes.vocabulary)
