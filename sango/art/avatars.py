"""Round portraits: the story's people (from many cultures) and the animals players pick as avatars."""
from __future__ import annotations

from dataclasses import dataclass

import pygame

from .canvas import Pen, PictureCache, supersampled
from .palette import BLUSH, HAIR, INK, SKIN, WHITE

_cache = PictureCache(160)


@dataclass(frozen=True)
class Person:
    skin: str
    hair: str
    style: str  # short, fringe, spiky, long, ponytail, buns, puffs, braid, bob, bun, curly, bald, hijab
    shirt: tuple[int, int, int]
    background: tuple[int, int, int]
    glasses: bool = False
    beard: bool = False
    grown_up: bool = False
    scarf: tuple[int, int, int] | None = None  # hijab colour


PEOPLE = {
    # Kiko (4-6) and Yoko (10) are brothers and Kim (15) their big sister, as in the Sangophone story.
    "kiko": Person("light", "black", "spiky", (96, 176, 80), (255, 236, 170)),
    "yoko": Person("light", "black", "short", (240, 140, 50), (190, 226, 255)),
    "kim": Person("light", "black", "ponytail", (150, 96, 210), (255, 214, 228)),
    "amara": Person("dark", "black", "puffs", (250, 190, 40), (196, 240, 214)),
    "diego": Person("medium", "dark-brown", "curly", (220, 70, 70), (255, 224, 190)),
    "mei": Person("light", "black", "buns", (90, 170, 220), (226, 214, 255)),
    "omar": Person("medium-dark", "black", "short", (60, 140, 120), (255, 240, 200), glasses=True),
    "priya": Person("medium", "dark-brown", "braid", (230, 90, 140), (255, 232, 200)),
    "leo": Person("light", "blond", "short", (70, 110, 200), (214, 240, 255)),
    "nadia": Person("medium-light", "black", "hijab", (120, 90, 200), (230, 250, 240), scarf=(40, 150, 150)),
    "mum": Person("medium", "brown", "bob", (200, 80, 110), (255, 226, 236), grown_up=True),
    "dad": Person("medium-light", "dark-brown", "short", (70, 100, 170), (222, 236, 255), beard=True, grown_up=True),
    "teacher": Person("dark", "black", "bun", (60, 150, 110), (236, 246, 220), glasses=True, grown_up=True),
    "grandma": Person("light", "grey", "bun", (170, 110, 190), (246, 232, 255), glasses=True, grown_up=True),
}
OTHERS = ("unknown", "gamebot")
ANIMALS = ("fox", "cat", "panda", "owl", "bunny", "turtle", "robot", "dino")
KEYS = tuple(PEOPLE) + OTHERS + ANIMALS


def draw_avatar(surface: pygame.Surface, key: str, center: tuple[int, int], size: int) -> None:
    """A round portrait of diameter `size` centred on `center`."""
    if key not in KEYS:
        raise KeyError(f"unknown avatar {key!r}; choose one of {', '.join(KEYS)}")
    size = max(8, int(size))
    picture = _cache.get((key, size), lambda: supersampled(size, size, lambda big, _u: _portrait(big, key)))
    surface.blit(picture, picture.get_rect(center=center))


def _portrait(big: pygame.Surface, key: str) -> None:
    pen = Pen(big, big.get_rect())
    if key in PEOPLE:
        person = PEOPLE[key]
        pen.circle(person.background, 0.5, 0.5, 0.5)
        _person(pen, person)
    else:
        pen.circle(_ANIMAL_BACKGROUNDS.get(key, (230, 236, 246)), 0.5, 0.5, 0.5)
        {"unknown": _unknown, "gamebot": _gamebot, "robot": _robot, "fox": _fox, "cat": _cat, "panda": _panda,
         "owl": _owl, "bunny": _bunny, "turtle": _turtle, "dino": _dino}[key](pen)
    _keep_inside_circle(big)
    pen.circle(INK, 0.5, 0.5, 0.495, 0.03)


def _keep_inside_circle(big: pygame.Surface) -> None:
    mask = pygame.Surface(big.get_size(), pygame.SRCALPHA)
    pygame.draw.circle(mask, (255, 255, 255, 255), big.get_rect().center, big.get_width() // 2)
    big.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)


