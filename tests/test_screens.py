"""Screenshots of the key screens in every age band, rendered by playing the real game headless."""
import pygame
import pytest

from sango.i18n import SUPPORTED
from sango.paths import LOCALE
from sango.engine.widgets import Controls
from sango.screenshots import capture_screens

KEY_SCREENS = {"title", "profiles-empty", "new-profile", "band", "map", "help", "settings", "dialogue", "chat",
               "choice", "feedback-safe", "feedback-try-again", "quiz-single", "quiz-multiple", "quiz-true_false",
               "quiz-sort", "quiz-feedback", "results"}


TRANSLATED = [code for code in SUPPORTED if (LOCALE / code / "LC_MESSAGES" / "sango.po").exists()]


@pytest.mark.parametrize("band,text_scale,language",
                         [(band, scale, "en") for band in ("5-7", "8-12", "13+") for scale in (1.0, 1.5)]
                         + [(band, 1.5, code) for band in ("5-7", "13+") for code in TRANSLATED])
def test_key_screens_render_fit_and_have_big_enough_buttons(band, text_scale, language, tmp_path, monkeypatch,
                                                            offscreen_text):
    small = set()
    real_draw = Controls.draw

    def draw(self, p):
        small.update((b.name, b.rect.height) for b in self.buttons if b.rect.height < 48)
        return real_draw(self, p)

    monkeypatch.setattr(Controls, "draw", draw)
    shots = capture_screens(tmp_path, band=band, text_scale=text_scale, language=language)
    assert KEY_SCREENS <= set(shots)
    for name, path in shots.items():
        image = pygame.image.load(str(path))
        assert image.get_size() == (1280, 720)
        colours = {tuple(image.get_at((x, y))) for x in range(0, 1280, 37) for y in range(0, 720, 23)}
        assert len(colours) > 4, f"{name} looks blank"
    assert not offscreen_text, f"text drawn off screen: {offscreen_text}"
    assert not small, f"buttons under 48 px: {small}"


def test_screens_scale_to_a_projector(tmp_path):
    shots = capture_screens(tmp_path, size=(1920, 1080), band="8-12")
    assert pygame.image.load(str(shots["choice"])).get_size() == (1920, 1080)


def test_every_step_of_every_lesson_renders_for_review(tmp_path):
    from sango.content.loader import load_library
    from sango.screenshots import parts, render_lessons

    lessons = load_library(LOCALE.parent / "lessons").lessons
    expected = sum(parts(step) for lesson in lessons for step in lesson.steps)
    assert expected > sum(len(lesson.steps) for lesson in lessons)
    paths = render_lessons(tmp_path, "zh")
    assert len(paths) == expected and all(p.stat().st_size > 10_000 for p in paths)
