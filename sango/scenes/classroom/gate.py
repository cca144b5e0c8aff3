"""The grown-ups' gate in front of classroom mode: hold a button for three seconds, then answer a
multiplication. Works with a mouse, a finger or the keyboard (hold Space or Enter, type the answer)."""
from __future__ import annotations

from typing import Callable

import pygame

from ...classroom.gate import HOLD_SECONDS, MAX_DIGITS, Hold, new_question
from ...engine import theme
from ...engine.painter import Painter
from ...engine.scene import Overlay
from ...engine.widgets import Button
from ...i18n import _
from ..common import panel

BOX = pygame.Rect(190, 40, 900, 640)
HOLD_RECT = pygame.Rect(BOX.x + 250, BOX.y + 250, 400, 110)


class GateScene(Overlay):
    name = "gate"

    def __init__(self, game, on_open: Callable[[], None]) -> None:
        super().__init__(game)
        self.on_open = on_open
        self.hold = Hold()
        self.key_hold = False  # held with Space or Enter
        self.question = new_question()
        self.typed = ""
        self.problem = ""

    @property
    def asking(self) -> bool:
        return self.hold.done

    def layout(self) -> None:
        self.controls.add(Button(pygame.Rect(BOX.x + 30, BOX.bottom - 90, 220, 64), _("Cancel"), self.back,
                                 name="cancel", icon="back", style="secondary"))
        if not self.asking:
            self.controls.add(Button(HOLD_RECT, _("Hold here"), self.start_key_hold, name="hold", icon="grown-up"))
            self.controls.focus = self.controls.find("hold")
            return
        pad = pygame.Rect(BOX.x + 470, BOX.y + 190, 390, 340)
        keys = ["7", "8", "9", "4", "5", "6", "1", "2", "3", "erase", "0", "ok"]
        for i, key in enumerate(keys):
            rect = pygame.Rect(pad.x + (i % 3) * 132, pad.y + (i // 3) * 86, 122, 76)
            if key == "erase":
                button = Button(rect, "", self.erase, name="key-erase", icon="back", style="secondary")
            elif key == "ok":
                button = Button(rect, _("OK"), self.submit, name="key-ok", enabled=bool(self.typed))
            else:
                button = Button(rect, key, lambda k=key: self.type(k), name=f"key-{key}", style="secondary",
                                text_size=34, script="latin")
            self.controls.add(button)
        self.controls.focus = self.controls.find("key-ok") if self.typed else self.controls.find("key-7")

    def enter(self) -> None:
        super().enter()
        pygame.key.start_text_input()

    def start_key_hold(self) -> None:
        """Enter or Space on the hold button: it opens if the key stays down for three seconds."""
        if not self.hold.holding:
            self.key_hold = True
            self.hold.press()

    def type(self, digit: str) -> None:
        if len(self.typed) < MAX_DIGITS:
            self.typed += digit
            self.problem = ""
            self.relayout()

    def erase(self) -> None:
        self.typed = self.typed[:-1]
        self.relayout()

    def submit(self) -> None:
        if self.question.check(self.typed):
            pygame.key.stop_text_input()
            self.game.scenes.pop()
            self.on_open()
            return
        self.problem = _("That's not it. Here is another one.")
        self.question, self.typed = new_question(), ""
        self.relayout()

    def handle(self, event) -> bool:
        if not self.asking:
            button = self.controls.find("hold")
            if event.kind == "press" and button.rect.collidepoint(event.pos):
                self.hold.press()
                return True
            if event.kind == "release" and self.hold.holding and not self.key_hold:
                self.hold.release()
                return True
        elif event.kind == "text":
            for ch in event.text:
                if ch.isdecimal():
                    self.type(str(int(ch)))
            return True
        elif event.kind == "key" and event.action == "erase":
            self.erase()
            return True
        return super().handle(event)

    def update(self, dt: float) -> None:
        super().update(dt)
        if self.key_hold:
            keys = pygame.key.get_pressed()
            if not (keys[pygame.K_SPACE] or keys[pygame.K_RETURN] or keys[pygame.K_KP_ENTER]):
                self.key_hold = False
                self.hold.release()
        was = self.hold.done
        self.hold.update(dt)
        if self.hold.done and not was:
            self.hold.holding = self.key_hold = False
            self.game.sound.play("click")
            self.relayout()

    def back(self) -> None:
        pygame.key.stop_text_input()
        super().back()

    def draw(self, p: Painter) -> None:
        panel(p, BOX)
        left, width = BOX.x + 40, BOX.width - 80
        p.text(_("For grown-ups"), (left, BOX.y + 30), 40, theme.INK, bold=True, width=width, fit_height=56)
        if not self.asking:
            p.text(_("Classroom mode is for teachers. Press and hold the button for {n} seconds.").format(
                n=round(HOLD_SECONDS)), (left, BOX.y + 110), 28, theme.INK, width=width, fit_height=120)
            super().draw(p)
            bar = pygame.Rect(HOLD_RECT.x, HOLD_RECT.bottom + 24, HOLD_RECT.width, 22)
            p.fill(theme.BACKGROUND_DEEP, bar, 11)
            if self.hold.progress > 0:
                p.fill(theme.PRIMARY, (bar.x, bar.y, max(22, bar.width * self.hold.progress), bar.height), 11)
            return
        q = self.question
        p.text(_("Please answer:"), (left, BOX.y + 110), 28, theme.INK, width=400, fit_height=50)
        p.text(f"{q.a} × {q.b} =", (left, BOX.y + 200), 64, theme.INK, bold=True, script="latin")
        field = pygame.Rect(left, BOX.y + 300, 300, 90)
        p.fill(theme.PANEL, field, 14)
        p.outline(theme.PRIMARY, field, 3, 14)
        p.text(self.typed or " ", field.center, 56, theme.INK, bold=True, anchor="center", script="latin")
        if self.problem:
            p.text(self.problem, (left, BOX.y + 410), 24, theme.TRY_AGAIN, bold=True, width=400, fit_height=100)
        super().draw(p)


def through_gate(game, on_open: Callable[[], None]) -> None:
    """Show the gate; `on_open` runs once a grown-up has passed it."""
    game.scenes.push(GateScene(game, on_open))
