"""Line breaking and ordering for Latin, Chinese and Arabic text, and the mirrored layout."""
import pygame
import pytest

from sango.engine.painter import LOGICAL_W, Painter
from sango.engine.text import NO_LINE_START, Fonts, visual, wrap

pygame.font.init()
FONTS = Fonts()


def test_latin_wraps_at_spaces_and_keeps_words_whole():
    font = FONTS.get("regular", 24)
    lines = wrap(font, "Talk to a grown-up you trust, you will not be in trouble.", 200)
    assert len(lines) > 1 and all(font.size(line)[0] <= 200 for line in lines)
    assert " ".join(lines).split() == "Talk to a grown-up you trust, you will not be in trouble.".split()


def test_chinese_breaks_between_characters_but_never_before_closing_punctuation():
    font = FONTS.get("regular", 24, "cjk")
    text = "如果网上有什么让你感到难过、害怕或者困惑，就告诉你信任的大人。你不会有麻烦的！"
    for width in range(60, 400, 7):
        lines = wrap(font, text, width, "cjk")
        assert "".join(lines) == text
        assert not any(line[:1] in NO_LINE_START for line in lines[1:]), (width, lines)


def test_chinese_keeps_latin_words_together():
    font = FONTS.get("regular", 24, "cjk")
    lines = wrap(font, "打开ChatPal看看消息", 130, "cjk")
    assert any("ChatPal" in line for line in lines)


def test_arabic_is_wrapped_in_logical_order_and_each_line_reordered_for_display():
    font = FONTS.get("regular", 24, "arabic")
    text = "اتصل بالرقم 116 111 واطلب المساعدة من شخص كبير تثق به في أي وقت"
    lines = wrap(font, text, 220, "arabic")
    assert len(lines) > 1 and " ".join(lines).replace("\u00a0", " ") == text  # logical order kept
    assert text.split()[0] in lines[0]
    shown = visual("الرقم 116 111", "arabic").replace("\u00a0", " ")
    assert "116 111" in shown  # embedded numbers keep their own left-to-right order
    assert shown.index("116") < shown.index("111")


def test_mirrored_layout_flips_positions_and_maps_clicks_back():
    surface = pygame.Surface((1280, 720))
    painter = Painter(surface)
    painter.mirrored = True
    assert painter.point((100, 50)) == (LOGICAL_W - 100, 50)
    assert painter.rect((10, 20, 100, 40)) == pygame.Rect(LOGICAL_W - 110, 20, 100, 40)
    assert painter.to_logical(painter.point((333, 44))) == pytest.approx((333, 44))
    box = painter.text("Back", (24, 20), 24, (0, 0, 0), width=150)
    assert box.right == pytest.approx(24 + 150, abs=2) or box.left >= 24  # stays inside its logical box
