"""The story player: dialogue, chat mock-ups and choices, with Sango beside the child."""
from __future__ import annotations

import pygame

from ..content.model import ActivityStep, ChatStep, ChoiceStep, DialogueStep, FeedStep, Lesson, QuizStep
from ..content.runner import LessonRunner
from ..engine import theme
from ..engine.painter import LOGICAL_W, Painter
from ..engine.scene import Scene
from ..engine.widgets import Button
from ..art.avatars import KEYS as AVATAR_KEYS
from ..i18n import _, adapted_avatar, tr
from .common import bubble, panel
from .phone import draw_messages, draw_phone, draw_posts

NEXT_RECT = pygame.Rect(926, 624, 330, 76)
BUBBLE_X, BUBBLE_W = 400, 840
PHONE = pygame.Rect(410, 96, 520, 612)


class LessonScene(Scene):
    """What the story and quiz screens share: the top bar, the pause menu and moving on."""

    def __init__(self, game, runner: LessonRunner) -> None:
        super().__init__(game)
        self.runner = runner

    @property
    def lesson(self) -> Lesson:
        return self.runner.lesson

    def avatar_of(self, speaker: str) -> str:
        """The picture of a lesson character, as the language's adaptations may change it."""
        character = self.lesson.character(speaker)
        if character is None:
            return "unknown"
        picture = adapted_avatar(self.lesson.id, character.id, character.avatar)
        return picture if picture in AVATAR_KEYS else character.avatar

    def speaker_name(self, speaker: str) -> str:
        if speaker == "sango":
            return "Sango"
        character = self.lesson.character(speaker)
        return tr(character.name) if character else ""

    def add_top_bar(self) -> None:
        self.controls.add(Button(pygame.Rect(24, 20, 170, 60), _("Menu"), self.back, name="menu",
                                 icon="back", style="quiet", text_size=24))
        self.controls.add(Button(pygame.Rect(LOGICAL_W - 194, 20, 170, 60), _("Help"), self.game.open_help,
                                 name="help", icon="help", style="quiet", text_size=24))

    def back(self) -> None:
        from .pause import PauseScene

        self.game.scenes.push(PauseScene(self.game, self.lesson))

    def draw_top_bar(self, p: Painter) -> None:
        p.text(tr(self.lesson.title), (LOGICAL_W / 2, 26), 26, theme.INK, bold=True, anchor="midtop",
               width=760, align="center", fit_height=40)
        total = len(self.lesson.steps)
        done = self.runner.step_number - 1 if not self.runner.finished else total
        bar = pygame.Rect(LOGICAL_W / 2 - 200, 70, 400, 12)
        p.fill(theme.BACKGROUND_DEEP, bar, 6)
        p.fill(theme.PRIMARY, (bar.x, bar.y, max(12, bar.width * done / total), bar.height), 6)

    def continue_lesson(self) -> None:
        """After the runner moved: show the screen that fits where it is now."""
        from .quiz import QuizScene
        from .results import ResultsScene

        if self.runner.finished:
            self.game.scenes.replace(ResultsScene(self.game, self.runner))
        elif isinstance(self.runner.step, ActivityStep):
            from .activities import activity_scene

            self.game.scenes.replace(activity_scene(self.game, self.runner))
        elif isinstance(self.runner.step, QuizStep) and not isinstance(self, QuizScene):
            self.game.scenes.replace(QuizScene(self.game, self.runner))
        elif not isinstance(self.runner.step, QuizStep) and type(self) is not StoryScene:
            self.game.scenes.replace(StoryScene(self.game, self.lesson, self.runner))
        else:
            self.relayout()


