import pytest

from sango.content.quiz import QuizSession, grade, stars_for
from tests.lesson_factory import sample_lesson


@pytest.fixture
def quiz():
    return sample_lesson().quiz


def test_grading_each_question_type(quiz):
    single, multiple, true_false, sort = quiz.questions
    assert grade(single, "y") == 1 and grade(single, "x") == 0
    assert grade(multiple, {"a", "c"}) == 1
    assert grade(multiple, {"a"}) == 0  # an incomplete set is not right
    assert grade(multiple, {"a", "b", "c"}) == 0
    assert grade(true_false, "true") == 1 and grade(true_false, "false") == 0
    assert grade(sort, {"hi": "kind", "mean": "kind", "thanks": "kind", "rude": "unkind"}) == 0.75


def test_wrong_response_shape_is_an_error(quiz):
    with pytest.raises(TypeError):
        grade(quiz.questions[0], {"y"})
    with pytest.raises(TypeError):
        grade(quiz.questions[3], "kind")


@pytest.mark.parametrize("score,stars", [(1.0, 3), (0.75, 2), (0.6, 2), (0.5, 1), (0.25, 1), (0.2, 0), (0.0, 0)])
def test_stars_for_score(score, stars):
    assert stars_for(score) == stars


def test_session_scores_and_stars(quiz):
    session = QuizSession(quiz)
    session.answer("x")
    session.answer({"a", "c"})
    session.answer("true")
    session.answer({"hi": "kind", "mean": "unkind", "thanks": "unkind", "rude": "unkind"})
    assert session.done
    assert session.score == pytest.approx((0 + 1 + 1 + 0.75) / 4)
    assert session.stars == 2
    with pytest.raises(RuntimeError):
        session.answer("x")


def test_shuffling_is_repeatable_by_seed_and_authored_order_without_one(quiz):
    def orders(seed):
        s = QuizSession(quiz, seed)
        return [[o.id for o in s.options(q)] + [i.id for i in s.items(q)] for q in quiz.questions]

    assert orders(None)[1] == ["a", "b", "c"]
    assert orders(7) == orders(7)
    assert any(orders(seed) != orders(None) for seed in range(5))
    assert orders(3)[2] == ["true", "false"]  # true/false keeps its order
