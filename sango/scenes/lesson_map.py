"""The lesson map: the player's age band, one column per topic, stars earned on each lesson."""
from __future__ import annotations

from pathlib import PurePosixPath

import pygame

from ..content.model import TOPICS
from ..engine import theme
from ..engine.painter import Painter
from ..engine.scene import Scene
from ..engine.widgets import Button
from ..i18n import _, ngettext, tr
from .band import band_label
from .common import star_row

TOPIC_ICONS = {"bullying": "heart", "grooming": "eye", "personal-data": "lock", "netiquette": "chat"}
COLUMN_W, CARD_H, ROW_GAP = 290, 118, 12
BADGE = pygame.Rect(30, 622, 330, 84)


def topic_label(topic: str) -> str:
    return {"bullying": _("Bullying"), "grooming": _("Tricky strangers"), "personal-data": _("Private info"),
            "netiquette": _("Being kind online")}[topic]


class LessonMapScene(Scene):
    name = "map"

    def __init__(self, game) -> None:
        super().__init__(game)
        self.pointed: str | None = None  # the lesson card under the mouse

    def layout(self) -> None:
        self.add_corner_buttons(settings=True)
        self.controls.add(Button(pygame.Rect(960, 96, 296, 52), _("Change age"), self.change_band,
                                 name="band", style="quiet", text_size=22))
        lessons = self.game.library.for_band(self.game.profile.band)
        for column, topic in enumerate(TOPICS):
            in_topic = [l for l in lessons if l.topic == topic]
            for row, lesson in enumerate(in_topic[:3]):
                rect = pygame.Rect(*self._cell(column, row))
                self.controls.add(Button(rect, tr(lesson.title), lambda l=lesson: self.play(l),
                                         name=f"lesson-{lesson.id}", style="secondary", text_size=24, max_lines=2,
                                         reserve_bottom=34))
        progress = self.band_progress()
        label = _("My certificate") if progress.champion else ngettext(
            "{done} of {total} lesson done", "{done} of {total} lessons done", progress.total).format(
            done=progress.finished, total=progress.total)
        self.controls.add(Button(BADGE, label, self.open_badge, name="badge", style="secondary", text_size=22,
                                 icon="star"))
        first = next((b for b in self.controls.buttons if b.name.startswith("lesson-")), None)
        self.controls.focus = first

    def band_progress(self):
        from ..badges import band_progress

        return band_progress(self.game.data, self.game.profile.id, self.game.library, self.game.profile.band)

    def open_badge(self) -> None:
        progress = self.band_progress()
        if progress.champion:
            from .certificate import CertificateScene

            self.game.scenes.push(CertificateScene(self.game, progress))
            return
        from .notice import NoticeScene

        left = progress.total - progress.finished
        self.game.scenes.push(NoticeScene(self.game, ngettext(
            "Finish {n} more lesson to become a Sango Safety Champion and get your certificate.",
            "Finish {n} more lessons to become a Sango Safety Champion and get your certificate.", left).format(n=left),
            _("Your badge")))

    @staticmethod
    def _cell(column: int, row: int) -> tuple[int, int, int, int]:
        return 30 + column * (COLUMN_W + 20), 232 + row * (CARD_H + ROW_GAP), COLUMN_W, CARD_H

    def handle(self, event) -> bool:
        if event.kind == "move":
            under = self.controls.at(event.pos)
            self.pointed = under.name if under is not None and under.name.startswith("lesson-") else None
        return super().handle(event)

    def shown_lesson(self):
        """The lesson whose summary is shown: the one pointed at, or the one with the focus ring."""
        focus = self.controls.focus if self.controls.show_focus else None
        name = self.pointed or (focus.name if focus is not None else "")
        return self.game.library.by_id(name[len("lesson-"):]) if name.startswith("lesson-") else None

    def play(self, lesson) -> None:
        from .story import StoryScene

        self.game.sound.play("click")
        self.game.scenes.push(StoryScene(self.game, lesson))

    def change_band(self) -> None:
        from .band import BandScene

        self.game.scenes.push(BandScene(self.game))

    def resume(self) -> None:
        self.relayout()

    def broken_here(self) -> list[str]:
        band = self.game.profile.band
        return [f for f in self.game.library.broken if PurePosixPath(f).parent.name == band]

    def draw(self, p: Painter) -> None:
        self.draw_background(p)
        profile = self.game.profile
        p.avatar(profile.avatar, (240, 118), 64)
        p.text(_("Hi, {name}!").format(name=profile.nickname), (284, 118), 36, theme.INK, bold=True, width=420,
               anchor="midleft", fit_height=52)
        p.text(band_label(profile.band), (940, 118), 24, theme.INK_SOFT, anchor="midright", width=220,
               align="right", fit_height=44)
        progress = self.game.data.progress.get(profile.id, {})
        for column, topic in enumerate(TOPICS):
            x = 30 + column * (COLUMN_W + 20)
            header = pygame.Rect(x, 164, COLUMN_W, 56)
            p.fill(theme.TOPIC_COLOURS[topic], header, 14)
            p.icon(TOPIC_ICONS[topic], (x + 32, header.centery), 32, theme.ON_PRIMARY)
            p.text(topic_label(topic), (x + 58, header.centery), 24, theme.ON_PRIMARY, bold=True,
                   anchor="midleft", width=COLUMN_W - 66, fit_height=50)
        lessons = self.game.library.for_band(profile.band)
        for column, topic in enumerate(TOPICS):
            if not any(l.topic == topic for l in lessons):
                cell = pygame.Rect(*self._cell(column, 0))
                p.outline(theme.DISABLED, cell, 2, theme.RADIUS)
                p.text(_("More lessons coming soon"), cell.center, 22, theme.INK_SOFT, anchor="center",
                       width=cell.width - 40, align="center", fit_height=cell.height - 20)
        super().draw(p)
        for button in self.controls.buttons:
            if button.name.startswith("lesson-"):
                lesson_id = button.name[len("lesson-"):]
                entry = progress.get(lesson_id)
                star_row(p, (button.rect.right - 56, button.rect.bottom - 22), entry.stars if entry else 0, 24)
                if entry and entry.completed:
                    p.icon("check", (button.rect.x + 22, button.rect.bottom - 22), 24, theme.GOOD)

        shown = self.shown_lesson()
        if shown is not None:
            p.text(tr(shown.summary), (820, 664), 24, theme.INK, anchor="center", width=860, align="center",
                   fit_height=80)
        broken = self.broken_here()
        if broken:
            note = ngettext("{n} lesson could not be opened and is unavailable for now. A grown-up can run \"sango check\" to see why.",
                            "{n} lessons could not be opened and are unavailable for now. A grown-up can run \"sango check\" to see why.",
                            len(broken)).format(n=len(broken))
            p.text(note, (820, 712), 20, theme.TRY_AGAIN, anchor="midbottom", width=860, align="center")
