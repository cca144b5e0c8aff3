"""Moving cards into groups: drag with a mouse or a finger, or tap a card and then a group.

Scenes that use `CardDragging` name their buttons `card-<id>` and `group-<id>`, and implement
`drop(group_id)` (the held card goes into that group) and `card_text(card_id)`.
"""
from __future__ import annotations

import pygame

from ..engine import theme
from ..engine.painter import Painter
from .common import panel

DRAG_START = 12  # logical pixels a press must move before it counts as a drag


class CardDragging:
    held: str | None = None  # the card picked up (tapped or dragged)
    drag_pos: tuple[float, float] | None = None
    drag_from: tuple[float, float] | None = None

    def hold(self, card_id: str) -> None:
        self.held = None if self.held == card_id else card_id
        self.relayout()

    def reset_drag(self) -> None:
        self.held = self.drag_pos = self.drag_from = None

    def handle_drag(self, event) -> bool:
        """Handle a press, move or release that belongs to dragging; True if it did."""
        if event.kind == "press":
            button = self.controls.at(event.pos)
            if button is not None and button.name.startswith("card-"):
                self.held = button.name[len("card-"):]
                self.drag_from = event.pos
                return True
            return False
        if self.drag_from is None or event.kind not in ("move", "release"):
            return False
        if event.kind == "move":
            if self.drag_pos is None and _distance(event.pos, self.drag_from) > DRAG_START:
                self.drag_pos = event.pos
                self.relayout()
            elif self.drag_pos is not None:
                self.drag_pos = event.pos
            return True
        dragged, self.drag_pos, self.drag_from = self.drag_pos is not None, None, None
        target = self.controls.at(event.pos) if dragged else None
        if target is not None and target.name.startswith("group-"):
            self.drop(target.name[len("group-"):])
        else:
            self.relayout()  # a tap: the card stays picked up until a group is tapped
        return True

    def draw_dragged(self, p: Painter) -> None:
        if self.drag_pos is None or self.held is None:
            return
        card = pygame.Rect(0, 0, 200, 66)
        card.center = (round(self.drag_pos[0]), round(self.drag_pos[1]))
        panel(p, card, theme.PANEL, 16, theme.PRIMARY)
        p.text(self.card_text(self.held), card.center, 20, theme.INK, bold=True, anchor="center", width=180,
               align="center", fit_height=60)


def _distance(a, b) -> float:
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
