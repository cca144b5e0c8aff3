"""Spot the warning signs: the child taps the messages in a chat that are red flags."""
from __future__ import annotations

import pygame

from ...engine import theme
from ...engine.painter import Painter
from ...engine.widgets import Button
from ...i18n import _, ngettext, tr
from ..phone import draw_phone, phone_area
from .base import AREA, ActivityScene

PHONE = pygame.Rect(AREA.x + 100, AREA.y - 4, AREA.width - 200, AREA.height + 8)
GAP = 6


class RedFlagsScene(ActivityScene):
    name = "activity-red_flags"

    def instructions(self) -> str:
        n = self.activity.flags
        return ngettext("Find {n} warning sign. Tap it.", "Find {n} warning signs. Tap them.", n).format(n=n)

    def build(self) -> None:
        area = phone_area(PHONE, self.step.title, compact=True)
        messages = self.step.messages
        height = min(76, (area.height - GAP * (len(messages) - 1)) / len(messages))
        for i, message in enumerate(messages):
            rect = pygame.Rect(area.x, area.y + i * (height + GAP), area.width - 130, height)
            if message.sender == "me":
                rect.x = area.right - rect.width
            avatar = "" if message.sender == "me" else self.avatar_of(message.sender)
            found = message.id in self.activity.found
            self.controls.add(Button(rect, tr(message.text), lambda m=message.id: self.tap(m),
                                     name=f"message-{message.id}", style="secondary", avatar=avatar,
                                     selected=found, text_size=22, max_lines=2))
        if self.controls.focus is None:
            self.controls.focus = self.controls.find(f"message-{messages[0].id}")

    def tap(self, message_id: str) -> None:
        was_done = self.activity.done
        flag = self.activity.tap(message_id)
        self.changed(None if was_done else flag)

    def draw_activity(self, p: Painter) -> None:
        draw_phone(p, PHONE, self.step.app, self.step.title, compact=True)

    def draw_over(self, p: Painter) -> None:
        for message in self.step.messages:
            box = self.controls.find(f"message-{message.id}").rect
            tag = pygame.Rect(box.right + 10, box.centery - 22, 116, 44) if message.sender != "me" else \
                pygame.Rect(box.x - 126, box.centery - 22, 116, 44)
            if message.id in self.activity.found:
                p.fill(theme.TRY_AGAIN_BG, tag, 12)
                p.outline(theme.TRY_AGAIN, tag, 2, 12)
                p.icon("report", (tag.x + 20, tag.centery), 22, theme.TRY_AGAIN)
                p.text(_("Warning"), (tag.x + 36, tag.centery), 18, theme.TRY_AGAIN, bold=True, anchor="midleft",
                       width=tag.width - 40, fit_height=40)
            elif message.id in self.activity.checked:
                p.fill(theme.BACKGROUND_DEEP, tag, 12)
                p.icon("check", (tag.x + 20, tag.centery), 22, theme.INK_SOFT)
                p.text(_("Seems OK"), (tag.x + 36, tag.centery), 18, theme.INK_SOFT, bold=True, anchor="midleft",
                       width=tag.width - 40, fit_height=40)
        found, total = len(self.activity.found), self.activity.flags
        p.text(_("Warning signs found: {found} of {total}").format(found=found, total=total),
               (PHONE.right - 40, PHONE.y + 41), 20, theme.ON_PRIMARY, bold=True, anchor="midright", width=300,
               fit_height=40)
