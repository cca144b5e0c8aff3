"""Sound effects at the edge of the game: OGG files from assets/sounds, silent when no audio device."""
from __future__ import annotations

import pygame

from .paths import ASSETS

SOUNDS = ASSETS / "sounds"


class Sound:
    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self._effects: dict[str, pygame.mixer.Sound | None] = {}
        self.available = self._start_mixer()

    @staticmethod
    def _start_mixer() -> bool:
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init()
            return True
        except pygame.error:
            return False  # no audio device: the game plays silently

    def play(self, name: str) -> None:
        if not (self.enabled and self.available):
            return
        effect = self._effects.get(name)
        if name not in self._effects:
            path = SOUNDS / f"{name}.ogg"
            try:
                effect = pygame.mixer.Sound(str(path)) if path.exists() else None
            except pygame.error:
                effect = None
            self._effects[name] = effect
        if effect is not None:
            effect.play()
