"""A yes/no question over the current screen."""
from __future__ import annotations

from typing import Callable

import pygame

from ..engine import theme
from ..engine.painter import Painter
from ..engine.scene import Overlay
from ..engine.widgets import Button
from ..i18n import _
from .common import panel

BOX = pygame.Rect(290, 200, 700, 320)


class ConfirmScene(Overlay):
    name = "confirm"

    def __init__(self, game, question: str, on_yes: Callable[[], None]) -> None:
        super().__init__(game)
        self.question = question
        self.on_yes = on_yes

    def layout(self) -> None:
        self.controls.add(Button(pygame.Rect(BOX.x + 40, BOX.bottom - 100, 290, 68), _("No, keep it"), self.back,
                                 name="no", style="secondary"))
        self.controls.add(Button(pygame.Rect(BOX.right - 330, BOX.bottom - 100, 290, 68), _("Yes, remove"),
                                 self.yes, name="yes", icon="trash"))
        self.controls.focus = self.controls.find("no")

    def yes(self) -> None:
        self.game.scenes.pop()
        self.on_yes()

    def draw(self, p: Painter) -> None:
        panel(p, BOX)
        p.text(self.question, (BOX.x + 40, BOX.y + 36), 30, theme.INK, bold=True, width=BOX.width - 80,
               fit_height=170)
        super().draw(p)
