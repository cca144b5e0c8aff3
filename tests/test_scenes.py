"""The real game driven by posted SDL events: navigation, keyboard, touch, scaling, saves."""
from pathlib import Path
import shutil

import pygame
import pytest

from sango.autoplay import Player, make_game
from sango.save.storage import FileStorage

FIXTURES = Path(__file__).parent / "fixtures" / "lessons"


@pytest.fixture
def lessons_dir(tmp_path):
    """A lessons folder with one good lesson per band folder used here, and one broken file."""
    root = tmp_path / "lessons"
    (root / "5-7").mkdir(parents=True)
    (root / "8-12").mkdir()
    shutil.copy(FIXTURES / "good.yaml", root / "5-7" / "good.yaml")
    shutil.copy(FIXTURES / "mini.yaml", root / "8-12" / "mini.yaml")
    shutil.copy(FIXTURES / "broken" / "links.yaml", root / "5-7" / "links.yaml")
    return root


@pytest.fixture
def player(lessons_dir):
    return Player(make_game(lessons_dir=lessons_dir))


def test_new_player_reaches_the_lesson_map(player):
    player.create_profile("Sunny Otter", "fox", "5-7")
    profile = player.game.profile
    assert (profile.nickname, profile.avatar, profile.band) == ("Sunny Otter", "fox", "5-7")
    assert player.button("lesson-kiko-treasure-game").label == "Kiko's Treasure Game"


def test_a_broken_lesson_is_reported_and_the_rest_still_plays(player):
    player.create_profile(band="5-7")
    assert len(player.scene.broken_here()) == 1
    assert not any(b.name == "lesson-links" for b in player.scene.controls.buttons)
    seen = player.play_lesson("kiko-treasure-game")
    assert player.scene.name == "results" and "quiz" not in seen  # the quiz has its own scene


def test_nickname_rules_are_explained(player):
    player.click("play")
    player.click("new")
    for _ in range(len(player.scene.nickname)):
        player.key(pygame.K_BACKSPACE)
    player.type("call 0123456789")
    assert not player.button("create").enabled
    player.scene.create()
    assert player.scene.name == "new-profile" and player.scene.problem


def test_keyboard_only_play_through_a_lesson(player):
    player.create_profile(band="5-7")

    def press_on(name):
        for _ in range(40):
            focus = player.scene.controls.focus
            if focus is not None and focus.name == name:
                player.key(pygame.K_RETURN)
                return
            player.key(pygame.K_TAB)
        raise AssertionError(f"Tab never reached {name}")

    press_on("lesson-kiko-treasure-game")
    for _ in range(300):
        scene = player.scene
        if scene.name == "results":
            break
        if scene.name == "story":
            step = scene.runner.step
            if getattr(step, "options", None) and scene.runner.feedback is None:
                press_on(f"option-{next(o.id for o in step.options if o.safe)}")
            else:
                player.key(pygame.K_SPACE)
        else:  # quiz
            q = scene.question
            if scene.answer is not None:
                player.key(pygame.K_RETURN)
            elif q.type == "sort":
                for item in scene.session.items(q):
                    press_on(f"card-{item.id}")
                    press_on(f"group-{item.group}")
                press_on("check")
            elif q.type == "multiple":
                for option in scene.session.options(q):
                    if option.correct:
                        press_on(f"option-{option.id}")
                press_on("check")
            else:
                press_on(f"option-{next(o.id for o in scene.session.options(q) if o.correct)}")
    assert player.scene.name == "results" and player.scene.stars == 3


def test_arrow_keys_move_focus_spatially(player):
    player.create_profile(band="5-7")
    player.click("back")  # to the profiles screen
    controls = player.scene.controls
    controls.focus = player.button("profile-0")
    player.key(pygame.K_RIGHT)
    assert controls.focus.name == "new" and controls.show_focus


def test_touch_taps_work_without_double_presses(player):
    player.tap("play")
    assert player.scene.name == "profiles"
    player.tap("new")
    player.tap("idea-0")
    nickname = player.scene.nickname
    player.tap("create")
    assert player.game.profile.nickname == nickname
    assert len(player.game.data.profiles) == 1


def test_escape_opens_the_pause_menu_and_leaves_the_lesson(player):
    player.create_profile(band="5-7")
    player.click("lesson-kiko-treasure-game")
    player.key(pygame.K_ESCAPE)
    assert player.scene.name == "pause"
    player.click("leave")
    assert player.scene.name == "map"


