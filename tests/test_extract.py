"""The Babel extractor for lesson files: same contexts as the loader, real lines, helpful comments."""
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from sango.content.extract import extract_lessons
from sango.content.loader import load_lesson_file
from sango.content.model import ChatStep, ChoiceStep, DialogueStep, QuizStep

FIXTURES = Path(__file__).parent / "fixtures" / "lessons"
ROOT = Path(__file__).parent.parent
LESSON = "lesson: kiko-treasure-game (5-7, personal-data)"


def extracted(path: Path) -> list[tuple]:
    with path.open("rb") as fileobj:
        return list(extract_lessons(fileobj, ["pgettext"], [], {}))


def lesson_texts(lesson):
    """Every Text of a lesson, walked without the loader's help."""
    yield lesson.title
    yield lesson.summary
    for character in lesson.characters:
        yield character.name
    notes = lesson.teacher_notes
    yield from notes.objectives + notes.vocabulary + notes.discussion
    for step in lesson.steps:
        if isinstance(step, DialogueStep):
            yield from (line.text for line in step.lines)
        elif isinstance(step, ChatStep):
            yield from ([step.title] if step.title else []) + [m.text for m in step.messages]
        elif isinstance(step, ChoiceStep):
            yield step.prompt
            for option in step.options:
                yield from (option.text, option.feedback)
        elif isinstance(step, QuizStep):
            yield from [step.intro] if step.intro else []
            for q in step.questions:
                yield from (q.prompt, q.explanation)
                if q.type != "true_false":
                    yield from [o.text for o in q.options] + [g.label for g in q.groups] + [i.text for i in q.items]


def test_extracts_every_lesson_string_with_the_loaders_contexts():
    lesson, _ = load_lesson_file(FIXTURES / "good.yaml")
    found = extracted(FIXTURES / "good.yaml")
    assert all(funcname == "pgettext" for _line, funcname, _messages, _comments in found)
    assert sorted(messages for _line, _f, messages, _c in found) == sorted(
        (t.msgctxt, t.msgid) for t in lesson_texts(lesson))


def test_lines_and_translator_comments():
    by_context = {messages[0]: (line, messages[1], comments) for line, _f, messages, comments in
                  extracted(FIXTURES / "good.yaml")}
    assert by_context["kiko-treasure-game/title"] == (
        7, "Kiko's Treasure Game", [LESSON, "space: lesson card title, about 30 characters"])
    assert by_context["kiko-treasure-game/hello/game"] == (
        39, "Look, a treasure game!",
        [LESSON, "speaker: Kiko", "space: dialogue bubble, about 50 characters per line, 3 lines"])
    assert by_context["kiko-treasure-game/the-game/ask"][2][1] == "speaker: TreasureBot"
    assert by_context["kiko-treasure-game/the-game/hmm"][2][1] == "speaker: the player"
    assert by_context["kiko-treasure-game/what-now/type-it/text"] == (
        60, "Type the address", [LESSON, "space: choice button, about 28 characters"])
    assert by_context["kiko-treasure-game/what-now/type-it/feedback"][2][1] == "speaker: Sango"
    assert by_context["kiko-treasure-game/well-done/dad"][0] == 75  # a flow mapping: the string's own line
    assert by_context["kiko-treasure-game/quiz/private-things/address"][2][-1] == \
        "space: quiz option button, about 50 characters"
    assert by_context["kiko-treasure-game/quiz/share-or-keep/keep"][1] == "Keep private"
    assert by_context["kiko-treasure-game/teacher_notes/discussion/1"][0] == 27


def test_true_and_false_are_not_lesson_strings():
    found = extracted(FIXTURES / "good.yaml")
    assert not [m for _l, _f, m, _c in found if m[0].startswith("quiz/")]


def test_a_broken_lesson_still_gives_its_strings_and_an_unreadable_one_none():
    found = extracted(FIXTURES / "broken" / "choices.yaml")
    assert ("choices/ask/share/text", "Share it") in [m for _l, _f, m, _c in found]
    assert extracted(FIXTURES / "broken" / "alias-bomb.yaml") == []
    assert list(extract_lessons(io.BytesIO(b""), [], [], {})) == []


def test_babel_finds_the_extractor_by_its_dotted_name(tmp_path):
    shutil.copy(FIXTURES / "good.yaml", tmp_path / "good.yaml")
    method_map = [("**.yaml", "sango.content.extract.extract_lessons")]
    found = list(extract_from_dir(str(tmp_path), method_map))
    assert ("good.yaml", 39, "Look, a treasure game!", [LESSON, "speaker: Kiko",
            "space: dialogue bubble, about 50 characters per line, 3 lines"], "kiko-treasure-game/hello/game") \
        in [(f, line, msg, comments, ctx) for f, line, msg, comments, ctx in found]


def test_pybabel_extract_with_the_project_config(tmp_path):
    (tmp_path / "lessons" / "5-7").mkdir(parents=True)
    shutil.copy(FIXTURES / "good.yaml", tmp_path / "lessons" / "5-7" / "kiko.yaml")
    (tmp_path / "sango").mkdir()
    (tmp_path / "sango" / "menu.py").write_text('_("Play")\npgettext("button", "Back")\n')
    shutil.copy(ROOT / "babel.cfg", tmp_path / "babel.cfg")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg", "-o", "x.pot",
                    "."], cwd=tmp_path, env=env, check=True, capture_output=True)
    pot = (tmp_path / "x.pot").read_text()
    assert '#. speaker: Kiko\n#. space: dialogue bubble' in pot
    assert '#: lessons/5-7/kiko.yaml:39\nmsgctxt "kiko-treasure-game/hello/game"\nmsgid "Look, a treasure game!"' in pot
    with (tmp_path / "x.pot").open("rb") as fileobj:
        catalog = read_po(fileobj)
    assert catalog.get("Play") is not None
    assert catalog.get("Back", context="button") is not None
    message = catalog.get("Ask Dad first", context="kiko-treasure-game/what-now/ask-dad/text")
    assert message.locations == [("lessons/5-7/kiko.yaml", 66)]
    assert LESSON in message.auto_comments
