"""Render the key screens to PNG files by playing the real game headless.

    SDL_VIDEODRIVER=dummy python -m sango.screenshots docs/screenshots [--size 1280x720]
"""
from __future__ import annotations

import argparse
import sys
import os
from pathlib import Path

import pygame

from .content.model import ChatStep, ChoiceStep


SHOWCASE = {"5-7": "kiko-treasure-game", "8-12": "yoko-class-chat", "13+": "kim-too-good-to-be-true"}  # a
# lesson per band with every kind of story screen, for the key screens


def capture_screens(out_dir: Path, size: tuple[int, int] = (1280, 720), band: str = "8-12",
                    text_scale: float = 1.0, language: str = "en", lesson_id: str | None = None) -> dict[str, Path]:
    """Key screens of one band, playing `lesson_id` (default: the band's first lesson)."""
    from .autoplay import Player, make_game

    out_dir.mkdir(parents=True, exist_ok=True)
    game = make_game(size=size, language=language)
    game.data.settings.text_scale = text_scale
    game.apply_settings()
    player = Player(game)
    shots: dict[str, Path] = {}

    def shot(name: str) -> None:
        shots[name] = out_dir / f"{name}.png"
        player.save_screen(shots[name])

    player.frames(40)
    shot("title")
    player.click("play")
    shot("profiles-empty")
    player.click("new")
    player.type("Sunny Otter")
    player.click("avatar-fox")
    shot("new-profile")
    player.click("create")
    shot("band")
    player.click(f"band-{band}")
    shot("map")
    player.click("help")
    shot("help")
    player.key(pygame.K_ESCAPE)
    player.click("settings")
    shot("settings")
    player.key(pygame.K_ESCAPE)

    lesson = game.library.by_id(lesson_id or SHOWCASE.get(band, "")) or game.library.for_band(band)[0]
    player.click(f"lesson-{lesson.id}")
    shot("dialogue")
    seen: set[str] = set()
    for _ in range(400):
        scene = player.scene
        if scene.name == "results":
            break
        if scene.name == "story":
            step = scene.runner.step
            if isinstance(step, ChatStep) and "chat" not in seen and scene.runner.shown == len(step.messages):
                seen.add("chat")
                shot("chat")
            if isinstance(step, ChoiceStep) and scene.runner.feedback is None:
                if "choice" not in seen:
                    seen.add("choice")
                    shot("choice")
                    unsafe = next((o for o in step.options if not o.safe), None)
                    if unsafe is not None:
                        player.click(f"option-{unsafe.id}")
                        shot("feedback-try-again")
                        continue
                player.click(f"option-{next(o.id for o in step.options if o.safe)}")
                if "feedback-safe" not in seen:
                    seen.add("feedback-safe")
                    shot("feedback-safe")
            else:
                player.click("next")
        elif scene.name == "quiz":
            if scene.answer is None:
                kind = scene.question.type
                if f"quiz-{kind}" not in seen:
                    seen.add(f"quiz-{kind}")
                    if kind == "sort":
                        first = scene.session.items(scene.question)[0]
                        player.drag(f"card-{first.id}", f"group-{first.group}")
                    shot(f"quiz-{kind}")
            elif "quiz-feedback" not in seen:
                seen.add("quiz-feedback")
                shot("quiz-feedback")
            if player.scene.name == "quiz" and player.scene.question.type == "sort" and player.scene.answer is None:
                player.answer_question(player.scene, "right", "tap")
            else:
                player.answer_question(scene, "right", "tap")
        elif scene.name.startswith("activity-"):
            if scene.name not in seen:
                seen.add(scene.name)
                shot(scene.name)
            player.play_activity(scene, "tap")
        else:
            break
    player.frames(90)  # the stars pop in one by one
    shot("results")
    player.click("menu" if player.scene.name != "results" else "map")
    return shots


def render_lessons(out_dir: Path, language: str = "en", size: tuple[int, int] = (1280, 720),
                   band: str | None = None, text_scale: float = 1.0) -> list[Path]:
    """Every step of every lesson (each line, message, post and question; each activity before and
    after it is done) as a PNG, for authors and language reviewers."""
    from .autoplay import make_game, solve
    from .content.model import QuizStep
    from .content.runner import LessonRunner
    from .scenes.story import StoryScene

    game = make_game(size=size, language=language)
    game.data.settings.text_scale = text_scale
    game.apply_settings()
    written = []
    for lesson in game.library.lessons:
        if band and lesson.band != band:
            continue
        folder = out_dir / lesson.band / lesson.id
        folder.mkdir(parents=True, exist_ok=True)
        for step in lesson.steps:
            runner = LessonRunner(lesson, seed=1)
            runner.jump(step.id)
            game.scenes.push(StoryScene(game, lesson, runner))
            for part in range(parts(step)):
                scene = game.scenes.top
                if isinstance(step, QuizStep):
                    scene.session.answers[:] = [_skip(scene.session, i) for i in range(part)]  # show question `part`
                    scene.relayout()
                elif runner.activity is not None:
                    if part == 1:
                        solve(runner.activity)
                        scene.relayout()
                else:
                    runner.shown = part + 1
                game.run_frames(2)
                path = folder / f"{lesson.steps.index(step) + 1:02d}-{step.id}-{part + 1}.png"
                pygame.image.save(game.window, str(path))
                written.append(path)
            game.scenes.pop()
    return written


def parts(step) -> int:
    """How many pictures a step needs for review: one per line, chat message or question."""
    from .content.model import ActivityStep, ChatStep, DialogueStep, FeedStep, QuizStep

    if isinstance(step, DialogueStep):
        return len(step.lines)
    if isinstance(step, ChatStep):
        return len(step.messages)
    if isinstance(step, FeedStep):
        return len(step.posts)
    if isinstance(step, ActivityStep):
        return 2  # before and after
    if isinstance(step, QuizStep):
        return len(step.questions)
    return 1


def _skip(session, index: int):
    """An answer record that moves the quiz past question `index` without grading (for rendering only)."""
    from .content.quiz import Answer

    return Answer(session.questions[index], "", 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--band", default="8-12", help="the band to play (with --all-steps: only this band)")
    parser.add_argument("--text-scale", type=float, default=1.0, help="1.0, 1.25 or 1.5")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--all-steps", action="store_true",
                        help="render every step of every lesson instead of the key screens")
    parser.add_argument("--classroom", action="store_true",
                        help="classroom mode (gate, menu, presenter view) instead of the key screens")
    args = parser.parse_args()
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    size = tuple(int(v) for v in args.size.split("x"))
    if args.classroom:
        from .scenes.classroom.screenshots import capture_classroom

        for name, path in capture_classroom(args.out, size, args.band, args.lang).items():
            print(f"{name}: {path}")
        return
    if args.all_steps:
        paths = render_lessons(args.out, args.lang, size, args.band if "--band" in sys.argv else None,
                               args.text_scale)
        print(f"{len(paths)} pictures in {args.out}")
        return
    for name, path in capture_screens(args.out, size, args.band, args.text_scale, args.lang).items():
        print(f"{name}: {path}")


if __name__ == "__main__":
    main()
