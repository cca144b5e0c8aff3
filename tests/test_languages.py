"""Catalogues compile on first run, languages are picked from the system, and switching is instant."""
import os
import time

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from sango import i18n
from sango.autoplay import Player, make_game
from sango.catalogues import compile_stale
from sango.paths import LOCALE


def write_catalogue(folder, code, pairs):
    catalog = Catalog(locale=code)
    for english, translated in pairs.items():
        catalog.add(english, translated)
    target = folder / code / "LC_MESSAGES"
    target.mkdir(parents=True, exist_ok=True)
    with open(target / "sango.po", "wb") as out:
        write_po(out, catalog)
    return target / "sango.po"


@pytest.fixture
def locale_dir(tmp_path):
    write_catalogue(tmp_path, "fr", {"Play": "Jouer", "Settings": "Réglages", "Stay safe, and have fun online!":
                                     "Reste prudent et amuse-toi en ligne !"})
    i18n.set_locale_dir(str(tmp_path))
    yield tmp_path
    i18n.set_locale_dir(str(LOCALE))
    i18n.set_language("en")


def test_stale_catalogues_are_compiled_and_fresh_ones_left_alone(locale_dir):
    assert compile_stale(locale_dir) == [locale_dir / "fr" / "LC_MESSAGES" / "sango.mo"]
    assert compile_stale(locale_dir) == []
    po = locale_dir / "fr" / "LC_MESSAGES" / "sango.po"
    later = time.time() + 5
    os.utime(po, (later, later))
    assert len(compile_stale(locale_dir)) == 1


def test_a_broken_catalogue_leaves_that_language_out(locale_dir):
    bad = locale_dir / "ru" / "LC_MESSAGES"
    bad.mkdir(parents=True)
    (bad / "sango.po").write_bytes(b'msgid "Play"\nmsgstr "\xff\xfe broken')
    compile_stale(locale_dir)
    assert "ru" not in i18n.available_languages() and "fr" in i18n.available_languages()


@pytest.mark.parametrize("tag,code", [("fr_FR.UTF-8", "fr"), ("fr-CA", "fr"), ("de_DE", None), ("C", None),
                                      (None, None), ("en_GB", "en")])
def test_system_language_matching(locale_dir, tag, code):
    compile_stale(locale_dir)
    assert i18n.match_language(tag) == code


def test_switching_language_in_settings_applies_at_once_and_is_kept_per_player(locale_dir):
    compile_stale(locale_dir)
    player = Player(make_game())
    player.click("settings")
    assert {b.name for b in player.scene.controls.buttons} >= {"lang-en", "lang-fr"}
    assert player.button("lang-fr").label == "Français"
    player.click("lang-fr")
    assert i18n.language() == "fr" and player.game.data.settings.language == "fr"
    player.click("done")
    assert player.button("play").label == "Jouer"
    player.create_profile(band="8-12")
    assert player.game.profile.language is None  # follows the game's setting until the player picks one
    player.click("settings")
    player.click("lang-en")
    assert player.game.profile.language == "en" and player.button("done").label == "Done"
