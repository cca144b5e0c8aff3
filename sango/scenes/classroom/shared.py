"""Shared devices: each child picks their player and plays the lessons the teacher handed out, at their own
pace. Every finished quiz is added to this device's anonymous tally (answers counted, nobody named), which
the teacher saves as a results file from the Class results screen."""
from __future__ import annotations

import pygame

from ...classroom.results import load_tally, save_tally
from ...content.model import Lesson
from ...engine import theme
from ...engine.painter import Painter
from ...engine.scene import Scene
from ...engine.widgets import Button
from ...i18n import _, tr
from .hosted import LessonHost


class SharedDeviceScene(Scene):
    name = "shared"

    def __init__(self, game, lessons: list[Lesson]) -> None:
        super().__init__(game)
        self.lessons = list(lessons)
        self.player = None  # a profile, or None to play as a guest (stars not kept)

    def layout(self) -> None:
        self.controls.add(Button(pygame.Rect(24, 20, 200, 60), _("Teacher"), self.back, name="teacher",
                                 icon="grown-up", style="quiet", text_size=24))
        self.add_corner_buttons(back=False, help=True)
        players = [None, *self.game.data.profiles[:7]]
        for i, profile in enumerate(players):
            rect = pygame.Rect(40 + i * 150, 160, 140, 120)
            label = profile.nickname if profile else _("Guest")
            self.controls.add(Button(rect, label, lambda pr=profile: self.pick(pr), name=f"player-{i}",
                                     style="secondary", selected=profile is self.player, text_size=20,
                                     label_bottom=True))
        for i, lesson in enumerate(self.lessons[:6]):
            rect = pygame.Rect(40 + (i % 2) * 610, 350 + (i // 2) * 100, 590, 86)
            self.controls.add(Button(rect, tr(lesson.title), lambda l=lesson: self.play(l), name=f"lesson-{lesson.id}",
                                     icon="play", style="primary", text_size=24))
        self.controls.focus = self.controls.find(f"lesson-{self.lessons[0].id}") if self.lessons else None

    def pick(self, profile) -> None:
        self.player = profile
        self.game.profile = profile
        self.game.apply_settings()
        self.relayout()

    def play(self, lesson: Lesson) -> None:
        self.game.sound.play("click")
        self.game.scenes.push(HostedPlayScene(self.game, lesson, self.player))

    def back(self) -> None:
        from .gate import through_gate

        def leave() -> None:
            self.game.profile = None
            self.game.apply_settings()
            self.game.scenes.pop()

        through_gate(self.game, leave)

    def resume(self) -> None:
        self.relayout()

    def draw(self, p: Painter) -> None:
        self.draw_background(p)
        p.text(_("Who is playing?"), (40, 100), 32, theme.INK, bold=True, width=800, fit_height=50)
        p.text(_("Your lessons"), (40, 296), 32, theme.INK, bold=True, width=800, fit_height=50)
        super().draw(p)
        for i, profile in enumerate([None, *self.game.data.profiles[:7]]):
            button = self.controls.find(f"player-{i}")
            if profile is not None:
                p.avatar(profile.avatar, (button.rect.centerx, button.rect.y + 46), 64)
            else:
                p.icon("question", (button.rect.centerx, button.rect.y + 46), 48, theme.INK)


class HostedPlayScene(Scene):
    """One child's play of a lesson, in the game's own scenes; the quiz answers go to the device's tally."""

    name = "shared-play"

    def __init__(self, game, lesson: Lesson, profile) -> None:
        super().__init__(game)
        self.host = LessonHost(game, lesson, profile)
        self.counted = False

    def relayout(self) -> None:
        self.host.stack.relayout()

    def handle(self, event) -> bool:
        if event.kind == "key" and event.action == "help":
            self.game.open_help()
            return True
        self.host.stack.handle(event)
        self._follow()
        return True

    def _follow(self) -> None:
        runner = self.host.runner
        if runner is not None and runner.finished and not self.counted:
            self.counted = True
            storage = self.game.store.storage
            tally = load_tally(storage)
            tally.add_all(runner.lesson.id, runner.quiz.answers if runner.quiz else [])
            save_tally(storage, tally)
        elif runner is not None and not runner.finished:
            self.counted = False  # "Play again" starts a new play
        if self.host.empty:
            self.game.scenes.pop()

    def update(self, dt: float) -> None:
        super().update(dt)
        self.host.stack.update(dt)

    def draw(self, p: Painter) -> None:
        if not self.host.empty:
            self.host.stack.draw(p)
