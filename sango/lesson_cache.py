"""Desktop start-up: remember checked lessons between runs, so only changed files are read again.

Reading and checking 36 YAML lessons takes a few hundred milliseconds; decoding the same lessons
from JSON takes a fraction of that. Each lesson file is cached with its modification time and
size, so an author's or translator's edit is picked up at once (F5 or the next start). The cache is
a plain JSON file in the per-user cache folder; a damaged or outdated one is simply ignored and
rewritten. Lessons with problems are never cached: they are checked again every time.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from .content.loader import display_path, find_lesson_files, load_files, load_lesson_file
from .content.model import Lesson, LessonLibrary, LessonProblem
from .save.storage import ENV_DATA_DIR, data_dir

CACHE_NAME = "lesson-cache.json"
_CODE = ("content/model.py", "content/validate.py", "content/loader.py", "content/yaml_safe.py", "web/bundle.py")


def cache_path() -> Path:
    if os.environ.get(ENV_DATA_DIR):
        return data_dir() / CACHE_NAME
    import platformdirs

    return Path(platformdirs.user_cache_dir("sango", appauthor=False)) / CACHE_NAME


def code_version() -> str:
    """Changes whenever the code that reads lessons changes, so an old cache is never trusted."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for name in _CODE:
        digest.update((package / name).read_bytes())
    return digest.hexdigest()[:16]


def load_cached_library(folder: Path, cache: Path | None = None) -> LessonLibrary:
    """Like `load_library(folder)`, reading unchanged files from the cache."""
    from .web.bundle import BundleError, decode, encode

    folder = Path(folder)
    cache = cache or cache_path()
    root = folder.resolve().parent
    version = code_version()
    entries = _read(cache, version)
    fresh: dict[str, dict] = {}

    def load_one(path: Path, root: Path | None) -> tuple[Lesson | None, list[LessonProblem]]:
        key = path.resolve().as_posix()
        stat = path.stat()
        stamp = [stat.st_mtime_ns, stat.st_size]
        entry = entries.get(key)
        if entry and entry.get("stamp") == stamp:
            try:
                lesson = decode(entry["lesson"], Lesson, display_path(path, root))
                fresh[key] = entry
                return lesson, []
            except (BundleError, KeyError, TypeError, ValueError):
                pass  # an unreadable entry: read the file instead
        lesson, problems = load_lesson_file(path, root)
        if lesson is not None:
            fresh[key] = {"stamp": stamp, "lesson": encode(lesson)}
        return lesson, problems

    library = load_files(find_lesson_files(folder), root, load_one)
    if fresh != entries:
        _write(cache, version, fresh)
    return library


def _read(cache: Path, version: str) -> dict[str, dict]:
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    if not isinstance(data, dict) or data.get("version") != version or not isinstance(data.get("files"), dict):
        return {}
    return data["files"]


def _write(cache: Path, version: str, files: dict[str, dict]) -> None:
    """Best effort: a cache that cannot be written only makes the next start slower."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        temporary = cache.with_suffix(".tmp")
        temporary.write_text(json.dumps({"version": version, "files": files}, ensure_ascii=False,
                                        separators=(",", ":")), encoding="utf-8")
        temporary.replace(cache)
    except OSError:
        pass
