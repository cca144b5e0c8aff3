"""The lesson loader: safe YAML, every problem with its line and column, the model it builds."""
import shutil
from pathlib import Path

import pytest

from sango.cli_check import run_check
from sango.content.loader import load_lesson_file, load_library
from sango.content.model import ChatStep, ChoiceStep, DialogueStep, QuizStep, Text
from sango.content.runner import LessonRunner

FIXTURES = Path(__file__).parent / "fixtures" / "lessons"
BROKEN = FIXTURES / "broken"
ROOT = Path(__file__).parent.parent


def problems_of(name: str) -> list[tuple[int, int, str]]:
    lesson, problems = load_lesson_file(BROKEN / name, BROKEN)
    assert lesson is None
    assert all(p.file == name for p in problems)
    return [(p.line, p.column, p.message) for p in problems]


def write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


# ---- the good lesson ----------------------------------------------------------------------------
def test_good_lesson_builds_the_model():
    lesson, problems = load_lesson_file(FIXTURES / "good.yaml", ROOT)
    assert problems == []
    assert lesson.source == "tests/fixtures/lessons/good.yaml"
    assert (lesson.id, lesson.band, lesson.topic, lesson.order) == ("kiko-treasure-game", "5-7", "personal-data", 1)
    assert lesson.title == Text("Kiko's Treasure Game", "kiko-treasure-game/title")
    assert lesson.summary.msgctxt == "kiko-treasure-game/summary"
    assert lesson.key_messages == ("K5-private", "K5-help")
    assert lesson.character("bot").name == Text("TreasureBot", "kiko-treasure-game/characters/bot/name")
    assert lesson.character("bot").avatar == "gamebot"
    notes = lesson.teacher_notes
    assert notes.duration_minutes == 15
    assert notes.discussion[1] == Text("Who could you ask before you share something?",
                                       "kiko-treasure-game/teacher_notes/discussion/1")
    assert notes.vocabulary == (Text("private", "kiko-treasure-game/teacher_notes/vocabulary/0"),)
    assert notes.objectives[0].msgctxt == "kiko-treasure-game/teacher_notes/objectives/0"
    assert [s.id for s in lesson.steps] == ["hello", "the-game", "what-now", "well-done", "oops", "quiz", "bye"]
    assert [s.line for s in lesson.steps] == [30, 41, 53, 71, 77, 83, 125]


def test_good_lesson_steps():
    lesson, _ = load_lesson_file(FIXTURES / "good.yaml")
    hello = lesson.step("hello")
    assert isinstance(hello, DialogueStep)
    assert [(l.id, l.speaker, l.mood) for l in hello.lines] == [("hi", "sango", "waving"), ("game", "kiko", "talking")]
    assert hello.lines[0].text == Text("Hi! I'm Sango!", "kiko-treasure-game/hello/hi")
    chat = lesson.step("the-game")
    assert isinstance(chat, ChatStep) and chat.app == "BlockBuilders"
    assert chat.title == Text("Treasure hunt chat", "kiko-treasure-game/the-game/title")
    assert [(m.id, m.sender) for m in chat.messages] == [("ask", "bot"), ("hmm", "me")]
    choice = lesson.step("what-now")
    assert isinstance(choice, ChoiceStep) and choice.speaker == "sango"
    assert choice.prompt.msgctxt == "kiko-treasure-game/what-now/prompt"
    type_it, ask_dad = choice.options
    assert (type_it.safe, type_it.next, type_it.icon, type_it.mood) == (False, "oops", "keyboard", "")
    assert (ask_dad.safe, ask_dad.next, ask_dad.mood) == (True, None, "cheering")
    assert type_it.feedback.msgctxt == "kiko-treasure-game/what-now/type-it/feedback"
    assert ask_dad.text == Text("Ask Dad first", "kiko-treasure-game/what-now/ask-dad/text")
    assert lesson.step("well-done").next == "quiz"
    assert lesson.step("oops").next == "what-now"
    assert lesson.step("bye").next is None


