"""The art's colours: friendly, strong against light and dark backgrounds, readable without colour."""

INK = (24, 32, 64)  # outlines and pupils
WHITE = (255, 255, 255)
EYE_WHITE = (255, 255, 255)
BODY = (56, 132, 236)
BODY_LIGHT = (118, 178, 255)
BODY_DARK = (34, 92, 182)
SCREEN = (236, 250, 255)
SCREEN_SHADE = (190, 218, 240)
BAND = (226, 56, 76)
BAND_DARK = (176, 34, 58)
BLUSH = (255, 170, 182)
SHADOW = (20, 30, 60, 60)

SKIN = {
    "light": (255, 222, 196),
    "medium-light": (236, 188, 150),
    "medium": (204, 150, 108),
    "medium-dark": (150, 100, 66),
    "dark": (104, 66, 44),
}
HAIR = {
    "black": (36, 32, 40),
    "dark-brown": (78, 50, 34),
    "brown": (128, 80, 44),
    "blond": (226, 184, 96),
    "red": (184, 82, 40),
    "grey": (196, 196, 204),
}
