"""A phone on screen: the frame of an invented app, chat messages and social posts inside it."""
from __future__ import annotations

import pygame

from ..engine import theme
from ..engine.painter import Painter
from ..i18n import tr

MESSAGE_SIZE = 24
GAP = 14


def phone_area(phone: pygame.Rect, title=None, compact: bool = False) -> pygame.Rect:
    """Where the app's content goes inside `phone` (see draw_phone)."""
    screen = phone.inflate(-28, -28)
    bar = _bar_height(title, compact)
    return pygame.Rect(screen.x + 14, screen.y + bar + 12, screen.width - 28, screen.height - bar - 26)


def _bar_height(title, compact: bool) -> int:
    return 54 if compact else 78 if title else 60


def draw_phone(p: Painter, phone: pygame.Rect, app: str, title=None, compact: bool = False) -> pygame.Rect:
    """The phone and its app bar (the app's name over the chat's title, or both on one line when
    `compact`); returns the area for the app's content."""
    p.shadow(phone, 44, offset=8)
    p.fill((34, 40, 60), phone, 44)
    screen = phone.inflate(-28, -28)
    p.fill(theme.CHAT_BG, screen, 32)
    bar = pygame.Rect(screen.x, screen.y, screen.width, _bar_height(title, compact))
    p.fill(theme.APP_BAR, bar, 32)
    p.fill(theme.APP_BAR, (bar.x, bar.y + 32, bar.width, bar.height - 32))
    if compact:
        p.text(app, (bar.x + 28, bar.centery), 24, theme.ON_PRIMARY, bold=True, anchor="midleft",
               width=bar.width * 0.25, fit_height=40)
        if title:
            p.text(tr(title), (bar.x + 44 + bar.width * 0.25, bar.centery), 20, (220, 228, 250), anchor="midleft",
                   width=bar.width * 0.4, fit_height=40)
    else:
        p.text(app, (bar.x + 28, bar.y + 8), 24, theme.ON_PRIMARY, bold=True, width=bar.width - 40, fit_height=32)
        if title:
            p.text(tr(title), (bar.x + 28, bar.y + 44), 20, (220, 228, 250), width=bar.width - 40, fit_height=28)
    return phone_area(phone, title, compact)


def draw_messages(p: Painter, scene, messages, area: pygame.Rect) -> None:
    """Chat bubbles from the top, scrolled so the newest stays in view. `scene` names and draws people."""
    _draw_newest_in_view(p, area, [(m, message_height(p, m, area.width)) for m in messages],
                         lambda message, y, _height: draw_message(p, scene, message, area, y))


def _draw_newest_in_view(p: Painter, area: pygame.Rect, blocks, draw_one) -> None:
    """Draw (item, height) blocks top to bottom, scrolled up so the last one is in view."""
    total = sum(h for _item, h in blocks) + GAP * (len(blocks) - 1)
    y = area.y + min(0, area.height - total)
    with clipped(p, area):
        for item, height in blocks:
            if y + height >= area.y:
                draw_one(item, y, height)
            y += height + GAP


def message_height(p: Painter, message, width: float) -> float:
    _w, h = p.measure(tr(message.text), MESSAGE_SIZE, width=width * 0.72 - 32)
    return h + (56 if message.sender != "me" else 28)


def draw_message(p: Painter, scene, message, area: pygame.Rect, y: float) -> pygame.Rect:
    """One chat bubble; returns its box."""
    text = tr(message.text)
    inner = area.width * 0.72 - 32
    w, h = p.measure(text, MESSAGE_SIZE, width=inner)
    if message.sender == "me":
        box = pygame.Rect(area.right - w - 32, y, w + 32, h + 24)
        p.fill(theme.CHAT_ME, box, 18)
        p.text(text, (box.x + 16, box.y + 12), MESSAGE_SIZE, theme.INK, width=inner)
        return box
    p.avatar(scene.avatar_of(message.sender), (area.x + 22, y + 22), 40)
    p.text(scene.speaker_name(message.sender), (area.x + 52, y), 20, theme.INK_SOFT, bold=True,
           width=area.width - 60, fit_height=26)
    box = pygame.Rect(area.x + 52, y + 28, max(w, 40) + 32, h + 24)
    p.fill(theme.CHAT_THEM, box, 18)
    p.text(text, (box.x + 16, box.y + 12), MESSAGE_SIZE, theme.INK, width=inner)
    return box


def draw_posts(p: Painter, scene, posts, area: pygame.Rect) -> None:
    """Social media posts, newest at the bottom in view, like the chat."""
    _draw_newest_in_view(p, area, [(post, post_height(p, post, area.width)) for post in posts],
                         lambda post, y, height: draw_post(p, scene, post, pygame.Rect(area.x, y, area.width, height)))


def post_height(p: Painter, post, width: float) -> float:
    _w, h = p.measure(tr(post.text), 22, width=width - 32)
    return 64 + h + (110 if post.picture else 0) + (40 if post.likes is not None else 12)


def draw_post(p: Painter, scene, post, box: pygame.Rect) -> None:
    from ..i18n import _

    p.fill(theme.PANEL, box, 18)
    p.outline(theme.DISABLED, box, 2, 18)
    name = _("You") if post.sender == "me" else scene.speaker_name(post.sender)
    profile = scene.game.profile
    mine = profile.avatar if profile is not None else "unknown"
    p.avatar(mine if post.sender == "me" else scene.avatar_of(post.sender), (box.x + 34, box.y + 32), 44)
    p.text(name, (box.x + 66, box.y + 32), 22, theme.INK, bold=True, anchor="midleft", width=box.width - 80,
           fit_height=30)
    y = p.text(tr(post.text), (box.x + 16, box.y + 62), 22, theme.INK, width=box.width - 32).bottom + 8
    if post.picture:
        picture = pygame.Rect(box.x + 16, y, box.width - 32, 100)
        p.fill((214, 230, 250), picture, 14)
        p.icon(post.picture, picture.center, 70, theme.PRIMARY)
        y = picture.bottom + 8
    if post.likes is not None:
        p.icon("heart", (box.x + 30, y + 14), 22, theme.TRY_AGAIN)
        p.text(str(post.likes), (box.x + 48, y + 14), 20, theme.INK_SOFT, bold=True, anchor="midleft", width=120)


class clipped:
    """Draw only inside `area` (logical) while the block runs."""

    def __init__(self, p: Painter, area: pygame.Rect) -> None:
        self.p, self.area = p, area

    def __enter__(self) -> None:
        self.previous = self.p.surface.get_clip()
        self.p.surface.set_clip(self.p.rect(self.area))

    def __exit__(self, *exc) -> None:
        self.p.surface.set_clip(self.previous)