def test_good_lesson_quiz():
    lesson, _ = load_lesson_file(FIXTURES / "good.yaml")
    quiz = lesson.quiz
    assert isinstance(quiz, QuizStep)
    assert quiz.intro == Text("Let's see what you remember!", "kiko-treasure-game/quiz/intro")
    single, multiple, true_false, sort = quiz.questions
    assert single.prompt.msgctxt == "kiko-treasure-game/quiz/private-things/prompt"
    assert single.explanation.msgctxt == "kiko-treasure-game/quiz/private-things/explanation"
    assert single.options[1].text == Text("My address", "kiko-treasure-game/quiz/private-things/address")
    assert single.correct_ids == {"address"}
    assert multiple.correct_ids == {"mum", "teacher"}
    assert [(o.id, o.text, o.correct) for o in true_false.options] == [
        ("true", Text("True", "quiz/true"), True), ("false", Text("False", "quiz/false"), False)]
    assert true_false.key_message == "K5-help"
    assert [(g.id, g.label.msgctxt, g.icon) for g in sort.groups] == [
        ("share", "kiko-treasure-game/quiz/share-or-keep/share", "thumbs-up"),
        ("keep", "kiko-treasure-game/quiz/share-or-keep/keep", "lock")]
    assert [(i.id, i.group) for i in sort.items] == [("food", "share"), ("phone", "keep")]
    assert sort.items[1].text == Text("My phone number", "kiko-treasure-game/quiz/share-or-keep/phone")


def test_good_lesson_plays_through():
    lesson, _ = load_lesson_file(FIXTURES / "good.yaml")
    runner = LessonRunner(lesson)
    runner.advance()
    runner.advance()
    runner.advance()
    runner.advance()
    assert runner.step_id == "what-now"
    runner.choose("type-it")
    runner.advance()
    assert runner.step_id == "oops"
    runner.advance()
    runner.choose("ask-dad")
    runner.advance()
    assert runner.step_id == "well-done"
    runner.advance()
    assert runner.step_id == "quiz"


# ---- one family of mistakes per file -------------------------------------------------------------
def test_unknown_keys_suggest_the_right_one():
    assert problems_of("unknown-keys.yaml") == [
        (6, 1, "unknown key 'sumary' (did you mean 'summary'?)"),
        (15, 5, "'prompt' is not used in a dialogue step (step 'start')"),
        (17, 18, "unknown key 'speeker' in line 'hi' (did you mean 'speaker'?)"),
        (22, 55, "unknown key 'feedbak' in option 'reply' (did you mean 'feedback'?)"),
        (32, 9, "'options' is not used in a true_false question (question 'q1')"),
    ]


def test_missing_keys():
    lesson, problems = load_lesson_file(BROKEN / "many-problems.yaml")
    assert (2, 1, "missing required key 'summary'") in [(p.line, p.column, p.message) for p in problems]


def test_bad_values():
    assert problems_of("bad-values.yaml") == [
        (1, 17, "'schema_version' must be 1 (got 2)"),
        (3, 7, "'band' must be one of 5-7, 8-12, 13+ (got '5to7')"),
        (4, 8, "'topic' must be one of bullying, grooming, personal-data, netiquette (got 'bulying')"),
        (9, 38, "unknown avatar 'amarra' (did you mean 'amara'?)"),
        (11, 21, "'duration_minutes' must be a whole number of at least 1 (got five)"),
        (18, 40, "unknown mood 'hapy' (did you mean 'happy'?)"),
        (19, 28, "unknown speaker 'amra' (did you mean 'amara'?)"),
        (24, 24, "unknown chat sender 'stranger' (a message is from me, amara)"),
        (29, 48, "'safe' must be true or false"),
        (29, 93, "unknown icon 'keybord' (did you mean 'keyboard'?)"),
        (35, 15, "'type' must be one of single, multiple, true_false, sort (got 'true_or_false')"),
    ]


def test_ids():
    assert problems_of("ids.yaml") == [
        (2, 5, "id 'Bad_Ids' must use only lowercase letters, digits and dashes (like 'bad-ids')"),
        (9, 10, "'me' is a reserved speaker name: choose another character id"),
        (19, 14, "duplicate id 'hi' (first used on line 18)"),
        (24, 14, "'title' cannot be used as an id here: it would clash with the chat title"),
        (25, 9, "duplicate id 'start' (first used on line 15)"),
        (39, 18, "'prompt' cannot be used as an id here: it would clash with the question prompt"),
    ]


