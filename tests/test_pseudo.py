"""The pseudo-languages: every string changed, placeholders kept, and every screen still fits."""
import shutil

import pytest
from babel.messages.pofile import read_po

from sango import i18n
from sango.catalogues import compile_stale
from sango.paths import LOCALE
from sango.pseudo import PIECES, accented, write_pseudo_locales
from sango.screenshots import capture_screens


@pytest.fixture(scope="module")
def pseudo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pseudo")
    shutil.copy(LOCALE / "sango.pot", folder / "sango.pot")
    written = write_pseudo_locales(folder)
    compile_stale(folder)
    return folder, written


def test_every_string_is_changed_and_placeholders_kept(pseudo_dir):
    _folder, written = pseudo_dir
    assert [p.parts[-3] for p in written] == ["en_XA", "ar_XB"]
    with open(written[0], "rb") as po:
        messages = [m for m in read_po(po) if m.id]
    assert len(messages) > 500
    for m in messages:
        english = m.id if isinstance(m.id, str) else m.id[0]
        shown = m.string if isinstance(m.string, str) else m.string[0]
        assert shown.startswith("[") and shown.endswith("]") and len(shown) >= len(english) * 1.35
        assert PIECES.findall(shown) == PIECES.findall(english)
    assert accented("Hi, {name}!") == "[Hî, {name}! ····]"


@pytest.mark.parametrize("code,band", [("en_XA", "8-12"), ("ar_XB", "13+")])
def test_every_screen_fits_in_the_pseudo_languages(pseudo_dir, code, band, tmp_path, offscreen_text):
    folder, _written = pseudo_dir
    i18n.set_locale_dir(str(folder))
    try:
        shots = capture_screens(tmp_path, band=band, language=code)
    finally:
        i18n.set_locale_dir(str(LOCALE))
        i18n.set_language("en")
    assert "results" in shots and not offscreen_text
