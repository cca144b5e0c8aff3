"""Sort cards into groups (share / keep private, kind / unkind): drag, tap-tap or keyboard."""
from __future__ import annotations

import pygame

from ...engine import theme
from ...engine.painter import Painter
from ...engine.widgets import Button
from ...i18n import _, tr
from ..dragging import CardDragging
from .base import AREA, ActivityScene

CARD_H, GAP = 84, 12


class SortScene(CardDragging, ActivityScene):
    name = "activity-sort"

    def instructions(self) -> str:
        return _("Drag each card into a group, or tap a card and then a group.")

    def build(self) -> None:
        cards = self.activity.waiting()
        per_row = 4
        card_w = (AREA.width - GAP * (per_row - 1)) / per_row
        for i, card in enumerate(cards):
            if card.id == self.held and self.drag_pos is not None:
                continue
            rect = pygame.Rect(AREA.x + (i % per_row) * (card_w + GAP), AREA.y + (i // per_row) * (CARD_H + GAP),
                               card_w, CARD_H)
            self.controls.add(Button(rect, tr(card.text), lambda c=card.id: self.hold(c), name=f"card-{card.id}",
                                     icon=card.icon, style="secondary", selected=card.id == self.held, text_size=24))
        rows = max(1, (len(self.step.items) + per_row - 1) // per_row)
        top = AREA.y + rows * (CARD_H + GAP) + 4
        groups = self.step.groups
        bin_w = (AREA.width - 16 * (len(groups) - 1)) / len(groups)
        for i, group in enumerate(groups):
            rect = pygame.Rect(AREA.x + i * (bin_w + 16), top, bin_w, AREA.bottom - top)
            self.controls.add(Button(rect, "", lambda g=group.id: self.drop(g), name=f"group-{group.id}",
                                     style="secondary", selected=self.held is not None,
                                     enabled=not self.activity.done))
        if self.controls.focus is None and cards:
            self.controls.focus = self.controls.find(f"card-{cards[0].id}")

    def drop(self, group_id: str) -> None:
        if self.held is None:
            return
        good = self.activity.place(self.held, group_id)
        self.held = None
        self.changed(good)
        if not self.activity.done:
            waiting = self.activity.waiting()
            self.controls.focus = self.controls.find(f"card-{waiting[0].id}") if waiting else None

    def card_text(self, card_id: str) -> str:
        return tr(next(c for c in self.step.items if c.id == card_id).text)

    def handle(self, event) -> bool:
        if not self.activity.done and self.handle_drag(event):
            return True
        return super().handle(event)

    def draw_over(self, p: Painter) -> None:
        for group in self.step.groups:
            box = self.controls.find(f"group-{group.id}").rect
            if group.icon:
                p.icon(group.icon, (box.x + 34, box.y + 30), 34, theme.INK)
            p.text(tr(group.label), (box.x + 62, box.y + 30), 26, theme.INK, bold=True, anchor="midleft",
                   width=box.width - 76, fit_height=48)
            inside = [c for c in self.step.items if self.activity.placed.get(c.id) == group.id]
            chip_w = (box.width - 30) / 2
            for j, card in enumerate(inside):
                chip = pygame.Rect(box.x + 10 + (j % 2) * (chip_w + 10), box.y + 58 + (j // 2) * 50, chip_w, 44)
                p.fill(theme.GOOD_BG, chip, 12)
                p.outline(theme.GOOD, chip, 2, 12)
                p.icon("check", (chip.x + 20, chip.centery), 20, theme.GOOD)
                p.text(tr(card.text), (chip.x + 36, chip.centery), 18, theme.INK, bold=True, anchor="midleft",
                       width=chip.width - 44, fit_height=40)
        self.draw_dragged(p)