def test_links_and_reachability():
    assert problems_of("links.yaml") == [
        (18, 5, "step 'forgotten' can never be reached from the first step"),
        (26, 93, "option 'reply' says next: 'opps', but there is no step with that id (did you mean 'oops'?)"),
        (33, 5, "step 'quiz' can never be reached from the first step"),
        (35, 11, "step 'quiz' says next: 'qiuz', but there is no step with that id (did you mean 'quiz'?)"),
    ]


def test_a_loop_without_a_way_out():
    assert problems_of("endless-loop.yaml") == [
        (17, 5, "step 'ask' is in a loop with no way out to the end of the lesson"),
        (23, 5, "step 'again' is in a loop with no way out to the end of the lesson"),
        (28, 5, "step 'quiz' can never be reached from the first step"),
    ]


def test_choices():
    assert problems_of("choices.yaml") == [
        (17, 7, "a choice needs 2 to 4 options (found 1)"),
        (22, 7, "no option of choice 'ask' is safe"),
    ]


def test_quiz_questions():
    assert problems_of("quiz.yaml") == [
        (21, 11, "question 'q1' has no correct answer"),
        (29, 11, "question 'q2' has 2 correct options, but a single question needs exactly one (use type: multiple)"),
        (32, 9, "missing required key 'answer' in question 'q3'"),
        (42, 11, "'groups' needs 2 to 3 entries (found 1)"),
        (45, 46, "item 'rude' is in group 'unkid', but question 'q4' has no group with that id (did you mean 'kind'?)"),
    ]


def test_key_messages():
    assert problems_of("key-messages.yaml") == [
        (7, 16, "unknown key message 'K8-bulying' (did you mean 'K8-bullying'?)"),
        (7, 28, "key message 'K5-kind' belongs to the 5-7 band, but this lesson is for 8-12"),
        (18, 22, "question 'q1' checks key message 'K8-netiquette', which is not in the lesson's key_messages"),
    ]


def test_exactly_one_quiz(tmp_path):
    assert problems_of("no-quiz.yaml") == [(13, 5, "a lesson needs exactly one quiz step (found 0)")]
    text = (FIXTURES / "mini.yaml").read_text() + "\n".join([
        "  - id: quiz-again", "    kind: quiz", "    questions:", "      - id: q1", "        type: true_false",
        "        key_message: K8-bullying", "        prompt: Again?", "        answer: true",
        "        explanation: Again."]) + "\n"
    lesson, problems = load_lesson_file(write(tmp_path, "two-quizzes.yaml", text.encode()))
    assert [(p.line, p.column, p.message) for p in problems] == [
        (33, 5, "a lesson needs exactly one quiz step (found 2)")]


def test_wrong_shapes():
    assert problems_of("shapes.yaml") == [
        (5, 8, "'title' must be text, not a list"),
        (6, 10, "'summary' is empty"),
        (7, 15, "'key_messages' must be a list (found text)"),
        (9, 3, "'teacher_notes' must be a mapping of keys (found a list)"),
        (14, 7, "'lines' must be a list (found a mapping)"),
        (15, 5, "each step must be a mapping with 'id:' and 'kind:' (found text)"),
        (22, 17, "'prompt' must be text, not a mapping"),
    ]


def test_many_problems_are_all_reported():
    found = problems_of("many-problems.yaml")
    assert len(found) == 32
    assert found == sorted(found, key=lambda p: (p[0], p[1]))
    for expected in [
        (4, 7, "'band' must be one of 5-7, 8-12, 13+ (got '5to7')"),
        (7, 16, "unknown key message 'K5-privat' (did you mean 'K5-private'?)"),
        (15, 7, "entry 1 of 'discussion' is empty"),
        (21, 14, "duplicate id 'a' (first used on line 20)"),
        (21, 39, "'text' is empty"),
        (31, 7, "a choice needs 2 to 4 options (found 1)"),
        (31, 7, "no option of choice 'ask' is safe"),
        (34, 9, "unknown key 'feedbak' in option 'type-it' (did you mean 'feedback'?)"),
        (38, 11, "step 'hi' says next: 'qiuz', but there is no step with that id (did you mean 'quiz'?)"),
        (39, 5, "step 'lost' can never be reached from the first step"),
        (52, 9, "'answer' is not used in a single question (question 'q1')"),
        (54, 11, "question 'q1' has no correct answer"),
    ]:
        assert expected in found


