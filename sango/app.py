"""The game: one window, one async loop, the scene stack and the services scenes share."""
from __future__ import annotations

import asyncio
import os
import random
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

import pygame

from . import audio, i18n
from .i18n import _
from .content.model import LessonLibrary
from .engine.input import Input, translate
from .engine.painter import LOGICAL_H, LOGICAL_W, Painter
from .engine.scene import Scene, SceneStack
from .helplines import Helpline, country_from_locale, helpline_for
from .catalogues import compile_stale
from .paths import LESSONS, LOCALE
from .save.progress import ProgressStore, Profile, SaveData
from .save.storage import Storage, default_storage
from .web import platform as web

FPS = 60


@dataclass
class Options:
    """How the game was started (command line, tests, the browser)."""

    size: tuple[int, int] = (LOGICAL_W, LOGICAL_H)
    fullscreen: bool = False
    lessons_dir: Path = LESSONS
    storage: Storage | None = None
    seed: int | None = None  # orders quiz options; None shuffles them afresh for every play
    country: str | None = None
    language: str | None = None  # start in this language instead of the saved or system one
    lesson: str | None = None  # open this lesson straight away (translators' preview)
    step: str | None = None  # ... at this step
    classroom: bool = False  # open classroom mode (behind the grown-ups' gate) at start
    band: str | None = None  # classroom mode: start with this age band
    class_folder: Path | None = None  # classroom mode: where results files, CSV and PDFs go
    bundle: Path | None = None  # in the browser: the compiled lessons (default: next to main.py)


