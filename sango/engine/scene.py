"""Scenes and the stack that holds them. An overlay draws over the scene beneath and takes input first."""
from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from . import theme
from .input import Input
from .painter import LOGICAL_H, LOGICAL_W, Painter
from .widgets import Button, Controls

if TYPE_CHECKING:
    from ..app import Game


class Scene:
    overlay = False
    name = "scene"

    def __init__(self, game: Game) -> None:
        self.game = game
        self.controls = Controls()
        self.t = 0.0

    # ---- life cycle ---------------------------------------------------------------------------
    def enter(self) -> None:
        self.relayout()

    def relayout(self) -> None:
        """Rebuild the buttons (first time, and after a language or text-size change)."""
        focus_name = self.controls.focus.name if self.controls.focus else None
        show_focus = self.controls.show_focus
        self.controls.clear()
        self.layout()
        kept = self.controls.find(focus_name) if focus_name else None
        if kept is not None:
            self.controls.focus = kept
        self.controls.show_focus = show_focus

    def layout(self) -> None:
        pass

    def resume(self) -> None:
        """Called when the scene above this one is closed."""

    # ---- input, time, drawing -----------------------------------------------------------------
    def handle(self, event: Input) -> bool:
        if event.kind == "key" and event.action == "help":
            self.game.open_help()
            return True
        if self.controls.handle(event):
            return True
        if event.kind == "key" and event.action == "back":
            self.back()
            return True
        return False

    def back(self) -> None:
        if len(self.game.scenes.stack) > 1:
            self.game.scenes.pop()

    def update(self, dt: float) -> None:
        self.t += dt

    def draw(self, p: Painter) -> None:
        self.controls.draw(p)

    # ---- shared pieces ------------------------------------------------------------------------
    def add_corner_buttons(self, back: bool = True, help: bool = True, settings: bool = False) -> None:
        from ..i18n import _

        if back:
            self.controls.add(Button(pygame.Rect(24, 20, 170, 60), _("Back"), self.back, name="back",
                                     icon="back", style="quiet", text_size=24))
        right = LOGICAL_W - 24
        if help:
            self.controls.add(Button(pygame.Rect(right - 170, 20, 170, 60), _("Help"), self.game.open_help,
                                     name="help", icon="help", style="quiet", text_size=24))
            right -= 186
        if settings:
            self.controls.add(Button(pygame.Rect(right - 200, 20, 200, 60), _("Settings"), self.game.open_settings,
                                     name="settings", icon="settings", style="quiet", text_size=24))

    def draw_background(self, p: Painter) -> None:
        p.clear(theme.BACKGROUND)
        p.fill(theme.BACKGROUND_DEEP, (0, LOGICAL_H - 120, LOGICAL_W, 120))


class SceneStack:
    def __init__(self) -> None:
        self.stack: list[Scene] = []
        self._dim: pygame.Surface | None = None

    @property
    def top(self) -> Scene:
        return self.stack[-1]

    def push(self, scene: Scene) -> Scene:
        self.stack.append(scene)
        scene.enter()
        return scene

    def pop(self) -> Scene:
        scene = self.stack.pop()
        if self.stack:
            self.top.resume()
        return scene

    def replace(self, scene: Scene) -> Scene:
        self.stack.pop()
        return self.push(scene)

    def handle(self, event: Input) -> None:
        if self.stack:
            self.top.handle(event)

    def update(self, dt: float) -> None:
        for scene in self.visible():
            scene.update(dt)

    def visible(self) -> list[Scene]:
        first = len(self.stack) - 1
        while first > 0 and self.stack[first].overlay:
            first -= 1
        return self.stack[first:]

    def draw(self, p: Painter) -> None:
        for scene in self.visible():
            if scene.overlay:
                if self._dim is None or self._dim.get_size() != p.surface.get_size():
                    self._dim = pygame.Surface(p.surface.get_size(), pygame.SRCALPHA)
                    self._dim.fill((10, 20, 50, 150))
                p.surface.blit(self._dim, (0, 0))
            scene.draw(p)

    def relayout(self) -> None:
        for scene in self.stack:
            scene.relayout()


class Overlay(Scene):
    """A panel over the current screen; going back closes it."""

    overlay = True

    def back(self) -> None:
        self.game.scenes.pop()
