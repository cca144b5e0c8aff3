"""Finishing every lesson of a band earns the Sango Safety Champion badge and a certificate."""
import pygame

from sango.autoplay import Player, make_game
from sango.badges import band_progress
from sango.save.progress import record_result


def test_band_progress_counts_finished_lessons_and_stars():
    game = make_game()
    player = Player(game)
    player.create_profile(band="5-7")
    lessons = game.library.for_band("5-7")
    progress = band_progress(game.data, game.profile.id, game.library, "5-7")
    assert (progress.finished, progress.total, progress.champion) == (0, len(lessons), False)
    record_result(game.data, game.profile.id, lessons[0].id, 2, 0.7)
    progress = band_progress(game.data, game.profile.id, game.library, "5-7")
    assert (progress.finished, progress.stars, progress.max_stars) == (1, 2, 3 * len(lessons))
    assert band_progress(game.data, game.profile.id, game.library, "13+").finished == 0


def test_the_last_lesson_of_a_band_gives_the_certificate(tmp_path, monkeypatch):
    monkeypatch.setenv("SANGO_DATA_DIR", str(tmp_path))
    game = make_game()
    player = Player(game)
    player.create_profile(nickname="Brave Fox", band="5-7")
    player.click("badge")  # before: the badge explains what is left
    assert player.scene.name == "notice"
    player.click("ok")
    lessons = game.library.for_band("5-7")
    for lesson in lessons[:-1]:
        record_result(game.data, game.profile.id, lesson.id, 3, 1.0)
    player.scene.relayout()
    player.play_lesson(lessons[-1].id)
    results = player.scene
    assert results.name == "results" and results.champion is not None
    player.click("certificate")
    assert player.scene.name == "certificate"
    player.frames(2)
    pygame.image.save(game.window, str(tmp_path / "certificate.png"))
    player.click("save")
    saved = tmp_path / "pictures" / "sango-certificate-5-7.png"
    assert saved.exists() and pygame.image.load(str(saved)).get_size() == (1920, 1080)
    player.click("back")
    player.click("map")
    assert player.button("badge").label == "My certificate"
    player.click("badge")
    assert player.scene.name == "certificate"
