"""Sango, avatars and icons draw in every variant, inside their box, and animate."""
import pygame
import pytest

from sango.art.avatars import KEYS, draw_avatar
from sango.art.icons import ICONS, draw_icon, draw_star
from sango.art.sango_figure import MOODS, draw_sango
from sango.content.model import CHARACTER_AVATARS, ICONS as LESSON_ICONS, MOODS as LESSON_MOODS, PLAYER_AVATARS

BACKGROUND = (10, 200, 10)


def canvas():
    surface = pygame.Surface((600, 600))
    surface.fill(BACKGROUND)
    return surface


def changed_box(surface) -> pygame.Rect:
    mask = pygame.mask.from_threshold(surface, BACKGROUND, (1, 1, 1, 255))
    mask.invert()
    rects = mask.get_bounding_rects()
    return rects[0].unionall(rects[1:]) if rects else pygame.Rect(0, 0, 0, 0)


def test_the_art_covers_everything_lessons_can_name():
    assert set(LESSON_MOODS) <= set(MOODS)
    assert set(CHARACTER_AVATARS) | set(PLAYER_AVATARS) <= set(KEYS)
    assert set(LESSON_ICONS) <= set(ICONS)


@pytest.mark.parametrize("mood", MOODS)
@pytest.mark.parametrize("height", [48, 400])
def test_sango_draws_every_mood_within_its_rect(mood, height):
    surface = canvas()
    rect = draw_sango(surface, (300, 300), height, mood, t=0.7)
    box = changed_box(surface)
    assert box.width > height * 0.4 and box.height > height * 0.8
    assert rect.contains(box)


def test_sango_blinks_and_talks():
    def frame(t, talking=False):
        surface = canvas()
        draw_sango(surface, (300, 300), 300, "happy", t=t, talking=talking)
        return pygame.image.tobytes(surface, "RGB")

    assert frame(0.0) != frame(3.6)  # mid-blink
    assert frame(1.0, True) != frame(1.12, True)  # the mouth moves


@pytest.mark.parametrize("key", KEYS)
def test_every_avatar_draws_a_round_portrait(key):
    surface = canvas()
    draw_avatar(surface, key, (300, 300), 120)
    box = changed_box(surface)
    assert abs(box.width - 120) <= 2 and abs(box.height - 120) <= 2 and box.center == pytest.approx((300, 300), abs=2)


@pytest.mark.parametrize("name", sorted(ICONS))
def test_every_icon_draws_in_the_given_colour(name):
    surface = canvas()
    draw_icon(surface, name, (300, 300), 64, (250, 250, 250))
    box = changed_box(surface)
    assert 16 < box.width <= 64 and 16 < box.height <= 64
    colours = {surface.get_at((x, y))[:3] for x in range(box.left, box.right) for y in range(box.top, box.bottom)}
    assert any(min(c) > 235 for c in colours), "the icon's own colour never shows"


def test_filled_and_empty_stars_differ_in_shape_not_only_colour():
    full, empty = canvas(), canvas()
    draw_star(full, (300, 300), 80, True)
    draw_star(empty, (300, 300), 80, False)
    assert changed_box(full).width > 60 and changed_box(empty).width > 60


def test_unknown_names_are_refused_clearly():
    with pytest.raises(ValueError, match="unknown mood"):
        draw_sango(canvas(), (0, 0), 100, "angry")
    with pytest.raises(KeyError, match="unknown avatar"):
        draw_avatar(canvas(), "nobody", (0, 0), 50)
    with pytest.raises(KeyError, match="unknown icon"):
        draw_icon(canvas(), "rocket", (0, 0), 50)
