"""Drawing pieces several screens use: panels, speech bubbles, headings, star rows."""
from __future__ import annotations

import pygame

from ..engine import theme
from ..engine.painter import LOGICAL_W, Painter


def panel(p: Painter, r, colour=theme.PANEL, radius: float = theme.RADIUS, border=None) -> None:
    p.shadow(r, radius, offset=6, alpha=40)
    p.fill(colour, r, radius)
    if border:
        p.outline(border, r, 3, radius)


def heading(p: Painter, text: str, y: float = 50, size: float = 44) -> None:
    p.text(text, (LOGICAL_W / 2, y), size, theme.INK, bold=True, anchor="midtop", width=760, align="center",
           fit_height=size * 1.5)


def bubble(p: Painter, r: pygame.Rect, text: str, tail: tuple[float, float] | None = None,
           size: float = 30, colour=theme.BUBBLE, border=theme.INK_SOFT) -> None:
    """A speech bubble with `text` wrapped inside; `tail` points at the speaker."""
    if tail:
        base_x = min(max(tail[0], r.x + 40), r.right - 40)
        base_y = r.bottom - 2 if tail[1] > r.bottom else r.y + 2
        if r.x <= tail[0] <= r.right:
            pts = [(base_x - 18, base_y), (base_x + 18, base_y), tail]
        else:  # speaker beside the bubble
            side = r.x + 2 if tail[0] < r.x else r.right - 2
            cy = min(max(tail[1], r.y + 30), r.bottom - 30)
            pts = [(side, cy - 18), (side, cy + 18), tail]
        p.polygon(border, [(x, y + 1) for x, y in pts])
        p.polygon(colour, pts)
    panel(p, r, colour, 24, border)
    if tail:  # hide the seam where the tail meets the bubble
        p.polygon(colour, pts)
    if text:
        p.text(text, (r.x + 28, r.y + 22), size, theme.INK, width=r.width - 56)


def star_row(p: Painter, centre: tuple[float, float], stars: int, size: float = 40, total: int = 3) -> None:
    gap = size * 1.15
    left = centre[0] - gap * (total - 1) / 2
    for i in range(total):
        p.star((left + i * gap, centre[1]), size, i < stars)



