"""Sango, the ninja phone: our own rendition, drawn from code.

A rounded phone standing on small feet, its screen a friendly face, an @ headband with fluttering
tails. Moods change the eyes, brows, mouth and arms; blinking, a gentle bob and the mouth moving
while talking bring it to life. Frames are drawn supersampled once and cached, so a frame only
blits.
"""
from __future__ import annotations

import math

import pygame

from .canvas import Pen, PictureCache, supersampled
from .palette import (BAND, BAND_DARK, BLUSH, BODY, BODY_DARK, BODY_LIGHT, EYE_WHITE, INK, SCREEN, SCREEN_SHADE,
                      SHADOW, WHITE)

MOODS = ("happy", "talking", "thinking", "surprised", "concerned", "cheering", "waving", "covering")
ASPECT = 0.95  # width / height of the picture box
FIGURE = 0.78  # the figure's own unit: its width as a share of the box height
_cache = PictureCache(96)
_FLUTTER_FRAMES = 8
_ARM_FRAMES = 6


def draw_sango(surface: pygame.Surface, center: tuple[int, int], height: int, mood: str = "happy",
               t: float = 0.0, talking: bool = False) -> pygame.Rect:
    """Draw Sango with feet near center[1] + height / 2. Returns the rect drawn."""
    if mood not in MOODS:
        raise ValueError(f"unknown mood {mood!r}; choose one of {', '.join(MOODS)}")
    height = max(24, int(height))
    frame = int(t * 8)
    blink = _blinking(t)
    mouth = frame % 3 if talking else 0
    phase = frame % _FLUTTER_FRAMES
    arm = frame % _ARM_FRAMES if mood in ("waving", "cheering") else 0
    bob = math.sin(t * 2.2) * height * 0.012
    if mood == "cheering":
        bob -= abs(math.sin(t * 5)) * height * 0.04
    width = round(height * ASPECT)
    box = pygame.Rect(0, 0, width, height)
    box.midbottom = (center[0], center[1] + height // 2 + round(bob))
    # back to front: headband tails, body, face, arms in front
    for key in (("tails", height, phase, mood == "covering"), ("body", height, mood), ("face", height, mood, blink, mouth),
                ("arms", height, mood, arm)):
        picture, offset = _cache.get(key, lambda k=key: _layer(k, width))
        surface.blit(picture, (box.x + offset[0], box.y + offset[1]))
    return box


def _blinking(t: float) -> bool:
    """A quick blink every few seconds (at slightly irregular times)."""
    cycle = t % 3.7
    return cycle > 3.55 or (t % 11.3) > 11.18


def _layer(key: tuple, width: int) -> tuple[pygame.Surface, tuple[int, int]]:
    """One layer of the figure, drawn supersampled over only the area it covers, with its offset."""
    kind, height = key[0], key[1]
    unit = height * FIGURE  # final pixels per figure unit
    left = (width - unit) / 2 - unit * 0.04
    k = height / unit
    x, y, w, h = _region(kind, k)
    region = pygame.Rect(round(left + x * unit), round(y * unit), max(1, round(w * unit)), max(1, round(h * unit)))

    def draw(big: pygame.Surface, scale: float) -> None:
        box = pygame.Rect(round((left - region.x) * scale), round(-region.y * scale), round(unit * scale),
                          round(unit * scale))
        pen = Pen(big, box)
        if kind == "tails":
            _tails(pen, k, covering=key[3], phase=key[2])
        elif kind == "body":
            _body(pen, k, key[2])
        elif kind == "face":
            _face(pen, *_screen(k), key[2], key[3], key[4])
        else:
            _arms(pen, k, key[2], key[3], front=True)

    picture = supersampled(region.width, region.height, draw)
    used = picture.get_bounding_rect()
    if used.width == 0:
        return pygame.Surface((1, 1), pygame.SRCALPHA), (0, 0)
    return picture.subsurface(used).copy(), (region.x + used.x, region.y + used.y)


def _region(kind: str, k: float) -> tuple[float, float, float, float]:
    """Where a layer can draw, in figure units (x, y, width, height)."""
    if kind == "face":
        sx, sy, sw, sh = _screen(k)
        return sx, sy, sw, sh
    if kind == "tails":
        by, _bh = _body_top(k)
        return 0.74, by - 0.06 * k, 0.46, 0.32 * k
    return -0.1, 0.0, 1.25, k


_OUTLINE = 0.022
_BX, _BW = 0.2, 0.6  # body left and width, in figure units


def _body_top(k: float) -> tuple[float, float]:
    return 0.1 * k, 0.76 * k


def _screen(k: float) -> tuple[float, float, float, float]:
    by, bh = _body_top(k)
    return _BX + 0.06, by + 0.16 * k, _BW - 0.12, bh * 0.66


def _body(pen: Pen, k: float, mood: str) -> None:
    by, bh = _body_top(k)
    pen.ellipse(SHADOW, 0.5, 0.975 * k, 0.62, 0.045 * k)
    for fx in (0.36, 0.64):
        pen.ellipse(INK, fx, 0.925 * k, 0.2, 0.09 * k)
        pen.ellipse(BODY_DARK, fx, 0.92 * k, 0.17, 0.065 * k)
    _arms(pen, k, mood, 0, front=False)
    pen.round_rect(INK, _BX - _OUTLINE, by - _OUTLINE, _BW + 2 * _OUTLINE, bh + 2 * _OUTLINE, 0.15)
    pen.round_rect(BODY, _BX, by, _BW, bh, 0.13)
    pen.round_rect(BODY_LIGHT, _BX + 0.03, by + 0.02 * k, 0.08, bh * 0.8, 0.04)  # shine on the left edge
    sx, sy, sw, sh = _screen(k)
    pen.round_rect(SCREEN_SHADE, sx, sy + 0.008 * k, sw, sh, 0.08)
    pen.round_rect(SCREEN, sx, sy, sw, sh - 0.01 * k, 0.08)
    pen.round_rect(BODY_DARK, 0.43, by + bh - 0.07 * k, 0.14, 0.03 * k, 0.015)  # speaker slot
    _headband(pen, k, by, mood)


def _face(pen: Pen, sx, sy, sw, sh, mood, blink, mouth) -> None:
    cx = sx + sw / 2
    eye_y = sy + sh * 0.36
    eye_dx = sw * 0.23
    look = {"thinking": (0.012, -0.03)}.get(mood, (0.0, 0.0))
    # cheeks
    for side in (-1, 1):
        pen.ellipse(BLUSH, cx + side * sw * 0.34, sy + sh * 0.6, 0.07, 0.04)
    # eyes
    for side in (-1, 1):
        ex = cx + side * eye_dx
        if blink or mood == "covering":
            pen.arc(INK, ex, eye_y + 0.012, 0.045, 200, 340, 0.022)  # closed, smiling eyes
            continue
        if mood == "cheering":
            pen.arc(INK, ex, eye_y + 0.02, 0.05, 200, 340, 0.026)  # happy ^ ^
            continue
        w, h = (0.105, 0.13) if mood == "surprised" else (0.095, 0.115)
        pen.ellipse(INK, ex, eye_y, w + 0.02, h + 0.02)
        pen.ellipse(EYE_WHITE, ex, eye_y, w, h)
        px, py = ex + look[0] + side * 0.004, eye_y + look[1] + 0.008
        pen.ellipse(INK, px, py, w * 0.62, h * 0.66)
        pen.circle(WHITE, px + 0.014, py - 0.02, 0.014)
        pen.circle(WHITE, px - 0.012, py + 0.016, 0.006)
    # brows
    brow_y = eye_y - 0.095
    if mood == "concerned":
        for side in (-1, 1):
            ex = cx + side * eye_dx
            pen.line(INK, (ex - side * 0.045, brow_y - 0.02), (ex + side * 0.035, brow_y + 0.005), 0.018)
    elif mood == "surprised":
        for side in (-1, 1):
            pen.arc(INK, cx + side * eye_dx, brow_y + 0.02, 0.05, 215, 325, 0.016)
    elif mood == "thinking":
        pen.line(INK, (cx + eye_dx - 0.045, brow_y - 0.015), (cx + eye_dx + 0.04, brow_y - 0.03), 0.016)
    # mouth
    my = sy + sh * 0.66
    if mouth:  # talking: open and close
        open_h = 0.03 + 0.025 * mouth
        pen.ellipse(INK, cx, my, 0.11, open_h + 0.02)
        pen.ellipse((232, 92, 110), cx, my + open_h * 0.2, 0.07, open_h * 0.6)
    elif mood == "surprised":
        pen.ellipse(INK, cx, my, 0.07, 0.08)
        pen.ellipse((232, 92, 110), cx, my + 0.01, 0.04, 0.04)
    elif mood == "concerned":
        pen.arc(INK, cx, my + 0.05, 0.06, 235, 305, 0.02)
    elif mood == "thinking":
        pen.line(INK, (cx - 0.03, my), (cx + 0.04, my - 0.012), 0.02)
    elif mood == "cheering":
        pen.polygon(INK, [(cx - 0.1, my - 0.025), (cx + 0.1, my - 0.025), (cx + 0.075, my + 0.045),
                          (cx, my + 0.07), (cx - 0.075, my + 0.045)])
        pen.ellipse((232, 92, 110), cx, my + 0.035, 0.09, 0.04)
    else:
        pen.arc(INK, cx, my - 0.045, 0.075, 35, 145, 0.022)


def _tails(pen: Pen, k, covering: bool, phase: int) -> None:
    """The headband's two tails, fluttering out to the right (drawn behind the body)."""
    by, _bh = _body_top(k)
    band_y = by + (0.005 if covering else 0.06) * k
    wave = math.sin(phase / _FLUTTER_FRAMES * 2 * math.pi)
    root = (_BX + _BW - 0.01, band_y + 0.0375 * k)
    for i, (length, drop) in enumerate(((0.3, 0.0), (0.26, 0.06))):
        sway = wave * (0.03 + 0.012 * i) * (1 if i == 0 else -1)
        tip = (root[0] + length, root[1] + (drop + 0.02) * k + sway * k)
        upper = (root[0] + length * 0.5, root[1] + (drop * 0.4 - 0.03 - sway * 0.5) * k)
        lower = (root[0] + length * 0.5, root[1] + (drop * 0.6 + 0.025 - sway * 0.5) * k)
        shape = [(root[0], root[1] - 0.03 * k), upper, tip, lower, (root[0], root[1] + 0.03 * k)]
        pen.polygon(INK, shape)
        pen.polygon(BAND if i == 0 else BAND_DARK, _shrink(shape, 0.012))


def _headband(pen: Pen, k, by, mood) -> None:
    """The red @ headband; in 'covering' it is pulled up over the camera at the top."""
    band_y = by + (0.005 if mood == "covering" else 0.06) * k
    band_h = 0.075 * k
    bx, bw = _BX, _BW
    pen.round_rect(INK, bx - 0.035, band_y - 0.012, bw + 0.07, band_h + 0.024, 0.03)
    pen.round_rect(BAND, bx - 0.025, band_y, bw + 0.05, band_h, 0.025)
    pen.round_rect(BAND_DARK, bx - 0.025, band_y + band_h * 0.62, bw + 0.05, band_h * 0.38, 0.02)
    if mood != "covering":  # the camera peeks out above the band
        pen.circle(INK, 0.5, by + 0.03 * k, 0.022)
        pen.circle((90, 110, 150), 0.5, by + 0.03 * k, 0.012)
    # the @ emblem
    ex, ey = 0.5, band_y + band_h / 2
    pen.circle(INK, ex, ey, 0.085)
    pen.circle(WHITE, ex, ey, 0.072)
    pen.circle(INK, ex - 0.004, ey, 0.022, 0.012)  # the a
    pen.line(INK, (ex + 0.02, ey - 0.024), (ex + 0.02, ey + 0.014), 0.012)  # its stem
    pen.arc(INK, ex + 0.032, ey + 0.012, 0.012, 180, 20, 0.011)  # the hook out of the stem
    pen.arc(INK, ex, ey, 0.046, 10, -290, 0.012, steps=30)  # round the outside


def _shrink(points, amount):
    """The polygon pulled towards its centre, for an inner fill inside an outline."""
    cx = sum(x for x, _y in points) / len(points)
    cy = sum(y for _x, y in points) / len(points)
    out = []
    for x, y in points:
        dx, dy = cx - x, cy - y
        length = math.hypot(dx, dy) or 1
        out.append((x + dx / length * amount, y + dy / length * amount))
    return out


def _arms(pen: Pen, k, mood, arm, front: bool) -> None:
    """Arms as thick round strokes with hands. Lowered arms go behind the body."""
    wave = math.sin(arm / _ARM_FRAMES * 2 * math.pi)
    shoulder_y = 0.5 * k
    poses = {
        "cheering": ((0.08, 0.2 * k - wave * 0.02 * k), (0.92, 0.2 * k + wave * 0.02 * k), True, True),
        "waving": ((0.07, 0.66 * k), (0.93 + wave * 0.03, 0.2 * k), False, True),
        "thinking": ((0.07, 0.66 * k), (0.5 + 0.16, 0.72 * k), False, True),
        "covering": ((0.3, 0.12 * k), (0.7, 0.12 * k), True, True),
        "concerned": ((0.18, 0.6 * k), (0.82, 0.6 * k), True, True),
    }
    left_hand, right_hand, left_front, right_front = poses.get(
        mood, ((0.07, 0.68 * k), (0.93, 0.68 * k), False, False))
    for shoulder, hand, in_front in (((0.22, shoulder_y), left_hand, left_front),
                                     ((0.78, shoulder_y), right_hand, right_front)):
        if in_front != front:
            continue
        elbow = ((shoulder[0] + hand[0]) / 2 + (0.04 if hand[0] > 0.5 else -0.04), (shoulder[1] + hand[1]) / 2)
        pen.lines(INK, [shoulder, elbow, hand], 0.075)
        pen.lines(BODY_DARK, [shoulder, elbow, hand], 0.045)
        pen.circle(INK, *hand, 0.05)
        pen.circle(EYE_WHITE, *hand, 0.036)
