"""Sango, avatars and icons draw in every variant, inside their box, and animate.

Headless: plain pygame Surfaces, no window.
"""
import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import pygame  # noqa: E402
import pytest  # noqa: E402

from sango.art.avatars import KEYS, draw_avatar  # noqa: E402
from sango.art.icons import ICONS, draw_icon, draw_star  # noqa: E402
from sango.art.palette import INK  # noqa: E402
from sango.art.sango_figure import MOODS, draw_sango  # noqa: E402
from sango.content.model import CHARACTER_AVATARS, ICONS as LESSON_ICONS, MOODS as LESSON_MOODS, PLAYER_AVATARS  # noqa: E402

BACKGROUND = (10, 200, 10)  # a green that none of the art uses
UI_ICONS = ("check", "cross", "back", "next", "help", "settings", "sound-on", "sound-off", "play", "plus", "trash",
            "fullscreen")


def canvas(size=(900, 900)):
    surface = pygame.Surface(size)
    surface.fill(BACKGROUND)
    return surface


def changed_box(surface) -> pygame.Rect:
    mask = pygame.mask.from_threshold(surface, BACKGROUND, (1, 1, 1, 255))
    mask.invert()
    rects = mask.get_bounding_rects()
    return rects[0].unionall(rects[1:]) if rects else pygame.Rect(0, 0, 0, 0)


def ink_pixels(surface) -> int:
    """How many pixels are (nearly) the outline ink: pupils and open mouths add many."""
    return pygame.mask.from_threshold(surface, INK, (40, 40, 40, 255)).count()


def test_the_art_covers_everything_lessons_can_name():
    assert set(LESSON_MOODS) == set(MOODS)
    assert set(CHARACTER_AVATARS) | set(PLAYER_AVATARS) <= set(KEYS)
    assert set(LESSON_ICONS) | set(UI_ICONS) <= set(ICONS)


# ---- Sango ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("mood", MOODS)
@pytest.mark.parametrize("height", [48, 64, 160, 400])
def test_sango_draws_every_mood_within_its_rect(mood, height):
    surface = canvas()
    center = (450, 450)
    rect = draw_sango(surface, center, height, mood, t=0.7)
    box = changed_box(surface)
    assert box.width > height * 0.4 and box.height > height * 0.8, "too little was drawn"
    assert rect.contains(box), f"drew outside the returned rect: {box} not in {rect}"
    assert rect.width <= height * 1.1 and rect.height <= height * 1.05, f"rect {rect} is far larger than the figure"
    # standing with the feet near center + height / 2
    assert abs(box.bottom - (center[1] + height / 2)) <= max(3, height * 0.04)
    assert abs(box.centerx - center[0]) <= height * 0.12


@pytest.mark.parametrize("t", [0.0, 0.33, 1.7, 3.6, 12.25, 1000.5])
def test_sango_stays_in_its_rect_at_any_time(t):
    for mood in ("cheering", "waving", "covering"):
        surface = canvas()
        rect = draw_sango(surface, (450, 450), 300, mood, t=t, talking=True)
        assert rect.contains(changed_box(surface))


def test_sango_blinks_briefly():
    def ink(t):
        surface = canvas()
        draw_sango(surface, (450, 450), 300, "happy", t=t)
        return ink_pixels(surface)

    open_eyes = ink(3.4)
    assert ink(3.6) < open_eyes * 0.96, "the eyes should close for a blink"
    assert ink(3.75) == pytest.approx(open_eyes, rel=0.015), "and open again right after"
    blinking = sum(ink(i / 20) < open_eyes * 0.96 for i in range(200))  # ten seconds
    assert 2 <= blinking <= 20, "a blink every few seconds, each brief"


def test_sango_moves_the_mouth_while_talking():
    def frame(t, talking):
        surface = canvas()
        draw_sango(surface, (450, 450), 300, "happy", t=t, talking=talking)
        return surface

    quiet = pygame.image.tobytes(frame(1.1, False), "RGB")
    assert pygame.image.tobytes(frame(1.1, True), "RGB") != quiet  # same time, only the mouth differs
    counts = {ink_pixels(frame(1.0 + i / 10, True)) for i in range(10)}
    assert max(counts) > min(counts) * 1.03, "the mouth opens and closes over time"


def test_sango_waves_and_cheers_over_time():
    for mood in ("waving", "cheering"):
        pictures = set()
        for i in range(8):
            surface = canvas()
            rect = draw_sango(surface, (450, 450), 300, mood, t=i / 8)
            pictures.add((rect.topleft, rect.size, ink_pixels(surface)))
        assert len(pictures) >= 3, f"{mood} should animate"


