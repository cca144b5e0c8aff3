"""A privacy-settings panel to set safely: each row a setting, its options side by side."""
from __future__ import annotations

import pygame

from ...engine import theme
from ...engine.painter import Painter
from ...engine.widgets import Button
from ...i18n import _, tr
from .base import AREA, ActivityScene

PANEL = pygame.Rect(AREA.x + 80, AREA.y, AREA.width - 160, AREA.height)
HEADER = 56
OPTIONS_X = PANEL.x + PANEL.width * 0.46


class SettingsScene(ActivityScene):
    name = "activity-settings"

    @property
    def check_label(self) -> str:
        return _("Done")

    def instructions(self) -> str:
        return _("Change the settings, then press Done.")

    def rows(self) -> list[pygame.Rect]:
        count = len(self.step.settings)
        height = min(86, (PANEL.height - HEADER - 10) / count)
        return [pygame.Rect(PANEL.x, PANEL.y + HEADER + 6 + i * height, PANEL.width, height) for i in range(count)]

    def build(self) -> None:
        for setting, row in zip(self.step.settings, self.rows()):
            width = (PANEL.right - 16 - OPTIONS_X - 10 * (len(setting.options) - 1)) / len(setting.options)
            for i, option in enumerate(setting.options):
                rect = pygame.Rect(OPTIONS_X + i * (width + 10), row.y + 8, width, row.height - 16)
                chosen = self.activity.values[setting.id] == option.id
                self.controls.add(Button(rect, tr(option.text), lambda s=setting.id, o=option.id: self.set(s, o),
                                         name=f"option-{setting.id}-{option.id}", style="secondary",
                                         selected=chosen, text_size=22, max_lines=2))
        if self.controls.focus is None and self.step.settings:
            first = self.step.settings[0]
            self.controls.focus = self.controls.find(f"option-{first.id}-{first.options[0].id}")

    def set(self, setting_id: str, option_id: str) -> None:
        self.activity.set(setting_id, option_id)
        self.changed(self.activity.said.good)

    def draw_activity(self, p: Painter) -> None:
        p.shadow(PANEL, 24, offset=6, alpha=40)
        p.fill(theme.PANEL, PANEL, 24)
        header = pygame.Rect(PANEL.x, PANEL.y, PANEL.width, HEADER)
        p.fill(theme.APP_BAR, header, 24)
        p.fill(theme.APP_BAR, (header.x, header.y + 28, header.width, HEADER - 28))
        p.icon("settings", (header.x + 34, header.centery), 30, theme.ON_PRIMARY)
        p.text(_("{app}: settings").format(app=self.step.app), (header.x + 62, header.centery), 24,
               theme.ON_PRIMARY, bold=True, anchor="midleft", width=header.width - 80, fit_height=40)
        unsafe = set(self.activity.unsafe()) if self.activity.said is not None else set()
        for setting, row in zip(self.step.settings, self.rows()):
            if row.y > PANEL.y + HEADER + 10:
                p.line(theme.DISABLED, (row.x + 20, row.y), (row.right - 20, row.y), 2)
            x = row.x + 24
            if setting.icon:
                p.icon(setting.icon, (x + 18, row.centery), 32, theme.INK)
                x += 48
            p.text(tr(setting.label), (x, row.centery), 24, theme.INK, bold=True, anchor="midleft",
                   width=OPTIONS_X - x - 44, fit_height=row.height - 12)
            mark = "check" if setting.id not in unsafe else "question"
            colour = theme.GOOD if setting.id not in unsafe else theme.TRY_AGAIN
            if self.activity.said is not None:
                p.icon(mark, (OPTIONS_X - 24, row.centery), 26, colour)
