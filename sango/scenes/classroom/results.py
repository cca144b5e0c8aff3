"""Class results on the teacher's machine: save this device's results file, read a folder of them, see
the hardest questions and save the CSV."""
from __future__ import annotations

from pathlib import Path

import pygame

from ...classroom.results import (ClassResults, class_folder, export_file, hardest, import_folder, load_tally,
                                  option_rows, save_tally, write_csv)
from ...engine import theme
from ...engine.painter import Painter
from ...engine.scene import Scene
from ...engine.widgets import Button
from ...i18n import _, ngettext, tr
from ..common import panel
from ..notice import NoticeScene


def folder(game) -> Path:
    return getattr(game.options, "class_folder", None) or class_folder()


class ResultsHubScene(Scene):
    name = "results-hub"

    def layout(self) -> None:
        self.add_corner_buttons(back=True, help=True)
        rows = ((_("Save this device's results file"), self.export, "export", "save"),
                (_("Read the results files in the class folder"), self.import_all, "import", "friends"))
        for i, (label, action, name, icon) in enumerate(rows):
            self.controls.add(Button(pygame.Rect(240, 290 + i * 104, 800, 84), label, action, name=name, icon=icon,
                                     style="primary" if i else "secondary", text_size=24))
        self.controls.add(Button(pygame.Rect(240, 510, 800, 64), _("Clear this device's results (for a new class)"),
                                 self.clear, name="clear", icon="trash", style="quiet", text_size=22))

    def clear(self) -> None:
        from ..confirm import ConfirmScene

        def yes() -> None:
            save_tally(self.game.store.storage, ClassResults())

        self.game.scenes.push(ConfirmScene(self.game, _("Clear this device's results? Save its results file "
                                                        "first if the class still needs it."), yes))

    def export(self) -> None:
        tally = load_tally(self.game.store.storage)
        if not tally.answered:
            self.game.scenes.push(NoticeScene(self.game, _("No quiz has been answered on this device yet.")))
            return
        try:
            path = export_file(tally, folder(self.game))
        except OSError:
            self.game.scenes.push(NoticeScene(self.game, _("The file could not be saved in {folder}.").format(
                folder=folder(self.game))))
            return
        self.game.scenes.push(NoticeScene(self.game, _("Saved {file}. Copy it to the class folder on the "
                                                       "teacher's computer.").format(file=path), _("Saved")))

    def import_all(self) -> None:
        report = import_folder(folder(self.game))
        if not report.read:
            message = _("No results files were found in {folder}.").format(folder=folder(self.game))
            self.game.scenes.push(NoticeScene(self.game, "\n".join([message, *report.problems[:3]])))
            return
        self.game.scenes.push(ClassResultsScene(self.game, report.results, problems=report.problems,
                                                files=len(report.read)))

    def draw(self, p: Painter) -> None:
        self.draw_background(p)
        p.text(_("Class results"), (640, 30), 40, theme.INK, bold=True, anchor="midtop", width=700, align="center",
               fit_height=60)
        p.text(_("Each device saves an anonymous results file: how many answered each option, no names. Put the "
                 "files in the class folder on the teacher's computer:"), (640, 120), 22, theme.INK, anchor="midtop",
               width=1000, align="center", fit_height=80)
        p.text(str(folder(self.game)), (640, 210), 22, theme.PRIMARY, bold=True, anchor="midtop", width=1100,
               align="center", fit_height=60, script="latin")
        super().draw(p)


class ClassResultsScene(Scene):
    """The hardest questions: what the class found hardest, to go over together."""

    name = "class-results"

    def __init__(self, game, results: ClassResults, title: str | None = None, problems: list[str] | None = None,
                 files: int = 0) -> None:
        super().__init__(game)
        self.results = results
        self.title = title
        self.problems = problems or []
        self.files = files

    def layout(self) -> None:
        self.add_corner_buttons(back=True, help=False)
        self.controls.add(Button(pygame.Rect(900, 20, 356, 60), _("Save as CSV"), self.save_csv, name="csv",
                                 icon="save", text_size=22, enabled=bool(self.results.answered)))

    def save_csv(self) -> None:
        path = folder(self.game) / "sango-class-results.csv"
        try:
            write_csv(self.results, self.game.library, path)
        except OSError:
            self.game.scenes.push(NoticeScene(self.game, _("The file could not be saved in {folder}.").format(
                folder=path.parent)))
            return
        self.game.scenes.push(NoticeScene(self.game, _("Saved {file}.").format(file=path), _("Saved")))

    def draw(self, p: Painter) -> None:
        self.draw_background(p)
        p.text(_("Hardest questions"), (640, 24), 36, theme.INK, bold=True, anchor="midtop", width=560,
               align="center", fit_height=56)
        info = self.title or ngettext("From {n} results file", "From {n} results files", self.files).format(n=self.files)
        if self.problems:
            info += " · " + ngettext("{n} file could not be used", "{n} files could not be used",
                                     len(self.problems)).format(n=len(self.problems))
        p.text(info, (640, 84), 20, theme.INK_SOFT, anchor="midtop", width=900, align="center", fit_height=30)
        rows = hardest(self.results, self.game.library, 4)
        if not rows:
            p.text(_("No answers yet."), (640, 300), 28, theme.INK_SOFT, anchor="midtop", width=900, align="center")
        y = 124
        for r in rows:
            box = pygame.Rect(40, y, 1200, 140)
            panel(p, box)
            rate = round(100 * r.tally.correct_rate)
            p.text(_("{rate}% right").format(rate=rate), (box.right - 24, box.y + 16), 28,
                   theme.GOOD if rate >= 60 else theme.TRY_AGAIN, bold=True, anchor="topright", width=220,
                   align="right", fit_height=40)
            p.text(tr(r.question.prompt), (box.x + 24, box.y + 12), 24, theme.INK, bold=True, width=930,
                   fit_height=64)
            parts = [(_("{option}: {n} (right answer)") if right and r.question.type != "sort" else "{option}: {n}")
                     .format(option=text, n=r.tally.chosen.get(oid, 0)) for oid, text, right in option_rows(r.question)]
            p.text("  ·  ".join(parts), (box.x + 24, box.y + 80), 18, theme.INK_SOFT, width=1150, fit_height=52)
            y += 150
        super().draw(p)