def test_sango_draws_near_the_edges_and_on_small_surfaces():
    draw_sango(canvas((40, 40)), (0, 0), 400, "waving", t=2.0)
    draw_sango(canvas((900, 900)), (890, 890), 120, "thinking")
    rect = draw_sango(canvas(), (450, 450), 1, "happy")  # clamped to a sensible minimum
    assert rect.height >= 20


# ---- avatars --------------------------------------------------------------------------------------
@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("size", [32, 48, 120, 300])
def test_every_avatar_draws_a_round_portrait(key, size):
    surface = canvas()
    draw_avatar(surface, key, (450, 450), size)
    box = changed_box(surface)
    assert abs(box.width - size) <= 2 and abs(box.height - size) <= 2
    assert box.center == pytest.approx((450, 450), abs=2)
    inset = round(size * 0.1)  # the corners of its square stay untouched: it is round
    for corner in ((box.left + 1, box.top + 1), (box.right - 2, box.bottom - 2)):
        assert surface.get_at(corner)[:3] == BACKGROUND
    assert surface.get_at((box.left + inset * 2, 450))[:3] != BACKGROUND


def test_avatars_are_distinct_from_each_other():
    pictures = {}
    for key in KEYS:
        surface = pygame.Surface((48, 48))
        surface.fill(BACKGROUND)
        draw_avatar(surface, key, (24, 24), 48)
        pictures[key] = pygame.image.tobytes(surface, "RGB")
    assert len(set(pictures.values())) == len(KEYS)


# ---- icons and stars ------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(ICONS))
@pytest.mark.parametrize("size", [16, 32, 64, 200])
def test_every_icon_draws_in_the_given_colour_inside_its_square(name, size):
    surface = canvas()
    draw_icon(surface, name, (450, 450), size, (250, 250, 250))
    box = changed_box(surface)
    assert box.width > size * 0.3 and box.height > size * 0.3, "the icon is too small or missing"
    assert pygame.Rect(0, 0, size + 2, size + 2).move(450 - size // 2 - 1, 450 - size // 2 - 1).contains(box)
    if size >= 32:
        colours = {surface.get_at((x, y))[:3] for x in range(box.left, box.right) for y in range(box.top, box.bottom)}
        assert any(min(c) > 235 for c in colours), "the icon's own colour never shows"


def test_icons_take_the_colour_asked_for():
    red, blue = canvas(), canvas()
    draw_icon(red, "heart", (450, 450), 64, (220, 30, 30))
    draw_icon(blue, "heart", (450, 450), 64, (30, 30, 220))
    assert red.get_at((450, 455))[:3] == pytest.approx((220, 30, 30), abs=3)
    assert blue.get_at((450, 455))[:3] == pytest.approx((30, 30, 220), abs=3)
    edge = changed_box(red)  # anti-aliased edges fade out in the same colour, with no dark fringe
    for x in range(edge.left, edge.right):
        r, g, b, a = red.get_at((x, edge.centery))
        assert r >= 200 or (r, g, b) == BACKGROUND or g > 30, (x, (r, g, b))


@pytest.mark.parametrize("size", [24, 48, 96])
def test_filled_and_empty_stars_differ_in_shape_not_only_colour(size):
    full, empty = canvas(), canvas()
    draw_star(full, (450, 450), size, True)
    draw_star(empty, (450, 450), size, False)
    assert changed_box(full).width > size * 0.7 and changed_box(empty).width > size * 0.7
    # the empty star is an outline: its middle shows the background; the full one is solid
    middle = (450, 450 - size // 2 + round(size * 0.54))
    assert empty.get_at(middle)[:3] == BACKGROUND
    assert full.get_at(middle)[:3] != BACKGROUND


# ---- mistakes are refused clearly -----------------------------------------------------------------
def test_unknown_names_are_refused_clearly():
    with pytest.raises(ValueError, match="unknown mood 'angry'.*happy"):
        draw_sango(canvas(), (0, 0), 100, "angry")
    with pytest.raises(KeyError, match="unknown avatar 'nobody'.*kiko"):
        draw_avatar(canvas(), "nobody", (0, 0), 50)
    with pytest.raises(KeyError, match="unknown icon 'rocket'.*home"):
        draw_icon(canvas(), "rocket", (0, 0), 50)
