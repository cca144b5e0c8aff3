"""The quiz: single and multiple choice, true or false, and sorting cards into groups.

Every answer gets Sango's explanation of why. Right and wrong are shown with an icon and words,
never by colour alone, and there are no timers.
"""
from __future__ import annotations

import pygame

from ..content.model import Question
from ..content.quiz import Answer
from ..engine import theme
from ..engine.painter import Painter
from ..engine.widgets import Button
from ..i18n import _, ngettext, tr
from .common import bubble, panel
from .dragging import CardDragging
from .story import BUBBLE_W, BUBBLE_X, NEXT_RECT, LessonScene

BOTTOM = 606  # options end above the Next / Check button row


class QuizScene(CardDragging, LessonScene):
    name = "quiz"

    def __init__(self, game, runner) -> None:
        super().__init__(game, runner)
        self.answer: Answer | None = None
        self.selected: set[str] = set()
        self.placed: dict[str, str] = {}  # sort card id -> group id

    @property
    def session(self):
        return self.runner.quiz

    @property
    def question(self) -> Question:
        return self.session.current if self.answer is None else self.answer.question

    # ---- layout -------------------------------------------------------------------------------
    def layout(self) -> None:
        self.add_top_bar()
        if self.answer is not None:
            last = self.session.done
            label = _("See my stars") if last else _("Next question")
            self.controls.add(Button(NEXT_RECT, label, self.next_question, name="next", icon="next", text_size=26))
            self.controls.focus = self.controls.find("next")
            return
        q = self.question
        top = self.prompt_box().bottom + 24
        if q.type == "sort":
            self._sort_buttons(q, top)
        else:
            options = self.session.options(q)
            height = max(48, min(78, (BOTTOM - top) / len(options) - 12))
            for i, option in enumerate(options):
                rect = pygame.Rect(BUBBLE_X, top + i * (height + 12), BUBBLE_W, height)
                style = "toggle" if q.type == "multiple" else "secondary"
                label = _("True") if option.id == "true" and q.type == "true_false" else \
                    _("False") if option.id == "false" and q.type == "true_false" else tr(option.text)
                self.controls.add(Button(rect, label, lambda o=option.id: self.pick(o), name=f"option-{option.id}",
                                         style=style, selected=option.id in self.selected, text_size=26,
                                         icon={"true": "check", "false": "cross"}.get(option.id, "")
                                         if q.type == "true_false" else ""))
            if q.type == "multiple":
                self.controls.add(Button(NEXT_RECT, _("Check"), self.check_multiple, name="check", icon="check",
                                         enabled=bool(self.selected)))
        first = next((b for b in self.controls.buttons if b.name.startswith(("option-", "card-"))), None)
        if self.controls.focus is None:
            self.controls.focus = first

    def _sort_buttons(self, q: Question, top: float) -> None:
        waiting = [item for item in self.session.items(q) if item.id not in self.placed]
        card_w = (BUBBLE_W - 3 * 12) / 4
        for i, item in enumerate(waiting):
            if item.id == self.held and self.drag_pos is not None:
                continue
            rect = pygame.Rect(BUBBLE_X + (i % 4) * (card_w + 12), top + (i // 4) * 80, card_w, 70)
            self.controls.add(Button(rect, tr(item.text), lambda c=item.id: self.hold(c), name=f"card-{item.id}",
                                     style="secondary", selected=item.id == self.held, text_size=21))
        rows = (len(q.items) + 3) // 4
        bin_top = top + rows * 80 + 6
        gap = 16
        bin_w = (BUBBLE_W - gap * (len(q.groups) - 1)) / len(q.groups)
        for i, group in enumerate(q.groups):
            rect = pygame.Rect(BUBBLE_X + i * (bin_w + gap), bin_top, bin_w, BOTTOM - bin_top)
            self.controls.add(Button(rect, "", lambda g=group.id: self.drop(g), name=f"group-{group.id}",
                                     style="secondary", selected=self.held is not None))
            inside = [item for item in self.session.items(q) if self.placed.get(item.id) == group.id]
            for j, item in enumerate(inside):
                chip = pygame.Rect(rect.x + 10 + (j % 2) * (bin_w / 2 - 5), rect.y + 54 + (j // 2) * 52,
                                   bin_w / 2 - 15, 48)
                self.controls.add(Button(chip, tr(item.text), lambda c=item.id: self.unplace(c),
                                         name=f"placed-{item.id}", style="secondary", text_size=17))
        self.controls.add(Button(NEXT_RECT, _("Check"), self.check_sort, name="check", icon="check",
                                 enabled=len(self.placed) == len(q.items)))

    def prompt_size(self) -> float:
        limit = 80 if self.question.type in ("sort", "multiple") else 112
        return self.game.painter.fit(tr(self.question.prompt), 30, BUBBLE_W - 56, limit, bold=True)

    def prompt_box(self) -> pygame.Rect:
        _w, h = self.game.painter.measure(tr(self.question.prompt), self.prompt_size(), bold=True, width=BUBBLE_W - 56)
        return pygame.Rect(BUBBLE_X, 128, BUBBLE_W, max(76, h + 36))

    # ---- answering ----------------------------------------------------------------------------
    def pick(self, option_id: str) -> None:
        if self.question.type == "multiple":
            self.selected ^= {option_id}
            self.relayout()
        else:
            self.submit(option_id)

    def check_multiple(self) -> None:
        self.submit(frozenset(self.selected))

    def drop(self, group_id: str) -> None:
        if self.held is not None:
            self.placed[self.held] = group_id
            self.held = None
            self.game.sound.play("click")
            self.relayout()
            self.controls.focus = next((b for b in self.controls.buttons if b.name.startswith("card-")),
                                       self.controls.find("check"))

    def unplace(self, card_id: str) -> None:
        self.placed.pop(card_id, None)
        self.relayout()

    def check_sort(self) -> None:
        self.submit(dict(self.placed))

    def submit(self, response) -> None:
        self.answer = self.session.answer(response)
        self.game.sound.play("good" if self.answer.correct else "think")
        self.controls.focus = None
        self.relayout()

    def next_question(self) -> None:
        self.answer = None
        self.selected.clear()
        self.placed.clear()
        self.reset_drag()
        self.controls.focus = None
        if self.session.done:
            self.runner.advance()
            self.continue_lesson()
        else:
            self.relayout()

    # ---- dragging cards -----------------------------------------------------------------------
    def handle(self, event) -> bool:
        if self.answer is None and self.question.type == "sort" and self.handle_drag(event):
            return True
        return super().handle(event)

    def card_text(self, card_id: str) -> str:
        return tr(next(i for i in self.question.items if i.id == card_id).text)

    # ---- drawing ------------------------------------------------------------------------------
    def draw(self, p: Painter) -> None:
        self.draw_background(p)
        self.draw_top_bar(p)
        q = self.question
        number = self.session.index if self.answer is not None else self.session.index + 1
        p.text(_("Question {number} of {total}").format(number=number, total=len(self.session.questions)),
               (BUBBLE_X, 94), 22, theme.INK_SOFT, bold=True, width=BUBBLE_W, fit_height=30)
        if self.answer is not None:
            self._draw_feedback(p)
            super(LessonScene, self).draw(p)
            return
        mood = "thinking"
        p.sango((190, 470), 330, mood)
        box = self.prompt_box()
        bubble(p, box, "", (320, 320))
        p.text(tr(q.prompt), (box.x + 28, box.y + 18), self.prompt_size(), theme.INK, bold=True, width=box.width - 56)
        if q.type == "multiple":
            p.text(_("Pick all the right answers, then press Check."), (BUBBLE_X, BOTTOM + 22), 22,
                   theme.INK_SOFT, width=500, fit_height=80)
        super(LessonScene, self).draw(p)
        if q.type == "sort":
            self._draw_sort(p, q)
        self.draw_dragged(p)

    def _draw_sort(self, p: Painter, q: Question) -> None:
        p.text(_("Drag each card into a group, or tap a card and then a group."), (BUBBLE_X, BOTTOM + 22), 22,
               theme.INK_SOFT, width=500, fit_height=80)
        for group in q.groups:
            button = self.controls.find(f"group-{group.id}")
            if group.icon:
                p.icon(group.icon, (button.rect.x + 34, button.rect.y + 30), 34, theme.INK)
            p.text(tr(group.label), (button.rect.x + 62, button.rect.y + 28), 24, theme.INK, bold=True,
                   anchor="midleft", width=button.rect.width - 76, fit_height=44)

    def _draw_feedback(self, p: Painter) -> None:
        answer = self.answer
        q = answer.question
        p.sango((190, 470), 330, "cheering" if answer.correct else "thinking", talking=self.t < 1.5)
        top = p.text(tr(q.prompt), (BUBBLE_X, 124), 22, theme.INK, bold=True, width=BUBBLE_W, fit_height=64).bottom + 10
        box = pygame.Rect(BUBBLE_X, top, BUBBLE_W, BOTTOM - top)
        colour, ink = (theme.GOOD_BG, theme.GOOD) if answer.correct else (theme.TRY_AGAIN_BG, theme.TRY_AGAIN)
        panel(p, box, colour, 24, ink)
        p.icon("check" if answer.correct else "cross", (box.x + 46, box.y + 40), 44, ink)
        title = _("That's right!") if answer.correct else _("Not quite. Here's why:")
        p.text(title, (box.x + 84, box.y + 40), 32, ink, bold=True, anchor="midleft", width=box.width - 120,
               fit_height=56)
        y = box.y + 76
        width = box.width - 72
        if q.type in ("single", "multiple"):
            right = [tr(o.text) for o in self.session.options(q) if o.correct]
            y = p.text(ngettext("The right answer:", "The right answers:", len(right)), (box.x + 36, y), 22,
                       theme.INK_SOFT, bold=True, width=width, fit_height=30).bottom + 4
            for text in right:
                p.icon("check", (box.x + 50, y + 14), 22, theme.GOOD)
                y = p.text(text, (box.x + 72, y), 22, theme.INK, width=width - 36, fit_height=30).bottom
        else:
            y = p.text(self._answer_line(answer), (box.x + 36, y), 22, theme.INK, bold=True, width=width,
                       fit_height=60).bottom
        p.text(tr(q.explanation), (box.x + 36, y + 10), 26, theme.INK, width=width, fit_height=box.bottom - 26 - y)

    def _answer_line(self, answer: Answer) -> str:
        q = answer.question
        if q.type == "sort":
            right = round(answer.score * len(q.items))
            return ngettext("You put {n} of {total} card in the right group.",
                            "You put {n} of {total} cards in the right group.", len(q.items)).format(
                n=right, total=len(q.items))
        return _("The answer is: True") if "true" in q.correct_ids else _("The answer is: False")

    def update(self, dt: float) -> None:
        if self.answer is None:
            self.t = 0.0
        super().update(dt)

