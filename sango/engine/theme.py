"""Colours and sizes shared by every screen. Text on colour always meets WCAG AA contrast."""

BACKGROUND = (238, 246, 255)
BACKGROUND_DEEP = (214, 232, 252)
PANEL = (255, 255, 255)
INK = (28, 36, 64)
INK_SOFT = (78, 88, 120)
PRIMARY = (36, 84, 196)  # buttons
PRIMARY_DARK = (24, 58, 150)
ON_PRIMARY = (255, 255, 255)
SECONDARY = (255, 255, 255)
FOCUS = (255, 170, 0)
GOOD = (22, 122, 70)
GOOD_BG = (222, 246, 232)
TRY_AGAIN = (176, 84, 0)
TRY_AGAIN_BG = (255, 240, 220)
DISABLED = (180, 186, 200)
BUBBLE = (255, 255, 255)
CHAT_BG = (232, 238, 246)
CHAT_ME = (210, 236, 255)
CHAT_THEM = (255, 255, 255)
APP_BAR = (44, 62, 110)
HELP = (190, 40, 90)

TOPIC_COLOURS = {
    "bullying": (96, 70, 196),
    "grooming": (196, 72, 72),
    "personal-data": (24, 120, 150),
    "netiquette": (40, 130, 70),
}

RADIUS = 18
