"""Drives the real game with real SDL events, the way a player would: tests, benchmarks, screenshots."""
from __future__ import annotations

import pygame

from collections import deque

from sango.app import Game, Options
from sango.content.activities import (
    ChatToolsActivity, PasswordActivity, RedFlagsActivity, SettingsActivity, SortActivity,
)
from sango.content.model import PASSWORD_SYMBOLS, ChoiceStep, Lesson, QuizStep
from sango.content.runner import LessonRunner
from sango.save.storage import MemoryStorage


def make_game(tmp_storage=None, **options) -> Game:
    options.setdefault("language", "en")
    return Game(Options(storage=tmp_storage or MemoryStorage(), seed=options.pop("seed", 1), **options))


class Player:
    def __init__(self, game: Game) -> None:
        self.game = game

    @property
    def scene(self):
        return self.game.scenes.top

    def frames(self, n: int = 1, script=None) -> None:
        self.game.run_frames(n, script)

    def window_pos(self, logical) -> tuple[int, int]:
        return self.game.painter.point(logical)

    def button(self, name: str):
        button = self.scene.controls.find(name)
        if button is None:
            names = [b.name for b in self.scene.controls.buttons]
            raise AssertionError(f"no button {name!r} on {self.scene.name}; there are {names}")
        return button

    def click(self, name: str) -> None:
        button = self.button(name)
        assert button.enabled, f"button {name!r} is disabled"
        self.click_at(button.rect.center)

    def click_at(self, logical) -> None:
        pos = self.window_pos(logical)
        self.frames(2, {
            0: [pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0), touch=False),
                pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1, touch=False)],
            1: [pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1, touch=False)],
        })

    def tap(self, name: str) -> None:
        """A finger tap on a button, as on a tablet."""
        x, y = self.window_pos(self.button(name).rect.center)
        w, h = self.game.window.get_size()
        common = dict(touch_id=1, finger_id=0, x=x / w, y=y / h, dx=0.0, dy=0.0, pressure=1.0)
        self.frames(2, {0: [pygame.event.Event(pygame.FINGERDOWN, **common)],
                        1: [pygame.event.Event(pygame.FINGERUP, **common)]})

    def drag(self, start_name: str, end_name: str, steps: int = 6, finger: bool = False) -> None:
        """Drag from one button to another with the mouse, or with a finger on a touch screen."""
        start = self.window_pos(self.button(start_name).rect.center)
        end = self.window_pos(self.button(end_name).rect.center)
        points = [(start[0] + (end[0] - start[0]) * i // steps, start[1] + (end[1] - start[1]) * i // steps)
                  for i in range(steps + 1)]
        if finger:
            w, h = self.game.window.get_size()

            def event(kind, pos):
                return pygame.event.Event(kind, touch_id=1, finger_id=0, x=pos[0] / w, y=pos[1] / h, dx=0.0, dy=0.0,
                                          pressure=1.0)

            down, move, up = (event(pygame.FINGERDOWN, start), lambda pos: event(pygame.FINGERMOTION, pos),
                              event(pygame.FINGERUP, end))
        else:
            down = pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=start, button=1, touch=False)
            up = pygame.event.Event(pygame.MOUSEBUTTONUP, pos=end, button=1, touch=False)

            def move(pos):
                return pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(1, 0, 0), touch=False)
        script = {0: [down], steps + 1: [up]}
        for i in range(1, steps + 1):
            script[i] = [move(points[i])]
        self.frames(steps + 2, script)

    def save_screen(self, path) -> None:
        """Let the screen settle for a few frames, then save the window as a PNG."""
        self.frames(3)
        pygame.image.save(self.game.window, str(path))

    def key(self, key: int, mod: int = 0, unicode: str = "") -> None:
        self.frames(2, {0: [pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode=unicode, scancode=0)],
                        1: [pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode=unicode, scancode=0)]})

    def type(self, text: str) -> None:
        self.frames(1, {0: [pygame.event.Event(pygame.TEXTINPUT, text=ch) for ch in text]})

    # ---- whole flows --------------------------------------------------------------------------
    def create_profile(self, nickname: str = "Brave Fox", avatar: str = "owl", band: str = "8-12") -> None:
        self.click("play")
        self.click("new")
        for _ in range(len(self.scene.nickname)):
            self.key(pygame.K_BACKSPACE)
        self.type(nickname)
        self.click(f"avatar-{avatar}")
        self.click("create")
        if self.scene.name == "band":
            self.click(f"band-{band}")
        assert self.scene.name == "map", self.scene.name

    def play_lesson(self, lesson_id: str, plan: dict[str, list[str]] | None = None, quiz: str = "right",
                    sort_by: str = "drag") -> list[str]:
        """Play a lesson from the map to its results. `plan[step]` lists options to pick at that
        choice, in order (then the first safe one). `quiz` is "right" or "wrong". Returns the scene
        names and steps seen, for assertions."""
        plan = {k: list(v) for k, v in (plan or {}).items()}
        self.click(f"lesson-{lesson_id}")
        seen = []
        for _ in range(2000):
            scene = self.scene
            if scene.name == "results":
                return seen
            if scene.name == "story":
                runner = scene.runner
                seen.append(runner.step_id)
                step = runner.step
                if isinstance(step, ChoiceStep) and runner.feedback is None:
                    wanted = plan.get(step.id) or [next(o.id for o in step.options if o.safe)]
                    self.click(f"option-{wanted.pop(0)}")
                else:
                    self.click("next")
            elif scene.name == "quiz":
                self.answer_question(scene, quiz, sort_by)
            elif scene.name.startswith("activity-"):
                seen.append(scene.runner.step_id)
                self.play_activity(scene, sort_by)
            else:
                raise AssertionError(f"unexpected scene {scene.name}")
        raise AssertionError("the lesson never ended")

    def play_activity(self, scene, sort_by: str = "drag") -> None:
        """Do a practice activity as a child might: first a poor move or two, then the task."""
        activity = scene.activity
        for name, how in activity_moves(activity):
            if how == "drag" and sort_by in ("drag", "finger"):
                card, group = name
                self.drag(card, group, finger=sort_by == "finger")
            elif how == "drag":
                self.click(name[0])
                self.click(name[1])
            else:
                self.click(name)
        assert activity.done, f"activity {scene.runner.step_id} not done after playing it"
        self.click("next")

    def answer_question(self, scene, quiz: str, sort_by: str) -> None:
        if scene.answer is not None:
            self.click("next")
            return
        q = scene.question
        right = quiz == "right"
        if q.type in ("single", "true_false"):
            options = scene.session.options(q)
            pick = next(o for o in options if o.correct == right)
            self.click(f"option-{pick.id}")
        elif q.type == "multiple":
            for o in scene.session.options(q):
                if o.correct == right:
                    self.click(f"option-{o.id}")
            self.click("check")
        else:
            groups = [g.id for g in q.groups]
            for item in scene.session.items(q):
                if item.id in scene.placed:
                    continue
                group = item.group if right else next(g for g in groups if g != item.group)
                if sort_by in ("drag", "finger"):
                    self.drag(f"card-{item.id}", f"group-{group}", finger=sort_by == "finger")
                else:
                    self.click(f"card-{item.id}")
                    self.click(f"group-{group}")
            self.click("check")


