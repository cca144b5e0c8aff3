"""Quiz logic: grading answers, shuffling options with a seed, and turning a score into stars."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Union

from .model import Question, QuizOption, QuizStep, SortItem

# single and true_false: an option id; multiple: a set of option ids; sort: item id -> group id
Response = Union[str, frozenset[str], set[str], dict[str, str]]


@dataclass(frozen=True)
class Answer:
    question: Question
    response: Response
    score: float  # 0..1

    @property
    def correct(self) -> bool:
        return self.score >= 1.0


def grade(question: Question, response: Response) -> float:
    """How right a response is, from 0 to 1. Sort questions earn credit per card placed right."""
    if question.type in ("single", "true_false"):
        if not isinstance(response, str):
            raise TypeError(f"question {question.id!r} takes one option id")
        return 1.0 if response in question.correct_ids else 0.0
    if question.type == "multiple":
        chosen = frozenset(response)
        return 1.0 if chosen == question.correct_ids else 0.0
    if question.type == "sort":
        if not isinstance(response, dict):
            raise TypeError(f"question {question.id!r} takes a mapping of card to group")
        right = sum(1 for item in question.items if response.get(item.id) == item.group)
        return right / len(question.items)
    raise ValueError(f"unknown question type {question.type!r}")


def stars_for(score: float) -> int:
    """0-3 stars for a quiz score between 0 and 1."""
    if score >= 0.999:
        return 3
    if score >= 0.6:
        return 2
    if score > 0.2:
        return 1
    return 0


@dataclass
class QuizSession:
    """One play of a quiz: questions in order, each answered once, options shuffled by seed."""

    step: QuizStep
    seed: int | None = None
    answers: list[Answer] = field(default_factory=list)

    def __post_init__(self) -> None:
        rng = random.Random(self.seed)
        self._options: dict[str, list[QuizOption]] = {}
        self._items: dict[str, list[SortItem]] = {}
        for q in self.step.questions:
            options = list(q.options)
            items = list(q.items)
            if self.seed is not None and q.type != "true_false":
                rng.shuffle(options)
                rng.shuffle(items)
            self._options[q.id] = options
            self._items[q.id] = items

    @property
    def questions(self) -> tuple[Question, ...]:
        return self.step.questions

    @property
    def index(self) -> int:
        return len(self.answers)

    @property
    def done(self) -> bool:
        return self.index >= len(self.questions)

    @property
    def current(self) -> Question:
        return self.questions[self.index]

    def options(self, question: Question) -> list[QuizOption]:
        return self._options[question.id]

    def items(self, question: Question) -> list[SortItem]:
        return self._items[question.id]

    def answer(self, response: Response) -> Answer:
        if self.done:
            raise RuntimeError("the quiz is already finished")
        result = Answer(self.current, response, grade(self.current, response))
        self.answers.append(result)
        return result

    @property
    def score(self) -> float:
        if not self.questions:
            return 1.0
        return sum(a.score for a in self.answers) / len(self.questions)

    @property
    def stars(self) -> int:
        return stars_for(self.score)
