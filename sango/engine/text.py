"""Fonts, line wrapping and a cache of rendered text, so no text is rendered twice.

Three writing systems are handled: Latin and Cyrillic (wrapped at spaces), Arabic (wrapped at
spaces in logical order, then each line reordered for display with the Unicode bidi algorithm and
shaped by HarfBuzz), and Chinese (a line may break between any two characters, but never before
closing punctuation).
"""
from __future__ import annotations

import re
from collections import OrderedDict

import pygame

from ..paths import FONTS

FONT_FILES = {
    "latin": {"regular": FONTS / "SangoReader-Regular.ttf", "bold": FONTS / "SangoReader-Bold.ttf"},
    "arabic": {"regular": FONTS / "SangoArabic-Regular.ttf", "bold": FONTS / "SangoArabic-Bold.ttf"},
    "cjk": {"regular": next(iter(sorted(FONTS.glob("SangoSC-Regular.*"))), FONTS / "SangoSC-Regular.otf"),
            "bold": next(iter(sorted(FONTS.glob("SangoSC-Bold.*"))), FONTS / "SangoSC-Bold.otf")},
}
NO_LINE_START = set("，。！？；：、）」』”’》〉…,.!?;:)]}%")  # closing punctuation stays with what it closes
_NUMBER_SPACE = re.compile(r"(?<=\d) (?=\d)")  # "116 111" is one number: never split, never reordered


class Fonts:
    """pygame Font objects by (script, style, pixel size), loaded once."""

    def __init__(self) -> None:
        self._fonts: dict[tuple[str, str, int], pygame.font.Font] = {}

    def get(self, style: str, px: int, script: str = "latin") -> pygame.font.Font:
        key = (script, style, max(6, px))
        font = self._fonts.get(key)
        if font is None:
            font = pygame.font.Font(str(FONT_FILES[script][style]), key[2])
            if script == "arabic":
                font.set_script("Arab")
            self._fonts[key] = font
        return font


def visual(line: str, script: str) -> str:
    """The order in which a line's characters are drawn (right-to-left runs reversed)."""
    if script != "arabic":
        return line
    from bidi.algorithm import get_display

    return get_display(_NUMBER_SPACE.sub("\u00a0", line))


def _tokens(paragraph: str, script: str) -> list[str]:
    """Pieces a line may break between. Spaces stay attached to the piece before them."""
    if script != "cjk":
        words = paragraph.split(" ")
        return [w + " " for w in words[:-1]] + [words[-1]]
    tokens: list[str] = []
    for ch in paragraph:
        latin_run = tokens and ch.isascii() and ch.isalnum() and tokens[-1][-1:].isascii() and tokens[-1][-1:].isalnum()
        if tokens and (ch in NO_LINE_START or latin_run or ch == " "):
            tokens[-1] += ch
        else:
            tokens.append(ch)
    return tokens


def wrap(font: pygame.font.Font, text: str, width: int, script: str = "latin") -> list[str]:
    """Break text into lines no wider than `width` pixels, in logical order; keep explicit newlines."""

    def size(s: str) -> int:
        return font.size(visual(s.rstrip(), script))[0]

    lines: list[str] = []
    if script != "cjk":
        text = _NUMBER_SPACE.sub("\u00a0", text)
    for paragraph in text.split("\n"):
        line = ""
        for token in _tokens(paragraph, script):
            if not line or size(line + token) <= width:
                line += token
            else:
                lines.append(line.rstrip())
                line = token
            while size(line) > width and len(line) > 1:  # a single piece wider than the box
                cut = _fit(size, line, width)
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line.rstrip())
    return lines


def _fit(size, text: str, width: int) -> int:
    cut = len(text)
    while cut > 1 and size(text[:cut]) > width:
        cut -= 1
    return cut


class TextCache:
    """Rendered text surfaces, least recently used dropped first."""

    def __init__(self, fonts: Fonts, capacity: int = 120) -> None:
        self.fonts = fonts
        self.capacity = capacity
        self._surfaces: OrderedDict[tuple, pygame.Surface] = OrderedDict()
        self._sizes: dict[tuple, tuple[int, int]] = {}
        self.renders = 0  # how many times text was actually rendered (for tests and benchmarks)

    def clear(self) -> None:
        self._surfaces.clear()
        self._sizes.clear()

    def size(self, text: str, style: str, px: int, width: int | None, spacing: float = 1.15,
             script: str = "latin") -> tuple[int, int]:
        """The pixel size text takes when wrapped to `width`, worked out without rendering it."""
        key = (text, style, px, width, spacing, script)
        size = self._sizes.get(key)
        if size is None:
            font = self.fonts.get(style, px, script)
            lines = wrap(font, text, width, script) if width else text.split("\n")
            widest = max(font.size(visual(line, script))[0] for line in lines)
            size = (widest, int(font.get_linesize() * spacing) * (len(lines) - 1) + font.get_linesize())
            if len(self._sizes) > 4000:
                self._sizes.clear()
            self._sizes[key] = size
        return size

    def render(self, text: str, style: str, px: int, color, width: int | None, align: str,
               spacing: float = 1.15, script: str = "latin") -> pygame.Surface:
        key = (text, style, px, tuple(color), width, align, spacing, script)
        surface = self._surfaces.get(key)
        if surface is not None:
            self._surfaces.move_to_end(key)
            return surface
        surface = self._render(text, style, px, color, width, align, spacing, script)
        self._surfaces[key] = surface
        if len(self._surfaces) > self.capacity:
            self._surfaces.popitem(last=False)
        return surface

    def _render(self, text, style, px, color, width, align, spacing, script) -> pygame.Surface:
        self.renders += 1
        font = self.fonts.get(style, px, script)
        lines = wrap(font, text, width, script) if width else text.split("\n")
        rendered = [font.render(visual(line, script), True, color) for line in lines]
        if len(rendered) == 1:
            return rendered[0]
        step = int(font.get_linesize() * spacing)
        box_w = max((width or 0) if align != "left" else 0, max(s.get_width() for s in rendered))
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
