"""Drawing in logical coordinates on a window of any size.

Scenes lay out everything on a 1280x720 logical canvas. The painter maps that canvas into the
window (scaled to fit, letterboxed) and draws at the window's real resolution, so text and
Sango stay crisp on a small laptop and on a classroom projector alike.
"""
from __future__ import annotations

import pygame

from ..art.avatars import draw_avatar
from ..art.icons import draw_icon, draw_star
from ..art.sango_figure import draw_sango
from .text import Fonts, TextCache

LOGICAL_W, LOGICAL_H = 1280, 720

Point = tuple[float, float]
RectLike = pygame.Rect | tuple[float, float, float, float]


class Painter:
    def __init__(self, surface: pygame.Surface, text_scale: float = 1.0) -> None:
        self.fonts = Fonts()
        self.cache = TextCache(self.fonts)
        self.text_scale = text_scale
        self.clock = 0.0  # seconds, for animation
        self.script = "latin"  # which fonts and line breaking the current language needs
        self.mirrored = False  # right-to-left languages see the whole layout mirrored
        self.resize(surface)

    # ---- geometry ---------------------------------------------------------------------------
    def resize(self, surface: pygame.Surface) -> None:
        self.surface = surface
        w, h = surface.get_size()
        self.scale = min(w / LOGICAL_W, h / LOGICAL_H)
        self.ox = (w - LOGICAL_W * self.scale) / 2
        self.oy = (h - LOGICAL_H * self.scale) / 2
        self.cache.clear()
        self._fits: dict[tuple, float] = {}

    def px(self, value: float) -> int:
        return max(1, round(value * self.scale)) if value > 0 else 0

    def point(self, p: Point) -> tuple[int, int]:
        x = LOGICAL_W - p[0] if self.mirrored else p[0]
        return round(self.ox + x * self.scale), round(self.oy + p[1] * self.scale)

    def rect(self, r: RectLike) -> pygame.Rect:
        x, y, w, h = r
        (ax, ay), (bx, by) = self.point((x, y)), self.point((x + w, y + h))
        return pygame.Rect(min(ax, bx), ay, abs(bx - ax), by - ay)

    def to_logical(self, pos: tuple[float, float]) -> tuple[float, float]:
        x, y = (pos[0] - self.ox) / self.scale, (pos[1] - self.oy) / self.scale
        return (LOGICAL_W - x if self.mirrored else x), y

    def logical_rect(self, box: pygame.Rect) -> pygame.Rect:
        (ax, ay), (bx, by) = self.to_logical(box.topleft), self.to_logical(box.bottomright)
        return pygame.Rect(round(min(ax, bx)), round(ay), round(abs(bx - ax)), round(by - ay))

    # ---- shapes -----------------------------------------------------------------------------
    def clear(self, color) -> None:
        self.surface.fill((0, 0, 0))
        self.surface.fill(color, self.rect((0, 0, LOGICAL_W, LOGICAL_H)))

    def fill(self, color, r: RectLike, radius: float = 0) -> None:
        pygame.draw.rect(self.surface, color, self.rect(r), border_radius=self.px(radius))

    def outline(self, color, r: RectLike, width: float = 2, radius: float = 0) -> None:
        pygame.draw.rect(self.surface, color, self.rect(r), self.px(width), border_radius=self.px(radius))

    def shadow(self, r: RectLike, radius: float = 0, offset: float = 4, alpha: int = 50) -> None:
        target = self.rect(r).move(0, self.px(offset))
        layer = pygame.Surface(target.size, pygame.SRCALPHA)
        pygame.draw.rect(layer, (20, 30, 60, alpha), layer.get_rect(), border_radius=self.px(radius))
        self.surface.blit(layer, target)

    def circle(self, color, center: Point, radius: float, width: float = 0) -> None:
        pygame.draw.circle(self.surface, color, self.point(center), self.px(radius), self.px(width) if width else 0)

    def line(self, color, a: Point, b: Point, width: float = 2) -> None:
        pygame.draw.line(self.surface, color, self.point(a), self.point(b), self.px(width))

    def polygon(self, color, points: list[Point]) -> None:
        pygame.draw.polygon(self.surface, color, [self.point(p) for p in points])

    # ---- text -------------------------------------------------------------------------------
    def font_px(self, size: float) -> int:
        return max(6, round(size * self.text_scale * self.scale))

    def render_text(self, text: str, size: float, color, *, bold: bool = False,
                    width: float | None = None, align: str = "left", script: str | None = None) -> pygame.Surface:
        wrap_px = self.px(width) if width else None
        return self.cache.render(text, "bold" if bold else "regular", self.font_px(size), color, wrap_px, align,
                                 script=script or self.script)

    def fit(self, text: str, size: float, width: float | None, height: float, bold: bool = False) -> float:
        """The largest size up to `size` at which `text`, wrapped to `width`, is at most `height` tall."""
        key = (text, size, width, height, bold, self.script, self.text_scale, self.scale)
        if key not in self._fits:
            if len(self._fits) > 4000:
                self._fits.clear()
            self._fits[key] = self._fit(text, size, width, height, bold)
        return self._fits[key]

    def _fit(self, text: str, size: float, width: float | None, height: float, bold: bool) -> float:
        while size > 12 and (self.measure(text, size, bold=bold, width=width)[1] > height
                             or (width and self.measure(text, size, bold=bold)[0] > width and " " not in text)):
            size -= 1
        return size

    def measure(self, text: str, size: float, *, bold: bool = False, width: float | None = None,
                script: str | None = None) -> tuple[float, float]:
        """Logical width and height the text takes when wrapped to `width`."""
        w, h = self.cache.size(text, "bold" if bold else "regular", self.font_px(size), self.px(width) if width else None,
                               script=script or self.script)
        return w / self.scale, h / self.scale

    def text(self, text: str, pos: Point, size: float, color, *, bold: bool = False,
             width: float | None = None, align: str = "left", anchor: str = "topleft",
             fit_height: float | None = None, script: str | None = None) -> pygame.Rect:
        """Draw text; `pos` is where `anchor` of the text box goes. Returns the logical box.

        With `fit_height`, the text shrinks (never below 12) until it fits that height: for labels in
        fixed boxes, which must stay inside them at any text size or in longer languages.
        """
        if fit_height is not None:
            size = self.fit(text, size, width, fit_height, bold)
        if self.mirrored:  # the box flips side, and text hugs the other edge
            anchor = anchor.replace("left", "\0").replace("right", "left").replace("\0", "right")
            align = {"left": "right", "right": "left"}.get(align, align)
        surface = self.render_text(text, size, color, bold=bold, width=width, align=align, script=script)
        if width:  # place the full-width box, then the text inside it by `align`
            frame = pygame.Rect(0, 0, max(self.px(width), surface.get_width()), surface.get_height())
            setattr(frame, anchor, self.point(pos))
            box = surface.get_rect(top=frame.top)
            box.x = {"left": frame.x, "center": frame.centerx - box.width // 2,
                     "right": frame.right - box.width}[align]
        else:
            box = surface.get_rect(**{anchor: self.point(pos)})
        self.surface.blit(surface, box)
        return self.logical_rect(box)

    # ---- pictures ---------------------------------------------------------------------------
    def sango(self, center: Point, height: float, mood: str = "happy", talking: bool = False) -> None:
        draw_sango(self.surface, self.point(center), self.px(height), mood, self.clock, talking)

    def avatar(self, key: str, center: Point, size: float) -> None:
        draw_avatar(self.surface, key, self.point(center), self.px(size))

    def icon(self, name: str, center: Point, size: float, color) -> None:
        if self.mirrored:  # arrows point the way the reader reads
            name = {"back": "next", "next": "back"}.get(name, name)
        draw_icon(self.surface, name, self.point(center), self.px(size), color)

    def star(self, center: Point, size: float, filled: bool) -> None:
        draw_star(self.surface, self.point(center), self.px(size), filled)
