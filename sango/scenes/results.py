"""The end of a lesson: stars, how the quiz went, and the progress saved."""
from __future__ import annotations

import pygame

from ..engine import theme
from ..engine.painter import Painter
from ..engine.widgets import Button
from ..i18n import _, ngettext, tr
from ..save.progress import record_result
from .common import panel
from .story import LessonScene

BOX = pygame.Rect(420, 110, 800, 470)


def praise(stars: int) -> str:
    return (_("Good try! Play again to collect more stars."),
            _("Nice work! You're learning to stay safe."),
            _("Great job! You really know your stuff."),
            _("Amazing! You're a Sango Safety Star!"))[stars]


class ResultsScene(LessonScene):
    name = "results"

    def __init__(self, game, runner) -> None:
        super().__init__(game, runner)
        quiz = runner.quiz
        self.stars = quiz.stars if quiz else 3
        self.right = sum(1 for a in quiz.answers if a.correct) if quiz else 0
        self.total = len(quiz.questions) if quiz else 0
        if game.profile is not None:
            self.best = record_result(game.data, game.profile.id, runner.lesson.id, self.stars,
                                      quiz.score if quiz else 1.0)
            game.persist()
        game.sound.play("cheer")
        self.chimed = 0
        self.champion = None  # the band's progress, when this lesson made the child a champion
        if game.profile is not None:
            from ..badges import band_progress

            progress = band_progress(game.data, game.profile.id, game.library, runner.lesson.band)
            self.champion = progress if progress.champion and self.best.times_played == 1 else None

    def layout(self) -> None:
        self.controls.add(Button(pygame.Rect(BOX.x + 40, BOX.bottom + 30, 350, 76), _("Play again"), self.again,
                                 name="again", icon="back", style="secondary"))
        self.controls.add(Button(pygame.Rect(BOX.right - 390, BOX.bottom + 30, 390, 76), _("Back to lessons"),
                                 self.back, name="map", icon="home"))
        self.controls.add(Button(pygame.Rect(1086, 20, 170, 60), _("Help"), self.game.open_help, name="help",
                                 icon="help", style="quiet", text_size=24))
        self.controls.focus = self.controls.find("map")
        if self.champion is not None:
            self.controls.add(Button(pygame.Rect(BOX.x + 170, BOX.y + 404, 460, 58), _("See my certificate"),
                                     self.certificate, name="certificate", icon="star", text_size=24))
            self.controls.focus = self.controls.find("certificate")

    def certificate(self) -> None:
        from .certificate import CertificateScene

        self.game.scenes.push(CertificateScene(self.game, self.champion))

    def again(self) -> None:
        from .story import StoryScene

        self.game.scenes.replace(StoryScene(self.game, self.lesson))

    def back(self) -> None:
        self.game.scenes.pop()

    def _draw_stars(self, p: Painter, centre) -> None:
        """The stars pop in one after another, each with a chime."""
        size, gap = 84, 84 * 1.15
        for i in range(3):
            appears = 0.5 + i * 0.4
            earned = i < self.stars and self.t >= appears
            if earned and i >= self.chimed:
                self.chimed = i + 1
                self.game.sound.play("good")
            since = self.t - appears
            grow = 1 + 0.35 * max(0.0, 1 - since / 0.25) if earned and since < 0.25 else 1
            p.star((centre[0] + (i - 1) * gap, centre[1]), size * grow, earned)

    def draw(self, p: Painter) -> None:
        self.draw_background(p)
        p.sango((220, 450), 400, "cheering")
        panel(p, BOX)
        name = self.game.profile.nickname if self.game.profile else ""
        p.text(_("Well done, {name}!").format(name=name), (BOX.centerx, BOX.y + 30), 42, theme.INK, bold=True,
               anchor="midtop", width=BOX.width - 60, align="center", fit_height=62)
        p.text(_("You finished \"{title}\"").format(title=tr(self.lesson.title)), (BOX.centerx, BOX.y + 98), 26,
               theme.INK_SOFT, anchor="midtop", width=BOX.width - 60, align="center", fit_height=66)
        self._draw_stars(p, (BOX.centerx, BOX.y + 214))
        p.text(ngettext("{stars} star", "{stars} stars", self.stars).format(stars=self.stars),
               (BOX.centerx, BOX.y + 276), 26, theme.INK, bold=True, anchor="midtop", width=400, align="center",
               fit_height=40)
        if self.total:
            p.text(ngettext("You got {right} of {total} question right.", "You got {right} of {total} questions right.",
                            self.total).format(right=self.right, total=self.total),
                   (BOX.centerx, BOX.y + 320), 28, theme.INK, anchor="midtop", width=BOX.width - 60, align="center",
                   fit_height=44)
        if self.champion is not None:
            from .certificate import draw_badge

            draw_badge(p, (BOX.x + 90, BOX.y + 420), 110, True)
            p.text(_("You finished every lesson: you are a Sango Safety Champion!"), (BOX.centerx, BOX.y + 362), 24,
                   theme.GOOD, bold=True, anchor="midtop", width=BOX.width - 60, align="center", fit_height=40)
        else:
            p.text(praise(self.stars), (BOX.centerx, BOX.y + 370), 28, theme.GOOD, bold=True, anchor="midtop",
                   width=BOX.width - 60, align="center", fit_height=84)
        super().draw(p)
