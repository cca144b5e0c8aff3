"""Classroom logic without pygame: teams, session plans, discussion moments, the gate question, and the
anonymous class results (device files, folder import, CSV, hardest questions)."""
import csv
import io
import json
import random

import pytest

from lesson_factory import sample_lesson
from sango.classroom.discussion import BEFORE_QUIZ, END, moment_slots, moments
from sango.classroom.gate import HOLD_SECONDS, Hold, new_question
from sango.classroom.plans import SESSION_MINUTES, session_plans
from sango.classroom.results import (CSV_COLUMNS, ClassResults, ResultsFileError, export_file, hardest,
                                     import_folder, to_csv)
from sango.classroom.teams import TEAM_NAMES, TeamPlay, make_teams
from sango.content.model import LessonLibrary, TeacherNotes, Text
from sango.content.quiz import QuizSession


def test_teams_have_distinct_colours_and_animals_and_translated_names():
    for count in range(2, 7):
        for seed in range(20):
            teams = make_teams(count, seed)
            assert len({t.colour for t in teams}) == count
            assert len({t.name for t in teams}) == count
    assert len(TEAM_NAMES) == 12
    with pytest.raises(ValueError):
        make_teams(7)
    with pytest.raises(ValueError):
        make_teams(1)


def test_teams_answer_in_turn_one_point_per_right_answer_no_speed():
    play = TeamPlay(make_teams(3, seed=1))
    first, second, third = play.teams
    assert play.current == first
    assert play.record(True) == first
    assert play.record(False) == second
    assert play.record(True) == third
    assert play.current == first
    play.record(True)
    assert play.points == [2, 0, 1] and play.turn == 4
    assert play.leaders() == [first]
    copy = play.copy()
    copy.record(True)
    assert play.points == [2, 0, 1]  # a copy (for Back) is independent


def test_gate_question_and_hold():
    rng = random.Random(4)
    for _ in range(50):
        q = new_question(rng)
        assert 36 <= q.answer <= 81
        assert q.check(f" {q.answer} ") and not q.check(str(q.answer + 1)) and not q.check("") and not q.check("x")
    hold = Hold()
    hold.press()
    hold.update(HOLD_SECONDS - 0.5)
    hold.release()
    assert not hold.done and hold.progress == 0  # letting go too soon starts again
    hold.press()
    for _ in range(200):
        hold.update(1 / 60)
    assert hold.done


def test_discussion_questions_spread_over_key_moments():
    lesson = sample_lesson()
    assert moment_slots(lesson) == ["after:ask", BEFORE_QUIZ, END]
    assert moments(lesson) == {"after:ask": (Text("disc1", "disc1"),), BEFORE_QUIZ: (Text("disc2", "disc2"),)}
    many = lesson.__class__(**{**lesson.__dict__, "teacher_notes": TeacherNotes(
        (), tuple(Text(str(i), str(i)) for i in range(7)), 10)})
    spread = moments(many)
    assert sum(len(v) for v in spread.values()) == 7 and set(spread) == {"after:ask", BEFORE_QUIZ, END}


def test_session_plans_follow_the_lessons_durations_and_topics():
    base = sample_lesson()

    def lesson(i, topic, minutes, order):
        notes = TeacherNotes(base.teacher_notes.objectives, base.teacher_notes.discussion, minutes)
        return base.__class__(**{**base.__dict__, "id": f"l{i}", "topic": topic, "order": order,
                                 "teacher_notes": notes})

    lessons = [lesson(1, "bullying", 15, 1), lesson(2, "bullying", 25, 2), lesson(3, "bullying", 15, 3),
               lesson(4, "grooming", 45, 1), lesson(5, "netiquette", 10, 1)]
    plans = {p.topic: p for p in session_plans(lessons, "8-12")}
    assert set(plans) == {"bullying", "grooming", "netiquette"}
    assert [l.id for l in plans["bullying"].lessons] == ["l1", "l3"]  # l2 does not fit after l1; l3 does
    assert plans["bullying"].minutes == 5 + 15 + 15 <= SESSION_MINUTES
    assert plans["grooming"].too_long and [l.id for l in plans["grooming"].lessons] == ["l4"]
    assert session_plans(lessons, "5-7") == []


