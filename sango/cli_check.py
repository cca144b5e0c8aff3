"""`sango check [PATHS...]`: check lesson files and list every problem, one per line.

Also runs as `python -m sango.cli_check [PATHS...]`. Exit status 0 when all is well, 1 otherwise.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .content.loader import find_lesson_files, load_files
from .content.model import LessonProblem
from .paths import LESSONS


def lesson_files(paths: list[str]) -> tuple[list[Path], list[LessonProblem]]:
    """The lesson files named by `paths` (folders are searched); problems for paths that don't exist."""
    files: list[Path] = []
    missing: list[LessonProblem] = []
    for name in paths or [str(LESSONS)]:
        path = Path(name)
        if path.is_dir():
            files += find_lesson_files(path)
        elif path.is_file():
            files.append(path)
        else:
            missing.append(LessonProblem(path.as_posix(), 1, 1, "no such file or folder"))
    unique = {f.resolve(): f for f in reversed(files)}  # a file named twice is checked once
    return [f for f in files if unique.get(f.resolve()) is f], missing


def run_check(paths: list[str]) -> int:
    """Print every problem as `file:line:column: message`, then a summary. Returns the exit status."""
    files, problems = lesson_files(paths)
    library = load_files(files, Path.cwd())
    for found in library.broken.values():
        problems += found
    problems.sort(key=lambda p: (p.file, p.line, p.column))
    for problem in problems:
        print(problem)
    checked = plural(len(files), "lesson") + " checked"
    if not problems:
        print(f"{checked}, all good")
        return 0
    bad_files = len({p.file for p in problems})
    print(f"{checked}, {plural(len(problems), 'problem')} in {plural(bad_files, 'file')}")
    return 1


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def main(argv: list[str] | None = None) -> int:
    return run_check(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
