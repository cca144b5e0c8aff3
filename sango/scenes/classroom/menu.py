"""The classroom menu, behind the grown-ups' gate: pick the age band, the language, the lessons (or a
ready session plan) and teams, then present, hand the lessons out to shared devices, read the class's
results or print the material."""
from __future__ import annotations

import sys

import pygame

from ...classroom.plans import session_plans, total_minutes
from ...classroom.teams import MAX_TEAMS, MIN_TEAMS, TeamPlay, make_teams
from ...content.model import BANDS, Lesson
from ...engine import theme
from ...engine.painter import Painter
from ...engine.scene import Scene
from ...engine.widgets import Button
from ...i18n import LANGUAGE_NAMES, _, available_languages, ngettext, script, tr
from ..band import band_label
from ..lesson_map import topic_label

MAX_LESSONS_SHOWN = 12
IN_BROWSER = sys.platform == "emscripten"  # no files to hand over or print there


class ClassroomScene(Scene):
    name = "classroom"

    def __init__(self, game, band: str | None = None) -> None:
        super().__init__(game)
        self.band = band if band in BANDS else (game.options.band if getattr(game.options, "band", None) in BANDS
                                                else "8-12")
        self.chosen: list[str] = []  # lesson ids, in the order the teacher picked them
        self.team_count = 0  # 0: the class plays as one

    # ---- what is chosen -----------------------------------------------------------------------
    def band_lessons(self) -> list[Lesson]:
        return self.game.library.for_band(self.band)

    def lessons(self) -> list[Lesson]:
        by_id = {l.id: l for l in self.band_lessons()}
        return [by_id[i] for i in self.chosen if i in by_id]

    def set_band(self, band: str) -> None:
        self.band, self.chosen = band, []
        self.relayout()

    def set_language(self, code: str) -> None:
        self.game.data.settings.language = code
        self.game.apply_settings()
        self.game.persist()

    def toggle_lesson(self, lesson_id: str) -> None:
        if lesson_id in self.chosen:
            self.chosen.remove(lesson_id)
        else:
            self.chosen.append(lesson_id)
        self.relayout()

    def use_plan(self, plan) -> None:
        self.chosen = [l.id for l in plan.lessons]
        self.relayout()

    def set_teams(self, count: int) -> None:
        self.team_count = count
        self.relayout()

    # ---- layout -------------------------------------------------------------------------------
    def layout(self) -> None:
        self.add_corner_buttons(back=True, help=True)
        for i, band in enumerate(BANDS):
            self.controls.add(Button(pygame.Rect(230 + i * 190, 100, 176, 54), band_label(band),
                                     lambda b=band: self.set_band(b), name=f"band-{band}", style="secondary",
                                     selected=band == self.band, text_size=20))
        for i, code in enumerate(available_languages()):
            self.controls.add(Button(pygame.Rect(830 + (i % 3) * 144, 94 + (i // 3) * 40, 136, 36),
                                     LANGUAGE_NAMES[code], lambda c=code: self.set_language(c), name=f"lang-{code}",
                                     style="secondary", selected=self.game.data.settings.language == code,
                                     text_size=18, script=script(code)))
        plans = session_plans(self.game.library.lessons, self.band)
        for i, plan in enumerate(plans[:4]):
            label = f"{topic_label(plan.topic)} · " + ngettext("{n} min", "{n} min", plan.minutes).format(n=plan.minutes)
            self.controls.add(Button(pygame.Rect(230 + i * 262, 172, 250, 56), label, lambda pl=plan: self.use_plan(pl),
                                     name=f"plan-{plan.topic}", style="secondary", text_size=18, max_lines=1,
                                     selected=[l.id for l in plan.lessons] == self.chosen))
        for i, lesson in enumerate(self.band_lessons()[:MAX_LESSONS_SHOWN]):
            rect = pygame.Rect(40 + (i % 3) * 404, 282 + (i // 3) * 63, 392, 55)
            self.controls.add(Button(rect, tr(lesson.title), lambda l=lesson.id: self.toggle_lesson(l),
                                     name=f"lesson-{lesson.id}", style="toggle", selected=lesson.id in self.chosen,
                                     text_size=18))
        counts = [0, *range(MIN_TEAMS, MAX_TEAMS + 1)]
        for i, count in enumerate(counts):
            label = _("No teams") if count == 0 else str(count)
            self.controls.add(Button(pygame.Rect(230 + i * 96 + (60 if count else 0), 538, 150 if count == 0 else 84, 50),
                                     label, lambda c=count: self.set_teams(c), name=f"teams-{count}",
                                     style="secondary", selected=count == self.team_count, text_size=20))
        row = ((_("Present to the class"), self.present, "present", "play", "primary"),
               (_("Shared devices"), self.shared, "shared", "friends", "secondary"),
               (_("Class results"), self.results, "results", "star", "secondary"),
               (_("Print"), self.printables, "print", "report", "secondary"))
        for i, (label, action, name, icon, style) in enumerate(row):
            width = 380 if i == 0 else 270
            x = 40 if i == 0 else 440 + (i - 1) * 280
            self.controls.add(Button(pygame.Rect(x, 630, width, 70), label, action, name=name, icon=icon, style=style,
                                     text_size=22, enabled=(bool(self.chosen) or name == "results")
                                     and (name not in ("results", "print") or not IN_BROWSER)))
        if self.controls.focus is None:
            self.controls.focus = self.controls.find("present")

    # ---- going on -----------------------------------------------------------------------------
    def present(self) -> None:
        from .presenter import PresenterScene

        teams = TeamPlay(make_teams(self.team_count, self.game.options.seed)) if self.team_count else None
        self.game.scenes.push(PresenterScene(self.game, self.lessons(), teams))

    def shared(self) -> None:
        from .shared import SharedDeviceScene

        self.game.scenes.push(SharedDeviceScene(self.game, self.lessons()))

    def results(self) -> None:
        from .results import ResultsHubScene

        self.game.scenes.push(ResultsHubScene(self.game))

    def printables(self) -> None:
        from .printing import PrintScene

        self.game.scenes.push(PrintScene(self.game, self.lessons()))

    def draw(self, p: Painter) -> None:
        self.draw_background(p)
        p.text(_("Classroom"), (640, 24), 40, theme.INK, bold=True, anchor="midtop", width=560, align="center",
               fit_height=60)
        rows = ((_("Age"), 127), (_("Session plans"), 200), (_("Lessons"), 258), (_("Teams"), 563))
        for label, y in rows:
            p.text(label, (40, y), 24, theme.INK, bold=True, anchor="midleft", width=180,
                   fit_height=50)
        lessons = self.lessons()
        if lessons:
            summary = ngettext("{n} lesson chosen, about {minutes} minutes with discussion",
                               "{n} lessons chosen, about {minutes} minutes with discussion", len(lessons)).format(
                n=len(lessons), minutes=total_minutes(lessons))
        else:
            summary = _("Choose a session plan or lessons.")
        p.text(summary, (1240, 258), 20, theme.INK_SOFT, anchor="midright", width=700, align="right", fit_height=30)
        if not self.band_lessons():
            p.text(_("There are no lessons for this age yet."), (640, 320), 24, theme.INK_SOFT, anchor="midtop",
                   width=900, align="center")
        super().draw(p)


def open_classroom(game, band: str | None = None) -> None:
    """The classroom menu, behind the grown-ups' gate."""
    from .gate import through_gate

    through_gate(game, lambda: game.scenes.push(ClassroomScene(game, band)))
