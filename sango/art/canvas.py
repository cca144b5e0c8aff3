"""Drawing helpers shared by the art: supersampled surfaces and a small cache of finished pictures."""
from __future__ import annotations

import math
from collections import OrderedDict
from typing import Callable

import pygame

SUPERSAMPLE = 3  # draw larger, then smooth-scale down: soft, anti-aliased edges


class PictureCache:
    """Finished pictures by key, least recently used dropped first."""

    def __init__(self, capacity: int = 256) -> None:
        self.capacity = capacity
        self._items: OrderedDict[tuple, pygame.Surface] = OrderedDict()

    def get(self, key: tuple, make: Callable[[], pygame.Surface]) -> pygame.Surface:
        surface = self._items.get(key)
        if surface is None:
            surface = make()
            self._items[key] = surface
            if len(self._items) > self.capacity:
                self._items.popitem(last=False)
        else:
            self._items.move_to_end(key)
        return surface


def supersampled(width: int, height: int, draw: Callable[[pygame.Surface, float], None]) -> pygame.Surface:
    """Call draw(surface, unit) on a big transparent surface and return it smooth-scaled to size.

    `unit` is how many big pixels make one final pixel, so drawing code can work in final pixels.
    """
    width, height = max(1, int(width)), max(1, int(height))
    big = pygame.Surface((width * SUPERSAMPLE, height * SUPERSAMPLE), pygame.SRCALPHA)
    draw(big, SUPERSAMPLE)
    return pygame.transform.smoothscale(big, (width, height))


class Pen:
    """Draws in a unit square scaled to a surface: (0, 0) top-left, (1, 1) bottom-right of `box`."""

    def __init__(self, surface: pygame.Surface, box: pygame.Rect) -> None:
        self.surface = surface
        self.box = box

    def p(self, x: float, y: float) -> tuple[int, int]:
        return round(self.box.x + x * self.box.width), round(self.box.y + y * self.box.height)

    def s(self, v: float) -> int:
        return max(1, round(v * self.box.width))

    def rect(self, x, y, w, h) -> pygame.Rect:
        left, top = self.p(x, y)
        return pygame.Rect(left, top, self.s(w), max(1, round(h * self.box.height)))

    def circle(self, colour, x, y, r, width: float = 0) -> None:
        pygame.draw.circle(self.surface, colour, self.p(x, y), self.s(r), self.s(width) if width else 0)

    def ellipse(self, colour, x, y, w, h, width: float = 0) -> None:
        pygame.draw.ellipse(self.surface, colour, self.rect(x - w / 2, y - h / 2, w, h), self.s(width) if width else 0)

    def round_rect(self, colour, x, y, w, h, radius, width: float = 0) -> None:
        pygame.draw.rect(self.surface, colour, self.rect(x, y, w, h), self.s(width) if width else 0,
                         border_radius=self.s(radius))

    def polygon(self, colour, points, width: float = 0) -> None:
        pygame.draw.polygon(self.surface, colour, [self.p(x, y) for x, y in points], self.s(width) if width else 0)

    def line(self, colour, a, b, width: float) -> None:
        w = self.s(width)
        pygame.draw.line(self.surface, colour, self.p(*a), self.p(*b), w)
        self.circle(colour, *a, width / 2)
        self.circle(colour, *b, width / 2)

    def lines(self, colour, points, width: float) -> None:
        for a, b in zip(points, points[1:]):
            self.line(colour, a, b, width)

    def arc(self, colour, x, y, r, start_deg: float, end_deg: float, width: float, steps: int = 18) -> None:
        """A thick arc with round ends; angles in degrees, 0 = right, 90 = down (screen coordinates)."""
        points = [(x + r * math.cos(math.radians(a)), y + r * math.sin(math.radians(a)))
                  for a in (start_deg + (end_deg - start_deg) * i / steps for i in range(steps + 1))]
        self.lines(colour, points, width)