def _face(pen: Pen, x: float, y: float, r: float, smile: bool = True) -> None:
    for side in (-1, 1):
        pen.ellipse(INK, x + side * r * 0.38, y - r * 0.02, r * 0.2, r * 0.26)
        pen.circle(WHITE, x + side * r * 0.38 + r * 0.04, y - r * 0.08, r * 0.05)
        pen.ellipse(BLUSH, x + side * r * 0.6, y + r * 0.3, r * 0.28, r * 0.16)
    if smile:
        pen.arc(INK, x, y + r * 0.12, r * 0.3, 30, 150, r * 0.09)


def _person(pen: Pen, p: Person) -> None:
    skin, hair = SKIN[p.skin], HAIR[p.hair]
    hx, hy, r = 0.5, 0.46, 0.23 if not p.grown_up else 0.22
    # hair behind the head
    if p.style in ("long", "bob", "braid"):
        pen.round_rect(hair, hx - r * 1.15, hy - r * 0.6, r * 2.3, r * (2.2 if p.style != "bob" else 1.7), r * 0.6)
    if p.style == "ponytail":
        pen.ellipse(hair, hx + r * 1.05, hy + r * 0.2, r * 0.7, r * 1.3)
    if p.style == "braid":
        for i in range(4):
            pen.circle(hair, hx + r * 0.95, hy + r * (0.5 + i * 0.42), r * 0.24)
    if p.style == "hijab":
        pen.ellipse(p.scarf, hx, hy + r * 0.35, r * 2.6, r * 3.0)
    if p.style == "pigtails":
        for side in (-1, 1):
            pen.ellipse(hair, hx + side * r * 1.12, hy + r * 0.45, r * 0.55, r * 1.0)
            pen.circle(p.shirt, hx + side * r * 1.02, hy + r * 0.02, r * 0.13)  # hair ties
    if p.style in ("short", "spiky", "curly", "fringe"):  # hair behind the head frames the face
        pen.ellipse(hair, hx, hy - r * 0.3, r * 2.16, r * 1.5)
    elif p.style not in ("hijab", "bald"):
        pen.circle(hair, hx, hy - r * 0.1, r * 1.08)
    # body
    pen.ellipse(p.shirt, 0.5, 1.02, 0.82, 0.5)
    pen.round_rect(skin, hx - r * 0.25, hy + r * 0.7, r * 0.5, r * 0.6, r * 0.1)
    if p.style == "hijab":
        pen.ellipse(p.scarf, 0.5, 0.92, 0.7, 0.36)
    # ears and head
    if p.style != "hijab":
        for side in (-1, 1):
            pen.circle(skin, hx + side * r * 0.98, hy + r * 0.08, r * 0.2)
    pen.circle(skin, hx, hy, r)
    _hair_front(pen, p, hx, hy, r, hair)
    if p.beard:
        pen.ellipse(hair, hx, hy + r * 0.72, r * 1.3, r * 0.7)
        pen.ellipse(skin, hx, hy + r * 0.5, r * 0.9, r * 0.4)
    _face(pen, hx, hy + r * 0.1, r)
    if p.glasses:
        for side in (-1, 1):
            pen.circle(INK, hx + side * r * 0.38, hy + r * 0.08, r * 0.26, r * 0.07)
        pen.line(INK, (hx - r * 0.12, hy + r * 0.05), (hx + r * 0.12, hy + r * 0.05), r * 0.07)


def _hair_front(pen: Pen, p: Person, hx, hy, r, hair) -> None:
    style = p.style
    if style == "hijab":
        pen.arc(p.scarf, hx, hy + r * 0.1, r * 1.05, 180, 360, r * 0.35, steps=24)
        return
    if style == "bald":
        return
    # a cap of hair over the top of the head
    pen.ellipse(hair, hx, hy - r * 0.62, r * 2.08, r * 0.95)
    if style in ("fringe", "bob", "long", "ponytail", "braid", "pigtails"):
        pen.ellipse(hair, hx - r * 0.3, hy - r * 0.52, r * 1.2, r * 0.5)
        pen.ellipse(hair, hx + r * 0.4, hy - r * 0.56, r * 0.9, r * 0.42)
    elif style == "spiky":
        for i in range(5):
            x = hx - r * 0.8 + i * r * 0.4
            pen.polygon(hair, [(x - r * 0.25, hy - r * 0.6), (x, hy - r * 1.25), (x + r * 0.25, hy - r * 0.6)])
    elif style in ("curly", "puffs"):
        for i in range(7):
            pen.circle(hair, hx - r * 0.9 + i * r * 0.3, hy - r * 0.75 + (i % 2) * r * 0.1, r * 0.3)
        if style == "puffs":
            for side in (-1, 1):
                pen.circle(hair, hx + side * r * 1.05, hy - r * 0.8, r * 0.5)
    elif style == "buns":
        for side in (-1, 1):
            pen.circle(hair, hx + side * r * 0.8, hy - r * 0.95, r * 0.38)
    elif style == "bun":
        pen.circle(hair, hx, hy - r * 1.15, r * 0.4)
    elif style == "short":
        pen.ellipse(hair, hx + r * 0.2, hy - r * 0.6, r * 1.4, r * 0.5)