# ---- files that are refused before they are read --------------------------------------------------
@pytest.mark.parametrize("name, expected", [
    ("alias-bomb.yaml", (2, 4, "YAML anchors (&a) are not allowed in lesson files: write the value out")),
    ("python-tag.yaml", (3, 8, "the tag '!!python/object/apply:os.system' is not allowed in lesson files: "
                               "only plain text, numbers, true/false, lists and mappings")),
    ("custom-tag.yaml", (3, 7, "the tag '!band' is not allowed in lesson files: only plain text, numbers, "
                               "true/false, lists and mappings")),
    ("not-utf8.yaml", (2, 8, "the file is not UTF-8 text (save it as UTF-8 in your editor)")),
    ("empty.yaml", (1, 1, "the file is empty")),
    ("comments-only.yaml", (1, 1, "the file has no content, only comments")),
    ("top-level-list.yaml", (1, 1, "the file must be a mapping of keys such as 'id:' and 'steps:' at the top "
                                   "(found a list)")),
    ("syntax-error.yaml", (3, 8, "the quote that starts here is never closed")),
    ("tabs.yaml", (3, 1, "the YAML could not be read: found character '\\t' that cannot start any token "
                         "(while scanning for the next token); use spaces, not tabs, to indent")),
])
def test_refused_files(name, expected):
    assert problems_of(name) == [expected]


def test_an_alias_alone_is_refused(tmp_path):
    text = (FIXTURES / "mini.yaml").read_text().replace("title: Mini", "title: *name")
    lesson, problems = load_lesson_file(write(tmp_path, "alias.yaml", text.encode()))
    assert [(p.line, p.column, p.message) for p in problems] == [
        (6, 8, "YAML aliases (*name) are not allowed in lesson files: write the value out")]


def test_duplicate_keys(tmp_path):
    assert problems_of("duplicate-keys.yaml")[-1] == (4, 1, "duplicate key 'id' (first used on line 2)")
    text = (FIXTURES / "mini.yaml").read_text().replace("      - {id: hi, speaker: sango, text: Hello!}",
                                                        "      - {id: hi, speaker: sango, text: Hello!, text: Bye}")
    lesson, problems = load_lesson_file(write(tmp_path, "dup.yaml", text.encode()))
    assert [(p.line, p.column, p.message) for p in problems] == [
        (17, 48, "duplicate key 'text' (first used on line 17)")]


def test_oversize_file_is_refused_unread(tmp_path):
    path = write(tmp_path, "big.yaml", b"# " + b"x" * (300 * 1024) + b"\nid: big\n")
    lesson, problems = load_lesson_file(path, tmp_path)
    assert lesson is None
    assert [str(p) for p in problems] == [
        "big.yaml:1:1: the file is too big (300 KB): lesson files must be at most 256 KB"]


def test_deep_nesting_and_several_documents(tmp_path):
    lesson, problems = load_lesson_file(write(tmp_path, "deep.yaml", b"a: " + b"[" * 5000 + b"]" * 5000), tmp_path)
    assert [str(p) for p in problems] == ["deep.yaml:1:43: the file is nested too deeply (more than 40 levels)"]
    lesson, problems = load_lesson_file(write(tmp_path, "two.yaml", b"id: a\n---\nid: b\n"), tmp_path)
    assert [str(p) for p in problems] == [
        "two.yaml:2:1: the file holds more than one YAML document ('---'): keep one lesson per file"]


def test_a_control_character(tmp_path):
    lesson, problems = load_lesson_file(write(tmp_path, "bell.yaml", b"id: a\ntitle: ring\x07\n"), tmp_path)
    assert [str(p) for p in problems] == ["bell.yaml:2:12: the file contains a character that is not allowed "
                                          "(U+0007): remove it"]


def test_yes_and_numbers_stay_text_where_text_is_expected(tmp_path):
    text = (FIXTURES / "mini.yaml").read_text().replace("text: Hello!}", "text: Yes}").replace(
        "title: Mini", "title: 2024")
    lesson, problems = load_lesson_file(write(tmp_path, "yes.yaml", text.encode()))
    assert problems == []
    assert lesson.title.msgid == "2024"
    assert lesson.steps[0].lines[0].text.msgid == "Yes"