def activity_moves(activity) -> list[tuple]:
    """Button presses that do an activity, poor moves first: (button name, "click") or
    ((card button, group button), "drag")."""
    step = activity.step
    if isinstance(activity, SortActivity):
        moves = []
        for i, card in enumerate(step.items):
            if i == 0:  # first try the wrong group, to see the hint
                wrong = next(g.id for g in step.groups if g.id != card.group)
                moves.append(((f"card-{card.id}", f"group-{wrong}"), "drag"))
            moves.append(((f"card-{card.id}", f"group-{card.group}"), "drag"))
        return moves
    if isinstance(activity, ChatToolsActivity):
        moves = [(f"tool-{t.id}", "click") for t in step.tools if not t.safe]
        moves += [(f"tool-{t.id}", "click") for t in step.tools if t.safe and t.after]  # too early: a tip
        moves += [(f"tool-{t.id}", "click") for t in step.tools if t.safe and not t.after]
        moves += [(f"tool-{t.id}", "click") for t in step.tools if t.safe and t.after]
        return moves
    if isinstance(activity, SettingsActivity):
        moves = [("done", "click")]  # Done too early: Sango points at what is unsafe
        for setting in step.settings:
            unsafe = next((o for o in setting.options if not o.safe), None)
            if unsafe is not None:
                moves.append((f"option-{setting.id}-{unsafe.id}", "click"))
            safe = next(o for o in setting.options if o.safe)
            moves.append((f"option-{setting.id}-{safe.id}", "click"))
        return moves + [("done", "click")]
    if isinstance(activity, RedFlagsActivity):
        return [(f"message-{m.id}", "click") for m in step.messages if not m.flag] + \
               [(f"message-{m.id}", "click") for m in step.messages if m.flag]
    if isinstance(activity, PasswordActivity):
        personal = [t for t in step.tiles if t.personal]
        words = [t for t in step.tiles if not t.personal][:3]
        moves = [(f"tile-{personal[0].id}", "click"), ("undo", "click")] if personal else []
        moves += [(f"tile-{t.id}", "click") for t in words[:2]] + [("done", "click")]  # too weak yet
        moves += [(f"tile-{words[2].id}", "click"), ("symbol-0", "click"), ("done", "click")]
        return moves
    raise TypeError(f"no moves for {type(activity).__name__}")


