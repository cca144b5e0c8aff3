"""Sango, the ninja phone: our own rendition, drawn from code.

A rounded phone standing on small feet, its screen a friendly face, an @ headband knotted at the
side with two fluttering tails. Moods change the eyes, brows, mouth and arms; blinking, a gentle
bob, the mouth moving while talking, a wave and a cheering bounce bring it to life.

Speed: the figure is split into layers (ground shadow, feet, body, face, arms behind and in front,
headband tails). Each layer is drawn once, supersampled for smooth edges, cropped and cached by
what it depends on (height, mood, blink, mouth, animation frame). A frame then only blits a few
small pictures at an offset, well under a millisecond.

All drawing coordinates are in units of the figure's height H: x from the figure's centre line
(about -0.47 to 0.47), y from the top of its box (0) down to the soles of its feet (about 0.985).
"""
from __future__ import annotations

import math
from collections import OrderedDict

import pygame

from ..content.model import MOODS
from .palette import (BAND, BAND_DARK, BAND_LIGHT, BLUSH, BODY, BODY_DARK, BODY_LIGHT, CAMERA, EYE_WHITE, GLOVE,
                      GLOVE_SHADE, INK, SCREEN, SCREEN_GLARE, SCREEN_SHADE, SHADOW, TONGUE, WHITE)

__all__ = ["MOODS", "draw_sango"]

SUPERSAMPLE = 3
MIN_HEIGHT = 24
FRAME_RATE = 8  # animation frames per second for tails, arms and mouth
FLUTTER_FRAMES = 8
ARM_FRAMES = 6
TALK_PATTERN = (1, 2, 1, 0, 2, 1, 2, 0, 1, 0)  # mouth openings while talking: irregular, like speech

# Geometry (H units)
OUTLINE = 0.016
BODY_HALF_W, BODY_TOP, BODY_BOTTOM, BODY_RADIUS = 0.265, 0.1, 0.88, 0.13
SCREEN_HALF_W, SCREEN_TOP, SCREEN_BOTTOM, SCREEN_RADIUS = 0.212, 0.25, 0.785, 0.075
CAMERA_Y = 0.218
BAND_H = 0.07
BAND_Y = {False: 0.118, True: 0.198}  # top of the headband; covering pulls it down over the camera
SHOULDER_Y = 0.52
FEET_Y = 0.915

_Layer = tuple[pygame.Surface, int, int]  # picture and its offset from (centre x, top of box)


