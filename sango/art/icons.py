"""Bold, simple icons drawn from code in any colour, readable at 32 px."""
from __future__ import annotations

import math

import pygame

from .canvas import Pen, PictureCache, supersampled
from .palette import INK

_cache = PictureCache(400)
STAR_FILL = (255, 190, 30)
STAR_EDGE = (160, 96, 0)
STAR_SHINE = (255, 240, 180)
STAR_EMPTY = (138, 148, 180)  # mid grey-blue: visible on light and on dark backgrounds
HOLE = (0, 0, 0, 0)  # cut-outs are transparent, so an icon reads in any colour on any button


def draw_icon(surface: pygame.Surface, name: str, center: tuple[int, int], size: int, color=INK) -> None:
    if name not in ICONS:
        raise KeyError(f"unknown icon {name!r}; choose one of {', '.join(sorted(ICONS))}")
    size = max(8, int(size))
    colour = tuple(color)
    picture = _cache.get((name, size, colour), lambda: _in_one_colour(
        supersampled(size, size, lambda big, _u: ICONS[name](Pen(big, big.get_rect()), colour)), colour))
    surface.blit(picture, picture.get_rect(center=center))


def draw_star(surface: pygame.Surface, center: tuple[int, int], size: int, filled: bool) -> None:
    """A rating star of width `size`: filled gold, or hollow (outline only), so the two differ in shape."""
    size = max(8, int(size))

    def draw(big, _u):
        pen = Pen(big, big.get_rect())
        points = _star_points(0.5, 0.54, 0.43, 0.19)
        ring = points + points[:2]
        if filled:
            pen.lines(STAR_EDGE, ring, 0.1)
            pen.polygon(STAR_EDGE, points)
            pen.polygon(STAR_FILL, _star_points(0.5, 0.54, 0.36, 0.16))
            pen.circle(STAR_SHINE, 0.42, 0.42, 0.05)
        else:  # a hollow star: the inside shows whatever is behind it
            pen.lines(STAR_EMPTY, ring, 0.09 if size >= 32 else 0.07)

    def make():
        picture = supersampled(size, size, draw)
        return picture if filled else _in_one_colour(picture, STAR_EMPTY)

    picture = _cache.get(("star", size, filled), make)
    surface.blit(picture, picture.get_rect(center=center))


