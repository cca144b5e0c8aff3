"""The bundled fonts load in pygame-ce, carry their licence, and cover the characters the game needs."""
import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402
import pytest  # noqa: E402

from sango.paths import FONTS, LESSONS, ROOT  # noqa: E402

BUNDLED = sorted(FONTS.glob("*.ttf"))

ASCII = "".join(chr(c) for c in range(0x20, 0x7F))
LATIN1_LETTERS = "".join(chr(c) for c in range(0xC0, 0x100) if chr(c).isalpha())  # À..ÿ, without × ÷
LATIN1_PUNCTUATION = "¡¿«»°·"
RUSSIAN = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
PUNCTUATION = "–—‘’“”„…•\u00a0\u202f"
UI_SYMBOLS = "→←✓×"  # the symbols Andika has; the others (✗ ★ ☆ ...) are drawn as shapes
NEEDED = ASCII + LATIN1_LETTERS + LATIN1_PUNCTUATION + RUSSIAN + PUNCTUATION + UI_SYMBOLS


def test_there_are_regular_and_bold_fonts():
    names = {p.name for p in BUNDLED}
    assert {"SangoReader-Regular.ttf", "SangoReader-Bold.ttf"} <= names


def test_the_fonts_the_engine_uses_are_bundled():
    text = pytest.importorskip("sango.engine.text")
    for path in text.FONT_FILES.values():
        assert path.is_file(), path


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_font_loads_and_renders_in_pygame(path):
    pygame.font.init()
    font = pygame.font.Font(str(path), 32)
    surface = font.render("Sango: stay safe! Привет, ça va? →", True, (0, 0, 0))
    assert surface.get_width() > 300 and surface.get_height() >= 32


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_font_covers_the_characters_the_game_needs(path):
    ttLib = _ttlib()
    cmap = ttLib.TTFont(str(path)).getBestCmap()
    missing = [c for c in NEEDED if ord(c) not in cmap]
    assert not missing, f"{path.name} lacks {missing}"


def test_fonts_cover_the_english_text_of_the_game():
    """Every character in the strings marked for translation and in the lessons (as Babel extracts them)."""
    ttLib = _ttlib()
    text = english_text()
    for path in BUNDLED:
        cmap = ttLib.TTFont(str(path)).getBestCmap()
        missing = sorted({c for c in text if c not in "\n\t" and ord(c) not in cmap})
        assert not missing, f"{path.name} lacks {missing}"


def test_licence_ships_with_the_fonts():
    text = (FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text
    assert "Copyright (c) 2004-2022 SIL International" in text
    assert all(p.name in text for p in BUNDLED)  # each file says which licence covers it
    assert (FONTS / "README.md").read_text(encoding="utf-8").strip()


def test_subsets_do_not_use_the_reserved_font_name():
    """The OFL reserves "Andika" and "SIL" for unmodified fonts (OFL-FAQ 2.6): our subsets are renamed."""
    ttLib = _ttlib()
    for path in BUNDLED:
        names = ttLib.TTFont(str(path))["name"]
        for name_id in (1, 4, 6, 16):
            value = names.getDebugName(name_id) or ""
            assert "Andika" not in value and "SIL" not in value, (path.name, name_id, value)
        assert "Andika" not in path.name


def _ttlib():
    pytest.importorskip("fontTools")
    from fontTools import ttLib

    return ttLib


def english_text() -> str:
    messages = pytest.importorskip("babel.messages.extract")
    frontend = pytest.importorskip("babel.messages.frontend")
    with open(ROOT / "babel.cfg", encoding="utf-8") as cfg:
        method_map, options_map = frontend.parse_mapping_cfg(cfg)
    parts = []
    for _f, _l, message, _c, _ctx in messages.extract_from_dir(str(ROOT), method_map, options_map):
        parts.extend(message if isinstance(message, tuple) else [message])
    assert parts, "no English text found"
    try:  # names of the invented apps in lessons are shown as they are, untranslated
        from sango.content.loader import load_library

        parts += [s.app for lesson in load_library(LESSONS).lessons for s in lesson.steps if getattr(s, "app", "")]
    except ImportError:
        pass
    return "".join(p for p in parts if p)


def test_every_character_of_every_supported_translation_is_in_the_font():
    ttLib = pytest.importorskip("fontTools.ttLib")
    from babel.messages.pofile import read_po

    from sango.i18n import SUPPORTED

    needed = set()
    for code in SUPPORTED:
        po = ROOT / "locale" / code / "LC_MESSAGES" / "sango.po"
        if po.exists():
            with open(po, "rb") as source:
                for message in read_po(source):
                    strings = message.string if isinstance(message.string, tuple) else (message.string,)
                    needed.update("".join(s for s in strings if s))
    needed -= {"\n", "\t"}
    for path in BUNDLED:
        cmap = ttLib.TTFont(str(path)).getBestCmap()
        missing = sorted(c for c in needed if ord(c) not in cmap)
        assert not missing, f"{path.name} lacks {missing}"
