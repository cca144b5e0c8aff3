"""Render a contact sheet of all the game's drawn art to a PNG, to look at it in one picture.

    SDL_VIDEODRIVER=dummy python scripts/render_art_sheet.py /tmp/art.png [--section NAME] [--scale N]

Sections (default: all): sango (every mood at several sizes, on light and dark), frames (animation over
time: blink, talking, waving, cheering, tails), big (every mood large), avatars, icons. Also prints how
long draw_sango takes per call once its pictures are cached.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pygame  # noqa: E402

from sango.art.avatars import KEYS, draw_avatar  # noqa: E402
from sango.art.icons import ICONS, draw_icon, draw_star  # noqa: E402
from sango.art.sango_figure import MOODS, draw_sango  # noqa: E402

LIGHT = (250, 246, 236)
DARK = (34, 40, 62)
LABEL = (90, 96, 120)
WIDTH = 1800


class Sheet:
    """Rows of pictures, laid out top to bottom, each row with a small caption."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, int, object]] = []
        self.font = pygame.font.Font(None, 22)

    def row(self, caption: str, height: int, paint) -> None:
        self.rows.append((caption, height, paint))

    def render(self) -> pygame.Surface:
        total = sum(h + 30 for _c, h, _p in self.rows) + 10
        sheet = pygame.Surface((WIDTH, total))
        sheet.fill(LIGHT)
        y = 10
        for caption, height, paint in self.rows:
            sheet.blit(self.font.render(caption, True, LABEL), (12, y))
            y += 22
            paint(sheet, pygame.Rect(0, y, WIDTH, height))
            y += height + 8
        return sheet


def sango_rows(sheet: Sheet) -> None:
    for height, background in ((64, LIGHT), (64, DARK), (120, LIGHT), (200, DARK)):
        def paint(s, area, height=height, background=background):
            s.fill(background, area)
            step = WIDTH // len(MOODS)
            for i, mood in enumerate(MOODS):
                draw_sango(s, (step // 2 + i * step, area.centery), height, mood, t=0.4)
        sheet.row(f"Sango, every mood at {height} px ({', '.join(MOODS)})", height + 16, paint)


def frame_rows(sheet: Sheet) -> None:
    times = [0.0, 0.13, 0.26, 0.39, 0.52, 0.65, 3.58, 3.62, 0.9]
    for mood, talking in (("happy", False), ("talking", True), ("waving", False), ("cheering", False)):
        def paint(s, area, mood=mood, talking=talking):
            step = WIDTH // len(times)
            for i, t in enumerate(times):
                draw_sango(s, (step // 2 + i * step, area.centery), 180, mood, t=t, talking=talking)
        sheet.row(f"{mood}{' talking' if talking else ''} over time t = {times}", 196, paint)


def big_rows(sheet: Sheet) -> None:
    for moods, background in ((MOODS[:4], LIGHT), (MOODS[4:], DARK)):
        def paint(s, area, moods=moods, background=background):
            s.fill(background, area)
            step = WIDTH // len(moods)
            for i, mood in enumerate(moods):
                draw_sango(s, (step // 2 + i * step, area.centery), 400, mood, t=0.4, talking=mood == "talking")
        sheet.row(f"Sango at 400 px: {', '.join(moods)}", 416, paint)


def avatar_rows(sheet: Sheet) -> None:
    for size in (48, 96, 160):
        per_row = min(len(KEYS), (WIDTH - 20) // (size + 12))
        chunks = [KEYS[i:i + per_row] for i in range(0, len(KEYS), per_row)]
        for chunk in chunks:
            def paint(s, area, chunk=chunk, size=size):
                for i, key in enumerate(chunk):
                    draw_avatar(s, key, (20 + size // 2 + i * (size + 12), area.centery), size)
            sheet.row(f"avatars at {size} px: {', '.join(chunk)}", size + 4, paint)


def icon_rows(sheet: Sheet) -> None:
    names = sorted(ICONS)
    for size, colour, background in ((32, (30, 40, 70), LIGHT), (32, (255, 255, 255), (60, 120, 220)),
                                      (64, (30, 40, 70), LIGHT), (64, (255, 255, 255), DARK)):
        def paint(s, area, size=size, colour=colour, background=background):
            s.fill(background, area)
            step = (WIDTH - 20) // len(names)
            for i, name in enumerate(names):
                draw_icon(s, name, (10 + step // 2 + i * step, area.centery), min(size, step - 4), colour)
        sheet.row(f"icons at {size} px: {', '.join(names)}", min(size, 80) + 8, paint)

    def stars(s, area):
        x = 40
        for size in (24, 48, 96):
            for filled in (True, True, False):
                draw_star(s, (x, area.centery), size, filled)
                x += size + 10
            x += 30
        s.fill(DARK, (x, area.top, 600, area.height))
        x += 40
        for size in (48, 96):
            for filled in (True, False):
                draw_star(s, (x, area.centery), size, filled)
                x += size + 10
    sheet.row("stars: filled, filled, empty at 24/48/96 px; on dark", 104, stars)


SECTIONS = {"sango": sango_rows, "frames": frame_rows, "big": big_rows, "avatars": avatar_rows, "icons": icon_rows}


def time_sango(height: int = 320, calls: int = 2000) -> float:
    """Average seconds per draw_sango call over a few seconds of animation, after a warm-up."""
    target = pygame.Surface((1280, 720))
    moods = ("happy", "talking", "waving", "cheering")
    for i in range(600):  # warm the caches: every frame of a 5 s loop for these moods
        draw_sango(target, (640, 360), height, moods[i % 4], t=i / 60, talking=i % 4 == 1)
    start = time.perf_counter()
    for i in range(calls):
        draw_sango(target, (640, 360), height, moods[i % 4], t=(i % 600) / 60, talking=i % 4 == 1)
    return (time.perf_counter() - start) / calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="PNG file to write")
    parser.add_argument("--section", choices=sorted(SECTIONS), action="append", help="only these sections")
    args = parser.parse_args()
    pygame.font.init()
    sheet = Sheet()
    for name in args.section or list(SECTIONS):
        SECTIONS[name](sheet)
    picture = sheet.render()
    pygame.image.save(picture, args.out)
    print(f"wrote {args.out} ({picture.get_width()}x{picture.get_height()})")
    print(f"draw_sango at 320 px, cached: {time_sango() * 1000:.3f} ms per call")


if __name__ == "__main__":
    main()
