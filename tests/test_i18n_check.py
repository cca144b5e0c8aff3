"""`sango i18n check` passes on the shipped languages and catches what translators can get wrong."""
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from sango.content.loader import load_library
from sango.i18n_check import run_i18n_check
from sango.paths import LESSONS

LESSON = load_library(LESSONS).for_band("8-12")[0]


def test_the_shipped_languages_pass(capsys):
    assert run_i18n_check() == 0
    out = capsys.readouterr().out
    for code in ("ar", "es", "fr", "ru", "zh"):
        assert f"{code}: " in out and "all good" in out


def test_problems_are_listed_with_where_they_are(tmp_path, capsys):
    card = LESSON.quiz.questions[[q.type for q in LESSON.quiz.questions].index("sort")].items[0].text
    catalog = Catalog(locale="fr")
    catalog.add(card.msgid, "Une très très longue carte qui ne tiendra jamais dans sa petite case", context=card.msgctxt)
    catalog.add("Hi, {name}!", "Salut, {nom} !")
    catalog.add("Play", "Jouer", flags=["fuzzy"])
    catalog.add("Help", "")
    folder = tmp_path / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with open(folder / "sango.po", "wb") as out:
        write_po(out, catalog)
    assert run_i18n_check(tmp_path) == 1
    out = capsys.readouterr().out
    assert "placeholders differ" in out and "fuzzy" in out and "untranslated" in out
    assert "does not fit the sort card" in out and LESSON.source in out


def test_plural_forms_may_leave_out_the_number_but_not_invent_placeholders():
    from sango.i18n_check import placeholders_differ

    ids = ("Add {n} more word.", "Add {n} more words.")
    assert not placeholders_differ(ids, ("أضف {n} كلمات.", "أضف كلمة واحدة.", "أضف كلمتين."))
    assert placeholders_differ(ids, ("Ajoute un mot.", "Ajoute des mots."))  # the number is gone entirely
    assert placeholders_differ(ids, ("Ajoute {n} {x}.", "Ajoute {n} mots."))
    assert placeholders_differ(("Hi {name}",), ("Salut",))
