"""Text colours meet WCAG contrast on the backgrounds they are used on."""
import pytest

from sango.engine import theme


def luminance(colour):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in colour[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("ink,paper,minimum", [
    (theme.INK, theme.BACKGROUND, 4.5), (theme.INK_SOFT, theme.BACKGROUND, 4.5), (theme.INK, theme.PANEL, 4.5),
    (theme.INK_SOFT, theme.PANEL, 4.5), (theme.ON_PRIMARY, theme.PRIMARY, 4.5), (theme.INK, theme.BACKGROUND_DEEP, 4.5),
    (theme.GOOD, theme.GOOD_BG, 4.5), (theme.TRY_AGAIN, theme.TRY_AGAIN_BG, 4.5), (theme.HELP, theme.PANEL, 4.5),
    (theme.INK, theme.CHAT_ME, 4.5), (theme.INK, theme.CHAT_THEM, 4.5), (theme.ON_PRIMARY, theme.APP_BAR, 4.5),
    *[(theme.ON_PRIMARY, colour, 3.0) for colour in theme.TOPIC_COLOURS.values()],  # bold headings
])
def test_contrast(ink, paper, minimum):
    assert contrast(ink, paper) >= minimum