def _in_one_colour(picture: pygame.Surface, colour) -> pygame.Surface:
    """The picture's shape (its alpha) filled with one colour, so soft edges fade out without a dark fringe."""
    shape = picture.copy()
    shape.fill((255, 255, 255, 0), special_flags=pygame.BLEND_RGBA_MAX)  # colour white, alpha kept
    out = pygame.Surface(picture.get_size(), pygame.SRCALPHA)
    out.fill((*colour[:3], 255))
    out.blit(shape, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
    return out


def _star_points(cx, cy, outer, inner, points=5):
    out = []
    for i in range(points * 2):
        r = outer if i % 2 == 0 else inner
        a = -math.pi / 2 + i * math.pi / points
        out.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return out


# ---- the icons, each in a unit square ------------------------------------------------------------
def _check(p: Pen, c) -> None:
    p.lines(c, [(0.16, 0.52), (0.4, 0.76), (0.86, 0.26)], 0.14)


def _cross(p: Pen, c) -> None:
    p.line(c, (0.22, 0.22), (0.78, 0.78), 0.14)
    p.line(c, (0.78, 0.22), (0.22, 0.78), 0.14)


def _back(p: Pen, c) -> None:
    p.line(c, (0.22, 0.5), (0.8, 0.5), 0.12)
    p.lines(c, [(0.48, 0.22), (0.2, 0.5), (0.48, 0.78)], 0.12)


def _next(p: Pen, c) -> None:
    p.line(c, (0.2, 0.5), (0.78, 0.5), 0.12)
    p.lines(c, [(0.52, 0.22), (0.8, 0.5), (0.52, 0.78)], 0.12)


def _play(p: Pen, c) -> None:
    p.polygon(c, [(0.28, 0.16), (0.84, 0.5), (0.28, 0.84)])


def _plus(p: Pen, c) -> None:
    p.line(c, (0.5, 0.18), (0.5, 0.82), 0.14)
    p.line(c, (0.18, 0.5), (0.82, 0.5), 0.14)


def _help(p: Pen, c) -> None:  # a lifebuoy: help is here
    p.circle(c, 0.5, 0.5, 0.4, 0.14)
    for a in (45, 135, 225, 315):
        x, y = 0.5 + 0.4 * math.cos(math.radians(a)), 0.5 + 0.4 * math.sin(math.radians(a))
        p.line(c, (0.5 + 0.24 * math.cos(math.radians(a)), 0.5 + 0.24 * math.sin(math.radians(a))), (x, y), 0.1)
    p.circle(c, 0.5, 0.5, 0.16, 0.06)


def _question(p: Pen, c) -> None:
    p.arc(c, 0.5, 0.36, 0.18, 170, 400, 0.12)
    p.line(c, (0.5 + 0.18 * math.cos(math.radians(40)), 0.36 + 0.18 * math.sin(math.radians(40))), (0.5, 0.62), 0.12)
    p.circle(c, 0.5, 0.82, 0.07)


def _settings(p: Pen, c) -> None:
    for i in range(8):
        a = math.radians(i * 45)
        p.line(c, (0.5 + 0.2 * math.cos(a), 0.5 + 0.2 * math.sin(a)), (0.5 + 0.4 * math.cos(a), 0.5 + 0.4 * math.sin(a)),
               0.13)
    p.circle(c, 0.5, 0.5, 0.27)
    p.circle(HOLE, 0.5, 0.5, 0.11)


def _speaker(p: Pen, c) -> None:
    p.polygon(c, [(0.12, 0.38), (0.28, 0.38), (0.5, 0.18), (0.5, 0.82), (0.28, 0.62), (0.12, 0.62)])


def _sound_on(p: Pen, c) -> None:
    _speaker(p, c)
    p.arc(c, 0.5, 0.5, 0.16, -50, 50, 0.08)
    p.arc(c, 0.5, 0.5, 0.32, -50, 50, 0.08)


def _sound_off(p: Pen, c) -> None:
    _speaker(p, c)
    p.line(c, (0.64, 0.36), (0.9, 0.64), 0.09)
    p.line(c, (0.9, 0.36), (0.64, 0.64), 0.09)


def _trash(p: Pen, c) -> None:
    p.line(c, (0.16, 0.24), (0.84, 0.24), 0.09)
    p.line(c, (0.4, 0.14), (0.6, 0.14), 0.09)
    p.polygon(c, [(0.24, 0.3), (0.76, 0.3), (0.7, 0.88), (0.3, 0.88)])
    for x in (0.4, 0.5, 0.6):
        p.line(HOLE, (x, 0.42), (x, 0.76), 0.04)


def _fullscreen(p: Pen, c) -> None:
    for sx, sy in ((0, 0), (1, 0), (0, 1), (1, 1)):
        x, y = 0.16 + sx * 0.68, 0.16 + sy * 0.68
        dx, dy = (0.22 if sx == 0 else -0.22), (0.22 if sy == 0 else -0.22)
        p.lines(c, [(x + dx, y), (x, y), (x, y + dy)], 0.1)


def _home(p: Pen, c) -> None:
    p.polygon(c, [(0.1, 0.5), (0.5, 0.12), (0.9, 0.5)])
    p.round_rect(c, 0.2, 0.45, 0.6, 0.44, 0.04)
    p.round_rect(HOLE, 0.43, 0.62, 0.14, 0.27, 0.03)


def _keyboard(p: Pen, c) -> None:
    p.round_rect(c, 0.06, 0.24, 0.88, 0.52, 0.08)
    for row, y in enumerate((0.34, 0.46)):
        for i in range(6):
            p.round_rect(HOLE, 0.14 + i * 0.125, y, 0.08, 0.07, 0.015)
    p.round_rect(HOLE, 0.28, 0.59, 0.44, 0.07, 0.015)


def _grown_up(p: Pen, c) -> None:  # a tall grown-up holding a small child's hand
    p.circle(c, 0.34, 0.17, 0.12)
    p.round_rect(c, 0.18, 0.31, 0.32, 0.38, 0.14)
    p.round_rect(c, 0.22, 0.6, 0.1, 0.32, 0.05)
    p.round_rect(c, 0.36, 0.6, 0.1, 0.32, 0.05)
    p.circle(c, 0.74, 0.46, 0.09)
    p.round_rect(c, 0.62, 0.56, 0.24, 0.24, 0.1)
    p.round_rect(c, 0.65, 0.74, 0.07, 0.18, 0.035)
    p.round_rect(c, 0.76, 0.74, 0.07, 0.18, 0.035)
    p.line(c, (0.46, 0.56), (0.64, 0.64), 0.07)


def _chat(p: Pen, c) -> None:
    p.round_rect(c, 0.08, 0.14, 0.84, 0.56, 0.16)
    p.polygon(c, [(0.24, 0.6), (0.44, 0.66), (0.2, 0.88)])
    for x in (0.32, 0.5, 0.68):
        p.circle(HOLE, x, 0.42, 0.055)


def _lock(p: Pen, c) -> None:
    p.arc(c, 0.5, 0.4, 0.2, 180, 360, 0.1)
    p.line(c, (0.3, 0.4), (0.3, 0.5), 0.1)
    p.line(c, (0.7, 0.4), (0.7, 0.5), 0.1)
    p.round_rect(c, 0.18, 0.46, 0.64, 0.44, 0.08)
    p.circle(HOLE, 0.5, 0.63, 0.06)
    p.line(HOLE, (0.5, 0.65), (0.5, 0.77), 0.05)


def _shield(p: Pen, c) -> None:
    p.polygon(c, [(0.5, 0.08), (0.86, 0.2), (0.82, 0.56), (0.5, 0.92), (0.18, 0.56), (0.14, 0.2)])
    p.lines(HOLE, [(0.34, 0.5), (0.46, 0.62), (0.68, 0.38)], 0.08)


def _block(p: Pen, c) -> None:
    p.circle(c, 0.5, 0.5, 0.38, 0.11)
    p.line(c, (0.24, 0.76), (0.76, 0.24), 0.11)


def _report(p: Pen, c) -> None:  # a flag
    p.line(c, (0.24, 0.12), (0.24, 0.9), 0.09)
    p.polygon(c, [(0.24, 0.14), (0.82, 0.26), (0.6, 0.38), (0.82, 0.52), (0.24, 0.52)])


def _stop(p: Pen, c) -> None:  # a raised open hand: "stop"
    p.round_rect(c, 0.28, 0.4, 0.46, 0.5, 0.14)
    for i, top in enumerate((0.2, 0.12, 0.14, 0.22)):
        p.line(c, (0.33 + i * 0.12, top), (0.33 + i * 0.12, 0.5), 0.1)
    p.line(c, (0.72, 0.62), (0.86, 0.44), 0.1)


def _heart(p: Pen, c) -> None:
    p.circle(c, 0.33, 0.36, 0.2)
    p.circle(c, 0.67, 0.36, 0.2)
    p.polygon(c, [(0.14, 0.42), (0.5, 0.88), (0.86, 0.42), (0.5, 0.36)])


def _photo(p: Pen, c) -> None:
    p.round_rect(c, 0.08, 0.22, 0.84, 0.6, 0.08)
    p.round_rect(c, 0.32, 0.14, 0.24, 0.12, 0.03)
    p.circle(HOLE, 0.5, 0.52, 0.19)
    p.circle(c, 0.5, 0.52, 0.11)


def _friends(p: Pen, c) -> None:  # two friends, one a little in front of the other
    p.circle(c, 0.33, 0.27, 0.14)
    p.round_rect(c, 0.09, 0.45, 0.48, 0.42, 0.2)
    p.circle(HOLE, 0.66, 0.38, 0.19)  # a gap around the friend in front keeps them apart
    p.round_rect(HOLE, 0.36, 0.52, 0.62, 0.46, 0.24)
    p.circle(c, 0.66, 0.38, 0.13)
    p.round_rect(c, 0.42, 0.58, 0.5, 0.34, 0.17)


def _star(p: Pen, c) -> None:
    p.polygon(c, _star_points(0.5, 0.53, 0.46, 0.19))


def _gift(p: Pen, c) -> None:
    p.round_rect(c, 0.14, 0.42, 0.72, 0.48, 0.04)
    p.round_rect(c, 0.1, 0.3, 0.8, 0.14, 0.03)
    p.line(HOLE, (0.5, 0.3), (0.5, 0.9), 0.07)
    p.circle(c, 0.4, 0.2, 0.09, 0.06)
    p.circle(c, 0.6, 0.2, 0.09, 0.06)


def _map_pin(p: Pen, c) -> None:
    p.circle(c, 0.5, 0.38, 0.28)
    p.polygon(c, [(0.26, 0.5), (0.5, 0.92), (0.74, 0.5)])
    p.circle(HOLE, 0.5, 0.38, 0.1)


def _save(p: Pen, c) -> None:  # a camera snap: keep a screenshot as evidence
    p.round_rect(c, 0.14, 0.1, 0.72, 0.8, 0.1)
    p.round_rect(HOLE, 0.24, 0.2, 0.52, 0.5, 0.04)
    p.lines(c, [(0.34, 0.46), (0.46, 0.58), (0.66, 0.34)], 0.07)
    p.circle(HOLE, 0.5, 0.8, 0.045)


def _phone(p: Pen, c) -> None:
    p.round_rect(c, 0.26, 0.06, 0.48, 0.88, 0.1)
    p.round_rect(HOLE, 0.32, 0.16, 0.36, 0.6, 0.04)
    p.circle(HOLE, 0.5, 0.85, 0.04)


def _thumbs_up(p: Pen, c) -> None:
    p.round_rect(c, 0.1, 0.44, 0.18, 0.46, 0.04)
    p.round_rect(c, 0.34, 0.42, 0.54, 0.48, 0.12)
    p.polygon(c, [(0.34, 0.46), (0.5, 0.12), (0.62, 0.16), (0.6, 0.46)])


def _door(p: Pen, c) -> None:  # leave: a door with an arrow out
    p.round_rect(c, 0.12, 0.1, 0.44, 0.8, 0.04)
    p.circle(HOLE, 0.46, 0.52, 0.04)
    p.line(c, (0.56, 0.5), (0.9, 0.5), 0.09)
    p.lines(c, [(0.76, 0.36), (0.9, 0.5), (0.76, 0.64)], 0.09)


def _eye(p: Pen, c) -> None:
    p.polygon(c, [(0.06, 0.5), (0.3, 0.26), (0.7, 0.26), (0.94, 0.5), (0.7, 0.74), (0.3, 0.74)])
    p.circle(HOLE, 0.5, 0.5, 0.2)
    p.circle(c, 0.5, 0.5, 0.11)


def _game(p: Pen, c) -> None:
    p.round_rect(c, 0.06, 0.3, 0.88, 0.44, 0.2)
    p.line(HOLE, (0.22, 0.52), (0.38, 0.52), 0.06)
    p.line(HOLE, (0.3, 0.44), (0.3, 0.6), 0.06)
    p.circle(HOLE, 0.66, 0.46, 0.045)
    p.circle(HOLE, 0.76, 0.56, 0.045)


ICONS = {
    "check": _check, "cross": _cross, "back": _back, "next": _next, "play": _play, "plus": _plus, "help": _help,
    "question": _question, "settings": _settings, "sound-on": _sound_on, "sound-off": _sound_off, "trash": _trash,
    "fullscreen": _fullscreen, "home": _home, "keyboard": _keyboard, "grown-up": _grown_up, "chat": _chat,
    "lock": _lock, "shield": _shield, "block": _block, "report": _report, "stop": _stop, "heart": _heart,
    "photo": _photo, "friends": _friends, "star": _star, "gift": _gift, "map-pin": _map_pin, "save": _save,
    "phone": _phone, "thumbs-up": _thumbs_up, "door": _door, "eye": _eye, "game": _game,
}
