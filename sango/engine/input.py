"""Turns raw pygame events into a few input actions in logical coordinates.

Mouse, touch and keyboard all end up as `Input` values, so scenes handle one thing. SDL also
sends a mouse event for each touch; those copies are dropped and the finger events used instead.
"""
from __future__ import annotations

from dataclasses import dataclass

import pygame

KEY_ACTIONS = {
    pygame.K_TAB: "next",
    pygame.K_UP: "up",
    pygame.K_DOWN: "down",
    pygame.K_LEFT: "left",
    pygame.K_RIGHT: "right",
    pygame.K_RETURN: "activate",
    pygame.K_KP_ENTER: "activate",
    pygame.K_SPACE: "activate",
    pygame.K_ESCAPE: "back",
    pygame.K_AC_BACK: "back",
    pygame.K_F1: "help",
    pygame.K_BACKSPACE: "erase",
}


@dataclass(frozen=True)
class Input:
    kind: str  # "press", "release", "move", "key", "text", "scroll"
    pos: tuple[float, float] = (0.0, 0.0)
    action: str = ""  # for "key": next, prev, up, down, left, right, activate, back, help, erase
    text: str = ""  # for "text"
    amount: float = 0.0  # for "scroll": positive scrolls content down
    key: int = 0  # the pygame key code behind a "key" input


def translate(event: pygame.event.Event, to_logical, window_size: tuple[int, int]) -> Input | None:
    """One pygame event as an Input, or None when it means nothing to the scenes."""
    etype = event.type
    if etype in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION):
        if getattr(event, "touch", False):
            return None
        pos = to_logical(event.pos)
        if etype == pygame.MOUSEMOTION:
            return Input("move", pos)
        if event.button != 1:
            return None
        return Input("press" if etype == pygame.MOUSEBUTTONDOWN else "release", pos)
    if etype in (pygame.FINGERDOWN, pygame.FINGERUP, pygame.FINGERMOTION):
        pos = to_logical((event.x * window_size[0], event.y * window_size[1]))
        kind = {pygame.FINGERDOWN: "press", pygame.FINGERUP: "release", pygame.FINGERMOTION: "move"}[etype]
        return Input(kind, pos)
    if etype == pygame.MOUSEWHEEL:
        return Input("scroll", amount=-float(event.y))
    if etype == pygame.KEYDOWN:
        action = KEY_ACTIONS.get(event.key)
        if action == "next" and event.mod & pygame.KMOD_SHIFT:
            action = "prev"
        return Input("key", action=action, key=event.key) if action else None
    if etype == pygame.TEXTINPUT:
        return Input("text", text=event.text)
    return None
