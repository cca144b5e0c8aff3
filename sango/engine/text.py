"""Fonts, line wrapping and a cache of rendered text, so no text is rendered twice."""
from __future__ import annotations

from collections import OrderedDict

import pygame

from ..paths import FONTS

FONT_FILES = {
    "regular": FONTS / "SangoReader-Regular.ttf",
    "bold": FONTS / "SangoReader-Bold.ttf",
}


class Fonts:
    """pygame Font objects by (style, pixel size), loaded once."""

    def __init__(self) -> None:
        self._fonts: dict[tuple[str, int], pygame.font.Font] = {}

    def get(self, style: str, px: int) -> pygame.font.Font:
        key = (style, max(6, px))
        font = self._fonts.get(key)
        if font is None:
            font = pygame.font.Font(str(FONT_FILES[style]), key[1])
            self._fonts[key] = font
        return font


def wrap(font: pygame.font.Font, text: str, width: int) -> list[str]:
    """Break text into lines no wider than `width` pixels, at spaces; keep explicit newlines."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if font.size(candidate)[0] <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
            while font.size(line)[0] > width and len(line) > 1:  # a single word wider than the box
                cut = _fit(font, line, width)
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return lines


def _fit(font: pygame.font.Font, text: str, width: int) -> int:
    cut = len(text)
    while cut > 1 and font.size(text[:cut])[0] > width:
        cut -= 1
    return cut


class TextCache:
    """Rendered text surfaces, least recently used dropped first."""

    def __init__(self, fonts: Fonts, capacity: int = 240) -> None:
        self.fonts = fonts
        self.capacity = capacity
        self._surfaces: OrderedDict[tuple, pygame.Surface] = OrderedDict()
        self._sizes: dict[tuple, tuple[int, int]] = {}
        self.renders = 0  # how many times text was actually rendered (for tests and benchmarks)

    def clear(self) -> None:
        self._surfaces.clear()
        self._sizes.clear()

    def size(self, text: str, style: str, px: int, width: int | None, spacing: float = 1.15) -> tuple[int, int]:
        """The pixel size text takes when wrapped to `width`, worked out without rendering it."""
        key = (text, style, px, width, spacing)
        size = self._sizes.get(key)
        if size is None:
            font = self.fonts.get(style, px)
            lines = wrap(font, text, width) if width else text.split("\n")
            widest = max(font.size(line)[0] for line in lines)
            size = (widest, int(font.get_linesize() * spacing) * (len(lines) - 1) + font.get_linesize())
            if len(self._sizes) > 4000:
                self._sizes.clear()
            self._sizes[key] = size
        return size

    def render(self, text: str, style: str, px: int, color, width: int | None, align: str,
               spacing: float = 1.15) -> pygame.Surface:
        key = (text, style, px, tuple(color), width, align, spacing)
        surface = self._surfaces.get(key)
        if surface is not None:
            self._surfaces.move_to_end(key)
            return surface
        surface = self._render(text, style, px, color, width, align, spacing)
        self._surfaces[key] = surface
        if len(self._surfaces) > self.capacity:
            self._surfaces.popitem(last=False)
        return surface

    def _render(self, text, style, px, color, width, align, spacing) -> pygame.Surface:
        self.renders += 1
        font = self.fonts.get(style, px)
        lines = wrap(font, text, width) if width else text.split("\n")
        rendered = [font.render(line, True, color) for line in lines]
        if len(rendered) == 1:
            return rendered[0]
        step = int(font.get_linesize() * spacing)
        box_w = width if width and align != "left" else max(s.get_width() for s in rendered)
        box_w = max(box_w, max(s.get_width() for s in rendered))
        surface = pygame.Surface((box_w, step * (len(rendered) - 1) + font.get_linesize()), pygame.SRCALPHA)
        for i, line in enumerate(rendered):
            if align == "center":
                x = (box_w - line.get_width()) // 2
            elif align == "right":
                x = box_w - line.get_width()
            else:
                x = 0
            surface.blit(line, (x, i * step))
        return surface
