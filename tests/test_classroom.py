"""Classroom mode in the real game: the grown-ups' gate, the classroom menu, the presenter view driven by a
teacher's keys and clicks (every step kind, teams, discussion moments, back, reveal, pause), shared devices."""
import shutil
from pathlib import Path

import pygame
import pytest

from sango.autoplay import Player, activity_moves, make_game
from sango.classroom.discussion import moments
from sango.classroom.results import load_tally
from sango.classroom.teams import TeamPlay, make_teams
from sango.content.model import ChoiceStep
from sango.save.progress import new_profile

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def lessons_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("lessons")
    (root / "5-7").mkdir()
    (root / "8-12").mkdir()
    shutil.copy(FIXTURES / "lessons" / "good.yaml", root / "5-7" / "good.yaml")
    shutil.copy(FIXTURES / "activities.yaml", root / "8-12" / "activities.yaml")
    return root


def hold(player, name="hold", frames=200, finger=False):
    """Press a button, keep it down for `frames` frames (1/60 s each), then let go."""
    x, y = player.window_pos(player.button(name).rect.center)
    if finger:
        w, h = player.game.window.get_size()
        common = dict(touch_id=1, finger_id=0, x=x / w, y=y / h, dx=0.0, dy=0.0, pressure=1.0)
        down, up = pygame.event.Event(pygame.FINGERDOWN, **common), pygame.event.Event(pygame.FINGERUP, **common)
    else:
        down = pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(x, y), button=1, touch=False)
        up = pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(x, y), button=1, touch=False)
    player.frames(frames + 1, {0: [down], frames: [up]})


def pass_gate(player, finger=False):
    assert player.scene.name == "gate"
    hold(player, finger=finger)
    player.type(str(player.scene.question.answer))
    player.click("key-ok")


@pytest.fixture
def classroom(lessons_dir):
    """The game started as `sango --classroom --band 5-7`, through the gate, at the classroom menu."""
    player = Player(make_game(lessons_dir=lessons_dir, classroom=True, band="5-7"))
    pass_gate(player)
    assert player.scene.name == "classroom"
    return player


# ---- the gate ---------------------------------------------------------------------------------------
def test_gate_needs_a_three_second_hold_then_the_right_answer(lessons_dir):
    player = Player(make_game(lessons_dir=lessons_dir))
    player.click("classroom")  # the title screen's entry
    assert player.scene.name == "gate"
    hold(player, frames=90)  # 1.5 s: not long enough
    assert player.scene.name == "gate" and not player.scene.asking
    hold(player, frames=185, finger=True)
    assert player.scene.asking
    question = player.scene.question
    player.type(str(question.answer + 1))
    player.click("key-ok")
    assert player.scene.name == "gate" and player.scene.problem  # a wrong answer: another question
    answer = str(player.scene.question.answer)
    for digit in answer:  # the on-screen keypad, for touch screens
        player.click(f"key-{digit}")
    player.click("key-ok")
    assert player.scene.name == "classroom"


def test_gate_by_keyboard_and_cancel(lessons_dir, monkeypatch):
    player = Player(make_game(lessons_dir=lessons_dir, classroom=True))
    held = {pygame.K_RETURN}
    monkeypatch.setattr(pygame.key, "get_pressed", lambda: type("Keys", (), {"__getitem__": lambda s, k: k in held})())
    player.key(pygame.K_RETURN)  # the hold button has the focus
    player.frames(60)
    assert not player.scene.asking
    player.frames(130)
    assert player.scene.asking
    player.key(pygame.K_ESCAPE)
    assert player.scene.name == "title"


