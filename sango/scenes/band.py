"""How old are you? The answer picks the lessons written for that age."""
from __future__ import annotations

import pygame

from ..engine import theme
from ..engine.painter import Painter
from ..engine.scene import Scene
from ..engine.widgets import Button
from ..i18n import _
from .common import heading

BANDS = (("5-7", "kiko"), ("8-12", "yoko"), ("13+", "kim"))


def band_label(band: str) -> str:
    return {"5-7": _("5 to 7 years"), "8-12": _("8 to 12 years"), "13+": _("13 and older")}[band]


class BandScene(Scene):
    name = "band"

    def layout(self) -> None:
        self.add_corner_buttons()
        current = self.game.profile.band if self.game.profile else None
        for i, (band, _avatar) in enumerate(BANDS):
            rect = pygame.Rect(110 + i * 370, 180, 320, 380)
            self.controls.add(Button(rect, band_label(band), lambda b=band: self.pick(b), name=f"band-{band}",
                                     style="secondary", selected=band == current, text_size=30, label_bottom=True))
        self.controls.focus = self.controls.find(f"band-{current or '5-7'}")

    def pick(self, band: str) -> None:
        from .lesson_map import LessonMapScene

        self.game.profile.band = band
        self.game.persist()
        self.game.sound.play("click")
        self.game.scenes.replace(LessonMapScene(self.game))

    def draw(self, p: Painter) -> None:
        self.draw_background(p)
        heading(p, _("How old are you?"), 40)
        p.text(_("Sango picks the right lessons for you. You can change this later."), (640, 106), 26,
               theme.INK_SOFT, anchor="midtop", width=900, align="center")
        super().draw(p)
        for band, avatar in BANDS:
            button = self.controls.find(f"band-{band}")
            p.avatar(avatar, (button.rect.centerx, button.rect.y + 150), 200)
