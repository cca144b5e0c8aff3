"""Help, reachable from every screen: a trusted grown-up first, then the child helpline."""
from __future__ import annotations

import pygame

from ..engine import theme
from ..engine.painter import Painter
from ..engine.scene import Overlay
from ..engine.widgets import Button
from ..i18n import _
from .common import panel

BOX = pygame.Rect(120, 36, 1040, 648)


class HelpScene(Overlay):
    name = "help"

    def layout(self) -> None:
        self.controls.add(Button(pygame.Rect(BOX.x + 40, BOX.bottom - 92, 260, 68), _("Close"),
                                 self.back, name="close", icon="check"))
        self.controls.focus = self.controls.find("close")

    def handle(self, event) -> bool:
        if event.kind == "key" and event.action == "help":
            self.back()
            return True
        return super().handle(event)

    def draw(self, p: Painter) -> None:
        panel(p, BOX)
        p.sango((BOX.x + 170, BOX.y + 250), 340, "happy")
        left, width = BOX.x + 330, BOX.width - 370
        y = BOX.y + 36
        y = p.text(_("Need help?"), (left, y), 40, theme.HELP, bold=True, width=width, fit_height=58).bottom + 8
        y = p.text(_("Talk to a grown-up you trust, like a parent, a teacher or a carer."),
                   (left, y), 28, theme.INK, bold=True, width=width, fit_height=110).bottom + 10
        y = p.text(_("You will not be in trouble. Asking for help is brave and smart."),
                   (left, y), 26, theme.INK, width=width, fit_height=100).bottom + 18
        line, number = helpline_text(self.game.helpline), self.game.helpline.number
        line_size = p.fit(line, 26, width - 130, 80)
        number_size = p.fit(number, 48, width - 130, 70, bold=True)
        line_h = p.measure(line, line_size, width=width - 130)[1]
        number_h = p.measure(number, number_size, bold=True, width=width - 130)[1]
        card = pygame.Rect(left, y, width, line_h + number_h + 40)
        p.fill((255, 236, 244), card, 20)
        p.outline(theme.HELP, card, 3, 20)
        p.icon("phone", (card.x + 56, card.centery), 60, theme.HELP)
        top = p.text(line, (card.x + 110, card.y + 16), line_size, theme.INK, width=width - 130).bottom
        p.text(number, (card.x + 110, top + 4), number_size, theme.HELP, bold=True, width=width - 130)
        p.text(_("It is free to call, and you don't have to give your name."), (left, card.bottom + 12), 22,
               theme.INK_SOFT, width=width, fit_height=BOX.bottom - card.bottom - 24)
        super().draw(p)


def helpline_text(helpline) -> str:
    if helpline.country == "default":
        return _("Many countries have a free helpline for children on this number:")
    return _("You can call {name}:").format(name=helpline.name)