# ---- the presenter view -----------------------------------------------------------------------------
def teacher_plays(player, choose_unsafe_first=True, wrong_for=()):
    """Drive the presenter view as a teacher would: number keys for the class's vote, R to show the
    answer, clicks for sorting and activities, → or Page Down to go on. Returns the modes and steps seen."""
    seen, tried = [], set()
    for _ in range(600):
        scene = player.scene
        if scene.mode == "done":
            return seen
        if scene.mode != "lesson":
            seen.append(scene.mode)
            player.key(pygame.K_PAGEDOWN)
            continue
        top, runner = scene.host.top, scene.runner
        seen.append(runner.step_id)
        options = [b.name[len("option-"):] for b in top.controls.buttons if b.name.startswith("option-")]
        if isinstance(runner.step, ChoiceStep) and runner.feedback is None:
            step = runner.step
            unsafe = [o.id for o in step.options if not o.safe]
            pick = unsafe[0] if choose_unsafe_first and unsafe and step.id not in tried else \
                next(o.id for o in step.options if o.safe)
            tried.add(step.id)
            player.key(pygame.K_1 + options.index(pick))
        elif top.name == "quiz" and top.answer is None:
            q = top.question
            player.key(pygame.K_r)
            assert scene.revealed
            right = scene.teams is None or scene.teams.current.key not in wrong_for
            if q.type in ("single", "true_false"):
                pick = next(o.id for o in top.session.options(q) if o.correct == right)
                player.key(pygame.K_1 + options.index(pick))
            elif q.type == "multiple":
                for o in top.session.options(q):
                    if o.correct == right:
                        player.click_at(top.controls.find(f"option-{o.id}").rect.center)
                player.click_at(top.controls.find("check").rect.center)
            else:
                for item in top.session.items(q):
                    group = item.group if right else next(g.id for g in q.groups if g.id != item.group)
                    player.click_at(top.controls.find(f"card-{item.id}").rect.center)
                    player.click_at(top.controls.find(f"group-{group}").rect.center)
                player.click_at(top.controls.find("check").rect.center)
        elif top.name.startswith("activity-"):
            if not scene.revealed:
                player.key(pygame.K_r)  # the teacher can show what is right in an activity too
            assert scene.revealed
            for name, how in activity_moves(top.activity):
                for button in (name if how == "drag" else (name,)):
                    player.click_at(player.scene.host.top.controls.find(button).rect.center)
            assert top.activity.done
            player.key(pygame.K_RIGHT)
        else:
            player.key(pygame.K_RIGHT)
    raise AssertionError("the session never ended")


def test_presenter_plays_a_whole_lesson_with_teams_driven_by_the_teacher(classroom, offscreen_text):
    player = classroom
    player.click("lesson-kiko-treasure-game")
    player.click("teams-3")
    player.click("present")
    scene = player.scene
    assert scene.name == "presenter" and scene.mode == "intro"
    assert player.game.painter.text_scale == 1.5  # extra-large text for the back of the room
    teams = scene.teams
    wrong_team = teams.teams[1].key
    seen = teacher_plays(player, wrong_for=(wrong_team,))
    lesson = scene.lessons[0]
    assert seen[0] == "intro" and "lesson-end" in seen
    assert seen.count("talk") == sum(len(q) for q in moments(lesson).values())  # every discussion question
    # the unsafe option showed its consequence, then the class chose again
    assert "oops" in seen
    questions = len(lesson.quiz.questions)
    assert teams.turn == questions
    expected = [sum(1 for i in range(questions) if i % 3 == t and teams.teams[t].key != wrong_team) for t in range(3)]
    assert teams.points == expected
    assert [lesson_id for lesson_id, _a in scene.session_answers] == [lesson.id]
    player.click("results")
    assert player.scene.name == "class-results"
    assert player.scene.results.answered == questions
    assert not offscreen_text, offscreen_text


def test_presenter_back_reveal_pause_notes_timer(classroom):
    player = classroom
    player.click("lesson-kiko-treasure-game")
    player.click("present")
    scene = player.scene
    player.key(pygame.K_RIGHT)  # start
    assert scene.mode == "lesson"
    first = (scene.runner.step_id, scene.runner.shown)
    player.key(pygame.K_RIGHT)
    assert (scene.runner.step_id, scene.runner.shown) != first
    player.key(pygame.K_LEFT)  # back
    assert (scene.runner.step_id, scene.runner.shown) == first
    player.key(pygame.K_p)
    assert scene.paused
    player.key(pygame.K_RIGHT)  # any key ends the pause, and does nothing else
    assert not scene.paused and (scene.runner.step_id, scene.runner.shown) == first
    player.key(pygame.K_h)
    assert scene.notes_open
    player.frames(2)
    player.key(pygame.K_h)
    assert not scene.notes_open
    player.key(pygame.K_t)  # a timer only when the teacher turns it on
    assert scene.timer_limit == 30
    player.frames(60)
    assert 28 < scene.timer_left < 30
    # the teacher's menu, by mouse
    player.click("teacher")
    assert scene.menu_open
    player.click("menu-end")
    assert scene.mode == "done"
    player.click("finish")
    assert player.scene.name == "classroom" and player.game.painter.text_scale == 1.0


def test_presenter_plays_every_practice_activity(lessons_dir):
    """The presenter hosts the game's own scenes, so new step kinds play in it with no extra code."""
    from sango.scenes.classroom.presenter import PresenterScene

    game = make_game(lessons_dir=lessons_dir)
    lesson = game.library.by_id("practice-all")
    game.scenes.push(PresenterScene(game, [lesson], TeamPlay(make_teams(2, seed=3))))
    player = Player(game)
    seen = teacher_plays(player)
    kinds = {lesson.step(s).kind for s in seen if lesson.has_step(s)}
    assert {"feed", "sort", "chat_tools", "settings", "red_flags", "password", "quiz"} <= kinds
    assert player.scene.mode == "done"