# ---- the unknown profile and the animals -------------------------------------------------------
_ANIMAL_BACKGROUNDS = {
    "unknown": (214, 218, 228), "gamebot": (200, 236, 255), "robot": (214, 226, 250), "fox": (255, 236, 200),
    "cat": (230, 222, 255), "panda": (210, 240, 214), "owl": (240, 226, 206), "bunny": (255, 222, 236),
    "turtle": (206, 240, 236), "dino": (226, 246, 200),
}


def _unknown(pen: Pen) -> None:
    grey = (150, 156, 172)
    pen.circle(grey, 0.5, 0.4, 0.19)
    pen.ellipse(grey, 0.5, 0.95, 0.74, 0.56)
    pen.circle(WHITE, 0.72, 0.3, 0.13)
    pen.circle(INK, 0.72, 0.3, 0.13, 0.025)
    pen.arc(INK, 0.72, 0.27, 0.045, 180, 400, 0.03)
    pen.line(INK, (0.72, 0.32), (0.72, 0.345), 0.03)
    pen.circle(INK, 0.72, 0.385, 0.018)


def _gamebot(pen: Pen) -> None:
    _robot(pen, metal=(250, 186, 90), dark=(190, 110, 40), light=(255, 250, 160))


def _robot(pen: Pen, metal=(170, 190, 220), dark=(90, 110, 150), light=(120, 230, 255)) -> None:
    pen.line(dark, (0.5, 0.22), (0.5, 0.12), 0.03)
    pen.circle((240, 90, 90), 0.5, 0.11, 0.045)
    pen.round_rect(INK, 0.22, 0.21, 0.56, 0.46, 0.1)
    pen.round_rect(metal, 0.245, 0.235, 0.51, 0.41, 0.08)
    pen.round_rect((40, 60, 100), 0.3, 0.3, 0.4, 0.24, 0.06)
    for side in (-1, 1):
        pen.circle(light, 0.5 + side * 0.1, 0.4, 0.045)
    pen.arc(light, 0.5, 0.44, 0.06, 30, 150, 0.02)
    pen.ellipse(metal, 0.5, 0.95, 0.7, 0.5)
    pen.circle(dark, 0.5, 0.82, 0.04)


def _two_ears(pen: Pen, colour, inner, tall: float, pointy: bool) -> None:
    for side in (-1, 1):
        x = 0.5 + side * 0.2
        if pointy:
            pen.polygon(colour, [(x - 0.11, 0.36), (x + side * 0.05, 0.36 - tall), (x + 0.11, 0.36)])
            pen.polygon(inner, [(x - 0.06, 0.34), (x + side * 0.04, 0.38 - tall * 0.8), (x + 0.06, 0.34)])
        else:
            pen.ellipse(colour, x, 0.36 - tall / 2, 0.12, tall)
            pen.ellipse(inner, x, 0.36 - tall / 2, 0.06, tall * 0.75)


def _fox(pen: Pen) -> None:
    orange, cream = (240, 130, 40), (255, 244, 228)
    _two_ears(pen, orange, (120, 60, 30), 0.22, True)
    pen.ellipse(orange, 0.5, 0.53, 0.6, 0.5)
    pen.polygon(cream, [(0.22, 0.52), (0.5, 0.82), (0.78, 0.52), (0.5, 0.62)])
    pen.circle(INK, 0.5, 0.74, 0.035)
    _face(pen, 0.5, 0.5, 0.22, smile=False)