class _LRU:
    """A small least-recently-used cache of finished layers."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.items: OrderedDict[tuple, _Layer] = OrderedDict()

    def get(self, key: tuple, make) -> _Layer:
        item = self.items.get(key)
        if item is None:
            item = self.items[key] = make()
            if len(self.items) > self.capacity:
                self.items.popitem(last=False)
        else:
            self.items.move_to_end(key)
        return item


_cache = _LRU(160)


def draw_sango(surface: pygame.Surface, center: tuple[int, int], height: int, mood: str = "happy",
               t: float = 0.0, talking: bool = False) -> pygame.Rect:
    """Draw Sango standing with feet near center[1] + height / 2; returns the bounding rect drawn.

    `t` (seconds) drives the blink, a gentle idle bob, the headband tails, the mouth when `talking`,
    the wave for "waving" and the bounce for "cheering". `mood` is one of MOODS.
    """
    if mood not in MOODS:
        raise ValueError(f"unknown mood {mood!r}; choose one of {', '.join(MOODS)}")
    height = max(MIN_HEIGHT, int(height))
    t = float(t)
    frame = int(t * FRAME_RATE)
    blink = _blinking(t) and mood != "cheering"
    mouth = TALK_PATTERN[int(t * 10) % len(TALK_PATTERN)] if talking else 0
    arm = frame % ARM_FRAMES if mood in ("waving", "cheering") else 0
    covering = mood == "covering"

    jump = -abs(math.sin(t * 5.0)) * 0.045 * height if mood == "cheering" else 0.0
    bob = -(0.5 + 0.5 * math.sin(t * 2.4)) * 0.014 * height  # breathing: the body rises, feet stay put
    ground = center[1] + height // 2 - height  # top of the box when standing
    feet_top = ground + round(jump)
    body_top = ground + round(jump + bob)
    x = center[0]

    layers = (
        (("shadow", height), ground),
        (("tails", height, covering, frame % FLUTTER_FRAMES), body_top),
        (("arms", height, mood, 0, False), body_top),  # arms behind the body never move
        (("feet", height), feet_top),
        (("body", height, covering), body_top),
        (("face", height, mood, blink, mouth), body_top),
        (("arms", height, mood, arm, True), body_top),
    )
    drawn: pygame.Rect | None = None
    for key, top in layers:
        picture, dx, dy = _cache.get(key, lambda key=key: _render(key))
        if picture.get_width() <= 1 and picture.get_height() <= 1:
            continue
        surface.blit(picture, (x + dx, top + dy))
        rect = pygame.Rect(x + dx, top + dy, picture.get_width(), picture.get_height())
        drawn = rect if drawn is None else drawn.union(rect)
    return drawn or pygame.Rect(x, ground, 0, 0)


def _blinking(t: float) -> bool:
    """A quick blink every few seconds, at slightly irregular times (and sometimes a double blink)."""
    return (t % 3.7) > 3.56 or 7.9 < (t % 11.3) < 8.02


# ---- rendering one layer ------------------------------------------------------------------------
class _Brush:
    """Draws in H units onto a supersampled surface covering one layer's pixel region."""

    def __init__(self, surface: pygame.Surface, height: int, left_px: int, top_px: int, scale: int) -> None:
        self.surface = surface
        self.unit = height * scale
        self.left, self.top = left_px * scale, top_px * scale

    def p(self, x: float, y: float) -> tuple[float, float]:
        return x * self.unit - self.left, y * self.unit - self.top

    def n(self, v: float) -> int:
        return max(1, round(v * self.unit))

    def circle(self, colour, x, y, r) -> None:
        pygame.draw.circle(self.surface, colour, self.p(x, y), max(1.0, r * self.unit))

    def ellipse(self, colour, x, y, w, h) -> None:
        px, py = self.p(x - w / 2, y - h / 2)
        pygame.draw.ellipse(self.surface, colour, pygame.Rect(round(px), round(py), self.n(w), self.n(h)))

    def rrect(self, colour, x, y, w, h, r) -> None:
        px, py = self.p(x, y)
        pygame.draw.rect(self.surface, colour, pygame.Rect(round(px), round(py), self.n(w), self.n(h)),
                         border_radius=self.n(r))

    def poly(self, colour, points) -> None:
        pygame.draw.polygon(self.surface, colour, [self.p(x, y) for x, y in points])

    def stroke(self, colour, points, width) -> None:
        """A thick polyline with round ends and joints."""
        pts = [self.p(x, y) for x, y in points]
        r = max(1.0, width * self.unit / 2)
        for a, b in zip(pts, pts[1:]):
            dx, dy = b[0] - a[0], b[1] - a[1]
            length = math.hypot(dx, dy) or 1.0
            nx, ny = -dy / length * r, dx / length * r
            pygame.draw.polygon(self.surface, colour, [(a[0] + nx, a[1] + ny), (b[0] + nx, b[1] + ny),
                                                       (b[0] - nx, b[1] - ny), (a[0] - nx, a[1] - ny)])
        for q in pts:
            pygame.draw.circle(self.surface, colour, q, r)

    def arc(self, colour, x, y, rx, ry, start, end, width, steps=16) -> None:
        """Degrees, 0 = right, 90 = down."""
        pts = [(x + rx * math.cos(math.radians(a)), y + ry * math.sin(math.radians(a)))
               for a in (start + (end - start) * i / steps for i in range(steps + 1))]
        self.stroke(colour, pts, width)

    def outlined_stroke(self, fill, points, width, outline=OUTLINE) -> None:
        self.stroke(INK, points, width + 2 * outline)
        self.stroke(fill, points, width)


