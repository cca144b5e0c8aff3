"""Sango's performance figures (a report, not a test).

    python benchmarks/bench.py

Prints: cold start to the first interactive frame (a fresh Python process, median of several),
frame time (median and 99th percentile) in each lesson scene at 1280x720 with the heaviest named,
time to load all lessons, and peak memory (max resident set size) of a process that plays.
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

    from sango.content.model import ChatStep, ChoiceStep, DialogueStep

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
    lesson = game.library.for_band("13+")[0]
    player.click(f"lesson-{lesson.id}")
    wanted = {DialogueStep: "story: dialogue", ChatStep: "story: chat", ChoiceStep: "story: choice"}
    for _ in range(300):
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
        else:
            break
    measure("results")
    return results


def load_lessons(runs: int = 5) -> list[float]:
    from sango.content.loader import load_library
    from sango.paths import LESSONS

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        library = load_library(LESSONS)
        times.append(time.perf_counter() - start)
    print(f"  ({len(library.lessons)} lessons, {len(library.broken)} broken files)")
    return times


def p99(values: list[float]) -> float:
    return sorted(values)[min(len(values) - 1, int(len(values) * 0.99))]


def main() -> None:
    print("Sango benchmark", time.strftime("%Y-%m-%d"), f"Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    starts = cold_start()
    print(f"cold start to first interactive frame: median {statistics.median(starts):.3f} s "
          f"(min {min(starts):.3f}, max {max(starts):.3f}; target < 0.35 s)")
    print("time to load all lessons:")
    loads = load_lessons()
    print(f"  median {statistics.median(loads) * 1000:.1f} ms")
    frames = scene_frames()
    print("frame time at 1280x720 (median / p99):")
    for label, times in frames.items():
        print(f"  {label:18s} {statistics.median(times) * 1000:6.2f} ms / {p99(times) * 1000:6.2f} ms")
    heaviest = max(frames, key=lambda k: p99(frames[k]))
    print(f"heaviest scene: {heaviest}, p99 {p99(frames[heaviest]) * 1000:.2f} ms (target < 4 ms)")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS of this process after playing): {peak_mb:.1f} MB (target < 90 MB)")


if __name__ == "__main__":
    if "--cold-child" in sys.argv:
        cold_start_child()
    else:
        main()
