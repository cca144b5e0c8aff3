"""Running the game's own lesson scenes inside another scene.

Classroom screens do not redraw lessons: they host the real story and quiz scenes (and whatever step kinds
those learn to play) on a scene stack of their own. The hosted scenes see the game through `LessonGame`,
which is the real game except for its scene stack and its player, so when a lesson scene moves on
(`continue_lesson` replacing itself with the quiz, the results...) it does so inside the host.
"""
from __future__ import annotations

import copy
from contextlib import contextmanager

from ...content.model import Lesson
from ...content.runner import LessonRunner
from ...engine import theme
from ...engine.scene import Scene, SceneStack


class LessonGame:
    """The game as hosted lesson scenes see it: its own scene stack and player; everything else is shared."""

    def __init__(self, game, scenes: SceneStack, profile=None) -> None:
        self._game = game
        self.scenes = scenes
        self.profile = profile

    def __getattr__(self, name):
        return getattr(self._game, name)


class LessonHost:
    """A scene stack playing one lesson with the game's own scenes."""

    def __init__(self, game, lesson: Lesson, profile=None, runner: LessonRunner | None = None) -> None:
        from ..story import StoryScene

        self.stack = SceneStack()
        self.game = LessonGame(game, self.stack, profile)
        scene = self.stack.push(StoryScene(self.game, lesson, runner or LessonRunner(lesson, seed=game.quiz_seed())))
        if scene is self.stack.top and hasattr(scene, "continue_lesson"):
            scene.continue_lesson()  # the right scene for the step the runner is at (quiz, activity...)

    @property
    def empty(self) -> bool:
        return not self.stack.stack

    @property
    def scene(self) -> Scene | None:
        """The lesson scene under any overlay (pause menu, notes)."""
        return next((s for s in reversed(self.stack.stack) if hasattr(s, "runner")), None)

    @property
    def runner(self) -> LessonRunner | None:
        scene = self.scene
        return scene.runner if scene is not None else None

    @property
    def top(self) -> Scene | None:
        return self.stack.top if self.stack.stack else None


def snapshot(runner: LessonRunner) -> LessonRunner:
    """A copy of a runner to go back to later; the lesson itself is shared, not copied."""
    memo = {id(runner.lesson): runner.lesson}
    for step in runner.lesson.steps:
        memo[id(step)] = step
    return copy.deepcopy(runner, memo)


# A projector washes colours out: the presenter view draws every screen with black ink on white and deeper
# colours. Scenes read these theme values when they draw, so they are swapped only while hosted scenes draw.
HIGH_CONTRAST = {
    "BACKGROUND": (255, 255, 255), "BACKGROUND_DEEP": (226, 232, 242), "PANEL": (255, 255, 255),
    "INK": (0, 0, 0), "INK_SOFT": (40, 44, 60), "PRIMARY": (16, 52, 160), "PRIMARY_DARK": (8, 34, 120),
    "GOOD": (0, 96, 46), "GOOD_BG": (226, 248, 234), "TRY_AGAIN": (140, 60, 0), "TRY_AGAIN_BG": (255, 242, 224),
    "CHAT_BG": (226, 232, 242), "APP_BAR": (16, 28, 70), "SECONDARY": (255, 255, 255),
}


@contextmanager
def high_contrast(on: bool = True):
    if not on:
        yield
        return
    saved = {name: getattr(theme, name) for name in HIGH_CONTRAST}
    for name, value in HIGH_CONTRAST.items():
        setattr(theme, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(theme, name, value)