# ---- the library ----------------------------------------------------------------------------------
def test_library_keeps_good_lessons_and_lists_broken_ones(tmp_path):
    tmp_path = tmp_path / "lessons"
    shutil.copy(FIXTURES / "good.yaml", write(tmp_path, "5-7/kiko.yaml", b""))
    shutil.copy(FIXTURES / "mini.yaml", write(tmp_path, "8-12/mini.yaml", b""))
    shutil.copy(BROKEN / "choices.yaml", write(tmp_path, "8-12/choices.yml", b""))
    shutil.copy(BROKEN / "empty.yaml", write(tmp_path, "13+/empty.yaml", b""))
    write(tmp_path, "8-12/notes.txt", b"not a lesson")
    library = load_library(tmp_path)
    assert [l.id for l in library.lessons] == ["kiko-treasure-game", "mini"]
    assert [l.source for l in library.lessons] == ["lessons/5-7/kiko.yaml", "lessons/8-12/mini.yaml"]
    assert sorted(library.broken) == ["lessons/13+/empty.yaml", "lessons/8-12/choices.yml"]
    assert [str(p) for p in library.broken["lessons/13+/empty.yaml"]] == [
        "lessons/13+/empty.yaml:1:1: the file is empty"]
    assert library.for_band("8-12")[0].id == "mini"


def test_library_reports_a_lesson_id_used_twice_in_both_files(tmp_path):
    tmp_path = tmp_path / "lessons"
    shutil.copy(FIXTURES / "mini.yaml", write(tmp_path, "8-12/a.yaml", b""))
    shutil.copy(FIXTURES / "mini.yaml", write(tmp_path, "8-12/b.yaml", b""))
    library = load_library(tmp_path)
    assert library.lessons == []
    assert [str(p) for ps in library.broken.values() for p in ps] == [
        "lessons/8-12/a.yaml:1:1: the lesson id 'mini' is also used by lessons/8-12/b.yaml: lesson ids must be unique",
        "lessons/8-12/b.yaml:1:1: the lesson id 'mini' is also used by lessons/8-12/a.yaml: lesson ids must be unique",
    ]


def test_library_reports_a_lesson_in_the_wrong_band_folder(tmp_path):
    tmp_path = tmp_path / "lessons"
    shutil.copy(FIXTURES / "mini.yaml", write(tmp_path, "5-7/mini.yaml", b""))
    library = load_library(tmp_path)
    assert library.lessons == []
    assert [str(p) for p in library.broken["lessons/5-7/mini.yaml"]] == [
        "lessons/5-7/mini.yaml:4:7: this lesson is for the 8-12 band, but it is in the 5-7 folder: "
        "move it to the 8-12 folder"]


# ---- sango check --------------------------------------------------------------------------------
def test_run_check_all_good(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert run_check(["tests/fixtures/lessons/good.yaml", "tests/fixtures/lessons/mini.yaml"]) == 0
    assert capsys.readouterr().out == "2 lessons checked, all good\n"


def test_run_check_lists_every_problem(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert run_check(["tests/fixtures/lessons/good.yaml", "tests/fixtures/lessons/broken/choices.yaml",
                      "tests/fixtures/lessons/broken/no-quiz.yaml"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "tests/fixtures/lessons/broken/choices.yaml:17:7: a choice needs 2 to 4 options (found 1)",
        "tests/fixtures/lessons/broken/choices.yaml:22:7: no option of choice 'ask' is safe",
        "tests/fixtures/lessons/broken/no-quiz.yaml:13:5: a lesson needs exactly one quiz step (found 0)",
        "3 lessons checked, 3 problems in 2 files",
    ]


def test_run_check_on_a_folder_and_a_missing_path(capsys, monkeypatch, tmp_path):
    shutil.copy(FIXTURES / "mini.yaml", write(tmp_path, "8-12/mini.yaml", b""))
    monkeypatch.chdir(tmp_path)
    assert run_check([".", "nowhere.yaml"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "nowhere.yaml:1:1: no such file or folder", "1 lesson checked, 1 problem in 1 file"]
