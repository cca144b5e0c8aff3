"""The presenter view: a class plays lessons together on a projector, the teacher sets the pace.

The lessons are played by the game's own lesson scenes (hosted, see hosted.py) with extra-large text and
high-contrast colours; this scene adds what a teacher needs on top: next and back, number keys for the
class's vote, reveal the answer, pause, discussion moments with notes, team turns and an optional timer.
"""
from __future__ import annotations

import pygame

from ...classroom.discussion import BEFORE_QUIZ, END, moments
from ...classroom.teams import TeamPlay
from ...content.model import ChoiceStep, Lesson, QuizStep
from ...engine import theme
from ...engine.painter import LOGICAL_H, LOGICAL_W, Painter
from ...engine.scene import Scene
from ...engine.widgets import Button
from ...i18n import _
from ..common import panel
from .hosted import LessonHost, high_contrast, snapshot
from .presenter_draw import PresenterDrawing

PRESENTER_TEXT_SCALE = 1.5
TIMER_CHOICES = (0, 30, 60, 120)  # seconds; 0: no timer (the default)
DIGITS = {getattr(pygame, f"K_{n}"): n for n in range(1, 10)} | {getattr(pygame, f"K_KP{n}"): n for n in range(1, 10)}
NEXT_KEYS = (pygame.K_PAGEDOWN, pygame.K_n)
BACK_KEYS = (pygame.K_PAGEUP,)


