"""Playing one lesson: where the child is, what they chose, and how the quiz went. No pygame here."""
from __future__ import annotations

from dataclasses import dataclass, field

from .activities import start_activity
from .model import ActivityStep, ChatStep, ChoiceStep, DialogueStep, FeedStep, Lesson, Option, QuizStep, Step
from .quiz import QuizSession


@dataclass
class LessonRunner:
    """Walks a lesson step by step.

    Dialogue, chat and feed steps reveal their lines one at a time (`shown` counts them). A choice
    waits for `choose()`; its feedback stays up until `advance()` follows the option. A practice
    activity is played through `activity` and can be left once it is done. The quiz step is played
    through `quiz`. `finished` turns true after the last step.
    """

    lesson: Lesson
    seed: int | None = None
    step_id: str = ""
    shown: int = 1
    feedback: Option | None = None
    choices: list[tuple[str, str]] = field(default_factory=list)  # (step id, option id) in order
    quiz: QuizSession | None = None
    activity: object | None = None  # the state of the current practice activity (content/activities.py)
    finished: bool = False
    visited: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._enter(self.step_id or self.lesson.steps[0].id)

    @property
    def step(self) -> Step:
        return self.lesson.step(self.step_id)

    @property
    def step_number(self) -> int:
        """Position of the current step among the lesson's steps, from 1 (for a progress bar)."""
        return [s.id for s in self.lesson.steps].index(self.step_id) + 1

    def advance(self) -> None:
        """Go on: show the next line or message, or leave the step."""
        if self.finished:
            return
        step = self.step
        if isinstance(step, (DialogueStep, ChatStep, FeedStep)) and self.shown < self._length(step):
            self.shown += 1
        elif isinstance(step, ActivityStep):
            if self.activity is None or not self.activity.done:
                raise RuntimeError(f"step {step.id!r} waits for its activity to be done")
            self._leave(step)
        elif isinstance(step, ChoiceStep):
            if self.feedback is None:
                raise RuntimeError(f"step {step.id!r} waits for a choice")
            self._follow_option(step, self.feedback)
        elif isinstance(step, QuizStep):
            if self.quiz is None or not self.quiz.done:
                raise RuntimeError(f"step {step.id!r} waits for the quiz to be answered")
            self._leave(step)
        else:
            self._leave(step)

    def choose(self, option_id: str) -> Option:
        step = self.step
        if not isinstance(step, ChoiceStep):
            raise RuntimeError(f"step {step.id!r} is not a choice")
        option = next((o for o in step.options if o.id == option_id), None)
        if option is None:
            raise KeyError(f"choice {step.id!r} has no option {option_id!r}")
        self.feedback = option
        self.choices.append((step.id, option.id))
        return option

    def jump(self, step_id: str) -> None:
        """Start at any step (translators' preview, tests)."""
        self._enter(step_id)

    @property
    def first_try_safe(self) -> int:
        """How many choices were answered safely at the first attempt."""
        first: dict[str, str] = {}
        for step_id, option_id in self.choices:
            first.setdefault(step_id, option_id)
        return sum(1 for step_id, option_id in first.items() if self._option(step_id, option_id).safe)

    def _option(self, step_id: str, option_id: str) -> Option:
        step = self.lesson.step(step_id)
        assert isinstance(step, ChoiceStep)
        return next(o for o in step.options if o.id == option_id)

    @staticmethod
    def _length(step: Step) -> int:
        if isinstance(step, DialogueStep):
            return len(step.lines)
        if isinstance(step, ChatStep):
            return len(step.messages)
        if isinstance(step, FeedStep):
            return len(step.posts)
        return 1

    def _follow_option(self, step: ChoiceStep, option: Option) -> None:
        if option.next:
            self._enter(option.next)
        elif option.safe:
            self._leave(step)
        else:
            self._enter(step.id)  # try again

    def _leave(self, step: Step) -> None:
        target = step.next or self.lesson.following(step.id)
        if target is None:
            self.finished = True
            self.feedback = None
        else:
            self._enter(target)

    def _enter(self, step_id: str) -> None:
        step = self.lesson.step(step_id)
        self.step_id = step_id
        self.shown = 1
        self.feedback = None
        self.visited.append(step_id)
        self.activity = start_activity(step)
        if isinstance(step, QuizStep) and self.quiz is None:
            self.quiz = QuizSession(step, self.seed)
