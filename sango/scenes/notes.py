"""Notes for grown-ups: a lesson's objectives, words to know, discussion prompts and duration."""
from __future__ import annotations

import pygame

from ..engine import theme
from ..engine.painter import Painter
from ..engine.scene import Overlay
from ..engine.widgets import Button
from ..i18n import _, ngettext, tr
from .common import panel

BOX = pygame.Rect(140, 40, 1000, 640)


class TeacherNotesScene(Overlay):
    name = "notes"

    def __init__(self, game, lesson) -> None:
        super().__init__(game)
        self.lesson = lesson

    def layout(self) -> None:
        self.controls.add(Button(pygame.Rect(BOX.right - 250, BOX.bottom - 84, 220, 64), _("Close"), self.back,
                                 name="close", icon="check"))
        self.controls.focus = self.controls.find("close")

    def draw(self, p: Painter) -> None:
        panel(p, BOX)
        notes = self.lesson.teacher_notes
        left, width = BOX.x + 40, BOX.width - 80
        y = p.text(_("Notes for grown-ups"), (left, BOX.y + 28), 34, theme.INK, bold=True, width=width).bottom
        minutes = ngettext("about {n} minute", "about {n} minutes", notes.duration_minutes).format(
            n=notes.duration_minutes)
        y = p.text(f"{tr(self.lesson.title)} · {minutes}", (left, y + 4), 22, theme.INK_SOFT, width=width).bottom + 10
        sections = ((_("Children will learn"), notes.objectives), (_("Words to know"), notes.vocabulary),
                    (_("Talk about it"), notes.discussion))
        for title, items in sections:
            if not items:
                continue
            y = p.text(title, (left, y + 8), 24, theme.PRIMARY_DARK, bold=True, width=width).bottom
            if items is notes.vocabulary:
                y = p.text(", ".join(tr(i) for i in items), (left + 20, y + 2), 22, theme.INK, width=width - 20).bottom
                continue
            for item in items:
                p.circle(theme.INK, (left + 10, y + 16), 4)
                y = p.text(tr(item), (left + 24, y + 2), 22, theme.INK, width=width - 24).bottom
        p.text(_("If a child tells you something worrying, listen calmly, thank them for telling you, and get help."),
               (left, BOX.bottom - 76), 20, theme.INK_SOFT, width=width - 260)
        super().draw(p)