def _cat(pen: Pen) -> None:
    grey, pink = (150, 150, 170), (255, 180, 200)
    _two_ears(pen, grey, pink, 0.2, True)
    pen.ellipse(grey, 0.5, 0.55, 0.62, 0.52)
    for side in (-1, 1):
        for dy in (-0.02, 0.03):
            pen.line(INK, (0.5 + side * 0.12, 0.63), (0.5 + side * 0.3, 0.63 + dy), 0.012)
    pen.polygon(pink, [(0.47, 0.6), (0.53, 0.6), (0.5, 0.64)])
    _face(pen, 0.5, 0.52, 0.22)


def _panda(pen: Pen) -> None:
    for side in (-1, 1):
        pen.circle(INK, 0.5 + side * 0.24, 0.28, 0.1)
    pen.ellipse(WHITE, 0.5, 0.55, 0.64, 0.56)
    for side in (-1, 1):
        pen.ellipse(INK, 0.5 + side * 0.12, 0.52, 0.16, 0.2)
        pen.circle(WHITE, 0.5 + side * 0.12 + 0.02, 0.5, 0.03)
    pen.ellipse(INK, 0.5, 0.64, 0.08, 0.05)
    pen.arc(INK, 0.5, 0.66, 0.05, 30, 150, 0.018)


def _owl(pen: Pen) -> None:
    brown, light = (150, 100, 60), (240, 214, 170)
    pen.ellipse(brown, 0.5, 0.58, 0.66, 0.7)
    for side in (-1, 1):
        pen.polygon(brown, [(0.5 + side * 0.16, 0.28), (0.5 + side * 0.3, 0.14), (0.5 + side * 0.3, 0.32)])
        pen.circle(light, 0.5 + side * 0.13, 0.46, 0.12)
        pen.circle(INK, 0.5 + side * 0.13, 0.46, 0.06)
        pen.circle(WHITE, 0.5 + side * 0.13 + 0.02, 0.44, 0.02)
    pen.polygon((250, 170, 40), [(0.46, 0.56), (0.54, 0.56), (0.5, 0.64)])
    pen.ellipse(light, 0.5, 0.8, 0.34, 0.26)


def _bunny(pen: Pen) -> None:
    white, pink = (250, 248, 252), (255, 190, 210)
    for side in (-1, 1):
        pen.ellipse(white, 0.5 + side * 0.12, 0.22, 0.13, 0.36)
        pen.ellipse(pink, 0.5 + side * 0.12, 0.23, 0.06, 0.26)
    pen.ellipse(white, 0.5, 0.58, 0.6, 0.52)
    pen.polygon(pink, [(0.47, 0.62), (0.53, 0.62), (0.5, 0.66)])
    _face(pen, 0.5, 0.55, 0.22, smile=False)
    pen.arc(INK, 0.5, 0.64, 0.05, 30, 150, 0.015)


def _turtle(pen: Pen) -> None:
    green, shell = (110, 190, 110), (70, 140, 90)
    pen.ellipse(shell, 0.5, 0.9, 0.9, 0.5)
    for i in range(3):
        pen.circle((100, 170, 110), 0.3 + i * 0.2, 0.86, 0.07)
    pen.ellipse(green, 0.5, 0.47, 0.5, 0.46)
    _face(pen, 0.5, 0.46, 0.2)


def _dino(pen: Pen) -> None:
    green, belly = (110, 200, 90), (220, 246, 180)
    for i in range(4):
        pen.polygon((250, 170, 60), [(0.3 + i * 0.12, 0.28 - (i % 2) * 0.02), (0.36 + i * 0.12, 0.14),
                                     (0.42 + i * 0.12, 0.28 - (i % 2) * 0.02)])
    pen.ellipse(green, 0.5, 0.5, 0.66, 0.5)
    pen.ellipse(belly, 0.5, 0.92, 0.5, 0.4)
    pen.ellipse(green, 0.5, 0.95, 0.78, 0.3)
    pen.ellipse(belly, 0.5, 0.93, 0.4, 0.28)
    for side in (-1, 1):
        pen.circle((70, 140, 60), 0.5 + side * 0.1, 0.6, 0.015)
    _face(pen, 0.5, 0.44, 0.2)
