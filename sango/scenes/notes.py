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
        self.tab = "goals"

    def layout(self) -> None:
        tabs = (("goals", _("Goals")), ("words", _("Words to know")), ("talk", _("Talk about it")))
        for i, (key, label) in enumerate(tabs):
            self.controls.add(Button(pygame.Rect(BOX.x + 40 + i * 250, BOX.y + 116, 236, 56), label,
                                     lambda k=key: self.show(k), name=f"tab-{key}", style="secondary",
                                     selected=self.tab == key, text_size=22))
        self.controls.add(Button(pygame.Rect(BOX.right - 250, BOX.bottom - 84, 220, 64), _("Close"), self.back,
                                 name="close", icon="check"))
        if self.controls.focus is None:
            self.controls.focus = self.controls.find("close")

    def show(self, tab: str) -> None:
        self.tab = tab
        self.relayout()

    def items(self) -> list[str]:
        notes = self.lesson.teacher_notes
        chosen = {"goals": notes.objectives, "words": notes.vocabulary, "talk": notes.discussion}[self.tab]
        return [tr(item) for item in chosen]

    def draw(self, p: Painter) -> None:
        panel(p, BOX)
        notes = self.lesson.teacher_notes
        left, width = BOX.x + 40, BOX.width - 80
        p.text(_("Notes for grown-ups"), (left, BOX.y + 28), 34, theme.INK, bold=True, width=width, fit_height=48)
        minutes = ngettext("about {n} minute", "about {n} minutes", notes.duration_minutes).format(
            n=notes.duration_minutes)
        p.text(f"{tr(self.lesson.title)} · {minutes}", (left, BOX.y + 78), 22, theme.INK_SOFT, width=width,
               fit_height=32)
        items, top, bottom = self.items(), BOX.y + 190, BOX.bottom - 100
        size = 24
        while size > 15 and sum(p.measure(i, size, width=width - 30)[1] + 8 for i in items) > bottom - top:
            size -= 1
        y = top
        for item in items:
            p.circle(theme.PRIMARY, (left + 10, y + p.measure("Ag", size)[1] / 2), 5)
            y = p.text(item, (left + 30, y), size, theme.INK, width=width - 30).bottom + 8
        p.text(_("If a child tells you something worrying, listen calmly, thank them for telling you, and get help."),
               (left, BOX.bottom - 84), 20, theme.INK_SOFT, width=width - 260, fit_height=64)
        super().draw(p)