class Game:
    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        pygame.display.init()
        pygame.font.init()
        pygame.display.set_caption("Sango")
        pygame.display.set_icon(_window_icon())
        self.windowed_size = self.options.size
        self.fullscreen = False
        self.window = pygame.display.set_mode(self.options.size, pygame.RESIZABLE)
        self.painter = Painter(self.window)
        self.clock = pygame.time.Clock()
        self.running = True
        self.frames = 0
        self.unshown_notices: list[str] = []  # save failures, shown at the next frame (see persist)

        storage, storage_notices = self.options.storage, []
        if storage is None:  # the browser keeps saves in the page's localStorage
            storage, storage_notices = web.open_storage() if web.in_browser() else (default_storage(), [])
        self.store = ProgressStore(storage)
        self.data: SaveData = self.store.load()
        compile_stale(LOCALE)
        if self.options.language:
            self.data.settings.language = self.options.language
        elif self.data.settings.language is None:  # first start: the system's language, where we have it
            self.data.settings.language = i18n.match_language(_system_locale())
        self.profile: Profile | None = None
        self.helpline: Helpline = helpline_for(self.options.country or country_from_locale(_system_locale()))
        self.sound = audio.Sound(enabled=self.data.settings.sound)
        self.apply_settings()
        if self.options.fullscreen or self.data.settings.fullscreen:
            self.toggle_fullscreen()

        from .scenes.title import TitleScene
        from .scenes.notice import NoticeScene

        self.scenes = SceneStack()
        self.scenes.push(TitleScene(self))
        for notice in storage_notices + self.store.notices:
            self.scenes.push(NoticeScene(self, notice))
        if self.options.lesson:
            self.preview(self.options.lesson, self.options.step)
        elif self.options.classroom:
            from .scenes.classroom.menu import open_classroom

            open_classroom(self, self.options.band)

    # ---- services for scenes ----------------------------------------------------------------
    @cached_property
    def library(self) -> LessonLibrary:
        """All lessons, read when first needed so the title screen appears at once."""
        if web.in_browser():  # no PyYAML there: the lessons checked and compiled by `sango build-web`
            from .web.bundle import BUNDLE, load_bundle

            return load_bundle(self.options.bundle or BUNDLE)
        from .lesson_cache import load_cached_library

        return load_cached_library(self.options.lessons_dir)

    def apply_settings(self) -> None:
        settings = self.data.settings
        self.painter.text_scale = settings.text_scale
        self.sound.enabled = settings.sound
        language = (self.profile.language if self.profile else None) or settings.language or i18n.SOURCE_LANGUAGE
        if language != i18n.language():
            i18n.set_language(language)
        self.painter.script = i18n.script()
        self.painter.mirrored = i18n.right_to_left()
        if hasattr(self, "scenes"):
            self.scenes.relayout()

    def quiz_seed(self) -> int:
        """The seed that orders a quiz's answers: fixed when given (tests), fresh for every play."""
        return self.options.seed if self.options.seed is not None else random.randrange(1 << 30)

    def persist(self) -> None:
        """Save profiles and progress now; a failure is shown, and play goes on.

        The notice opens with the next frame: a scene that saves while it opens (the results) would
        otherwise take the notice's place on the stack, and the player would never see it.
        """
        if not self.store.save(self.data):
            self.unshown_notices.extend(self.store.notices[-1:])

    def show_notices(self) -> None:
        from .scenes.notice import NoticeScene

        while self.unshown_notices:
            self.scenes.push(NoticeScene(self, self.unshown_notices.pop(0)))

    def open_help(self) -> None:
        from .scenes.help import HelpScene

        if not isinstance(self.scenes.top, HelpScene):
            self.scenes.push(HelpScene(self))

    def open_settings(self) -> None:
        from .scenes.settings import SettingsScene

        self.scenes.push(SettingsScene(self))

    def preview(self, lesson_id: str, step_id: str | None = None) -> None:
        """Open a lesson at a step without a player (nothing is saved), or say why it can't."""
        from .scenes.notice import NoticeScene
        from .scenes.story import StoryScene

        lesson = self.library.by_id(lesson_id)
        if lesson is None or (step_id and not lesson.has_step(step_id)):
            what = lesson_id if lesson is None else f"{lesson_id} / {step_id}"
            self.scenes.push(NoticeScene(self, _("There is no lesson or step called {name}.").format(name=what)))
            return
        self.scenes.push(StoryScene(self, lesson, _runner_at(lesson, step_id or lesson.steps[0].id, self.quiz_seed())))

    def reload(self) -> None:
        """F5: read lesson files and catalogues again, and show the current lesson step with them."""
        from .scenes.story import LessonScene, StoryScene

        compile_stale(LOCALE)
        i18n.set_language(i18n.language())
        self.__dict__.pop("library", None)
        top = self.scenes.top
        if isinstance(top, LessonScene) and not top.runner.finished:
            lesson = self.library.by_id(top.lesson.id)
            if lesson is not None and lesson.has_step(top.runner.step_id):
                self.scenes.pop()
                self.scenes.push(StoryScene(self, lesson, _runner_at(lesson, top.runner.step_id, self.quiz_seed())))
        self.scenes.relayout()

    def toggle_fullscreen(self) -> None:
        """Full screen at the desktop's size (no video mode change, kind to projectors), or back."""
        self.fullscreen = not self.fullscreen
        if self.fullscreen:
            self.windowed_size = self.window.get_size()
            desktop = pygame.display.get_desktop_sizes()[0]
            self.window = pygame.display.set_mode(desktop, pygame.FULLSCREEN)
        else:
            self.window = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)
        self.painter.resize(self.window)

    # ---- the loop -----------------------------------------------------------------------------
    def frame(self, events: list[pygame.event.Event], dt: float) -> None:
        """One frame: input, update, draw. Tests call this with scripted events and a fixed dt."""
        for event in events:
            self.handle(event)
        self.show_notices()
        self.painter.clock += dt
        self.scenes.update(dt)
        self.scenes.draw(self.painter)
        pygame.display.flip()
        self.frames += 1

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.QUIT:
            self.running = False
        elif event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
            self.window = pygame.display.get_surface()
            self.painter.resize(self.window)
        elif event.type == pygame.KEYDOWN and event.key == pygame.K_F11:
            self.toggle_fullscreen()
        elif event.type == pygame.KEYDOWN and event.key == pygame.K_F5:
            self.reload()
        else:
            action = translate(event, self.painter.to_logical, self.window.get_size())
            if action is None and event.type == pygame.KEYDOWN:  # other keys (letters, a clicker's Page Down)
                action = Input("key", key=event.key)
            if action is not None and self.painter.mirrored and action.action in ("left", "right"):
                action = replace(action, action="right" if action.action == "left" else "left")
            if action is not None:
                self.scenes.handle(action)

    async def run(self) -> None:
        while self.running:
            dt = self.clock.tick(FPS) / 1000
            self.frame(pygame.event.get(), min(dt, 0.1))
            if self.frames == 1 and web.in_browser():
                self.library  # read the lessons now that the first frame is on screen
            await asyncio.sleep(0)
        self.persist()

    def run_frames(self, count: int, script: dict[int, list[pygame.event.Event]] | None = None) -> None:
        """Run `count` frames with a fixed 1/60 s step; `script[n]` events are posted before frame n.

        Posted events go through SDL's real queue and the same translation as a player's input.
        """
        script = script or {}
        for n in range(count):
            for event in script.get(n, []):
                pygame.event.post(event)
            self.frame(pygame.event.get(), 1 / FPS)

    @property
    def top(self) -> Scene:
        return self.scenes.top


def _runner_at(lesson, step_id: str, seed: int):
    from .content.runner import LessonRunner

    runner = LessonRunner(lesson, seed=seed)
    runner.jump(step_id)
    return runner


def _window_icon() -> pygame.Surface:
    from .art.sango_figure import draw_sango

    icon = pygame.Surface((64, 64), pygame.SRCALPHA)
    draw_sango(icon, (32, 32), 64, "happy")
    return icon


def _system_locale() -> str | None:
    if web.in_browser():
        return web.browser_language()
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(name):
            return os.environ[name]
    return None
