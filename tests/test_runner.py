import pytest

from sango.content.runner import LessonRunner
from tests.lesson_factory import sample_lesson


def test_dialogue_lines_are_revealed_one_at_a_time_then_the_next_step():
    runner = LessonRunner(sample_lesson())
    assert (runner.step_id, runner.shown) == ("intro", 1)
    runner.advance()
    assert (runner.step_id, runner.shown) == ("intro", 2)
    runner.advance()
    assert (runner.step_id, runner.shown) == ("chat", 1)


def test_choice_waits_for_an_answer():
    runner = LessonRunner(sample_lesson())
    runner.jump("ask")
    with pytest.raises(RuntimeError):
        runner.advance()
    with pytest.raises(KeyError):
        runner.choose("nope")


def test_unsafe_option_with_next_plays_its_consequence_and_comes_back():
    runner = LessonRunner(sample_lesson())
    runner.jump("ask")
    option = runner.choose("angry")
    assert not option.safe and runner.feedback is option
    runner.advance()
    assert runner.step_id == "oops"
    runner.advance()
    assert runner.step_id == "ask" and runner.feedback is None


def test_unsafe_option_without_next_retries_the_same_choice():
    runner = LessonRunner(sample_lesson())
    runner.jump("ask")
    runner.choose("ignore")
    runner.advance()
    assert runner.step_id == "ask"


def test_safe_option_goes_to_the_following_step_and_step_next_skips_the_branch():
    runner = LessonRunner(sample_lesson())
    runner.jump("ask")
    runner.choose("tell")
    runner.advance()
    assert runner.step_id == "good"
    runner.advance()
    assert runner.step_id == "quiz" and runner.quiz is not None


def test_first_try_safe_counts_only_first_attempts():
    runner = LessonRunner(sample_lesson())
    runner.jump("ask")
    runner.choose("angry")
    runner.advance()
    runner.advance()
    runner.choose("tell")
    assert runner.choices == [("ask", "angry"), ("ask", "tell")]
    assert runner.first_try_safe == 0


def test_quiz_must_be_finished_before_moving_on_and_the_lesson_ends():
    runner = LessonRunner(sample_lesson())
    runner.jump("quiz")
    with pytest.raises(RuntimeError):
        runner.advance()
    for response in ("y", {"a", "c"}, "true", {"hi": "kind", "mean": "unkind", "thanks": "kind", "rude": "unkind"}):
        runner.quiz.answer(response)
    runner.advance()
    assert runner.step_id == "bye"
    runner.advance()
    assert runner.finished
    assert runner.quiz.stars == 3


def test_lesson_logic_saves_and_helplines_need_no_pygame():
    import subprocess
    import sys

    code = ("import sys; import sango.content.runner, sango.content.quiz, sango.content.loader, "
            "sango.save.progress, sango.save.storage, sango.helplines, sango.i18n; "
            "assert 'pygame' not in sys.modules, 'pygame was imported'")
    subprocess.run([sys.executable, "-c", code], check=True)
