"""Practice activities: their logic, the checker's messages, and playing them in the real screens."""
import shutil
from pathlib import Path

import pygame
import pytest

from sango.autoplay import Player, activity_moves, make_game, solve
from sango.content.activities import (
    ChatToolsActivity, PasswordActivity, RedFlagsActivity, SettingsActivity, SortActivity, start_activity,
)
from sango.content.loader import load_lesson_file
from sango.content.runner import LessonRunner
from sango.scenes.activities.base import game_message

FIXTURE = Path(__file__).parent / "fixtures" / "activities.yaml"
LESSON, _PROBLEMS = load_lesson_file(FIXTURE)


def activity(step_id: str):
    return start_activity(LESSON.step(step_id))


def test_the_fixture_lesson_is_valid():
    assert _PROBLEMS == [] and LESSON is not None


def test_sort_sends_a_wrong_card_back_with_its_hint():
    sort = activity("sorting")
    assert isinstance(sort, SortActivity)
    assert not sort.place("address", "share")
    assert sort.said.text.msgid == "Your address tells people where you live." and not sort.said.good
    assert "address" not in sort.placed
    assert not sort.place("food", "keep") and sort.said.message == "not-quite"  # no hint: the game's words
    assert sort.place("food", "share") and sort.said.message == "sorted"
    sort.place("address", "keep")
    sort.place("song", "share")
    assert sort.done and sort.said.text == LESSON.step("sorting").done


def test_chat_tools_need_every_safe_tool_and_keep_their_order():
    tools = activity("tools")
    assert isinstance(tools, ChatToolsActivity)
    assert not tools.use("reply").good and not tools.used  # a poor tool never counts
    said = tools.use("block")
    assert said.message == "first" and said.value == "screenshot" and not tools.used
    assert "Screenshot" in game_message(said)
    for tool in ("screenshot", "block", "report"):
        assert tools.use(tool).good
    assert not tools.done
    tools.use("tell")
    assert tools.done


def test_settings_start_unsafe_and_done_points_at_what_is_left():
    settings = activity("panel")
    assert isinstance(settings, SettingsActivity)
    assert settings.unsafe() == ["who-sees", "location"]  # "messages" starts at a safe option
    assert not settings.check() and settings.said.text.msgid == "Everyone means strangers too."
    settings.set("who-sees", "friends")
    assert settings.said.message == "safer"
    settings.set("messages", "anyone")
    assert settings.said.text.msgid == "Strangers should not be able to message you."
    settings.set("location", "off")
    assert not settings.check() and settings.unsafe() == ["messages"]
    settings.set("messages", "nobody")
    assert settings.check() and settings.done


def test_red_flags_are_found_one_by_one():
    flags = activity("flags")
    assert isinstance(flags, RedFlagsActivity) and flags.flags == 2
    assert not flags.tap("hi") and flags.said.message == "seems-ok"
    assert not flags.tap("age") and flags.said.text.msgid == "This could be true or not."
    assert flags.tap("secret") and not flags.done
    assert flags.tap("secret") and flags.found == ["secret"]  # tapping twice counts once
    flags.tap("photo")
    assert flags.done and flags.said.text == LESSON.step("flags").done


def test_password_strength_and_advice():
    password = activity("pass")
    assert isinstance(password, PasswordActivity)
    password.add("name")
    assert password.strength == 0 and password.said.text.msgid == "That's Yoko's name. Easy to guess!"
    password.undo()
    password.add("purple")
    password.add("otter")
    assert password.strength == 1
    assert password.advice().message == "words-missing" and password.advice().value == 1
    assert game_message(password.advice()) == "Add 1 more word."
    assert not password.check()
    password.add("rocket")
    assert password.advice().message == "symbol-missing"
    password.add("!")
    password.add("!")  # each tile once
    assert password.pieces == ["purple", "otter", "rocket", "!"] and password.strength == 2
    password.add("birthday")
    assert password.strength == 0, "a personal tile makes any password weak"
    password.undo()
    assert password.check() and password.done
    password.clear()
    assert not password.done and password.pieces == []


def test_the_runner_waits_for_an_activity_to_be_done():
    runner = LessonRunner(LESSON)
    runner.jump("sorting")
    with pytest.raises(RuntimeError, match="waits for its activity"):
        runner.advance()
    solve(runner.activity)
    runner.advance()
    assert runner.step_id == "tools" and not runner.activity.done


def test_every_activity_of_the_fixture_has_moves_that_finish_it():
    for step in LESSON.steps:
        state = start_activity(step)
        if state is not None:
            assert activity_moves(state), step.id


