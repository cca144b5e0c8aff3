"""Practice activity screens, one per step kind (see docs/lesson-format.md, "Practice activities")."""
from __future__ import annotations

from ...content.model import ChatToolsStep, PasswordStep, RedFlagsStep, SettingsStep, SortStep
from .chat_tools import ChatToolsScene
from .password import PasswordScene
from .red_flags import RedFlagsScene
from .settings_panel import SettingsScene
from .sort import SortScene

SCENES = {SortStep: SortScene, ChatToolsStep: ChatToolsScene, SettingsStep: SettingsScene,
          RedFlagsStep: RedFlagsScene, PasswordStep: PasswordScene}


def activity_scene(game, runner):
    return SCENES[type(runner.step)](game, runner)
