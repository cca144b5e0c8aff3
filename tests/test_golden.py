"""Golden screenshots of key screens in Arabic and Chinese (looked at by eye when they were made).

Regenerate after an intended change, and look at them again:
    python -m sango.screenshots /tmp/g --band 5-7 --lang ar   (then copy title, choice, help, quiz-sort)
"""
from pathlib import Path

import pygame
import pytest

from sango.screenshots import capture_screens

GOLDEN = Path(__file__).parent / "golden"
SCREENS = ("title", "choice", "help", "quiz-sort")


def differing_share(a: pygame.Surface, b: pygame.Surface) -> float:
    if a.get_size() != b.get_size():
        return 1.0
    w, h = a.get_size()
    differ = sum(1 for x in range(0, w, 2) for y in range(0, h, 2)
                 if max(abs(p - q) for p, q in zip(a.get_at((x, y))[:3], b.get_at((x, y))[:3])) > 48)
    return differ / ((w // 2) * (h // 2))


@pytest.mark.parametrize("language", ["ar", "zh"])
def test_key_screens_match_their_golden_pictures(language, tmp_path):
    shots = capture_screens(tmp_path, band="5-7", language=language, lesson_id="kiko-treasure-game")
    for name in SCREENS:
        share = differing_share(pygame.image.load(str(shots[name])), pygame.image.load(str(GOLDEN / f"{language}-{name}.png")))
        assert share < 0.01, f"{language} {name}: {share:.1%} of the picture changed"