BROKEN = {
    "card-icons": ("group: share, icon: star}", "group: share}", "some cards of step 'sorting' have an icon"),
    "tool": ("      - {id: reply, safe: false, feedback: Replying in anger can make things worse. Try another button.}",
             "      - {id: shout, safe: false, feedback: No.}", "unknown tool 'shout'"),
    "after": ("after: screenshot", "after: leave", "tool 'block' comes after 'leave', but this step has no such tool"),
    "flag-why": ("flag: true, why: Asking for photos is a warning sign.}", "flag: true}",
                 "message 'photo' is a flag, so it needs a 'why'"),
    "personal": ('personal: true, hint: "That\'s Yoko\'s name. Easy to guess!"}', "personal: true}",
                 "tile 'name' is personal, so it needs a 'hint'"),
    "reserved": ("      - {id: mean2, from: rex", "      - {id: done, from: rex",
                 "'done' cannot be used as an id here: it would clash with the step's done"),
    "kind-keys": ("    done: Your profile is safer now.", "    done: Your profile is safer now.\n    tiles: []",
                  "'tiles' is not used in a settings step (step 'panel')"),
}


@pytest.mark.parametrize("case", BROKEN, ids=str)
def test_the_checker_explains_mistakes_in_activities(case, tmp_path):
    old, new, message = BROKEN[case]
    text = FIXTURE.read_text()
    assert old in text
    path = tmp_path / "broken.yaml"
    path.write_text(text.replace(old, new, 1))
    lesson, problems = load_lesson_file(path)
    assert lesson is None
    assert any(message in p.message for p in problems), [str(p) for p in problems]


def test_settings_that_all_start_safe_are_refused(tmp_path):
    text = FIXTURE.read_text()
    text = text.replace("          - {id: everyone, text: Everyone}\n          - {id: friends, text: Only friends, safe: true}",
                        "          - {id: friends, text: Only friends, safe: true}\n          - {id: everyone, text: Everyone}")
    text = text.replace('          - {id: "on", text: "On"}\n          - {id: "off", text: "Off", safe: true}',
                        '          - {id: "off", text: "Off", safe: true}\n          - {id: "on", text: "On"}')
    path = tmp_path / "safe.yaml"
    path.write_text(text)
    _lesson, problems = load_lesson_file(path)
    assert any("already starts safe" in p.message for p in problems), [str(p) for p in problems]


@pytest.fixture
def player(tmp_path):
    folder = tmp_path / "lessons" / "8-12"
    folder.mkdir(parents=True)
    shutil.copy(FIXTURE, folder / "practice-all.yaml")
    player = Player(make_game(lessons_dir=tmp_path / "lessons"))
    player.create_profile(band="8-12")
    return player


@pytest.mark.parametrize("sort_by", ["drag", "finger", "tap"])
def test_every_activity_plays_in_the_real_screens(player, sort_by):
    seen = player.play_lesson("practice-all", sort_by=sort_by)
    assert {"sorting", "tools", "panel", "flags", "pass"} <= set(seen)
    assert player.scene.name == "results"


def test_activities_can_be_played_with_the_keyboard_alone(player):
    player.click("lesson-practice-all")
    player.click("next")
    player.click("next")
    scene = player.scene
    assert scene.name == "activity-sort"
    for _ in range(60):  # Enter picks up the focused card; arrows go to a group; Enter drops it
        if scene.activity.done:
            break
        card = next(c for c in scene.activity.waiting())
        focus_card = f"card-{card.id}"
        while scene.controls.focus is None or scene.controls.focus.name != focus_card:
            player.key(pygame.K_TAB)
        player.key(pygame.K_RETURN)
        target = f"group-{card.group}"
        while scene.controls.focus.name != target:
            player.key(pygame.K_TAB)
        player.key(pygame.K_RETURN)
    assert scene.activity.done
    player.key(pygame.K_RETURN)  # the focus moved to Next
    scene = player.scene
    assert scene.name == "activity-chat_tools"
    for tool in ("screenshot", "block", "report", "tell"):
        while scene.controls.focus.name != f"tool-{tool}":
            player.key(pygame.K_DOWN)
        player.key(pygame.K_RETURN)
    assert scene.activity.done and scene.controls.focus.name == "next"
    player.key(pygame.K_RETURN)
    assert player.scene.name == "activity-settings"


def test_touch_taps_work_in_activities(player):
    player.click("lesson-practice-all")
    player.click("next")
    player.click("next")
    solve(player.scene.activity)
    player.scene.relayout()
    player.tap("next")
    scene = player.scene
    for tool in ("screenshot", "block", "report", "tell"):
        player.tap(f"tool-{tool}")
    assert scene.activity.done