class PresenterScene(PresenterDrawing, Scene):
    name = "presenter"

    def __init__(self, game, lessons: list[Lesson], teams: TeamPlay | None = None) -> None:
        super().__init__(game)
        self.lessons = list(lessons)
        self.teams = teams
        self.index = 0  # which lesson of the session
        self.mode = "intro"  # intro, lesson, talk, lesson-end, done
        self.host: LessonHost | None = None
        self.pending: list[str] = []  # discussion slots waiting, the first one shown
        self.question = 0  # which question of that slot
        self.talked: set[str] = set()
        self.answers_seen = 0
        self.runner_id = 0  # which runner answers_seen counts
        self.last: tuple | None = None  # (step id, option chosen) after the last input
        self.last_answer: tuple | None = None  # (team, right) for the banner after a team answered
        self.session_answers: list[tuple[str, list]] = []  # (lesson id, answers) of finished lessons
        self.history: list[dict] = []
        self.revealed = self.paused = self.notes_open = self.menu_open = False
        self.timer_limit = 0
        self.timer_left = 0.0
        self.hint = ""
        self.hint_left = 0.0

    # ---- life cycle ---------------------------------------------------------------------------
    def enter(self) -> None:
        self.game.painter.text_scale = PRESENTER_TEXT_SCALE
        super().enter()

    def resume(self) -> None:
        self.game.painter.text_scale = PRESENTER_TEXT_SCALE
        self.relayout()

    def relayout(self) -> None:
        super().relayout()
        if self.host is not None:
            self.host.stack.relayout()

    def leave(self) -> None:
        """Back to the classroom menu, with the game's usual text size."""
        self.game.scenes.pop()
        self.game.apply_settings()

    @property
    def lesson(self) -> Lesson:
        return self.lessons[min(self.index, len(self.lessons) - 1)]

    @property
    def runner(self):
        return self.host.runner if self.host is not None else None

    # ---- the teacher's buttons ----------------------------------------------------------------
    def layout(self) -> None:
        if self.menu_open:
            self._menu_buttons()
            return
        if self.mode == "lesson":
            self.controls.add(Button(pygame.Rect(204, 20, 64, 60), "", self.open_menu, name="teacher",
                                     icon="grown-up", style="quiet"))
            return
        right = pygame.Rect(LOGICAL_W - 380, LOGICAL_H - 100, 350, 76)
        if self.mode == "done":
            self.controls.add(Button(right, _("Class results"), self.show_results, name="results", icon="star"))
            self.controls.add(Button(pygame.Rect(30, LOGICAL_H - 100, 350, 76), _("Finish"), self.leave,
                                     name="finish", icon="home", style="secondary"))
        else:
            label = {"intro": _("Start"), "talk": _("Go on"), "lesson-end": _("Next lesson")}[self.mode]
            if self.mode == "lesson-end" and self.index + 1 >= len(self.lessons):
                label = _("Finish")
            self.controls.add(Button(right, label, self.next, name="next", icon="next"))
            if self.history:
                self.controls.add(Button(pygame.Rect(30, LOGICAL_H - 100, 250, 76), _("Back"), self.back_one,
                                         name="back", icon="back", style="secondary"))
            self.controls.add(Button(pygame.Rect(LOGICAL_W - 194, 20, 170, 60), _("Menu"), self.open_menu,
                                     name="teacher", icon="grown-up", style="quiet", text_size=24))
            if self.mode == "talk":
                self.controls.add(Button(pygame.Rect(24, 20, 300, 60), _("Notes for the teacher"), self.toggle_notes,
                                         name="notes", icon="grown-up", style="quiet", text_size=20))
        self.controls.focus = self.controls.find("next") or self.controls.find("results")

    def _menu_buttons(self) -> None:
        rows = [("close", _("Keep going"), self.close_menu, "play", "Esc"),
                ("back", _("Back"), self.back_one, "back", "PgUp"),
                ("reveal", _("Show the answer"), self.reveal, "eye", "R"),
                ("pause", _("Pause"), self.pause, "stop", "P"),
                ("notes", _("Notes for the teacher"), self.toggle_notes, "grown-up", "H"),
                ("timer", self._timer_label(), self.cycle_timer, "question", "T")]
        if self.teams:
            rows.append(("scores", _("Hide the scores") if self.teams.scoreboard_shown else _("Show the scores"),
                         self.toggle_scores, "star", "S"))
        rows.append(("end", _("End the session"), self.end_session, "home", ""))
        self.menu_keys = {}
        top = 110
        height = min(64, (560 - 10 * len(rows)) / len(rows))
        for i, (name, label, action, icon, key) in enumerate(rows):
            rect = pygame.Rect(400, top + i * (height + 10), 480, height)
            self.controls.add(Button(rect, label, action, name=f"menu-{name}", icon=icon,
                                     style="primary" if i == 0 else "secondary", text_size=20))
            self.menu_keys[name] = key
        self.controls.focus = self.controls.find("menu-close")

    def _timer_label(self) -> str:
        if not self.timer_limit:
            return _("Timer: off")
        return _("Timer: {seconds} s").format(seconds=self.timer_limit)

    def open_menu(self) -> None:
        self.menu_open = True
        self.relayout()

    def close_menu(self) -> None:
        self.menu_open = False
        self.relayout()

    # ---- input --------------------------------------------------------------------------------
    def handle(self, event) -> bool:
        if self.paused:
            if event.kind in ("key", "release"):
                self.paused = False
            return True
        if event.kind == "key" and self._shortcut(event):
            return True
        if self.notes_open and event.kind == "release":
            self.notes_open = False
            return True
        if self.mode == "lesson" and self.host is not None and not self.menu_open:
            # the teacher's button takes pointer input; the keyboard (Tab, Enter) belongs to the lesson
            if event.kind in ("press", "release", "move") and self.controls.handle(event):
                return True
            return self._forward(lambda: self.host.stack.handle(event))
        if self.controls.handle(event):
            return True
        if self.menu_open:
            return event.kind != "move"
        return super().handle(event)

    def _shortcut(self, event) -> bool:
        key, action = event.key, event.action
        if action == "help":
            self.game.open_help()
        elif action == "back":
            if self.notes_open:
                self.notes_open = False
            elif self.menu_open:
                self.close_menu()
            elif self.mode == "lesson" and self.host is not None and self.host.top is not self.host.scene:
                self.host.stack.pop()  # close an overlay the lesson opened (its pause menu, notes)
            else:
                self.open_menu()
        elif self.menu_open:
            return False  # arrows, Tab and Enter move through the menu
        elif action == "right" or key in NEXT_KEYS:
            self.next()
        elif action == "left" or key in BACK_KEYS:
            self.back_one()
        elif key == pygame.K_r:
            self.reveal()
        elif key in (pygame.K_p, pygame.K_b):
            self.pause()
        elif key == pygame.K_t:
            self.cycle_timer()
        elif key == pygame.K_s and self.teams:
            self.toggle_scores()
        elif key == pygame.K_h:
            self.toggle_notes()
        elif key in DIGITS and self.mode == "lesson":
            self.pick(DIGITS[key])
        else:
            return False
        return True

    # ---- teacher actions ----------------------------------------------------------------------
    def next(self) -> None:
        """Go on: the next line or screen of the lesson, the next discussion question, the next lesson."""
        if self.mode == "lesson":
            scene = self.host.top if self.host else None
            # the lesson's own way on: Next, or Check (a multiple-choice or sorting answer), or an activity's Done
            found = [scene.controls.find(name) for name in ("next", "check", "done")] if scene is not None else []
            button = next((b for b in found if b is not None and b.enabled), None)
            if button is not None:
                self._forward(button.on_click)
            elif scene is not None and scene.name.startswith("activity-"):
                self.say(_("Finish the activity with the class first (R shows the answer)."))
            else:
                self.say(_("The class chooses first: click their answer or press its number."))
            return
        self._forward(self._next_screen)

    def _next_screen(self) -> None:
        if self.mode == "intro":
            self.host = LessonHost(self.game, self.lesson)
            self.mode, self.answers_seen, self.last, self.talked = "lesson", 0, None, set()
            self.runner_id = id(self.runner)
        elif self.mode == "talk":
            if self.question + 1 < len(moments(self.lesson)[self.pending[0]]):
                self.question += 1
            else:
                self.pending.pop(0)
                self.question = 0
                if not self.pending:
                    self.mode = "lesson"
                    self._lesson_end_if_finished()
        elif self.mode == "lesson-end":
            self.index += 1
            self.host = None
            self.mode = "intro" if self.index < len(self.lessons) else "done"

    def pick(self, number: int) -> None:
        """The class voted: choose option `number` (as numbered on screen) of a choice or quiz question."""
        scene = self.host.top if self.host else None
        if scene is None or scene.name not in ("story", "quiz"):
            return  # numbers are shown on choices and quiz answers only
        options = [b for b in scene.controls.buttons if b.name.startswith("option-")]
        if 1 <= number <= len(options) and options[number - 1].enabled:
            self._forward(options[number - 1].on_click)

    def back_one(self) -> None:
        self.menu_open = False
        if self.history:
            self._restore(self.history.pop())
        self.relayout()

    def reveal(self) -> None:
        self.revealed = not self.revealed
        self.menu_open = False
        self.relayout()

    def pause(self) -> None:
        self.paused, self.menu_open = True, False
        self.relayout()

    def toggle_notes(self) -> None:
        self.notes_open, self.menu_open = not self.notes_open, False
        self.relayout()

    def toggle_scores(self) -> None:
        if self.teams:
            self.teams.scoreboard_shown = not self.teams.scoreboard_shown
        self.relayout()

    def cycle_timer(self) -> None:
        self.timer_limit = TIMER_CHOICES[(TIMER_CHOICES.index(self.timer_limit) + 1) % len(TIMER_CHOICES)]
        self.timer_left = float(self.timer_limit)
        self.relayout()

    def end_session(self) -> None:
        self.menu_open = False
        self._forward(self._end)

    def _end(self) -> None:
        self.mode, self.host = "done", None

    def show_results(self) -> None:
        from .results import ClassResultsScene
        from ...classroom.results import ClassResults

        results = ClassResults()
        for lesson_id, answers in self.session_answers:
            results.add_all(lesson_id, answers)
        self.game.apply_settings()
        self.game.scenes.push(ClassResultsScene(self.game, results, title=_("This session")))

    def say(self, text: str) -> None:
        self.hint, self.hint_left = text, 4.0

    # ---- following the lesson -----------------------------------------------------------------
    def _position(self) -> tuple:
        runner = self.runner
        where = None
        if runner is not None:
            where = (id(runner), runner.step_id, runner.shown, runner.feedback.id if runner.feedback else None,
                     len(runner.quiz.answers) if runner.quiz else 0, runner.finished)
        return self.mode, self.index, tuple(self.pending), self.question, where

    def _snapshot(self) -> dict:
        runner = self.runner
        return dict(mode=self.mode, index=self.index, pending=list(self.pending), question=self.question,
                    talked=set(self.talked), answers_seen=self.answers_seen, last=self.last,
                    session_answers=list(self.session_answers), teams=self.teams.copy() if self.teams else None,
                    runner=snapshot(runner) if runner is not None else None)

    def _restore(self, saved: dict) -> None:
        runner = saved.pop("runner")
        for name, value in saved.items():
            setattr(self, name, value)
        self.host = LessonHost(self.game, self.lesson, runner=snapshot(runner)) if runner is not None else None
        self.runner_id = id(self.runner) if self.host is not None else 0
        self.revealed = False
        self.timer_left = float(self.timer_limit)

    def _forward(self, action) -> bool:
        """Do something that may move the session on; remember where it was, so Back can return there."""
        before, saved = self._position(), self._snapshot()
        result = action()
        self._follow()
        if self._position() != before:
            self.history.append(saved)
            self.revealed = False
            self.timer_left = float(self.timer_limit)
            self.relayout()
        return True if result is None else result

    def _follow(self) -> None:
        """See what the lesson did: team answers, discussion moments, the end."""
        if self.mode != "lesson" or self.host is None:
            return
        if self.host.empty:  # the lesson's own menu said "Back to lessons"
            self.mode, self.host = "done", None
            return
        runner = self.runner
        if runner is None:
            return
        if id(runner) != self.runner_id:  # "Start again" or "Play again" from the lesson's own menu
            self.runner_id, self.answers_seen, self.talked, self.last = id(runner), 0, set(), None
        answers = runner.quiz.answers if runner.quiz else []
        while self.answers_seen < len(answers):
            answer = answers[self.answers_seen]
            self.answers_seen += 1
            if self.teams:
                self.last_answer = (self.teams.record(answer.correct), answer.correct)
        if self.last is not None:
            step_id, option = self.last
            step = self.lesson.step(step_id) if self.lesson.has_step(step_id) else None
            if isinstance(step, ChoiceStep) and option is not None and option.safe \
                    and (runner.finished or runner.step_id != step_id):
                self._talk(f"after:{step_id}")
        if not runner.finished and isinstance(runner.step, QuizStep) and not answers:
            self._talk(BEFORE_QUIZ)
        if runner.finished:
            self._talk(END)
        self.last = (runner.step_id, runner.feedback)
        if self.pending:
            self.mode, self.question = "talk", 0
        else:
            self._lesson_end_if_finished()

    def _lesson_end_if_finished(self) -> None:
        runner = self.runner
        if self.mode == "lesson" and runner is not None and runner.finished:
            self.session_answers.append((self.lesson.id, list(runner.quiz.answers) if runner.quiz else []))
            self.mode = "lesson-end"

    def _talk(self, slot: str) -> None:
        if slot not in self.talked:
            self.talked.add(slot)
            if slot in moments(self.lesson):
                self.pending.append(slot)

    # ---- time ---------------------------------------------------------------------------------
    def update(self, dt: float) -> None:
        super().update(dt)
        self.hint_left = max(0.0, self.hint_left - dt)
        if self.paused:
            return
        if self.timer_limit:
            self.timer_left = max(0.0, self.timer_left - dt)
        if self.mode == "lesson" and self.host is not None:
            self.host.stack.update(dt)

    # ---- drawing ------------------------------------------------------------------------------
    def draw(self, p: Painter) -> None:
        with high_contrast():
            if self.mode == "lesson" and self.host is not None and not self.host.empty:
                self.host.stack.draw(p)
                self._draw_lesson_extras(p)
            else:
                self.draw_background(p)
                {"intro": self._draw_intro, "talk": self._draw_talk, "lesson-end": self._draw_lesson_end,
                 "done": self._draw_done}[self.mode](p)
            if self.timer_limit and self.mode in ("lesson", "talk"):
                self._draw_timer(p)
            if self.menu_open:
                self._draw_menu(p)
            super().draw(p)
            if self.menu_open:
                self._draw_menu_keys(p)
            if self.notes_open:
                self._draw_notes(p)
            if self.hint_left > 0:
                box = pygame.Rect(200, 300, 880, 120)
                panel(p, box, theme.PANEL, 20, theme.INK)
                p.text(self.hint, box.center, 30, theme.INK, bold=True, anchor="center", width=820, align="center",
                       fit_height=100)
            if self.paused:
                self._draw_paused(p)
