"""Every shipped lesson played through every branch in the real scenes, by posting input events."""
import pytest

from sango.autoplay import Player, as_plan, choice_paths, make_game
from sango.content.loader import load_library
from sango.content.model import ChoiceStep
from sango.paths import LESSONS

LIBRARY = load_library(LESSONS)


def test_choice_paths_cover_every_option_of_every_choice():
    for lesson in LIBRARY.lessons:
        covered = {pair for path in choice_paths(lesson) for pair in path}
        every = {(s.id, o.id) for s in lesson.steps if isinstance(s, ChoiceStep) for o in s.options}
        assert covered == every, lesson.id


def test_every_shipped_lesson_is_valid():
    assert not LIBRARY.broken, "\n".join(str(p) for problems in LIBRARY.broken.values() for p in problems)
    assert {l.band for l in LIBRARY.lessons} == {"5-7", "8-12", "13+"}


@pytest.mark.parametrize("lesson", LIBRARY.lessons, ids=lambda l: l.id)
def test_every_branch_of_every_lesson(lesson):
    player = Player(make_game())
    player.create_profile(band=lesson.band)
    reached = set()
    for i, path in enumerate(choice_paths(lesson)):
        plan = as_plan(path)
        quiz = "right" if i % 2 == 0 else "wrong"
        seen = player.play_lesson(lesson.id, plan, quiz=quiz, sort_by=("drag", "tap", "finger")[i % 3])
        reached.update(seen)
        results = player.scene
        assert results.name == "results"
        assert results.stars == (3 if quiz == "right" else 0)
        assert results.runner.choices == path
        player.click("map")
    story_steps = {s.id for s in lesson.steps if s.kind != "quiz"}
    assert story_steps <= reached, f"never shown: {story_steps - reached}"
    progress = player.game.data.progress[player.game.profile.id][lesson.id]
    assert progress.stars == 3 and progress.completed