def solve(activity) -> None:
    """Finish an activity directly, without the screens (for walking through a lesson's story)."""
    step = activity.step
    if isinstance(activity, SortActivity):
        for card in step.items:
            activity.place(card.id, card.group)
    elif isinstance(activity, ChatToolsActivity):
        for tool in sorted((t for t in step.tools if t.safe), key=lambda t: bool(t.after)):
            activity.use(tool.id)
    elif isinstance(activity, SettingsActivity):
        for setting in step.settings:
            activity.set(setting.id, next(o.id for o in setting.options if o.safe))
        activity.check()
    elif isinstance(activity, RedFlagsActivity):
        for message in step.messages:
            if message.flag:
                activity.tap(message.id)
    elif isinstance(activity, PasswordActivity):
        for tile in [t for t in step.tiles if not t.personal][:3]:
            activity.add(tile.id)
        activity.add(PASSWORD_SYMBOLS[0])
        activity.check()


def _walk_to_choice(runner: LessonRunner) -> str | None:
    """Go on until the next choice (its step id) or the end (None), answering any quiz at random."""
    while not runner.finished and not isinstance(runner.step, ChoiceStep):
        if isinstance(runner.step, QuizStep):
            while not runner.quiz.done:
                q = runner.quiz.current
                runner.quiz.answer({} if q.type == "sort" else frozenset() if q.type == "multiple" else q.options[0].id)
        if runner.activity is not None:
            solve(runner.activity)
        runner.advance()
    return None if runner.finished else runner.step_id


def choice_paths(lesson: Lesson) -> list[list[tuple[str, str]]]:
    """Choice sequences that, played in order, together pick every option of every choice once.

    Between two choices a lesson is deterministic, so the choices form a small graph; each path is
    the shortest way to a choice, the option to cover, then the shortest way to the end.
    """
    def after(step_id: str, option_id: str) -> str | None:
        runner = LessonRunner(lesson)
        runner.jump(step_id)
        runner.choose(option_id)
        runner.advance()
        return _walk_to_choice(runner)

    start = _walk_to_choice(LessonRunner(lesson))
    edges: dict[str, dict[str, str | None]] = {}
    queue = deque([start] if start else [])
    while queue:
        node = queue.popleft()
        if node in edges:
            continue
        step = lesson.step(node)
        edges[node] = {o.id: after(node, o.id) for o in step.options}
        queue.extend(t for t in edges[node].values() if t is not None and t not in edges)

    def shortest(source: str | None, goal) -> list[tuple[str, str]]:
        """Choices from `source` until `goal(node)` holds (None is the end)."""
        seen, frontier = {source}, deque([(source, [])])
        while frontier:
            node, path = frontier.popleft()
            if goal(node):
                return path
            for option, target in (edges.get(node) or {}).items():
                if target not in seen:
                    seen.add(target)
                    frontier.append((target, path + [(node, option)]))
        raise AssertionError(f"lesson {lesson.id}: no way from {source!r}")

    paths = []
    for node, options in edges.items():
        to_node = shortest(start, lambda n: n == node)
        for option, target in options.items():
            paths.append(to_node + [(node, option)] + shortest(target, lambda n: n is None))
    return paths or [[]]


def as_plan(path: list[tuple[str, str]]) -> dict[str, list[str]]:
    plan: dict[str, list[str]] = {}
    for step_id, option_id in path:
        plan.setdefault(step_id, []).append(option_id)
    return plan
