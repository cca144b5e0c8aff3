"""The first screen: Sango waves hello."""
from __future__ import annotations

import pygame

from ..engine import theme
from ..engine.painter import LOGICAL_H, LOGICAL_W, Painter
from ..engine.scene import Scene
from ..engine.widgets import Button
from ..i18n import _


class TitleScene(Scene):
    name = "title"

    def layout(self) -> None:
        self.add_corner_buttons(back=False, settings=True)
        self.controls.add(Button(pygame.Rect(640, 430, 420, 84), _("Play"), self.play, name="play",
                                 icon="play", text_size=36))
        self.controls.add(Button(pygame.Rect(24, 640, 250, 60), _("Classroom"), self.classroom, name="classroom",
                                 icon="grown-up", style="quiet", text_size=24))
        self.controls.focus = self.controls.find("play")

    def classroom(self) -> None:
        from .classroom.menu import open_classroom

        open_classroom(self.game)

    def play(self) -> None:
        from .profiles import ProfilesScene

        self.game.sound.play("click")
        self.game.scenes.push(ProfilesScene(self.game))

    def back(self) -> None:
        pass  # nothing beneath the title screen; closing the window quits

    def draw(self, p: Painter) -> None:
        self.draw_background(p)
        for i, (x, y, r) in enumerate(((120, 120, 60), (1160, 610, 90), (1010, 150, 40), (330, 640, 50))):
            p.circle((222, 236, 252) if i % 2 else (255, 244, 214), (x, y), r)
        p.sango((330, 400), 430, "waving")
        p.text("Sango", (850, 170), 110, theme.PRIMARY_DARK, bold=True, anchor="center", width=600, align="center",
               fit_height=150, script="latin")  # the name is written the same in every language
        y = p.text(_("Stay safe, and have fun online!"), (850, 240), 36, theme.INK, anchor="midtop",
                   width=600, align="center", fit_height=100).bottom
        p.text(_("A game about being safe and kind online, with Sango the ninja phone."),
               (850, y + 12), 24, theme.INK_SOFT, anchor="midtop", width=600, align="center",
               fit_height=410 - y)
        super().draw(p)
