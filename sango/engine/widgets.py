"""Buttons and the focus that keyboard players move around with Tab and the arrow keys."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import pygame

from . import theme
from .input import Input
from .painter import Painter


@dataclass(eq=False)
class Button:
    rect: pygame.Rect  # logical
    label: str
    on_click: Callable[[], None]
    name: str = ""  # stable handle for tests and scripted play
    icon: str = ""
    style: str = "primary"  # primary, secondary, choice, quiet
    enabled: bool = True
    selected: bool = False  # a toggled option, e.g. in a multiple-choice question
    text_size: int = 28
    avatar: str = ""  # draw an avatar instead of an icon
    label_bottom: bool = False  # label under a picture the scene draws in the card
    max_lines: int = 0  # 0: as many as the height allows
    reserve_bottom: int = 0  # room kept free under the label (for stars a scene draws there)
    script: str | None = None  # the label's own writing system (a language's name in its own script)

    def draw(self, p: Painter, focused: bool, pressed: bool, hovered: bool = False) -> None:
        r = pygame.Rect(self.rect)
        if pressed:
            r = r.move(0, 2)
        fill, ink, border = self._colours(hovered)
        radius = min(theme.RADIUS, r.height / 2)
        if self.style != "quiet":
            p.shadow(r, radius, offset=0 if pressed else 4)
        p.fill(fill, r, radius)
        if border:
            p.outline(border, r, 3 if self.selected else 2, radius)
        if focused:
            p.outline(theme.FOCUS, r.inflate(10, 10), 4, radius + 5)
        content_left = r.x + 18
        picture = self.avatar or self.icon
        if picture:
            size = min(r.height - 16, 56) if self.avatar else min(r.height - 24, 40)
            centre = (r.x + 16 + size / 2, r.centery)
            if self.avatar:
                p.avatar(self.avatar, centre, size)
            else:
                p.icon(self.icon, centre, size * 0.8, ink)
            content_left = r.x + 30 + size
        box_space = 48 if self.style == "toggle" else 0
        text_w = r.right - 16 - box_space - content_left
        centred = not picture and not box_space
        if self.label_bottom:
            size = fit_size(p, self.label, self.text_size, r.width - 20, 2)
            p.text(self.label, (r.centerx, r.bottom - 14), size, ink, bold=True, width=r.width - 20,
                   align="center", anchor="midbottom")
        elif centred:
            area = pygame.Rect(r.x, r.y, r.width, r.height - self.reserve_bottom)
            size = fit_size(p, self.label, self.text_size, r.width - 24, self._lines(area, p.text_scale), self.script,
                            area.height - 8)
            p.text(self.label, area.center, size, ink, bold=True, width=r.width - 24, align="center", anchor="center",
                   script=self.script)
        else:
            size = fit_size(p, self.label, self.text_size, text_w, self._lines(r, p.text_scale), height=r.height - 8)
            p.text(self.label, (content_left, r.centery), size, ink, bold=True, width=text_w, anchor="midleft")
        if self.style == "toggle":
            box = pygame.Rect(r.right - 48, r.centery - 14, 28, 28)
            p.fill(theme.PANEL, box, 6)
            p.outline(ink, box, 3, 6)
            if self.selected:
                p.icon("check", box.center, 24, theme.PRIMARY)

    def _lines(self, r: pygame.Rect, text_scale: float) -> int:
        return self.max_lines or max(1, int((r.height - 8) // (self.text_size * text_scale * 1.3)))

    def _colours(self, hovered: bool = False):
        if not self.enabled:
            return theme.BACKGROUND_DEEP, theme.INK_SOFT, theme.DISABLED
        if self.style == "primary":
            return (theme.PRIMARY_DARK if hovered else theme.PRIMARY), theme.ON_PRIMARY, None
        if self.style == "quiet":
            return ((200, 222, 250) if hovered else theme.BACKGROUND_DEEP), theme.INK, None
        if self.selected:
            return (226, 236, 255), theme.INK, theme.PRIMARY
        return ((242, 247, 255) if hovered else theme.SECONDARY), theme.INK, (theme.PRIMARY if hovered else theme.INK_SOFT)


@dataclass
class Controls:
    """The buttons of one screen: pointer presses, keyboard focus and activation."""

    buttons: list[Button] = field(default_factory=list)
    focus: Button | None = None
    show_focus: bool = False  # the ring appears once the keyboard is used
    pressed: Button | None = None
    pointer: tuple[float, float] | None = None  # where the mouse is, for hover highlights

    def add(self, button: Button) -> Button:
        self.buttons.append(button)
        return button

    def clear(self) -> None:
        self.buttons.clear()
        self.focus = self.pressed = None

    def find(self, name: str) -> Button | None:
        return next((b for b in self.buttons if b.name == name), None)

    def at(self, pos) -> Button | None:
        return next((b for b in reversed(self.buttons) if b.enabled and b.rect.collidepoint(pos)), None)

    def handle(self, event: Input) -> bool:
        if event.kind == "move":
            self.pointer = event.pos
            return False
        if event.kind == "press":
            self.pressed = self.at(event.pos)
            self.show_focus = False
            return self.pressed is not None
        if event.kind == "release":
            button, self.pressed = self.pressed, None
            if button is not None and button is self.at(event.pos):
                self.focus = button
                button.on_click()
                return True
            return button is not None
        if event.kind == "key":
            return self._key(event.action)
        return False

    def _key(self, action: str) -> bool:
        usable = [b for b in self.buttons if b.enabled]
        if not usable:
            return False
        if self.focus not in usable:
            self.focus = None
        if action in ("next", "prev", "up", "down", "left", "right"):
            self.show_focus = True
            if self.focus is None:
                self.focus = usable[0] if action != "prev" else usable[-1]
            elif action in ("next", "prev"):
                at = usable.index(self.focus) + (1 if action == "next" else -1)
                self.focus = usable[at % len(usable)]
            else:
                self.focus = _nearest(self.focus, usable, action) or self.focus
            return True
        if action == "activate" and self.focus is not None:
            self.show_focus = True
            self.focus.on_click()
            return True
        return False

    def draw(self, p: Painter) -> None:
        hovered = self.at(self.pointer) if self.pointer is not None else None
        for button in self.buttons:
            button.draw(p, self.show_focus and button is self.focus, button is self.pressed, button is hovered)


def fit_size(p: Painter, text: str, size: float, width: float, max_lines: int, script: str | None = None,
             height: float | None = None) -> float:
    """The largest text size up to `size` at which `text` fits `width` in `max_lines` (and `height`,
    if given: scripts differ in line height), words unbroken."""
    script = script or p.script
    key = (text, size, round(width), max_lines, p.text_scale, p.scale, script, height and round(height))
    if key not in _fitted:
        _fitted[key] = _fit(p, text, size, width, max_lines, script, height)
    return _fitted[key]


_fitted: dict[tuple, float] = {}


def _fit(p: Painter, text: str, size: float, width: float, max_lines: int, script: str,
         height: float | None = None) -> float:
    while size > 11:
        widest_word = max((p.measure(w, size, bold=True, script=script)[0] for w in text.split()), default=0)
        tall = p.measure(text, size, bold=True, width=width, script=script)[1]
        lines = tall / (p.measure("Ag", size, bold=True, script=script)[1] * 1.15)
        if widest_word <= width and lines <= max_lines + 0.2 and (height is None or tall <= height):
            return size
        size -= 2
    return size


def _nearest(current: Button, buttons: list[Button], direction: str) -> Button | None:
    """The closest button in a direction, preferring ones in line with the current one."""
    cx, cy = current.rect.center
    best, best_cost = None, float("inf")
    for b in buttons:
        if b is current:
            continue
        dx, dy = b.rect.centerx - cx, b.rect.centery - cy
        along, across = {"up": (-dy, dx), "down": (dy, dx), "left": (-dx, dy), "right": (dx, dy)}[direction]
        if along <= 0:
            continue
        cost = along + 2 * abs(across)
        if cost < best_cost:
            best, best_cost = b, cost
    return best
