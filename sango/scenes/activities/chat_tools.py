"""A chat with the app's real buttons: keep evidence, block, report, leave, tell a grown-up."""
from __future__ import annotations

import pygame

from ...engine import theme
from ...engine.painter import Painter
from ...engine.widgets import Button
from ...i18n import _
from ..phone import draw_messages, draw_phone
from .base import AREA, TOOL_NAMES, ActivityScene, tool_label

PHONE = pygame.Rect(AREA.x + 60, AREA.y - 4, 600, AREA.height + 8)
TOOLS_X = PHONE.right + 40


class ChatToolsScene(ActivityScene):
    name = "activity-chat_tools"

    def instructions(self) -> str:
        return _("Which buttons keep you safe? Try them.")

    def build(self) -> None:
        tools = self.step.tools
        height = min(66, (AREA.height - 10 * (len(tools) - 1)) / len(tools))
        for i, tool in enumerate(tools):
            rect = pygame.Rect(TOOLS_X, AREA.y + i * (height + 10), AREA.right - TOOLS_X, height)
            label = tool_label(tool.id, self.lesson.band)
            self.controls.add(Button(rect, label, lambda t=tool.id: self.use(t), name=f"tool-{tool.id}",
                                     icon=TOOL_NAMES[tool.id][1], style="secondary",
                                     selected=tool.id in self.activity.used, text_size=26))
        if self.controls.focus is None:
            self.controls.focus = self.controls.find(f"tool-{tools[0].id}")

    def use(self, tool_id: str) -> None:
        was_done = self.activity.done
        said = self.activity.use(tool_id)
        self.changed(None if was_done else said.good)

    def draw_activity(self, p: Painter) -> None:
        area = draw_phone(p, PHONE, self.step.app, self.step.title)
        draw_messages(p, self, self.step.messages, area)

    def draw_over(self, p: Painter) -> None:
        for tool_id in self.activity.used:
            box = self.controls.find(f"tool-{tool_id}").rect
            p.icon("check", (box.right - 30, box.centery), 30, theme.GOOD)