def test_choice_votes_and_revealed_answer_are_drawn(classroom):
    player = classroom
    player.click("lesson-kiko-treasure-game")
    player.click("present")
    scene = player.scene
    player.key(pygame.K_RIGHT)
    for _ in range(30):
        if isinstance(scene.runner.step, ChoiceStep):
            break
        player.key(pygame.K_RIGHT)
    player.key(pygame.K_RIGHT)  # nothing to go on to: the class must choose first
    assert scene.hint and isinstance(scene.runner.step, ChoiceStep) and scene.runner.feedback is None
    player.key(pygame.K_r)
    player.frames(2)
    safe = next(o for o in scene.runner.step.options if o.safe)
    button = scene.host.top.controls.find(f"option-{safe.id}")
    x, y = player.window_pos((button.rect.right - 4, button.rect.y + 4))
    assert tuple(player.game.window.get_at((x, y)))[:3] == (0, 96, 46)  # the green check badge


# ---- shared devices ---------------------------------------------------------------------------------
def test_shared_device_tallies_answers_anonymously(classroom):
    player = classroom
    game = player.game
    game.data.profiles.append(new_profile("Sunny Otter", "fox"))
    player.click("lesson-kiko-treasure-game")
    player.click("shared")
    assert player.scene.name == "shared"
    player.click("player-1")
    player.click("lesson-kiko-treasure-game")
    assert player.scene.name == "shared-play"
    for _ in range(300):
        top = player.scene.host.top if player.scene.name == "shared-play" else None
        if top is None or top.name == "results":
            break
        if top.name == "quiz":
            if top.answer is not None:
                player.click_at(top.controls.find("next").rect.center)
                continue
            q = top.question
            if q.type in ("single", "true_false"):
                pick = next(o for o in top.session.options(q) if o.correct)
                player.click_at(top.controls.find(f"option-{pick.id}").rect.center)
            elif q.type == "multiple":
                for o in top.session.options(q):
                    if o.correct:
                        player.click_at(top.controls.find(f"option-{o.id}").rect.center)
                player.click_at(top.controls.find("check").rect.center)
            else:
                for item in top.session.items(q):
                    player.click_at(top.controls.find(f"card-{item.id}").rect.center)
                    player.click_at(top.controls.find(f"group-{item.group}").rect.center)
                player.click_at(top.controls.find("check").rect.center)
        elif isinstance(top.runner.step, ChoiceStep) and top.runner.feedback is None:
            safe = next(o for o in top.runner.step.options if o.safe)
            player.click_at(top.controls.find(f"option-{safe.id}").rect.center)
        else:
            player.click_at(top.controls.find("next").rect.center)
    assert player.scene.host.top.name == "results"
    tally = load_tally(game.store.storage)
    lesson = game.library.by_id("kiko-treasure-game")
    assert tally.answered == len(lesson.quiz.questions)
    assert "Sunny Otter" not in tally.to_json() and game.profile.id not in tally.to_json()
    assert game.data.progress[game.profile.id]["kiko-treasure-game"].stars == 3  # the child's own stars
    player.click_at(player.scene.host.top.controls.find("map").rect.center)
    assert player.scene.name == "shared"
    player.key(pygame.K_ESCAPE)  # leaving needs a grown-up
    pass_gate(player)
    assert player.scene.name == "classroom" and game.profile is None


def test_menu_plans_and_band(classroom):
    player = classroom
    assert not player.button("present").enabled  # nothing chosen yet
    player.click("plan-personal-data")
    assert player.scene.chosen == ["kiko-treasure-game"]
    player.click("band-8-12")
    assert player.scene.chosen == [] and player.button("lesson-practice-all")
    player.click("lang-en")
    assert player.game.data.settings.language == "en"


def test_cli_flags_start_classroom_mode():
    from sango.cli import build_parser

    args = build_parser().parse_args(["--classroom", "--band", "13+", "--lang", "ar", "--fullscreen"])
    assert (args.classroom, args.band, args.lang, args.fullscreen) == (True, "13+", "ar", True)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--classroom", "--band", "9-10"])


def go_to(player, scene, test, limit=60):
    for _ in range(limit):
        if test():
            return
        player.key(pygame.K_PAGEDOWN)
    raise AssertionError("never got there")


