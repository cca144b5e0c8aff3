"""Build a strong password from word tiles and symbols, with a strength meter and Sango's tips."""
from __future__ import annotations

import pygame

from ...content.model import PASSWORD_SYMBOLS
from ...engine import theme
from ...engine.painter import Painter
from ...engine.widgets import Button
from ...i18n import _, tr
from .base import AREA, ActivityScene

FIELD = pygame.Rect(AREA.x + 100, AREA.y, AREA.width - 200, 70)
METER = pygame.Rect(FIELD.x, FIELD.bottom + 14, FIELD.width, 18)
TILES_TOP = METER.bottom + 50
TILE_H = 62


class PasswordScene(ActivityScene):
    name = "activity-password"

    @property
    def check_label(self) -> str:
        return _("Done")

    def instructions(self) -> str:
        return _("Tap words and symbols to build a password.")

    def build(self) -> None:
        used = set(self.activity.pieces)
        tiles = self.step.tiles
        per_row = 5
        width = (FIELD.width - 12 * (per_row - 1)) / per_row
        for i, tile in enumerate(tiles):
            rect = pygame.Rect(FIELD.x + (i % per_row) * (width + 12), TILES_TOP + (i // per_row) * (TILE_H + 12),
                               width, TILE_H)
            self.controls.add(Button(rect, tr(tile.text), lambda t=tile.id: self.add(t), name=f"tile-{tile.id}",
                                     style="secondary", enabled=tile.id not in used and not self.activity.done,
                                     text_size=24, max_lines=1))
        top = TILES_TOP + ((len(tiles) + per_row - 1) // per_row) * (TILE_H + 12) + 6
        for i, symbol in enumerate(PASSWORD_SYMBOLS):
            rect = pygame.Rect(FIELD.x + i * 112, top, 100, TILE_H)
            self.controls.add(Button(rect, symbol, lambda s=symbol: self.add(s), name=f"symbol-{i}",
                                     style="secondary", enabled=symbol not in used and not self.activity.done,
                                     text_size=28))
        if not self.activity.done:
            self.controls.add(Button(pygame.Rect(FIELD.right - 400, top, 190, TILE_H), _("Undo"), self.undo,
                                     name="undo", icon="back", style="quiet", enabled=bool(self.activity.pieces),
                                     text_size=22))
            self.controls.add(Button(pygame.Rect(FIELD.right - 200, top, 200, TILE_H), _("Start again"), self.clear,
                                     name="clear", icon="trash", style="quiet", enabled=bool(self.activity.pieces),
                                     text_size=22))
        if self.controls.focus is None and tiles:
            self.controls.focus = self.controls.find(f"tile-{tiles[0].id}")

    def add(self, piece: str) -> None:
        self.activity.add(piece)
        self.changed(self.activity.said.good if self.activity.said else None)

    def undo(self) -> None:
        self.activity.undo()
        self.changed()

    def clear(self) -> None:
        self.activity.clear()
        self.changed()

    def password_text(self) -> str:
        words = {t.id: tr(t.text) for t in self.step.tiles}
        return "".join(words[piece].capitalize() if piece in words else piece for piece in self.activity.pieces)

    def draw_activity(self, p: Painter) -> None:
        p.fill(theme.PANEL, FIELD, 16)
        p.outline(theme.PRIMARY, FIELD, 3, 16)
        p.icon("lock", (FIELD.x + 36, FIELD.centery), 34, theme.INK)
        text = self.password_text() or _("(empty)")
        ink = theme.INK if self.activity.pieces else theme.INK_SOFT
        p.text(text, (FIELD.x + 70, FIELD.centery), 30, ink, bold=True, anchor="midleft", width=FIELD.width - 90,
               fit_height=60)
        strength = self.activity.strength if self.activity.pieces else -1
        labels = (_("Weak"), _("Getting there"), _("Strong"))
        colours = (theme.TRY_AGAIN, (214, 140, 20), theme.GOOD)
        segment = (METER.width - 16) / 3
        for i in range(3):
            r = pygame.Rect(METER.x + i * (segment + 8), METER.y, segment, METER.height)
            p.fill(colours[strength] if i <= strength else theme.BACKGROUND_DEEP, r, 9)
        if strength >= 0:
            p.text(_("Strength: {level}").format(level=labels[strength]), (METER.x, METER.bottom + 6), 22,
                   colours[strength], bold=True, width=METER.width, fit_height=32)
