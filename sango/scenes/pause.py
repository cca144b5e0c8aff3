"""The pause menu inside a lesson: keep playing, start again, or go back to the lesson map."""
from __future__ import annotations

import pygame

from ..engine import theme
from ..engine.painter import Painter
from ..engine.scene import Overlay
from ..engine.widgets import Button
from ..i18n import _, tr
from .common import panel

BOX = pygame.Rect(390, 80, 500, 560)


class PauseScene(Overlay):
    name = "pause"

    def __init__(self, game, lesson) -> None:
        super().__init__(game)
        self.lesson = lesson

    def layout(self) -> None:
        rows = ((_("Keep playing"), self.back, "resume", "play"),
                (_("Start again"), self.restart, "restart", "back"),
                (_("Back to lessons"), self.leave, "leave", "home"),
                (_("Notes for grown-ups"), self.notes, "notes", "grown-up"))
        for i, (label, action, name, icon) in enumerate(rows):
            self.controls.add(Button(pygame.Rect(BOX.x + 50, BOX.y + 140 + i * 96, BOX.width - 100, 76), label,
                                     action, name=name, icon=icon, style="primary" if i == 0 else "secondary"))
        self.controls.focus = self.controls.find("resume")

    def restart(self) -> None:
        from .story import StoryScene

        self.game.scenes.pop()
        self.game.scenes.replace(StoryScene(self.game, self.lesson))

    def notes(self) -> None:
        from .notes import TeacherNotesScene

        self.game.scenes.push(TeacherNotesScene(self.game, self.lesson))

    def leave(self) -> None:
        self.game.scenes.pop()
        self.game.scenes.pop()

    def draw(self, p: Painter) -> None:
        panel(p, BOX)
        p.text(_("Paused"), (BOX.centerx, BOX.y + 36), 40, theme.INK, bold=True, anchor="midtop",
               width=BOX.width - 60, align="center", fit_height=56)
        p.text(tr(self.lesson.title), (BOX.centerx, BOX.y + 90), 22, theme.INK_SOFT, anchor="midtop",
               width=BOX.width - 60, align="center")
        super().draw(p)
