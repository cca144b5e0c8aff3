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


def test_preview_opens_a_lesson_at_a_step_in_a_language_and_f5_reloads(tmp_path):
    import pygame

    from sango.content.loader import load_library
    from sango.paths import LESSONS

    lesson = load_library(LESSONS).for_band("13+")[0]
    step = lesson.steps[3].id
    player = Player(make_game(language="fr", lesson=lesson.id, step=step))
    assert player.scene.name in ("story", "quiz") and player.scene.runner.step_id == step
    assert i18n.language() == "fr" and player.button("menu").label != "Menu" or i18n.language() == "fr"
    player.key(pygame.K_F5)
    assert player.scene.runner.step_id == step and player.scene.lesson is not lesson  # read again
    i18n.set_language("en")


def test_preview_of_an_unknown_lesson_says_so():
    player = Player(make_game(lesson="no-such-lesson"))
    assert player.scene.name == "notice" and "no-such-lesson" in player.scene.message


@pytest.mark.parametrize("code,counts", [("ru", {1: 0, 2: 1, 5: 2, 21: 0, 11: 2}),
                                         ("ar", {0: 0, 1: 1, 2: 2, 3: 3, 11: 5, 100: 4})])
def test_plural_forms_follow_each_language(code, counts):
    import gettext

    from sango.paths import LOCALE

    compile_stale(LOCALE)
    catalogue = gettext.translation("sango", str(LOCALE), languages=[code])
    assert {n: catalogue.plural(n) for n in counts} == counts  # the catalogue's own plural rule
    one, two = catalogue.ngettext("{stars} star", "{stars} stars", 1), catalogue.ngettext("{stars} star", "{stars} stars", 2)
    assert one != two and "{stars}" in one and "{stars}" in two


def test_a_locale_can_swap_a_lesson_characters_picture_without_forking_the_lesson(locale_dir):
    import json

    compile_stale(locale_dir)
    (locale_dir / "fr" / "adaptations.json").write_text(json.dumps(
        {"avatars": {"kiko-treasure-game/grandma": "teacher", "kiko-treasure-game/kiko": "no-such-picture"}}))
    i18n.set_language("fr")
    assert i18n.adapted_avatar("kiko-treasure-game", "grandma", "grandma") == "teacher"
    player = Player(make_game(language="fr", lesson="kiko-treasure-game"))
    scene = player.scene
    assert scene.avatar_of("grandma") == "teacher"
    assert scene.avatar_of("kiko") == "kiko"  # an unknown picture falls back to the lesson's own
    i18n.set_language("en")
    assert i18n.adapted_avatar("kiko-treasure-game", "grandma", "grandma") == "grandma"
