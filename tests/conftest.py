import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


import pytest  # noqa: E402


@pytest.fixture
def offscreen_text(monkeypatch):
    """Records every text drawn outside the 1280x720 canvas (text in a clipped area, such as a chat
    scrolled out of view, does not count)."""
    from sango.engine.painter import LOGICAL_H, LOGICAL_W, Painter

    outside = []
    real_text = Painter.text

    def text(self, content, *args, **kwargs):
        box = real_text(self, content, *args, **kwargs)
        clipped = self.surface.get_clip() != self.surface.get_rect()
        if not clipped and (box.left < -1 or box.top < -1 or box.right > LOGICAL_W + 1 or box.bottom > LOGICAL_H + 1):
            outside.append((content, tuple(box)))
        return box

    monkeypatch.setattr(Painter, "text", text)
    return outside


@pytest.fixture(autouse=True)
def english_first():
    """Every test starts in English, whatever language the test before it left the game in."""
    from sango import i18n

    i18n.set_language("en")
    yield
