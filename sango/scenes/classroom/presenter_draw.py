"""What the presenter view draws over and between the hosted lesson screens: the class's vote numbers, the
revealed answer, team turns and scores, the lesson's title card, discussion moments, the teacher's notes
and menu, the timer and the pause screen. Mixed into PresenterScene (presenter.py), whose state it reads."""
from __future__ import annotations

import pygame

from ...classroom.discussion import moments, talking_points
from ...content.model import ChoiceStep
from ...engine import theme
from ...engine.painter import LOGICAL_W, Painter
from ...i18n import _, ngettext, tr
from ..common import panel


def disclosure_reminder() -> str:
    return _("If a child tells you something worrying: stay calm and listen. Thank them for telling you. "
             "Don't promise to keep it secret. Follow your school's safeguarding procedure. "
             "The child helpline is {number}.")


class PresenterDrawing:
    """Drawing for PresenterScene (it provides game, host, runner, lesson, teams, mode and the rest)."""

    def _draw_lesson_extras(self, p: Painter) -> None:
        scene, runner = self.host.top, self.runner
        if scene is None or runner is None or scene is not self.host.scene:
            return
        options = [b for b in scene.controls.buttons if b.name.startswith("option-")]
        waiting = (isinstance(runner.step, ChoiceStep) and runner.feedback is None) or \
            (scene.name == "quiz" and getattr(scene, "answer", True) is None)
        if self.revealed and (waiting or scene.name.startswith("activity-")):
            self._draw_reveal(p, scene, runner, options)
        if waiting:
            for number, button in enumerate(options, 1):  # the class votes "hands up for 2"
                centre = (button.rect.x + 4, button.rect.y + 4)
                p.circle(theme.INK, centre, 22)
                p.text(str(number), centre, 26, theme.PANEL, bold=True, anchor="center", script="latin")
        if scene.name == "quiz" and self.teams:
            self._draw_turn(p, scene)

    def _draw_reveal(self, p: Painter, scene, runner, options) -> None:
        """Mark what is right on the screen the class sees: safe choices, right answers, the group of each card,
        and in practice activities the safe buttons, the warning signs, the safe settings, the good tiles."""
        step = runner.step
        right: set[str] = set()
        groups: dict[str, str] = {}  # card button -> the label of its right group
        if isinstance(step, ChoiceStep):
            right = {f"option-{o.id}" for o in step.options if o.safe}
        elif scene.name == "quiz":
            q = scene.question
            right = {f"option-{o}" for o in q.correct_ids}
            labels = {g.id: tr(g.label) for g in q.groups}
            groups = {f"card-{item.id}": labels[item.group] for item in q.items}
        elif getattr(step, "groups", None) and getattr(step, "items", None):  # sorting activity
            labels = {g.id: tr(g.label) for g in step.groups}
            groups = {f"card-{item.id}": labels.get(item.group, "") for item in step.items}
        else:
            right |= {f"tool-{t.id}" for t in getattr(step, "tools", ()) if t.safe}
            right |= {f"message-{m.id}" for m in getattr(step, "messages", ()) if getattr(m, "flag", False)}
            right |= {f"option-{st.id}-{o.id}" for st in getattr(step, "settings", ()) for o in st.options if o.safe}
            right |= {f"tile-{t.id}" for t in getattr(step, "tiles", ()) if not t.personal}
        for name, label in groups.items():
            card = scene.controls.find(name)
            if card is not None:
                tag = pygame.Rect(card.rect.x, card.rect.bottom - 6, card.rect.width, 28)
                p.fill(theme.GOOD, tag, 8)
                p.text(label, tag.center, 16, theme.ON_PRIMARY, bold=True, anchor="center", width=tag.width - 8,
                       align="center", fit_height=26)
        for button in scene.controls.buttons:
            if button.name in right:
                p.outline(theme.GOOD, button.rect.inflate(14, 14), 6, theme.RADIUS + 6)
                p.circle(theme.GOOD, (button.rect.right - 4, button.rect.y + 4), 22)
                p.icon("check", (button.rect.right - 4, button.rect.y + 4), 28, theme.ON_PRIMARY)

    def _draw_turn(self, p: Painter, scene) -> None:
        teams = self.teams
        if scene.answer is None:
            team, text = teams.current, _("{team}: your turn!").format(team=teams.current.name)
        elif self.last_answer is not None:
            team, right = self.last_answer
            text = _("{team}: one point!").format(team=team.name) if right else \
                _("{team}: good try!").format(team=team.name)
        else:
            return
        box = pygame.Rect(24, 92, 350, 64)
        p.fill(team.colour, box, 16)
        p.avatar(team.picture, (box.x + 34, box.centery), 50)
        p.text(text, (box.x + 66, box.centery), 22, theme.ON_PRIMARY, bold=True, anchor="midleft",
               width=box.width - 76, fit_height=60)
        if teams.scoreboard_shown:
            self._draw_scores(p, pygame.Rect(16, 644, 368, 66), small=True)

    def _draw_scores(self, p: Painter, area: pygame.Rect, small: bool = False) -> None:
        standings = self.teams.standings()
        if small:
            w = area.width / len(standings)
            for i, (team, points) in enumerate(standings):
                cell = pygame.Rect(area.x + i * w + 2, area.y, w - 4, area.height)
                p.fill(team.colour, cell, 12)
                p.avatar(team.picture, (cell.x + 22, cell.centery), 34)
                p.text(str(points), (cell.right - 8, cell.centery), 26, theme.ON_PRIMARY, bold=True,
                       anchor="midright", script="latin")
            return
        rows = len(standings)
        h = min(70, (area.height - 8 * (rows - 1)) / rows)
        for i, (team, points) in enumerate(standings):
            row = pygame.Rect(area.x, area.y + i * (h + 8), area.width, h)
            p.fill(team.colour, row, 14)
            p.avatar(team.picture, (row.x + h / 2 + 6, row.centery), h - 12)
            p.text(team.name, (row.x + h + 20, row.centery), 26, theme.ON_PRIMARY, bold=True, anchor="midleft",
                   width=row.width - h - 160, fit_height=h - 8)
            p.text(ngettext("{n} point", "{n} points", points).format(n=points), (row.right - 20, row.centery), 24,
                   theme.ON_PRIMARY, bold=True, anchor="midright", width=150, align="right", fit_height=h - 8)

    def _draw_intro(self, p: Painter) -> None:
        lesson = self.lesson
        p.sango((240, 350), 320, "waving")
        left, width = 460, 780
        y = p.text(_("Lesson {number} of {total}").format(number=self.index + 1, total=len(self.lessons)),
                   (left, 60), 24, theme.INK_SOFT, bold=True, width=width, fit_height=40).bottom + 10
        y = p.text(tr(lesson.title), (left, y), 44, theme.INK, bold=True, width=width, fit_height=150).bottom + 16
        y = p.text(tr(lesson.summary), (left, y), 30, theme.INK, width=width, fit_height=200).bottom + 16
        minutes = lesson.teacher_notes.duration_minutes
        p.text(ngettext("About {n} minute", "About {n} minutes", minutes).format(n=minutes), (left, y), 24,
               theme.INK_SOFT, width=width, fit_height=40)
        p.text(_("Next: Page Down · Back: Page Up · The class's choice: 1 to 4 · Show the answer: R · Pause: P · "
                 "Notes: H"),
               (640, 548), 18, theme.INK_SOFT, anchor="midtop", width=1200, align="center", fit_height=48)

    def _draw_talk(self, p: Painter) -> None:
        questions = moments(self.lesson)[self.pending[0]]
        p.sango((200, 430), 340, "thinking")
        p.text(_("Let's talk"), (420, 50), 30, theme.PRIMARY, bold=True, width=820, fit_height=50)
        box = pygame.Rect(400, 110, 840, 460)
        panel(p, box, theme.PANEL, 24, theme.INK)
        p.text(tr(questions[self.question]), (box.x + 40, box.y + 36), 44, theme.INK, bold=True,
               width=box.width - 80, fit_height=box.height - 72)
        if len(questions) > 1:
            p.text(f"{self.question + 1} / {len(questions)}", (box.right, box.bottom + 12), 22, theme.INK_SOFT,
                   anchor="topright", script="latin")

    def _draw_lesson_end(self, p: Painter) -> None:
        p.sango((220, 430), 380, "cheering")
        p.text(_("Well done, everyone!"), (760, 50), 44, theme.INK, bold=True, anchor="midtop", width=860,
               align="center", fit_height=70)
        p.text(_("You finished \"{title}\"").format(title=tr(self.lesson.title)), (760, 130), 28, theme.INK,
               anchor="midtop", width=860, align="center", fit_height=80)
        if self.teams and self.teams.scoreboard_shown:
            self._draw_scores(p, pygame.Rect(440, 230, 640, 360))

    def _draw_done(self, p: Painter) -> None:
        p.sango((220, 430), 380, "cheering")
        p.text(_("Thank you, everyone!"), (760, 50), 44, theme.INK, bold=True, anchor="midtop", width=860,
               align="center", fit_height=70)
        if self.teams and self.teams.scoreboard_shown:
            leaders = ", ".join(t.name for t in self.teams.leaders())
            p.text(_("Most points: {teams}. Every team helped the class learn!").format(teams=leaders), (760, 130),
                   26, theme.INK, anchor="midtop", width=860, align="center", fit_height=80)
            self._draw_scores(p, pygame.Rect(440, 230, 640, 360))
        else:
            p.text(_("Remember: if something online worries you, tell a grown-up you trust."), (760, 140), 32,
                   theme.INK, anchor="midtop", width=860, align="center", fit_height=200)

    def _draw_timer(self, p: Painter) -> None:
        box = pygame.Rect(LOGICAL_W - 194, 92, 170, 56)
        over = self.timer_left <= 0
        p.fill(theme.TRY_AGAIN if over else theme.INK, box, 14)
        text = _("Time!") if over else f"{int(self.timer_left) // 60}:{int(self.timer_left) % 60:02d}"
        p.text(text, box.center, 28, theme.ON_PRIMARY, bold=True, anchor="center", width=160, align="center",
               fit_height=50)

    def _draw_menu(self, p: Painter) -> None:
        shade = pygame.Surface(p.surface.get_size(), pygame.SRCALPHA)
        shade.fill((0, 0, 0, 150))
        p.surface.blit(shade, (0, 0))
        panel(p, pygame.Rect(360, 30, 560, 660), theme.PANEL, 24, theme.INK)
        p.text(_("Teacher controls"), (640, 50), 30, theme.INK, bold=True, anchor="midtop", width=520,
               align="center", fit_height=50)

    def _draw_menu_keys(self, p: Painter) -> None:
        for name, key in self.menu_keys.items():
            button = self.controls.find(f"menu-{name}")
            if key and button is not None:
                width = max(44, p.measure(key, 16, bold=True, script="latin")[0] + 16)
                cap = pygame.Rect(button.rect.right - 12 - width, button.rect.centery - 18, width, 36)
                p.fill(theme.PANEL, cap, 8)
                p.outline(theme.INK_SOFT, cap, 2, 8)
                p.text(key, cap.center, 16, theme.INK, bold=True, anchor="center", script="latin")

    def _draw_notes(self, p: Painter) -> None:
        box = pygame.Rect(520, 20, 740, 680)
        panel(p, box, (255, 252, 235), 20, theme.INK)
        left, width = box.x + 30, box.width - 60
        y = p.text(_("Notes for the teacher"), (left, box.y + 20), 28, theme.INK, bold=True, width=width,
                   fit_height=44).bottom + 4
        y = p.text(_("Points to bring out:"), (left, y), 18, theme.INK_SOFT, bold=True, width=width,
                   fit_height=30).bottom + 6
        reminder = disclosure_reminder().format(number=self.game.helpline.number)
        bottom = box.bottom - 20 - p.measure(reminder, 17, width=width - 30)[1] - 30
        points = [tr(t) for t in talking_points(self.lesson)]
        size = 18
        while size > 11 and sum(p.measure(t, size, width=width - 24)[1] + 6 for t in points) > bottom - y:
            size -= 1
        for text in points:
            p.circle(theme.PRIMARY, (left + 8, y + p.measure("Ag", size)[1] / 2), 4)
            y = p.text(text, (left + 24, y), size, theme.INK, width=width - 24).bottom + 6
        alert = pygame.Rect(left - 10, bottom + 10, width + 20, box.bottom - 14 - bottom - 10)
        p.fill((255, 236, 236), alert, 12)
        p.text(reminder, (left + 5, alert.y + 10), 17, theme.INK, width=width - 10, fit_height=alert.height - 16)

    def _draw_paused(self, p: Painter) -> None:
        p.surface.fill((0, 0, 0))
        p.sango((640, 330), 360, "happy")
        p.text(_("Paused"), (640, 560), 48, (255, 255, 255), bold=True, anchor="midtop", width=900, align="center",
               fit_height=80)
        p.text(_("Press any key to go on"), (640, 640), 24, (220, 220, 220), anchor="midtop", width=900,
               align="center", fit_height=40)
