"""Sango's performance figures (a report, not a test).

    python benchmarks/bench.py

Prints: cold start to the first interactive frame (a fresh Python process, median of several),
frame time (median and 99th percentile) in each lesson scene at 1280x720 with the heaviest named,
time to load all lessons (from YAML, and through the desktop's cache), and peak memory (max
resident set size) of a fresh game process that plays three lessons.
Targets from the issue, on a 2-core machine: start < 0.35 s, frame p99 < 4 ms, peak memory < 90 MB.
"""
from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ENV = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
os.environ.update(ENV)


def cold_start_child() -> None:
    """Runs in a fresh process: start the game, draw the first frame, print when it was ready."""
    from sango.app import Game, Options
    from sango.save.storage import MemoryStorage

    game = Game(Options(storage=MemoryStorage()))
    game.run_frames(1)
    print(time.time())


def memory_child() -> None:
    """Runs in a fresh process: play three 13+ lessons through every kind of screen, print peak RSS."""
    from sango.autoplay import Player, make_game

    game = make_game()
    player = Player(game)
    player.create_profile(band="13+")
    for lesson_id in ("kim-too-good-to-be-true", "kim-account-alert", "kim-party-photo"):
        player.play_lesson(lesson_id, sort_by="tap")
        player.click("map")
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def cold_start(runs: int = 7) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.time()
        out = subprocess.run([sys.executable, __file__, "--cold-child"], env=ENV, capture_output=True, text=True,
                             check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]) - started)
    return times


def scene_frames(frames: int = 600) -> dict[str, list[float]]:
    """Frame times (seconds) for every kind of lesson screen, each held for `frames` frames."""
    from sango.autoplay import Player, make_game

    from sango.content.model import ChatStep, ChoiceStep, DialogueStep, FeedStep

    game = make_game()
    player = Player(game)
    player.create_profile(band="13+")
    results: dict[str, list[float]] = {}

    def measure(label: str) -> None:
        times = []
        for _ in range(frames):
            start = time.perf_counter()
            game.run_frames(1)
            times.append(time.perf_counter() - start)
        results[label] = times

    measure("lesson map")
    wanted = {DialogueStep: "story: dialogue", ChatStep: "story: chat", ChoiceStep: "story: choice",
              FeedStep: "story: feed"}
    for lesson_id in ("kim-too-good-to-be-true", "kim-account-alert", "kim-party-photo", "kim-joke-poll",
                      "kim-comment-storm"):  # between them, every kind of screen
        player.click(f"lesson-{lesson_id}")
        for _ in range(400):
            scene = player.scene
            if scene.name == "story":
                label = wanted.pop(type(scene.runner.step), None)
                if label:
                    measure(label)
                step = scene.runner.step
                if isinstance(step, ChoiceStep) and scene.runner.feedback is None:
                    player.click(f"option-{next(o.id for o in step.options if o.safe)}")
                else:
                    player.click("next")
            elif scene.name == "quiz":
                q = scene.question
                if scene.answer is None and f"quiz: {q.type}" not in results:
                    measure(f"quiz: {q.type}")
                player.answer_question(scene, "right", "tap")
            elif scene.name.startswith("activity-"):
                label = scene.name.replace("activity-", "practice: ")
                if label not in results:
                    measure(label)
                player.play_activity(scene, "tap")
            else:
                break
        if lesson_id != "kim-comment-storm":
            player.click("map")
    measure("results")
    return results


def load_lessons(runs: int = 5) -> tuple[list[float], list[float]]:
    """Reading and checking every YAML file, and the same through the desktop's lesson cache."""
    import tempfile

    from sango.content.loader import load_library
    from sango.lesson_cache import load_cached_library
    from sango.paths import LESSONS

    fresh, cached = [], []
    for _ in range(runs):
        start = time.perf_counter()
        library = load_library(LESSONS)
        fresh.append(time.perf_counter() - start)
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder) / "cache.json"
        load_cached_library(LESSONS, cache)
        for _ in range(runs):
            start = time.perf_counter()
            load_cached_library(LESSONS, cache)
            cached.append(time.perf_counter() - start)
    print(f"  ({len(library.lessons)} lessons, {len(library.broken)} broken files)")
    return fresh, cached


def p99(values: list[float]) -> float:
    return sorted(values)[min(len(values) - 1, int(len(values) * 0.99))]


def main() -> None:
    print("Sango benchmark", time.strftime("%Y-%m-%d"), f"Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    starts = cold_start()
    print(f"cold start to first interactive frame: median {statistics.median(starts):.3f} s "
          f"(min {min(starts):.3f}, max {max(starts):.3f}; target < 0.35 s)")
    print("time to load all lessons:")
    loads, cached = load_lessons()
    print(f"  reading and checking the YAML files: median {statistics.median(loads) * 1000:.1f} ms")
    print(f"  through the desktop's lesson cache (every later start): median {statistics.median(cached) * 1000:.1f} ms")
    frames = scene_frames()
    print("frame time at 1280x720 (median / p99):")
    for label, times in frames.items():
        print(f"  {label:18s} {statistics.median(times) * 1000:6.2f} ms / {p99(times) * 1000:6.2f} ms")
    heaviest = max(frames, key=lambda k: p99(frames[k]))
    print(f"heaviest scene: {heaviest}, p99 {p99(frames[heaviest]) * 1000:.2f} ms (target < 4 ms)")
    out = subprocess.run([sys.executable, __file__, "--memory-child"], env=ENV, capture_output=True, text=True,
                         check=True).stdout
    peak_mb = float(out.strip().splitlines()[-1])
    print(f"peak memory (max RSS of a fresh game process after playing three lessons): {peak_mb:.1f} MB "
          f"(target < 90 MB)")


if __name__ == "__main__":
    if "--cold-child" in sys.argv:
        cold_start_child()
    elif "--memory-child" in sys.argv:
        memory_child()
    else:
        main()
