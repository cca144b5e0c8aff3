"""The "Sango Safety Champion" certificate: earned by finishing every lesson of an age band.

It can be saved as a picture to print (on the desktop); in the browser it is shown only.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pygame

from ..badges import BandProgress
from ..engine import theme
from ..engine.painter import LOGICAL_H, LOGICAL_W, Painter
from ..engine.scene import Scene
from ..engine.widgets import Button
from ..i18n import _, ngettext
from .band import band_label
from .lesson_map import TOPIC_ICONS, topic_label

PAPER = pygame.Rect(150, 24, 980, 590)
GOLD = (196, 142, 24)
PRINT_SIZE = (1920, 1080)


def draw_badge(p: Painter, centre, size: float, earned: bool) -> None:
    """A round medal with Sango's star; grey and outlined while it is still to be earned."""
    x, y = centre
    ribbon = (204, 52, 64) if earned else theme.DISABLED
    p.polygon(ribbon, [(x - size * 0.35, y), (x - size * 0.05, y), (x - size * 0.2, y + size * 0.75),
                       (x - size * 0.42, y + size * 0.62)])
    p.polygon(ribbon, [(x + size * 0.05, y), (x + size * 0.35, y), (x + size * 0.42, y + size * 0.62),
                       (x + size * 0.2, y + size * 0.75)])
    p.circle(GOLD if earned else theme.DISABLED, centre, size * 0.42)
    p.circle((255, 222, 120) if earned else theme.BACKGROUND_DEEP, centre, size * 0.34)
    p.star(centre, size * 0.45, earned)


class CertificateScene(Scene):
    name = "certificate"

    def __init__(self, game, progress: BandProgress) -> None:
        super().__init__(game)
        self.progress = progress
        self.saved_to: Path | None = None

    def layout(self) -> None:
        self.controls.add(Button(pygame.Rect(24, 634, 300, 70), _("Back"), self.back, name="back", icon="back",
                                 style="secondary"))
        if sys.platform != "emscripten":
            self.controls.add(Button(pygame.Rect(856, 634, 400, 70), _("Save to print"), self.save, name="save",
                                     icon="save"))
        self.controls.focus = self.controls.find("back")

    def save(self) -> None:
        from ..save.storage import pictures_folder

        folder = pictures_folder()
        path = folder / f"sango-certificate-{self.progress.band.replace('+', 'plus')}.png"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            surface = pygame.Surface(PRINT_SIZE)
            painter = Painter(surface, 1.0)
            painter.script, painter.mirrored = self.game.painter.script, self.game.painter.mirrored
            self.draw_certificate(painter)
            pygame.image.save(surface, str(path))
        except (OSError, pygame.error) as error:
            from .notice import NoticeScene

            self.game.scenes.push(NoticeScene(self.game, _("Ask a grown-up to check there is space on this "
                                                          "computer, then try again."),
                                              _("The picture could not be saved.")))
            return
        self.saved_to = path
        self.game.sound.play("good")

    def draw(self, p: Painter) -> None:
        self.draw_background(p)
        self.draw_certificate(p)
        if self.saved_to is not None:
            p.text(_("Saved: {path}").format(path=self.saved_to), (340, 669), 20, theme.INK_SOFT, anchor="midleft",
                   width=500, fit_height=64, script="latin")
        super().draw(p)

    def draw_certificate(self, p: Painter) -> None:
        profile = self.game.profile
        p.shadow(PAPER, 18, offset=8)
        p.fill((255, 253, 244), PAPER, 18)
        p.outline(GOLD, PAPER.inflate(-20, -20), 5, 12)
        p.outline(GOLD, PAPER.inflate(-34, -34), 2, 8)
        cx = PAPER.centerx
        p.text(_("Sango Safety Champion"), (cx, PAPER.y + 48), 52, theme.INK, bold=True, anchor="midtop",
               width=PAPER.width - 300, align="center", fit_height=72)
        p.text(_("This certificate is proudly given to"), (cx, PAPER.y + 130), 26, theme.INK_SOFT, anchor="midtop",
               width=PAPER.width - 300, align="center", fit_height=40)
        p.text(profile.nickname if profile else "", (cx, PAPER.y + 176), 56, theme.PRIMARY_DARK, bold=True,
               anchor="midtop", width=PAPER.width - 320, align="center", fit_height=76)
        p.line(GOLD, (cx - 260, PAPER.y + 258), (cx + 260, PAPER.y + 258), 3)
        p.text(_("for finishing every lesson for {band} and learning to stay safe online.").format(
            band=band_label(self.progress.band)), (cx, PAPER.y + 276), 26, theme.INK, anchor="midtop",
            width=PAPER.width - 320, align="center", fit_height=76)
        topics = ("bullying", "grooming", "personal-data", "netiquette")
        size = min(p.fit(topic_label(t), 20, 136, 52, bold=True) for t in topics)  # one size for all four
        for i, topic in enumerate(topics):
            x = PAPER.x + 60 + i * 185
            p.icon(TOPIC_ICONS[topic], (x + 20, PAPER.y + 396), 34, theme.TOPIC_COLOURS[topic])
            p.text(topic_label(topic), (x + 44, PAPER.y + 396), size, theme.INK, bold=True, anchor="midleft",
                   width=136)
        p.text(ngettext("{stars} star of {total}", "{stars} stars of {total}", self.progress.stars).format(
            stars=self.progress.stars, total=self.progress.max_stars), (cx, PAPER.y + 448), 24, theme.INK_SOFT,
            bold=True, anchor="midtop", width=500, align="center", fit_height=36)
        p.text(date.today().isoformat(), (cx, PAPER.bottom - 60), 24, theme.INK_SOFT, anchor="midbottom",
               width=300, align="center", script="latin")
        draw_badge(p, (PAPER.x + 120, PAPER.y + 110), 150, True)
        p.sango((PAPER.right - 110, PAPER.bottom - 120), 180, "cheering")