def test_keyboard_inside_the_lesson_and_back_undoes_a_team_point(classroom):
    player = classroom
    player.click("lesson-kiko-treasure-game")
    player.click("teams-2")
    player.click("present")
    scene = player.scene
    player.key(pygame.K_PAGEDOWN)
    go_to(player, scene, lambda: isinstance(scene.runner.step, ChoiceStep))
    safe = next(o.id for o in scene.runner.step.options if o.safe)
    for _ in range(10):  # Tab moves the lesson's own focus ring, Enter picks
        focus = scene.host.top.controls.focus
        if focus is not None and focus.name == f"option-{safe}":
            break
        player.key(pygame.K_TAB)
    player.key(pygame.K_RETURN)
    assert scene.runner.feedback is not None and scene.runner.feedback.safe
    go_to(player, scene, lambda: scene.mode == "lesson" and scene.host.top.name == "quiz")
    quiz = scene.host.top
    q = quiz.question
    assert q.type == "single"
    options = [b.name[len("option-"):] for b in quiz.controls.buttons if b.name.startswith("option-")]
    right = next(o.id for o in quiz.session.options(q) if o.correct)
    player.key(pygame.K_1 + options.index(right))
    assert scene.teams.points == [1, 0] and scene.teams.turn == 1
    player.key(pygame.K_PAGEUP)  # the teacher pressed the wrong number: back
    assert scene.teams.points == [0, 0] and scene.teams.turn == 0
    assert scene.host.top.name == "quiz" and scene.host.top.answer is None
    wrong = next(o.id for o in scene.host.top.session.options(q) if not o.correct)
    options = [b.name[len("option-"):] for b in scene.host.top.controls.buttons if b.name.startswith("option-")]
    player.key(pygame.K_1 + options.index(wrong))
    assert scene.teams.points == [0, 0] and scene.teams.turn == 1 and scene.teams.current == scene.teams.teams[1]


def test_the_lessons_own_menu_still_works_in_the_presenter_view(classroom):
    player = classroom
    player.click("lesson-kiko-treasure-game")
    player.click("present")
    scene = player.scene
    player.key(pygame.K_PAGEDOWN)
    player.click_at(scene.host.top.controls.find("menu").rect.center)
    assert scene.host.top.name == "pause"
    player.key(pygame.K_ESCAPE)  # closes the lesson's pause menu
    assert scene.host.top.name == "story" and not scene.menu_open
    player.click_at(scene.host.top.controls.find("menu").rect.center)
    player.click_at(scene.host.top.controls.find("leave").rect.center)
    assert scene.mode == "done"


def test_results_hub_saves_reads_and_clears_the_device_file(lessons_dir, tmp_path):
    from sango.classroom.results import ClassResults, load_tally, save_tally
    from sango.content.quiz import QuizSession

    game = make_game(lessons_dir=lessons_dir, class_folder=tmp_path)
    player = Player(game)
    player.click("classroom")
    pass_gate(player)
    player.click("results")
    player.click("export")
    assert player.scene.name == "notice" and not list(tmp_path.glob("*.json"))  # nothing answered yet
    player.click("ok")
    lesson = game.library.by_id("kiko-treasure-game")
    session = QuizSession(lesson.quiz)
    for q in lesson.quiz.questions:
        session.answer(next(iter(q.correct_ids)) if q.type in ("single", "true_false") else
                       frozenset(q.correct_ids) if q.type == "multiple" else {i.id: i.group for i in q.items})
    tally = ClassResults()
    tally.add_all(lesson.id, session.answers)
    save_tally(game.store.storage, tally)
    player.click("export")
    assert len(list(tmp_path.glob("sango-results-*.json"))) == 1
    player.click("ok")
    (tmp_path / "stray.json").write_text("{}")
    player.click("import")
    assert player.scene.name == "class-results" and player.scene.files == 1 and len(player.scene.problems) == 1
    player.click("csv")
    rows = (tmp_path / "sango-class-results.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("lesson,lesson_title,question") and len(rows) > len(lesson.quiz.questions)
    player.click("ok")
    player.click("back")
    player.click("clear")
    player.click("yes")
    assert load_tally(game.store.storage).answered == 0


def test_presenter_screenshots_at_projector_size(lessons_dir, tmp_path, offscreen_text):
    from sango.scenes.classroom.screenshots import capture_classroom

    shots = capture_classroom(tmp_path, size=(1920, 1080), band="5-7", lessons_dir=lessons_dir)
    assert {"gate", "menu", "intro", "story", "choice", "choice-revealed", "talk", "notes", "quiz", "lesson-end",
            "paused"} <= set(shots)
    for name, path in shots.items():
        image = pygame.image.load(str(path))
        assert image.get_size() == (1920, 1080)
        colours = {tuple(image.get_at((x, y))) for x in range(0, 1920, 53) for y in range(0, 1080, 31)}
        assert len(colours) > 4, f"{name} looks blank"
    assert not offscreen_text, offscreen_text