def test_help_opens_from_every_screen(player):
    player.click("play")
    for opener in ("profiles", "new-profile", "band"):
        assert player.scene.name == opener
        player.key(pygame.K_F1)
        assert player.scene.name == "help" and player.scene.overlay
        player.key(pygame.K_ESCAPE)
        assert player.scene.name == opener
        {"profiles": lambda: player.click("new"),
         "new-profile": lambda: (player.click("idea-0"), player.click("create")),
         "band": lambda: None}[opener]()
    player.click("band-5-7")
    player.click("help")
    assert player.scene.name == "help"
    assert player.game.helpline.number  # the helpline shown comes from the data file
    player.click("close")
    player.click("lesson-kiko-treasure-game")
    player.key(pygame.K_F1)
    assert player.scene.name == "help"


def test_settings_change_text_size_and_sound_at_once(player):
    player.click("settings")
    player.click("text-150")
    assert player.game.painter.text_scale == 1.5
    assert player.game.data.settings.text_scale == 1.5
    player.click("sound")
    assert player.game.data.settings.sound is False and player.game.sound.enabled is False


@pytest.mark.parametrize("size", [(1920, 1080), (1000, 1000), (800, 450)])
def test_any_window_size_scales_and_clicks_still_land(lessons_dir, size):
    player = Player(make_game(lessons_dir=lessons_dir, size=size))
    assert player.game.window.get_size() == size
    player.create_profile(band="8-12")
    player.play_lesson("mini")
    assert player.scene.name == "results"


def test_progress_survives_a_restart(lessons_dir, tmp_path):
    storage = FileStorage(tmp_path / "save")
    player = Player(make_game(storage, lessons_dir=lessons_dir))
    player.create_profile("Kind Koala", band="8-12")
    player.play_lesson("mini")
    stars = player.scene.stars
    pygame.display.quit()

    again = Player(make_game(FileStorage(tmp_path / "save"), lessons_dir=lessons_dir))
    again.click("play")
    assert again.button("profile-0").label == "Kind Koala"
    again.click("profile-0")
    assert again.scene.name == "map"
    assert again.game.data.progress[again.game.profile.id]["mini"].stars == stars


def test_a_static_screen_renders_its_text_once(player):
    player.create_profile(band="5-7")
    player.frames(5)
    renders = player.game.painter.cache.renders
    player.frames(60)
    assert player.game.painter.cache.renders == renders


def test_grown_ups_can_read_the_teacher_notes_from_the_pause_menu(player):
    player.create_profile(band="5-7")
    player.click("lesson-kiko-treasure-game")
    player.click("menu")
    player.click("notes")
    assert player.scene.name == "notes"
    assert player.scene.lesson.teacher_notes.discussion
    player.frames(2)
    player.click("close")
    assert player.scene.name == "pause"


def test_f11_switches_full_screen_and_back(player):
    player.key(pygame.K_F11)
    assert player.game.fullscreen
    assert player.game.painter.surface is pygame.display.get_surface()
    player.key(pygame.K_F11)
    assert not player.game.fullscreen and player.game.window.get_size() == (1280, 720)
    player.click("play")  # input still lands after the switch
    assert player.scene.name == "profiles"


def test_a_damaged_save_is_set_aside_with_a_notice_and_the_game_goes_on(lessons_dir, tmp_path):
    folder = tmp_path / "save"
    folder.mkdir()
    (folder / "progress.json").write_text('{"schema_version": 1, "profiles": [tru')
    player = Player(make_game(FileStorage(folder), lessons_dir=lessons_dir))
    assert player.scene.name == "notice" and "copy" in player.scene.message
    assert any(p.name.startswith("progress.damaged") for p in folder.iterdir())
    player.click("ok")
    assert player.scene.name == "title"
    player.create_profile(band="8-12")
    assert (folder / "progress.json").exists()


def test_pointing_at_a_lesson_shows_its_summary(player):
    player.create_profile(band="5-7")
    x, y = player.window_pos(player.button("lesson-kiko-treasure-game").rect.center)
    player.frames(1, {0: [pygame.event.Event(pygame.MOUSEMOTION, pos=(x, y), rel=(0, 0), buttons=(0, 0, 0),
                                             touch=False)]})
    assert player.scene.shown_lesson().id == "kiko-treasure-game"