def _render(key: tuple) -> _Layer:
    kind, height = key[0], key[1]
    x0, y0, x1, y1 = _arms_region(*key[2:]) if kind == "arms" else _REGIONS[kind]
    if x1 <= x0:
        return pygame.Surface((1, 1), pygame.SRCALPHA), 0, 0
    left, top = math.floor(x0 * height), math.floor(y0 * height)
    width, tall = math.ceil(x1 * height) - left, math.ceil(y1 * height) - top
    scale = SUPERSAMPLE if height < 200 else 2  # big pictures need less supersampling to look smooth
    big = pygame.Surface((width * scale, tall * scale), pygame.SRCALPHA)
    big.fill((*(SCREEN if kind == "face" else INK), 0))  # edge pixels fade into a matching colour
    brush = _Brush(big, height, left, top, scale)
    if kind == "shadow":
        brush.ellipse(SHADOW, 0.0, 0.968, 0.5, 0.05)
    elif kind == "feet":
        _feet(brush)
    elif kind == "body":
        _body(brush, covering=key[2])
    elif kind == "face":
        _face(brush, mood=key[2], blink=key[3], mouth=key[4])
    elif kind == "tails":
        _tails(brush, covering=key[2], phase=key[3])
    else:
        _arms(brush, mood=key[2], frame=key[3], front=key[4])
    picture = pygame.transform.smoothscale(big, (width, tall))
    if kind == "shadow" and height >= 40:
        picture = pygame.transform.gaussian_blur(picture, max(1, height // 80))
    used = picture.get_bounding_rect()
    if used.width == 0 or used.height == 0:
        return pygame.Surface((1, 1), pygame.SRCALPHA), 0, 0
    return picture.subsurface(used).copy(), left + used.x, top + used.y


# where each layer may draw (x0, y0, x1, y1) in H units; generous, as pictures are cropped after
_REGIONS = {
    "shadow": (-0.3, 0.92, 0.3, 1.0),
    "feet": (-0.24, 0.82, 0.24, 1.0),
    "body": (-0.3, 0.07, 0.3, 0.9),
    "face": (-SCREEN_HALF_W, SCREEN_TOP, SCREEN_HALF_W, SCREEN_BOTTOM),
    "tails": (0.2, 0.05, 0.5, 0.5),
}


def _arms_region(mood: str, frame: int, front: bool) -> tuple[float, float, float, float]:
    """Just the area round the arms in this layer (and the bubble or wave marks in front)."""
    points = [p for side in (-1, 1) for pose, in_front in [_arm_pose(mood, side, frame)] if in_front == front
              for p in pose]
    if front and mood == "thinking":
        points += [(-0.47, 0.0), (-0.28, 0.22)]
    if not points:
        return 0.0, 0.0, 0.0, 0.0
    margin = 0.14 if front and mood == "waving" else 0.07
    return (min(x for x, _y in points) - margin, min(y for _x, y in points) - margin,
            max(x for x, _y in points) + margin, max(y for _x, y in points) + margin)


# ---- the parts ------------------------------------------------------------------------------------
def _feet(b: _Brush) -> None:
    for side in (-1, 1):
        x = side * 0.115
        b.ellipse(INK, x, FEET_Y, 0.2, 0.11)
        b.ellipse(BODY_DARK, x, FEET_Y, 0.2 - 2 * OUTLINE, 0.11 - 2 * OUTLINE)
        b.ellipse(BODY, x - side * 0.008, FEET_Y + 0.01, 0.1, 0.03)


def _body(b: _Brush, covering: bool) -> None:
    w, top, bottom = BODY_HALF_W, BODY_TOP, BODY_BOTTOM
    o = OUTLINE * 1.25
    b.rrect(INK, -w - o, top - o, 2 * (w + o), bottom - top + 2 * o, BODY_RADIUS + o)
    b.rrect(BODY_DARK, -w, top, 2 * w, bottom - top, BODY_RADIUS)  # shaded right side
    b.rrect(BODY, -w, top, 2 * w - 0.035, bottom - top - 0.012, BODY_RADIUS)
    b.rrect(BODY_LIGHT, -w + 0.025, top + 0.07, 0.028, bottom - top - 0.2, 0.014)  # shine
    b.circle(BODY_LIGHT, -w + 0.06, top + 0.035, 0.014)
    # side buttons
    b.rrect(INK, w - 0.004, 0.3, 0.028, 0.1, 0.012)
    b.rrect(BODY_DARK, w, 0.3 + OUTLINE * 0.6, 0.016, 0.1 - OUTLINE * 1.2, 0.008)
    # the screen, with a soft inner edge and a glare stripe
    sw, st, sb = SCREEN_HALF_W, SCREEN_TOP, SCREEN_BOTTOM
    b.rrect(INK, -sw - 0.01, st - 0.01, 2 * sw + 0.02, sb - st + 0.02, SCREEN_RADIUS + 0.01)
    b.rrect(SCREEN_SHADE, -sw, st, 2 * sw, sb - st, SCREEN_RADIUS)
    b.rrect(SCREEN, -sw + 0.012, st + 0.016, 2 * sw - 0.024, sb - st - 0.024, SCREEN_RADIUS - 0.01)
    b.poly(SCREEN_GLARE, [(sw - 0.14, st + 0.02), (sw - 0.075, st + 0.02), (sw - 0.015, st + 0.08),
                          (sw - 0.015, st + 0.16)])
    # speaker slot under the screen
    b.rrect(INK, -0.05, 0.815, 0.1, 0.026, 0.013)
    # the camera: uncovered unless Sango is covering it with the headband
    b.circle(INK, 0.0, CAMERA_Y, 0.02)
    b.circle(CAMERA, 0.0, CAMERA_Y, 0.012)
    b.circle(WHITE, 0.005, CAMERA_Y - 0.005, 0.004)
    _headband(b, covering)


def _headband(b: _Brush, covering: bool) -> None:
    y = BAND_Y[covering]
    w = BODY_HALF_W + 0.025
    h = BAND_H + (0.012 if covering else 0.0)
    o = OUTLINE
    b.rrect(INK, -w - o, y - o, 2 * (w + o), h + 2 * o, 0.03)
    b.rrect(BAND_DARK, -w, y, 2 * w, h, 0.022)
    b.rrect(BAND, -w, y, 2 * w, h * 0.72, 0.022)
    b.rrect(BAND_LIGHT, -w + 0.03, y + h * 0.14, 2 * w - 0.06, h * 0.16, 0.01)
    # the knot at the right-hand end
    kx, ky = w - 0.005, y + h / 2
    b.ellipse(INK, kx, ky, 0.07, 0.085)
    b.ellipse(BAND_DARK, kx, ky, 0.07 - 2 * o, 0.085 - 2 * o)
    b.ellipse(BAND, kx - 0.006, ky - 0.008, 0.03, 0.034)
    # the @ emblem on a round white badge
    ex, ey = 0.0, y + h / 2
    b.circle(INK, ex, ey, 0.062)
    b.circle(WHITE, ex, ey, 0.062 - o)
    _at_sign(b, ex, ey, 0.036)


def _at_sign(b: _Brush, x: float, y: float, r: float) -> None:
    """An @: a small 'a' (a ring with a stem) wrapped in an almost closed circle."""
    wid = r * 0.3
    b.arc(INK, x, y, r * 0.42, r * 0.42, 0, 360, wid, steps=20)  # the 'a' bowl
    b.stroke(INK, [(x + r * 0.42, y - r * 0.45), (x + r * 0.42, y + r * 0.25),
                   (x + r * 0.62, y + r * 0.5), (x + r * 0.9, y + r * 0.3), (x + r, y)], wid)
    b.arc(INK, x, y, r, r, 0, -300, wid, steps=28)  # round the outside, anticlockwise, open at the lower right


def _face(b: _Brush, mood: str, blink: bool, mouth: int) -> None:
    eye_y, eye_dx = 0.47, 0.096
    # cheeks (soft, never the only cue)
    for side in (-1, 1):
        b.ellipse(BLUSH, side * 0.148, 0.572, 0.074, 0.04)
    look = {"thinking": (-0.016, -0.024), "concerned": (0.0, 0.008), "covering": (0.01, 0.0)}.get(mood, (0.0, 0.0))
    for side in (-1, 1):
        ex = side * eye_dx
        if mood == "cheering" or (mood == "covering" and side == 1):
            b.arc(INK, ex, eye_y + 0.022, 0.042, 0.04, 200, 340, 0.022)  # happy ^ (and the wink)
        elif blink:
            b.arc(INK, ex, eye_y - 0.01, 0.04, 0.025, 20, 160, 0.02)  # closed: a soft downward curve
        else:
            _eye(b, ex, eye_y, mood, look)
    _brows(b, mood, eye_y, eye_dx)
    _mouth(b, mood, mouth, 0.59)


def _eye(b: _Brush, x: float, y: float, mood: str, look: tuple[float, float]) -> None:
    w, h = (0.104, 0.124) if mood == "surprised" else (0.094, 0.118)
    b.ellipse(INK, x, y, w + 0.024, h + 0.024)
    b.ellipse(EYE_WHITE, x, y, w, h)
    pupil = 0.5 if mood == "surprised" else 0.72
    px, py = x + look[0], y + look[1] + 0.006
    b.ellipse(INK, px, py, w * pupil, h * pupil)
    b.circle(WHITE, px + w * pupil * 0.18, py - h * pupil * 0.2, w * pupil * 0.24)
    b.circle(WHITE, px - w * pupil * 0.2, py + h * pupil * 0.22, w * pupil * 0.1)


def _brows(b: _Brush, mood: str, eye_y: float, eye_dx: float) -> None:
    y = eye_y - 0.085
    if mood == "concerned":  # soft worried brows: inner ends raised
        for side in (-1, 1):
            b.stroke(INK, [(side * (eye_dx - 0.034), y - 0.014), (side * (eye_dx + 0.03), y + 0.006)], 0.018)
    elif mood == "surprised":
        for side in (-1, 1):
            b.arc(INK, side * eye_dx, y + 0.012, 0.04, 0.022, 210, 330, 0.016)
    elif mood == "thinking":
        b.arc(INK, -eye_dx, y - 0.006, 0.036, 0.018, 210, 330, 0.016)  # one brow up
        b.stroke(INK, [(eye_dx - 0.034, y + 0.008), (eye_dx + 0.032, y + 0.002)], 0.016)


def _mouth(b: _Brush, mood: str, mouth: int, y: float) -> None:
    if mouth == 0 and mood == "talking":
        mouth = 1  # the talking mood keeps its mouth a little open
    if mouth == 1:
        b.ellipse(INK, 0.0, y + 0.012, 0.07, 0.05)
        b.ellipse(TONGUE, 0.0, y + 0.024, 0.036, 0.018)
    elif mouth == 2 or mood == "cheering":
        big = mood == "cheering"
        w, d = (0.068, 0.07) if big else (0.05, 0.058)
        pts = [(-w, y - 0.008)] + [(w * math.cos(math.radians(a)), y - 0.008 + d * math.sin(math.radians(a)))
                                  for a in range(0, 181, 12)]
        b.stroke(INK, pts + [pts[0]], 0.014)
        b.poly(INK, pts)
        b.ellipse(TONGUE, 0.0, y - 0.008 + d * 0.72, w * 1.0, d * 0.5)
        b.rrect(WHITE, -w * 0.6, y - 0.008, w * 1.2, d * 0.2, 0.006)  # a row of teeth
    elif mood == "surprised":
        b.ellipse(INK, 0.0, y + 0.012, 0.05, 0.06)
        b.ellipse(TONGUE, 0.0, y + 0.024, 0.026, 0.018)
    elif mood == "concerned":
        b.arc(INK, 0.0, y + 0.03, 0.036, 0.02, 205, 335, 0.018)  # a small, soft frown
    elif mood == "thinking":
        b.stroke(INK, [(-0.035, y + 0.006), (0.0, y + 0.002), (0.03, y - 0.01)], 0.018)
    else:
        b.arc(INK, 0.0, y - 0.02, 0.056, 0.04, 25, 155, 0.02)  # a happy smile


def _tails(b: _Brush, covering: bool, phase: int) -> None:
    """Two ribbon tails from the knot, rippling in the wind (a travelling wave along them)."""
    y = BAND_Y[covering] + BAND_H / 2
    root_x = BODY_HALF_W + 0.03
    for i, (length, droop, width, colour) in enumerate(((0.2, 0.03, 0.068, BAND), (0.15, 0.1, 0.06, BAND_DARK))):
        upper, lower = [], []
        steps = 10
        for s in range(steps + 1):
            f = s / steps
            ripple = math.sin(2 * math.pi * (f * 1.0 - phase / FLUTTER_FRAMES) + i * 1.7) * 0.022 * f
            cx, cy = root_x + length * f, y + droop * f * f + ripple + i * 0.01
            half = width / 2 * (1 - 0.2 * f)
            upper.append((cx, cy - half))
            lower.append((cx, cy + half))
        tip = upper[-1][0] - 0.02, (upper[-1][1] + lower[-1][1]) / 2  # a swallow-tail notch
        shape = upper + [tip] + lower[::-1]
        b.stroke(INK, shape + [shape[0]], OUTLINE * 1.4)
        b.poly(INK, shape)
        o = OUTLINE * 0.5
        inner = ([(x, y2 + o) for x, y2 in upper[:-1]] + [(upper[-1][0] - o, upper[-1][1] + o), (tip[0] + o, tip[1]),
                 (lower[-1][0] - o, lower[-1][1] - o)] + [(x, y2 - o) for x, y2 in lower[-2::-1]])
        b.poly(colour, inner)


def _arm_pose(mood: str, side: int, frame: int) -> tuple[list[tuple[float, float]], bool]:
    """The points of one arm (shoulder, elbow, hand) and whether it is drawn in front of the body."""
    shoulder = (side * (BODY_HALF_W - 0.01), SHOULDER_Y)
    wave = math.sin(frame / ARM_FRAMES * 2 * math.pi)
    rest = ([shoulder, (side * 0.33, 0.6), (side * 0.355, 0.685)], False)
    if mood == "cheering":
        hand = (side * (0.36 + 0.012 * wave), 0.15 - 0.02 * wave)
        return [shoulder, (side * 0.36, 0.38), hand], True
    if mood == "waving" and side == 1:
        elbow = (0.37, 0.4)
        angle = math.radians(-92 + 22 * wave)
        return [shoulder, elbow, (elbow[0] + 0.15 * math.cos(angle), elbow[1] + 0.15 * math.sin(angle))], True
    if mood == "thinking" and side == 1:
        return [shoulder, (0.2, 0.7), (0.075, 0.64)], True  # hand to chin
    if mood == "covering":
        y = BAND_Y[True] + BAND_H / 2
        return [shoulder, (side * 0.35, 0.4), (side * 0.25, y + 0.01)], True
    if mood == "concerned":
        return [shoulder, (side * 0.24, 0.72), (side * 0.06, 0.7)], True  # hands held together
    return rest


def _arms(b: _Brush, mood: str, frame: int, front: bool) -> None:
    for side in (-1, 1):
        points, in_front = _arm_pose(mood, side, frame)
        if in_front != front:
            continue
        b.outlined_stroke(BODY, _smooth(points), 0.05)
        hx, hy = points[-1]
        b.circle(INK, hx, hy, 0.046)
        b.circle(GLOVE_SHADE, hx, hy, 0.046 - OUTLINE)
        b.circle(GLOVE, hx - 0.006, hy - 0.007, 0.03)
    if front and mood == "waving":  # little motion marks beside the waving hand
        wave = math.sin(frame / ARM_FRAMES * 2 * math.pi)
        hx, hy = _arm_pose(mood, 1, frame)[0][-1]
        for r in (0.075, 0.105):
            b.arc(INK, hx - 0.01 * wave, hy + 0.01, r, r, -60, -20, 0.012, steps=6)
    if front and mood == "thinking":  # a little thought bubble rising to the upper left
        for x, y, r in ((-0.3, 0.2, 0.016), (-0.35, 0.13, 0.024)):
            b.circle(INK, x, y, r + OUTLINE * 0.7)
            b.circle(WHITE, x, y, r)
        b.ellipse(INK, -0.39, 0.045, 0.13 + OUTLINE * 1.4, 0.08 + OUTLINE * 1.4)
        b.ellipse(WHITE, -0.39, 0.045, 0.13, 0.08)
        for k in (-1, 0, 1):
            b.circle(INK, -0.39 + k * 0.032, 0.045, 0.01)


def _smooth(points: list[tuple[float, float]], steps: int = 8) -> list[tuple[float, float]]:
    """A quadratic curve through shoulder, towards the elbow, to the hand."""
    (ax, ay), (cx, cy), (bx, by) = points
    out = []
    for i in range(steps + 1):
        f = i / steps
        out.append(((1 - f) ** 2 * ax + 2 * (1 - f) * f * cx + f * f * bx,
                    (1 - f) ** 2 * ay + 2 * (1 - f) * f * cy + f * f * by))
    return out
