"""Printable PDFs from the lesson files, in the lesson's language (Arabic shaped right to left, Chinese),
with text a PDF reader can extract; certificate names are checked and never stored."""
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pygame
import pytest

pytest.importorskip("fpdf")
PdfReader = pytest.importorskip("pypdf").PdfReader

from sango import i18n  # noqa: E402
from sango.autoplay import Player, make_game  # noqa: E402
from sango.classroom import printables  # noqa: E402
from sango.content.loader import load_library  # noqa: E402
from sango.paths import LESSONS  # noqa: E402

LESSON = "kiko-treasure-game"


@pytest.fixture(scope="module")
def lessons_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("lessons")
    (root / "5-7").mkdir()
    shutil.copy(LESSONS / "5-7" / f"{LESSON}.yaml", root / "5-7" / f"{LESSON}.yaml")
    return root


@pytest.fixture(scope="module")
def lesson(lessons_dir):
    return load_library(lessons_dir).by_id(LESSON)


@pytest.fixture
def language():
    def use(code):
        i18n.set_language(code)
        return code
    yield use
    i18n.set_language("en")


def text_of(path: Path) -> str:
    reader = PdfReader(str(path))
    text = "".join(page.extract_text() for page in reader.pages)
    text = text.replace("\x00", "")  # pypdf reads the CJK font's two-byte codes with a NUL before Latin letters
    return "".join(unicodedata.normalize("NFKC", text).split())  # and spaces between CJK characters


def squeeze(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("code", ["en", "ar", "zh"])
def test_lesson_plan_in_the_lesson_language(code, lesson, language, tmp_path):
    language(code)
    path = printables.lesson_plan([lesson], tmp_path / "plan.pdf")
    reader = PdfReader(str(path))
    assert reader.trailer["/Root"].get("/Lang") == code
    text = text_of(path)
    title, objective = i18n.tr(lesson.title), i18n.tr(lesson.teacher_notes.objectives[0])
    if code != "en":
        assert title != lesson.title.msgid, "the lesson should be translated for this test"
    assert squeeze(title) in text
    assert squeeze(objective)[:30] in text
    for question in lesson.teacher_notes.discussion:
        assert squeeze(i18n.tr(question))[:20] in text
    assert "116111" in text  # the safeguarding reminder names the helpline


def test_worksheet_has_every_question_and_an_answer_key(lesson, language, tmp_path):
    language("en")
    text = text_of(printables.worksheet([lesson], tmp_path / "worksheet.pdf"))
    for q in lesson.quiz.questions:
        assert squeeze(i18n.tr(q.prompt)) in text
        assert squeeze(i18n.tr(q.explanation))[:30] in text
    assert "Answerkey" in text
    key = text[text.index("Answerkey"):]
    right = next(o for q in lesson.quiz.questions if q.type == "single" for o in q.options if o.correct)
    assert squeeze(i18n.tr(right.text)) in key


def test_arabic_worksheet_runs_right_to_left(lesson, language, tmp_path):
    language("ar")
    path = printables.worksheet([lesson], tmp_path / "worksheet-ar.pdf")
    page = PdfReader(str(path)).pages[0]
    xs = []
    page.extract_text(visitor_text=lambda text, cm, tm, font, size: xs.append((tm[4], text)) if text.strip() else None)
    arabic = [x for x, t in xs if any("\u0600" <= ch <= "\u06ff" for ch in t)]
    assert arabic and min(arabic) > 100  # right-aligned: nothing starts at the left margin (about 51 pt)
    assert squeeze(i18n.tr(lesson.quiz.questions[0].prompt)) in text_of(path)


def test_certificates_print_typed_names_in_any_script(lesson, language, tmp_path):
    language("en")
    path = printables.certificates("Amina\nLi Wei, Сергей\nمريم\n小明", [lesson], tmp_path / "cert.pdf")
    reader = PdfReader(str(path))
    assert len(reader.pages) == 5
    text = text_of(path)
    for name in ("Amina", "LiWei", "Сергей", "小明"):
        assert name in text


@pytest.mark.parametrize("names", ["", "   \n ,", "Ali 🙂", "王芳", "x" * 60, "\n".join(["Kim"] * 61)])
def test_certificate_names_that_cannot_be_printed_get_a_clear_message(names, tmp_path):
    with pytest.raises(printables.PrintError) as problem:
        printables.certificates(names, [], tmp_path / "cert.pdf")
    assert str(problem.value) and not (tmp_path / "cert.pdf").exists()


def test_print_screen_saves_pdfs_and_explains_problems(lessons_dir, tmp_path):
    game = make_game(lessons_dir=lessons_dir, class_folder=tmp_path / "class")
    from sango.scenes.classroom.printing import PrintScene

    game.scenes.push(PrintScene(game, [game.library.by_id(LESSON)]))
    player = Player(game)
    assert not player.button("certificates").enabled
    player.type("Ali 🙂")
    player.click("certificates")
    assert player.scene.name == "notice" and "🙂" in player.scene.message
    player.click("ok")
    for _ in range(len("🙂")):
        player.key(pygame.K_BACKSPACE)
    player.click("certificates")
    assert player.scene.name == "notice" and (tmp_path / "class" / "sango-certificates-en.pdf").exists()
    player.click("ok")
    player.click("plan")
    assert (tmp_path / "class" / "sango-plan-en.pdf").exists()
    player.click("ok")
    screen = player.scene
    player.click("back")
    game.persist()
    assert screen.names == "" and "Ali" not in (game.store.storage.read("progress") or "")


def test_the_game_never_imports_the_pdf_library_until_asked():
    code = ("import sys, sango.app, sango.scenes.classroom.menu, sango.scenes.classroom.presenter, "
            "sango.scenes.classroom.printing, sango.scenes.classroom.results, sango.scenes.classroom.shared; "
            "print('fpdf' in sys.modules, 'sango.classroom.printables' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "SDL_VIDEODRIVER": "dummy", "PYGAME_HIDE_SUPPORT_PROMPT": "1"},
                         cwd=Path(__file__).parent.parent)
    assert out.stdout.split()[-2:] == ["False", "False"]
