"""The bundled fonts load, carry their licence, and cover every character the English text uses."""
import pygame
import pytest

from sango.content.loader import load_library
from sango.engine.text import FONT_FILES
from sango.paths import FONTS, LESSONS, ROOT


def english_text() -> str:
    from babel.messages.extract import extract_from_dir
    from babel.messages.frontend import parse_mapping_cfg

    with open(ROOT / "babel.cfg") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    parts = []
    for _f, _l, message, _c, _ctx in extract_from_dir(str(ROOT), method_map, options_map):
        parts.extend(message if isinstance(message, tuple) else [message])
    library = load_library(LESSONS)
    parts += [s.app for l in library.lessons for s in l.steps if getattr(s, "app", "")]
    return "".join(parts)


def test_fonts_load_and_render():
    pygame.font.init()
    for path in FONT_FILES.values():
        surface = pygame.font.Font(str(path), 32).render("Sango: stay safe! Привет", True, (0, 0, 0))
        assert surface.get_width() > 200


def test_licence_ships_with_the_fonts():
    text = (FONTS / "OFL.txt").read_text()
    assert "SIL OPEN FONT LICENSE Version 1.1" in text and "Copyright" in text


def test_every_character_of_the_game_text_is_in_the_font():
    ttLib = pytest.importorskip("fontTools.ttLib")
    needed = set(english_text()) | set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяàâçéèêëîïôûùüÿœæñáíóú¿¡«»")
    needed -= {"\n", "\t"}
    for path in FONT_FILES.values():
        cmap = ttLib.TTFont(str(path)).getBestCmap()
        missing = sorted(c for c in needed if ord(c) not in cmap)
        assert not missing, f"{path.name} lacks {missing}"
