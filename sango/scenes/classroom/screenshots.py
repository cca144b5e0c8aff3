"""Screenshots of classroom mode, made by playing the real game headless (for the README and reviews):

    SDL_VIDEODRIVER=dummy python -m sango.screenshots docs/screenshots --classroom --size 1920x1080
"""
from __future__ import annotations

from pathlib import Path

import pygame

from ...content.model import ChoiceStep


def capture_classroom(out_dir: Path, size: tuple[int, int] = (1920, 1080), band: str = "8-12",
                      language: str = "en", lesson_id: str | None = None, **options) -> dict[str, Path]:
    from ...autoplay import Player, make_game

    out_dir.mkdir(parents=True, exist_ok=True)
    game = make_game(size=size, language=language, classroom=True, band=band, **options)
    player = Player(game)
    shots: dict[str, Path] = {}

    def shot(name: str) -> None:
        shots[name] = out_dir / f"classroom-{name}.png"
        player.save_screen(shots[name])

    button = player.button("hold")
    pos = player.window_pos(button.rect.center)
    player.frames(200, {0: [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1, touch=False)],
                        199: [pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1, touch=False)]})
    shot("gate")
    player.type(str(player.scene.question.answer))
    player.click("key-ok")
    menu = player.scene
    lessons = menu.band_lessons()
    lesson = next((l for l in lessons if l.id == lesson_id), lessons[0])
    player.click(f"lesson-{lesson.id}")
    player.click("teams-4")
    shot("menu")
    player.click("present")
    presenter = player.scene
    shot("intro")
    player.key(pygame.K_PAGEDOWN)
    shot("story")
    for _ in range(300):
        if presenter.mode == "lesson":
            top, runner = presenter.host.top, presenter.runner
            if isinstance(runner.step, ChoiceStep) and runner.feedback is None:
                if "choice" not in shots:
                    shot("choice")
                    player.key(pygame.K_r)
                    shot("choice-revealed")
                options = [b.name[len("option-"):] for b in top.controls.buttons if b.name.startswith("option-")]
                player.key(pygame.K_1 + options.index(next(o.id for o in runner.step.options if o.safe)))
                continue
            if top.name == "quiz" and top.answer is None:
                q = top.question
                if q.type in ("single", "true_false", "multiple") and "quiz" not in shots:
                    shot("quiz")
                if q.type in ("single", "true_false"):
                    options = [b.name[len("option-"):] for b in top.controls.buttons if b.name.startswith("option-")]
                    player.key(pygame.K_1 + options.index(next(o.id for o in top.session.options(q) if o.correct)))
                    if "quiz-answered" not in shots:
                        shot("quiz-answered")
                    continue
                _answer(player, top)
                continue
            if top.name.startswith("activity-"):
                from ...autoplay import activity_moves

                for name, how in activity_moves(top.activity):
                    for b in (name if how == "drag" else (name,)):
                        player.click_at(presenter.host.top.controls.find(b).rect.center)
        elif presenter.mode == "talk" and "talk" not in shots:
            shot("talk")
            player.key(pygame.K_h)
            shot("notes")
            player.key(pygame.K_h)
        elif presenter.mode == "lesson-end":
            shot("lesson-end")
        elif presenter.mode == "done":
            break
        player.key(pygame.K_PAGEDOWN)
    player.key(pygame.K_p)
    shot("paused")
    return shots


def _answer(player, top) -> None:
    """Answer a multiple-choice or sorting question right, with clicks."""
    q = top.question
    if q.type == "multiple":
        for o in top.session.options(q):
            if o.correct:
                player.click_at(top.controls.find(f"option-{o.id}").rect.center)
    else:
        for item in top.session.items(q):
            player.click_at(top.controls.find(f"card-{item.id}").rect.center)
            player.click_at(top.controls.find(f"group-{item.group}").rect.center)
    player.click_at(top.controls.find("check").rect.center)
