"""Print material for the chosen lessons, as PDFs in the class folder: the lesson plan handout, the
worksheet with its answer key, and certificates for the names the teacher types here (kept only while
this screen is open: they are written into the PDF and nowhere else)."""
from __future__ import annotations

import sys

import pygame

from ...content.model import Lesson
from ...engine import theme
from ...engine.painter import Painter
from ...engine.scene import Scene
from ...engine.widgets import Button
from ...i18n import _, language
from ..notice import NoticeScene
from .results import folder

MAX_TYPED = 2000


class PrintScene(Scene):
    name = "print"

    def __init__(self, game, lessons: list[Lesson]) -> None:
        super().__init__(game)
        self.lessons = list(lessons)
        self.names = ""  # typed for certificates; never saved

    def enter(self) -> None:
        super().enter()
        pygame.key.start_text_input()

    def layout(self) -> None:
        self.add_corner_buttons(back=True, help=False)
        rows = ((_("Lesson plan"), lambda: self.make("plan"), "plan", "grown-up"),
                (_("Worksheet and answer key"), lambda: self.make("worksheet"), "worksheet", "question"),
                (_("Certificates"), lambda: self.make("certificates"), "certificates", "star"))
        for i, (label, action, name, icon) in enumerate(rows):
            self.controls.add(Button(pygame.Rect(60 + i * 400, 150, 380, 76), label, action, name=name, icon=icon,
                                     style="primary" if i < 2 else "secondary", text_size=22,
                                     enabled=name != "certificates" or bool(self.names.strip())))

    def handle(self, event) -> bool:
        if event.kind == "text":
            if len(self.names) < MAX_TYPED:
                self.names += event.text
                self.relayout()
            return True
        if event.kind == "key" and event.action == "erase":
            self.names = self.names[:-1]
            self.relayout()
            return True
        if event.kind == "key" and event.key == pygame.K_SPACE:
            return True  # the space arrives as typed text
        if event.kind == "key" and event.action == "activate" and not self.controls.show_focus:
            self.names += "\n"
            self.relayout()
            return True
        return super().handle(event)

    def back(self) -> None:
        self.names = ""
        pygame.key.stop_text_input()
        super().back()

    def make(self, kind: str) -> None:
        try:
            from ...classroom import printables
        except ImportError:  # fpdf2 missing: the game itself still works
            self.game.scenes.push(NoticeScene(self.game, _("Printing needs the fpdf2 package. "
                                                           "Install it with: pip install fpdf2 uharfbuzz")))
            return
        path = folder(self.game) / f"sango-{kind}-{language()}.pdf"
        try:
            if kind == "plan":
                printables.lesson_plan(self.lessons, path, self.game.helpline.number)
            elif kind == "worksheet":
                printables.worksheet(self.lessons, path)
            else:
                printables.certificates(self.names, self.lessons, path)
        except printables.PrintError as problem:
            self.game.scenes.push(NoticeScene(self.game, str(problem)))
            return
        except OSError:
            self.game.scenes.push(NoticeScene(self.game, _("The file could not be saved in {folder}.").format(
                folder=path.parent)))
            return
        except Exception as error:  # the PDF library failed on something unexpected: say so, keep the game going
            print(f"sango: could not make {path.name}: {error!r}", file=sys.stderr)
            self.game.scenes.push(NoticeScene(self.game, _("The PDF could not be made. Please try again with "
                                                           "fewer lessons or shorter names.")))
            return
        self.game.scenes.push(NoticeScene(self.game, _("Saved {file}.").format(file=path), _("Saved")))

    def draw(self, p: Painter) -> None:
        self.draw_background(p)
        p.text(_("Print"), (640, 24), 40, theme.INK, bold=True, anchor="midtop", width=560, align="center",
               fit_height=60)
        p.text(_("PDF files are saved in {folder}").format(folder=folder(self.game)), (640, 96), 20, theme.INK_SOFT,
               anchor="midtop", width=1150, align="center", fit_height=40)
        p.text(_("Names for the certificates, one a line. They are printed and not kept."), (60, 260), 24,
               theme.INK, bold=True, width=1160, fit_height=40)
        box = pygame.Rect(60, 310, 1160, 380)
        p.fill(theme.PANEL, box, 14)
        p.outline(theme.PRIMARY, box, 3, 14)
        cursor = "|" if int(self.t * 2) % 2 == 0 else " "
        p.text(self.names + cursor, (box.x + 20, box.y + 16), 24, theme.INK, width=box.width - 40,
               fit_height=box.height - 32)
        super().draw(p)