def answered(lesson, responses):
    session = QuizSession(lesson.quiz)
    for response in responses:
        session.answer(response)
    return session.answers


RIGHT = ["y", {"a", "c"}, "true", {"hi": "kind", "mean": "unkind", "thanks": "kind", "rude": "unkind"}]
WRONG = ["x", {"a"}, "false", {"hi": "unkind", "mean": "unkind", "thanks": "kind", "rude": "kind"}]


def test_results_count_options_and_merge_device_files(tmp_path):
    lesson = sample_lesson()
    device_a, device_b = ClassResults(), ClassResults()
    device_a.add_all(lesson.id, answered(lesson, RIGHT))
    device_a.add_all(lesson.id, answered(lesson, WRONG))
    device_b.add_all(lesson.id, answered(lesson, WRONG))
    text = device_a.to_json()
    raw = json.loads(text)
    assert set(raw) == {"format", "version", "file", "lessons"}  # nothing about who or when
    folder = tmp_path / "class"
    export_file(device_a, folder)
    export_file(device_b, folder)
    export_file(device_b, tmp_path / "copy")
    (folder / "copy-of-b.json").write_text((tmp_path / "copy" / f"sango-results-{device_b.file_id}.json").read_text())
    (folder / "notes.json").write_text('{"hello": 1}')
    (folder / "broken.json").write_text('{"format": "sango-class-results", "version": 1, "file": "z", '
                                        '"lessons": {"sample": {"q1": {"answered": 1, "correct": 5, "chosen": {}}}}}')
    (folder / "garbage.json").write_bytes(b"\xff\xfe\x00")
    report = import_folder(folder)
    assert len(report.read) == 2 and len(report.problems) == 4  # a copy, not ours, damaged, unreadable
    assert all(": " in p for p in report.problems)
    q1 = report.results.lessons["sample"]["q1"]
    assert (q1.answered, q1.correct, q1.chosen) == (3, 1, {"y": 1, "x": 2})
    q2 = report.results.lessons["sample"]["q2"]
    assert q2.chosen == {"a": 3, "c": 1}
    q4 = report.results.lessons["sample"]["q4"]
    assert q4.chosen == {"hi": 1, "mean": 3, "thanks": 3, "rude": 1}  # cards put in their right group


def test_import_of_a_missing_folder_says_so(tmp_path):
    report = import_folder(tmp_path / "nowhere")
    assert not report.read and report.problems


def test_bad_results_files_are_refused_with_a_reason():
    for text in ("", "[]", '{"format": "other"}', '{"format": "sango-class-results", "version": 99}',
                 '{"format": "sango-class-results", "version": 1, "file": "a", "lessons": {"l": {"q": '
                 '{"answered": -1, "correct": 0, "chosen": {}}}}}'):
        with pytest.raises(ResultsFileError) as error:
            ClassResults.from_json(text)
        assert str(error.value)


def test_csv_has_the_documented_columns_and_no_personal_data():
    lesson = sample_lesson()
    results = ClassResults()
    results.add_all(lesson.id, answered(lesson, RIGHT))
    results.add_all(lesson.id, answered(lesson, WRONG))
    library = LessonLibrary([lesson])
    rows = list(csv.DictReader(io.StringIO(to_csv(results, library))))
    assert tuple(rows[0]) == CSV_COLUMNS
    q1 = [r for r in rows if r["question"] == "q1"]
    assert [(r["option"], r["chosen"], r["option_correct"]) for r in q1] == [("x", "1", "no"), ("y", "1", "yes")]
    assert all(r["answered"] == "2" and r["correct"] == "1" and r["correct_rate"] == "0.50" for r in q1)
    tf = [r["option"] for r in rows if r["question"] == "q3"]
    assert tf == ["true", "false"]
    assert {r["lesson"] for r in rows} == {"sample"}
    assert len(rows) == 2 + 3 + 2 + 4


def test_hardest_questions_first():
    lesson = sample_lesson()
    results = ClassResults()
    results.add_all(lesson.id, answered(lesson, RIGHT))
    results.add_all(lesson.id, answered(lesson, ["x", {"a", "c"}, "true", RIGHT[3]]))
    ranked = hardest(results, LessonLibrary([lesson]), 2)
    assert [r.question.id for r in ranked] == ["q1", "q2"]
    assert ranked[0].tally.correct_rate == 0.5
