"""The art's colours: friendly, strong against light and dark backgrounds, readable without colour.

Every picture carries a dark INK outline, so it stands out on pale screens, and its bright fills
stand out on dark ones. Faces never depend on colour: eyes, brows and mouths differ in shape.
"""

INK = (24, 32, 64)  # outlines, pupils, mouths
WHITE = (255, 255, 255)
EYE_WHITE = (255, 255, 255)

# Sango
BODY = (52, 128, 236)  # the phone's case
BODY_LIGHT = (120, 182, 255)  # shine along the left edge
BODY_DARK = (30, 86, 184)  # the shaded right side, feet, buttons
SCREEN = (232, 248, 255)  # the face
SCREEN_SHADE = (186, 216, 242)  # the screen's inner edge
SCREEN_GLARE = (250, 254, 255)
BAND = (232, 58, 78)  # the @ headband
BAND_LIGHT = (255, 120, 132)
BAND_DARK = (172, 30, 56)
GLOVE = (255, 255, 255)
GLOVE_SHADE = (214, 226, 242)
TONGUE = (246, 110, 126)
BLUSH = (255, 166, 180)
CAMERA = (70, 90, 140)
SHADOW = (20, 30, 60, 70)

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
