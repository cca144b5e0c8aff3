"""Nothing the player sees is hard-wired English: with a pseudo-language every screen changes."""
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo

from sango import i18n
from sango.engine.painter import Painter
from sango.paths import ROOT
from sango.screenshots import capture_screens

# Shown as they are in every language: the game's name, the helpline number, the typed nickname,
# language names (each in its own script) and invented app names.
NOT_TRANSLATED = {"", " ", "|", "Sango", "116 111", "Sunny Otter", "Sunny Otter|", "English",
                  "BlockBuilders", "ChatPal", "PixShare", "TreasureTown"}


def pseudo(text: str) -> str:
    return f"[{text}]"


@pytest.fixture(scope="module")
def pseudo_locale(tmp_path_factory):
    with open(ROOT / "babel.cfg") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    catalog = Catalog(locale="en")
    for filename, lineno, message, comments, context in extract_from_dir(str(ROOT), method_map, options_map):
        if isinstance(message, tuple):
            catalog.add(message, tuple(pseudo(m) for m in message), context=context)
        else:
            catalog.add(message, pseudo(message), context=context)
    assert len(catalog) > 300, "extraction found too few messages"
    folder = tmp_path_factory.mktemp("locale")
    (folder / "xx" / "LC_MESSAGES").mkdir(parents=True)
    with open(folder / "xx" / "LC_MESSAGES" / "sango.mo", "wb") as out:
        write_mo(out, catalog)
    return folder


def test_every_visible_string_goes_through_gettext(pseudo_locale, tmp_path, monkeypatch):
    i18n.set_locale_dir(str(pseudo_locale))
    try:
        import sango.autoplay as autoplay

        real_make_game = autoplay.make_game

        def make_game(*args, **kwargs):
            game = real_make_game(*args, **kwargs)
            game.data.settings.language = "xx"
            game.apply_settings()
            return game

        texts = set()
        real_text = Painter.text

        def record_text(self, text, *args, **kwargs):
            texts.add(text)
            return real_text(self, text, *args, **kwargs)

        monkeypatch.setattr(autoplay, "make_game", make_game)
        monkeypatch.setattr(Painter, "text", record_text)
        for band in ("5-7", "8-12", "13+"):
            capture_screens(tmp_path / band, band=band)
    finally:
        i18n.set_locale_dir(str(ROOT / "locale"))
        i18n.set_language("en")
    hard_wired = sorted(t for t in texts if "[" not in t and t not in NOT_TRANSLATED and not t.strip().isdigit()
                        and not t.endswith("%"))
    assert not hard_wired, f"shown without translation: {hard_wired}"


def test_the_translation_template_is_up_to_date():
    from babel.messages.pofile import read_po

    with open(ROOT / "babel.cfg") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    extracted = {(context, message if isinstance(message, str) else message[0])
                 for _f, _l, message, _c, context in extract_from_dir(str(ROOT), method_map, options_map)}
    with open(ROOT / "locale" / "sango.pot", "rb") as pot:
        template = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in read_po(pot) if m.id}
    assert extracted == template, (
        "locale/sango.pot is out of date: run the pybabel extract command in locale/README.md\n"
        f"missing: {sorted(extracted - template, key=str)[:5]} stale: {sorted(template - extracted, key=str)[:5]}")


CATALOGUES = sorted(p for p in (ROOT / "locale").glob("*/LC_MESSAGES/sango.po") if p.parts[-3] not in ("en_XA", "ar_XB"))


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda p: p.parts[-3])
def test_each_catalogue_is_complete_current_and_keeps_placeholders(po):
    from babel.messages.pofile import read_po

    from sango.i18n_check import placeholders_differ

    with open(po, "rb") as source:
        catalog = read_po(source)
    with open(ROOT / "locale" / "sango.pot", "rb") as pot:
        template = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in read_po(pot) if m.id}
    entries = [m for m in catalog if m.id]
    assert {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in entries} == template
    problems = []
    for m in entries:
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        if m.fuzzy or not all(strings) or placeholders_differ(ids, strings):
            problems.append((m.context, ids[0]))
    assert not problems, f"{len(problems)} untranslated, fuzzy or placeholder problems: {problems[:5]}"
