"""A short message over the current screen, with one button to close it."""
from __future__ import annotations

import pygame

from ..engine import theme
from ..engine.painter import Painter
from ..engine.scene import Overlay
from ..engine.widgets import Button
from ..i18n import _
from .common import panel

BOX = pygame.Rect(240, 150, 800, 420)


class NoticeScene(Overlay):
    name = "notice"

    def __init__(self, game, message: str, title: str | None = None) -> None:
        super().__init__(game)
        self.message = message
        self.title = title

    def layout(self) -> None:
        self.controls.add(Button(pygame.Rect(BOX.centerx - 130, BOX.bottom - 96, 260, 68), _("OK"),
                                 self.back, name="ok"))
        self.controls.focus = self.controls.find("ok")

    def draw(self, p: Painter) -> None:
        panel(p, BOX)
        p.sango((BOX.x + 110, BOX.y + 200), 220, "concerned")
        title = self.title or _("Good to know")
        y = p.text(title, (BOX.x + 230, BOX.y + 36), 34, theme.INK, bold=True, width=BOX.width - 270,
                   fit_height=90).bottom
        p.text(self.message, (BOX.x + 230, y + 14), 26, theme.INK, width=BOX.width - 270,
               fit_height=BOX.bottom - 110 - y)
        super().draw(p)
