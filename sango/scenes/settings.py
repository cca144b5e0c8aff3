"""Settings: sound, text size, language and full screen. Changes apply at once and are saved."""
from __future__ import annotations

import pygame

from ..engine import theme
from ..engine.painter import Painter
from ..engine.scene import Overlay
from ..engine.widgets import Button
from ..i18n import LANGUAGE_NAMES, SUPPORTED, _, available_languages, language, script
from .common import panel

BOX = pygame.Rect(190, 50, 900, 620)
TEXT_SCALES = (1.0, 1.25, 1.5)


class SettingsScene(Overlay):
    name = "settings"

    def layout(self) -> None:
        settings = self.game.data.settings
        x = BOX.x + 360
        self.controls.add(Button(pygame.Rect(x, BOX.y + 120, 240, 64),
                                 _("On") if settings.sound else _("Off"), self.toggle_sound, name="sound",
                                 icon="sound-on" if settings.sound else "sound-off", style="secondary"))
        for i, scale in enumerate(TEXT_SCALES):
            self.controls.add(Button(pygame.Rect(x + i * 150, BOX.y + 220, 136, 64), f"{round(scale * 100)}%",
                                     lambda s=scale: self.set_text_scale(s), name=f"text-{round(scale * 100)}",
                                     style="secondary", selected=settings.text_scale == scale,
                                     text_size=round(22 * scale)))
        self.languages = available_languages()  # looked up once per layout, not every frame
        for i, code in enumerate(self.languages):
            rect = pygame.Rect(x + (i % 3) * 170, BOX.y + 296 + (i // 3) * 62, 160, 54)
            self.controls.add(Button(rect, LANGUAGE_NAMES[code], lambda c=code: self.set_language(c),
                                     name=f"lang-{code}", style="secondary", selected=language() == code,
                                     script=script(code)))
        self.controls.add(Button(pygame.Rect(x, BOX.y + 440, 240, 64),
                                 _("On") if self.game.fullscreen else _("Off"), self.toggle_fullscreen,
                                 name="fullscreen", icon="fullscreen", style="secondary"))
        self.controls.add(Button(pygame.Rect(BOX.right - 280, BOX.bottom - 92, 240, 68), _("Done"), self.back,
                                 name="done", icon="check"))

    def toggle_sound(self) -> None:
        settings = self.game.data.settings
        settings.sound = not settings.sound
        self._changed()
        self.game.sound.play("click")

    def set_text_scale(self, scale: float) -> None:
        self.game.data.settings.text_scale = scale
        self._changed()

    def set_language(self, code: str) -> None:
        self.game.data.settings.language = code
        if self.game.profile:
            self.game.profile.language = code
        self._changed()

    def toggle_fullscreen(self) -> None:
        self.game.toggle_fullscreen()
        self.game.data.settings.fullscreen = self.game.fullscreen
        self._changed()

    def _changed(self) -> None:
        self.game.apply_settings()
        self.game.persist()
        self.relayout()

    def draw(self, p: Painter) -> None:
        panel(p, BOX)
        p.text(_("Settings"), (BOX.x + 40, BOX.y + 30), 42, theme.INK, bold=True, width=BOX.width - 80,
               fit_height=64)
        rows = ((_("Sound"), 120), (_("Text size"), 220), (_("Language"), 320), (_("Full screen (F11)"), 440))
        for label, dy in rows:
            p.text(label, (BOX.x + 40, BOX.y + dy + 32), 28, theme.INK, bold=True, anchor="midleft", width=300,
                   fit_height=76)
        if len(self.languages) < len(SUPPORTED):
            p.text(_("More languages are coming soon."), (BOX.x + 360, BOX.y + 412), 22, theme.INK_SOFT,
                   width=500, fit_height=26)
        super().draw(p)
