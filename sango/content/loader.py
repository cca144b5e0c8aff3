"""Loading lesson files: read safely, check everything, build the model (see docs/lesson-format.md).

    lesson, problems = load_lesson_file("lessons/5-7/kiko.yaml")
    library = load_library(LESSONS)

A lesson with any problem is not built (`None`); its problems say which file, line and column.
"""
from __future__ import annotations

from collections import deque
from dataclasses import replace
from pathlib import Path

from .model import BANDS, ChoiceStep, Lesson, LessonLibrary, LessonProblem, QuizStep, Step
from .validate import LessonBuilder, LessonString
from .yaml_safe import MAX_BYTES, Node, YamlProblem, read_yaml


def load_lesson_file(path: str | Path, root: Path | None = None) -> tuple[Lesson | None, list[LessonProblem]]:
    """Read and check one lesson file. Paths in problems are shown relative to `root` if given."""
    shown = display_path(Path(path), root)
    node, problems = read_lesson_tree(Path(path))
    lesson = None
    if node is not None:
        builder = LessonBuilder(node)
        try:
            lesson = builder.build()
            problems += builder.problems + check_flow(lesson.steps, builder.step_marks)
            problems += check_folder(Path(path), node)
        except Exception as error:  # a checker bug must not stop the game: report it like a problem
            problems += builder.problems + [YamlProblem(1, 1, f"the checker could not finish ({error!r}): "
                                                              f"please report this file to the developers")]
            lesson = None
    problems.sort(key=lambda p: (p.line, p.column))
    found = [LessonProblem(shown, p.line, p.column, p.message) for p in problems]
    if found or lesson is None:
        return None, found
    return replace(lesson, source=shown), []


def load_library(folder: Path) -> LessonLibrary:
    """Every *.yaml / *.yml under `folder`. Lessons with problems go to `library.broken[file]`.

    Files are named from the folder's parent, e.g. `lessons/5-7/kiko.yaml`.
    """
    folder = Path(folder)
    return load_files(find_lesson_files(folder), folder.resolve().parent)


def find_lesson_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def load_files(files: list[Path], root: Path | None = None, load_one=None) -> LessonLibrary:
    """Load these files; a lesson id used by more than one file is reported in each of them.

    `load_one(path, root)` reads one file (default `load_lesson_file`; the desktop's cache passes its own).
    """
    library = LessonLibrary()
    loaded: list[Lesson] = []
    for path in files:
        lesson, problems = (load_one or load_lesson_file)(path, root)
        if lesson is None:
            library.broken[display_path(path, root)] = problems
        else:
            loaded.append(lesson)
    for lesson in loaded:
        others = [other.source for other in loaded if other.id == lesson.id and other is not lesson]
        if others:
            library.broken[lesson.source] = [LessonProblem(
                lesson.source, 1, 1, f"the lesson id '{lesson.id}' is also used by {', '.join(others)}: "
                                     f"lesson ids must be unique")]
    library.lessons = [lesson for lesson in loaded if lesson.source not in library.broken]
    return library


def lesson_strings(data: bytes) -> list[LessonString]:
    """Every translatable string of a lesson file, as the loader sees it (for the Babel extractor)."""
    node, _problems = read_yaml(data)
    if node is None:
        return []
    builder = LessonBuilder(node)
    builder.build()
    return builder.strings


def read_lesson_tree(path: Path) -> tuple[Node | None, list[YamlProblem]]:
    try:
        if path.stat().st_size > MAX_BYTES:  # refuse before reading it into memory
            return None, [YamlProblem(1, 1, f"the file is too big ({path.stat().st_size // 1024} KB): "
                                            f"lesson files must be at most {MAX_BYTES // 1024} KB")]
        data = path.read_bytes()
    except OSError as error:
        return None, [YamlProblem(1, 1, f"the file could not be read: {error.strerror or error}")]
    return read_yaml(data)


def check_folder(path: Path, node: Node) -> list[YamlProblem]:
    """A lesson under lessons/<band>/ must be for that band."""
    band = node.value.get("band")
    folder = path.resolve().parent.name
    if band is None or folder not in BANDS or band.raw in (folder, "") or band.raw not in BANDS:
        return []
    return [YamlProblem(band.line, band.column, f"this lesson is for the {band.raw} band, but it is in the "
                                                f"{folder} folder: move it to the {band.raw} folder")]


def display_path(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


# ---- the story's flow ---------------------------------------------------------------------------
END = -1  # where every finished path goes, in the flow graph


def exits(steps: tuple[Step, ...], at: int, positions: dict[str, int]) -> list[int]:
    """Where the player can go from step number `at`: step numbers, or END.

    A jump to an unknown step counts as the end: that mistake is reported on its own.
    """
    step = steps[at]
    following = at + 1 if at + 1 < len(steps) else END
    if isinstance(step, ChoiceStep) and step.options:
        targets = [positions.get(o.next, END) if o.next else following if o.safe else at for o in step.options]
    else:
        targets = [positions.get(step.next, END) if step.next else following]
    return targets


def check_flow(steps: tuple[Step, ...], marks: list[tuple[int, int]]) -> list[YamlProblem]:
    """Every step reachable from the first; every reachable step can reach the end; exactly one quiz.

    `marks` holds each step's (line, column), for the messages.
    """
    if not steps:
        return []
    positions: dict[str, int] = {}
    for i, step in enumerate(steps):
        positions.setdefault(step.id, i)
    forward = {i: exits(steps, i, positions) for i in range(len(steps))}
    backward: dict[int, list[int]] = {}
    for i, targets in forward.items():
        for target in targets:
            backward.setdefault(target, []).append(i)
    reached = _search(0, forward)
    stuck = reached - _search(END, backward)  # every exit of a stuck step leads to stuck steps
    problems = []
    for i, step in enumerate(steps):
        if i not in reached:
            problems.append(YamlProblem(*marks[i], f"step '{step.id}' can never be reached from the first step"))
        elif i in stuck and i in _search_within(forward[i], forward, stuck):  # report the loop, not the way in
            problems.append(YamlProblem(*marks[i], f"step '{step.id}' is in a loop with no way out to the end "
                                                      f"of the lesson"))
    quizzes = [s for s in steps if isinstance(s, QuizStep)]
    if len(quizzes) != 1:
        where = marks[steps.index(quizzes[1])] if len(quizzes) > 1 else marks[-1]
        problems.append(YamlProblem(*where, f"a lesson needs exactly one quiz step (found {len(quizzes)})"))
    return problems


def _search(start: int, edges: dict[int, list[int]]) -> set[int]:
    return _search_within([start], edges, None)


def _search_within(starts: list[int], edges: dict[int, list[int]], allowed: set[int] | None) -> set[int]:
    """Steps reachable from `starts` (included), moving only through `allowed` ones if given."""
    seen = {s for s in starts if allowed is None or s in allowed}
    queue = deque(seen)
    while queue:
        for n in edges.get(queue.popleft(), []):
            if n not in seen and (allowed is None or n in allowed):
                seen.add(n)
                queue.append(n)
    return seen
