"""The bundled fonts load in pygame-ce, carry their licence, and cover the characters the game needs."""
import os

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402
import pytest  # noqa: E402

from sango.paths import FONTS, LESSONS, ROOT  # noqa: E402

BUNDLED = sorted([*FONTS.glob("*.ttf"), *FONTS.glob("*.otf")])
READER = sorted(FONTS.glob("SangoReader-*.ttf"))  # the UI font, for Latin and Cyrillic
ARABIC = [FONTS / "SangoArabic-Regular.ttf", FONTS / "SangoArabic-Bold.ttf"]
SC = [FONTS / "SangoSC-Regular.otf", FONTS / "SangoSC-Bold.otf"]
FONTS_FOR_LANGUAGE = {"ar": ARABIC, "zh": SC}  # the others use READER

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
    for value in text.FONT_FILES.values():  # {style: path}, or {script: {style: path}}
        for path in value.values() if isinstance(value, dict) else [value]:
            assert path.is_file(), path


@pytest.mark.parametrize("path", READER, ids=lambda p: p.name)
def test_font_loads_and_renders_in_pygame(path):
    pygame.font.init()
    font = pygame.font.Font(str(path), 32)
    surface = font.render("Sango: stay safe! Привет, ça va? →", True, (0, 0, 0))
    assert surface.get_width() > 300 and surface.get_height() >= 32


@pytest.mark.parametrize("path", READER, ids=lambda p: p.name)
def test_font_covers_the_characters_the_game_needs(path):
    ttLib = _ttlib()
    cmap = ttLib.TTFont(str(path)).getBestCmap()
    missing = [c for c in NEEDED if ord(c) not in cmap]
    assert not missing, f"{path.name} lacks {missing}"


def test_fonts_cover_the_english_text_of_the_game():
    """Every character in the strings marked for translation and in the lessons (as Babel extracts them)."""
    ttLib = _ttlib()
    text = english_text()
    for path in READER:
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


def translated_characters(code: str) -> set[str]:
    """Every character of every msgstr of a language's catalogue (plural forms included)."""
    from babel.messages.pofile import read_po

    needed: set[str] = set()
    po = ROOT / "locale" / code / "LC_MESSAGES" / "sango.po"
    if po.exists():
        with open(po, "rb") as source:
            for message in read_po(source):
                strings = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
                needed.update("".join(s for s in strings if s))
    return needed - {"\n", "\t"}


def test_every_character_of_every_supported_translation_is_in_the_font():
    ttLib = _ttlib()
    pytest.importorskip("babel.messages.pofile")
    from sango.i18n import SUPPORTED

    for code in SUPPORTED:
        needed = translated_characters(code)
        for path in FONTS_FOR_LANGUAGE.get(code, READER):
            cmap = ttLib.TTFont(str(path)).getBestCmap()
            missing = sorted(c for c in needed if ord(c) not in cmap)
            assert not missing, f"{code}: {path.name} lacks {missing}"


# --- Arabic and Simplified Chinese ------------------------------------------------------------------
@pytest.mark.parametrize("path", ARABIC + SC, ids=lambda p: p.name)
def test_script_fonts_are_bundled_and_renamed(path):
    ttLib = _ttlib()
    assert path.is_file(), path
    family = ttLib.TTFont(str(path))["name"].getDebugName(1)
    assert family == ("Sango Arabic" if path in ARABIC else "Sango SC")


@pytest.mark.parametrize("code", ["ar", "zh"])
def test_every_character_of_the_arabic_and_chinese_translations_is_in_their_font(code):
    """All characters, placeholders' ASCII included: pygame has no glyph fallback."""
    ttLib = _ttlib()
    pytest.importorskip("babel.messages.pofile")
    needed = translated_characters(code)
    assert len(needed) > 50, f"{code}: no translation found"
    for path in FONTS_FOR_LANGUAGE[code]:
        cmap = ttLib.TTFont(str(path)).getBestCmap()
        missing = sorted(c for c in needed if ord(c) not in cmap)
        assert not missing, f"{path.name} lacks {missing}"


@pytest.mark.parametrize("path", ARABIC, ids=lambda p: p.name)
def test_arabic_font_has_latin_digits_and_punctuation_merged_in(path):
    ttLib = _ttlib()
    cmap = ttLib.TTFont(str(path)).getBestCmap()
    needed = ASCII + LATIN1_LETTERS + "«»…–—‘’“”" + "".join(map(chr, range(0x0621, 0x064B))) + "،؛؟٠١٢٣"
    missing = [c for c in needed if ord(c) not in cmap]
    assert not missing, f"{path.name} lacks {missing}"


@pytest.mark.parametrize("path", ARABIC, ids=lambda p: p.name)
def test_arabic_font_renders_arabic_and_latin_in_pygame(path):
    pygame.font.init()
    font = pygame.font.Font(str(path), 32)
    font.set_script("Arab")
    for text in ("سلام", "ChatPal", "116 111", "مرحبا Sami 3.12"):
        surface = font.render(text, True, (0, 0, 0))
        assert surface.get_width() > 20 and surface.get_height() >= 32, text


@pytest.mark.parametrize("path", ARABIC, ids=lambda p: p.name)
def test_arabic_letters_are_joined(path):
    """HarfBuzz shapes with the kept GSUB features: joined "سلام" is narrower than its four letters
    apart, and differs from the same letters kept in their isolated forms by zero-width non-joiners."""
    ttLib = _ttlib()
    assert {"init", "medi", "fina"} <= {
        record.FeatureTag for record in ttLib.TTFont(str(path))["GSUB"].table.FeatureList.FeatureRecord}
    pygame.font.init()
    font = pygame.font.Font(str(path), 48)
    font.set_script("Arab")
    joined = font.render("سلام", True, (0, 0, 0), (255, 255, 255))
    spaced = font.render("س ل ا م", True, (0, 0, 0), (255, 255, 255))
    isolated = font.render("\u200c".join("سلام"), True, (0, 0, 0), (255, 255, 255))
    assert joined.get_width() < spaced.get_width()
    assert joined.get_width() != isolated.get_width() or (
        pygame.image.tobytes(joined, "RGB") != pygame.image.tobytes(isolated, "RGB"))


@pytest.mark.parametrize("path", SC, ids=lambda p: p.name)
def test_chinese_font_renders_in_pygame(path):
    pygame.font.init()
    font = pygame.font.Font(str(path), 32)
    one = font.render("你", True, (0, 0, 0))
    text = font.render("你好，世界！ChatPal 116", True, (0, 0, 0))
    assert one.get_width() >= 24 and text.get_width() > 8 * one.get_width() // 2
    assert pygame.mask.from_surface(text).count() > 0  # drawn, not blank (a missing CJK glyph is blank)


def test_licence_covers_both_noto_families():
    text = (FONTS / "OFL.txt").read_text(encoding="utf-8")
    for family in ("Noto Sans Arabic", "Noto Sans CJK SC", "Sango Arabic", "Sango SC"):
        assert family in text
    assert "Google LLC" in text and "Adobe" in text  # the copyright notices of both
    assert text.count("PREAMBLE") == 3  # Andika, Noto (fonts-noto-core), Noto CJK