class StoryScene(LessonScene):
    name = "story"

    def __init__(self, game, lesson: Lesson, runner: LessonRunner | None = None) -> None:
        super().__init__(game, runner or LessonRunner(lesson, seed=game.quiz_seed()))
        self.talk_left = 0.0
        self._said = None

    def enter(self) -> None:
        super().enter()
        if isinstance(self.runner.step, (QuizStep, ActivityStep)):
            self.continue_lesson()

    # ---- buttons ------------------------------------------------------------------------------
    def layout(self) -> None:
        self.add_top_bar()
        step = self.runner.step
        if isinstance(step, ChoiceStep) and self.runner.feedback is None:
            self._choice_buttons(step)
        else:
            label, icon = _("Next"), "next"
            option = self.runner.feedback
            if option is not None and not option.safe:
                label, icon = (_("See what happens"), "next") if option.next else (_("Try again"), "back")
            self.controls.add(Button(NEXT_RECT, label, self.advance, name="next", icon=icon, text_size=28))
            self.controls.focus = self.controls.find("next")

    def _choice_buttons(self, step: ChoiceStep) -> None:
        top = self._prompt_box(step).bottom + 30
        big_pictures = self.lesson.band == "5-7" and len(step.options) == 2
        for i, option in enumerate(step.options):
            if big_pictures:
                rect = pygame.Rect(BUBBLE_X + i * 430, top, 410, 720 - top - 30)
                button = Button(rect, tr(option.text), lambda o=option.id: self.choose(o), name=f"option-{option.id}",
                                style="secondary", text_size=30, label_bottom=True)
            else:
                height = max(56, min(82, (706 - top) / len(step.options) - 14))
                rect = pygame.Rect(BUBBLE_X, top + i * (height + 14), BUBBLE_W, height)
                button = Button(rect, tr(option.text), lambda o=option.id: self.choose(o), name=f"option-{option.id}",
                                icon=option.icon or "question", style="secondary", text_size=26)
            self.controls.add(button)
        self.controls.focus = self.controls.find(f"option-{step.options[0].id}")

    def choose(self, option_id: str) -> None:
        option = self.runner.choose(option_id)
        self.game.sound.play("good" if option.safe else "think")
        self.talk_left = 2.0
        self.relayout()

    def advance(self) -> None:
        self.runner.advance()
        self.game.sound.play("click")
        self.continue_lesson()

    def handle(self, event) -> bool:
        if super().handle(event):
            return True
        # a tap anywhere else moves the story on, like turning a page (not while a choice waits)
        waiting = isinstance(self.runner.step, ChoiceStep) and self.runner.feedback is None
        if event.kind == "release" and not waiting:
            self.advance()
            return True
        return False

    # ---- time ---------------------------------------------------------------------------------
    def update(self, dt: float) -> None:
        super().update(dt)
        said = (self.runner.step_id, self.runner.shown, self.runner.feedback)
        if said != self._said:
            self._said = said
            self.talk_left = min(3.0, 0.4 + 0.035 * len(self._current_text()))
        self.talk_left = max(0.0, self.talk_left - dt)

    def _current_text(self) -> str:
        step = self.runner.step
        if self.runner.feedback is not None:
            return tr(self.runner.feedback.feedback)
        if isinstance(step, DialogueStep):
            return tr(step.lines[self.runner.shown - 1].text)
        if isinstance(step, ChatStep):
            return tr(step.messages[self.runner.shown - 1].text)
        if isinstance(step, FeedStep):
            return tr(step.posts[self.runner.shown - 1].text)
        if isinstance(step, ChoiceStep):
            return tr(step.prompt)
        return ""

    # ---- drawing ------------------------------------------------------------------------------
    def draw(self, p: Painter) -> None:
        self.draw_background(p)
        self.draw_top_bar(p)
        step = self.runner.step
        if self.runner.feedback is not None:
            self._draw_feedback(p)
        elif isinstance(step, DialogueStep):
            self._draw_dialogue(p, step)
        elif isinstance(step, ChatStep):
            self._draw_chat(p, step)
        elif isinstance(step, FeedStep):
            self._draw_feed(p, step)
        elif isinstance(step, ChoiceStep):
            self._draw_choice(p, step)
        super().draw(p)
        if isinstance(step, ChoiceStep) and self.runner.feedback is None and self.lesson.band == "5-7" \
                and len(step.options) == 2:
            for option in step.options:
                button = self.controls.find(f"option-{option.id}")
                p.icon(option.icon or "question", (button.rect.centerx, button.rect.y + (button.rect.height - 60) / 2),
                       min(150, button.rect.height - 110), theme.INK)

    def _draw_speaker(self, p: Painter, speaker: str, mood: str) -> tuple[float, float]:
        """Draw who is talking on the left; returns where a bubble's tail should point."""
        talking = self.talk_left > 0
        if speaker == "sango":
            p.sango((200, 450), 380, mood, talking=talking)
            return (330, 300)
        if speaker == "narrator":
            p.sango((200, 520), 240, "happy")
            return None
        bob = 4 if talking and int(self.t * 8) % 2 else 0
        p.avatar(self.avatar_of(speaker), (200, 290 - bob), 220)
        p.text(self.speaker_name(speaker), (200, 412), 28, theme.INK, bold=True, anchor="midtop", width=320,
               align="center", fit_height=40)
        p.sango((130, 620), 150, "happy")
        return (320, 290)

    def _draw_dialogue(self, p: Painter, step: DialogueStep) -> None:
        line = step.lines[self.runner.shown - 1]
        tail = self._draw_speaker(p, line.speaker, line.mood)
        text = tr(line.text)
        size = 34 if self.lesson.band == "5-7" else 30
        _w, h = p.measure(text, size, width=BUBBLE_W - 56)
        box = pygame.Rect(BUBBLE_X, 150, BUBBLE_W, max(150, h + 44))
        colour = (255, 248, 226) if line.speaker == "narrator" else theme.BUBBLE
        if line.speaker not in ("sango", "narrator"):
            p.text(self.speaker_name(line.speaker), (BUBBLE_X + 8, 112), 24, theme.INK_SOFT, bold=True,
                   width=BUBBLE_W, fit_height=34)
        bubble(p, box, text, tail, size, colour)
        dots = len(step.lines)
        if dots > 1:
            for i in range(dots):
                p.circle(theme.PRIMARY if i < self.runner.shown else theme.DISABLED,
                         (BUBBLE_X + BUBBLE_W - (dots - i) * 24, box.bottom + 24), 7)

    def _draw_chat(self, p: Painter, step: ChatStep) -> None:
        p.sango((190, 470), 330, "thinking")
        area = draw_phone(p, PHONE, step.app, step.title)
        draw_messages(p, self, step.messages[: self.runner.shown], area)

    def _draw_feed(self, p: Painter, step: FeedStep) -> None:
        p.sango((190, 470), 330, "thinking")
        area = draw_phone(p, PHONE, step.app)
        draw_posts(p, self, step.posts[: self.runner.shown], area)

    def _prompt_size(self, step: ChoiceStep) -> float:
        return self.game.painter.fit(tr(step.prompt), 32, BUBBLE_W - 56, 124, bold=True)

    def _prompt_box(self, step: ChoiceStep) -> pygame.Rect:
        _w, h = self.game.painter.measure(tr(step.prompt), self._prompt_size(step), bold=True, width=BUBBLE_W - 56)
        return pygame.Rect(BUBBLE_X, 110, BUBBLE_W, max(100, h + 44))

    def _draw_choice(self, p: Painter, step: ChoiceStep) -> None:
        tail = self._draw_speaker(p, step.speaker, "thinking")
        box = self._prompt_box(step)
        bubble(p, box, "", tail)
        p.text(tr(step.prompt), (box.x + 28, box.y + 22), self._prompt_size(step), theme.INK, bold=True,
               width=box.width - 56)

    def _draw_feedback(self, p: Painter) -> None:
        option = self.runner.feedback
        mood = option.mood or ("cheering" if option.safe else "concerned")
        p.sango((200, 460), 380, mood, talking=self.talk_left > 0)
        box = pygame.Rect(BUBBLE_X, 130, BUBBLE_W, 440)
        colour, ink = (theme.GOOD_BG, theme.GOOD) if option.safe else (theme.TRY_AGAIN_BG, theme.TRY_AGAIN)
        panel(p, box, colour, 24, ink)
        p.icon("check" if option.safe else "question", (box.x + 56, box.y + 56), 52, ink)
        title = _("Great choice!") if option.safe else _("Hmm, let's think about that.")
        p.text(title, (box.x + 100, box.y + 56), 36, ink, bold=True, anchor="midleft", width=box.width - 130,
               fit_height=80)
        y = p.text(_("You chose: {option}").format(option=tr(option.text)), (box.x + 40, box.y + 104), 24,
                   theme.INK_SOFT, width=box.width - 80, fit_height=64).bottom
        p.text(tr(option.feedback), (box.x + 40, y + 16), 30, theme.INK, width=box.width - 80,
               fit_height=box.bottom - y - 36)
