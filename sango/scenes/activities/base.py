"""What every practice activity screen shares: the task on top, Sango's words at the bottom.

Layout (logical 1280x720): top bar, then the prompt (y 96-150), the activity itself in AREA, and at
the bottom Sango with a speech bubble saying what just happened, beside the Done / Next button.
"""
from __future__ import annotations

import pygame

from ...content.activities import Said
from ...engine import theme
from ...engine.painter import Painter
from ...engine.widgets import Button
from ...i18n import _, ngettext, tr
from ..common import bubble
from ..story import NEXT_RECT, LessonScene

AREA = pygame.Rect(40, 158, 1200, 438)
SAY_BOX = pygame.Rect(170, 612, 736, 100)
TOOL_NAMES = {  # the chat app's buttons: (label, icon)
    "screenshot": (lambda: _("Screenshot"), "save"),
    "block": (lambda: _("Block"), "block"),
    "report": (lambda: _("Report"), "report"),
    "leave": (lambda: _("Leave chat"), "door"),
    "tell": (lambda: _("Tell a grown-up"), "grown-up"),
    "reply": (lambda: _("Reply"), "chat"),
    "forward": (lambda: _("Forward"), "next"),
}


def tool_label(tool_id: str, band: str = "") -> str:
    if tool_id == "tell" and band == "13+":
        return _("Tell an adult you trust")  # teenagers read "grown-up" as childish
    return TOOL_NAMES[tool_id][0]()


class ActivityScene(LessonScene):
    """A practice step. Subclasses add their widgets in `build()` and draw in `draw_activity()`."""

    name = "activity"
    check_label = ""  # a Done button that checks the work (settings, password); "" for none

    @property
    def activity(self):
        return self.runner.activity

    @property
    def step(self):
        return self.runner.step

    def layout(self) -> None:
        self.add_top_bar()
        self.build()
        if self.activity.done:
            self.controls.add(Button(NEXT_RECT, _("Next"), self.advance, name="next", icon="next", text_size=28))
            self.controls.focus = self.controls.find("next")
        elif self.check_label:
            self.controls.add(Button(NEXT_RECT, self.check_label, self.check, name="done", icon="check",
                                     text_size=28))

    def build(self) -> None:
        raise NotImplementedError

    def check(self) -> None:
        good = self.activity.check()
        self.game.sound.play("good" if good else "think")
        self.relayout()

    def changed(self, good: bool | None = None) -> None:
        """After the child did something: a sound, and the Next button once the task is done."""
        if self.activity.done:
            self.game.sound.play("cheer")
        elif good is not None:
            self.game.sound.play("good" if good else "think")
        self.relayout()
        if self.activity.done:
            self.controls.focus = self.controls.find("next")

    def advance(self) -> None:
        self.runner.advance()
        self.game.sound.play("click")
        self.continue_lesson()

    # ---- what Sango says ----------------------------------------------------------------------
    def instructions(self) -> str:
        """What Sango says before the child has done anything."""
        return _("Let's practise!")

    def saying(self) -> tuple[str, bool]:
        said: Said | None = self.activity.said
        if said is None:
            return self.instructions(), True
        if said.text is not None:
            return tr(said.text), said.good
        return game_message(said, self.lesson.band), said.good

    # ---- drawing ------------------------------------------------------------------------------
    def draw(self, p: Painter) -> None:
        self.draw_background(p)
        self.draw_top_bar(p)
        p.text(tr(self.step.prompt), (640, 96), 28, theme.INK, bold=True, anchor="midtop", width=1180,
               align="center", fit_height=58)
        self.draw_activity(p)
        text, good = self.saying()
        mood = "cheering" if self.activity.done else ("happy" if good else "thinking")
        p.sango((86, 662), 118, mood, talking=self.t < 1.2)
        bubble(p, SAY_BOX, "", (150, 640), colour=theme.GOOD_BG if self.activity.done else theme.BUBBLE)
        size = p.fit(text, 24, SAY_BOX.width - 40, SAY_BOX.height - 20)
        p.text(text, (SAY_BOX.x + 20, SAY_BOX.centery), size, theme.INK, anchor="midleft",
               width=SAY_BOX.width - 40)
        super(LessonScene, self).draw(p)
        self.draw_over(p)

    def draw_activity(self, p: Painter) -> None:
        pass

    def draw_over(self, p: Painter) -> None:
        """Drawn above the buttons (a dragged card, marks on buttons)."""

    def relayout(self) -> None:
        super().relayout()
        self.t = 0.0  # Sango talks again after every change


def game_message(said: Said, band: str = "") -> str:
    """The game's own words for what happened in an activity."""
    if said.message == "not-quite":
        return _("Not quite. Try another group.")
    if said.message == "sorted":
        return _("Yes! That's the right group.")
    if said.message == "first":
        return _("Good idea, but do this first: {tool}.").format(tool=tool_label(str(said.value), band))
    if said.message == "seems-ok":
        return _("That one seems OK. Look for another.")
    if said.message == "safer":
        return _("Good, that's safer.")
    if said.message == "words-missing":
        n = int(said.value)
        return ngettext("Add {n} more word.", "Add {n} more words.", n).format(n=n)
    if said.message == "symbol-missing":
        return _("Now add a number or a symbol.")
    if said.message == "strong":
        return _("That's a strong password! Press Done.")
    return ""
