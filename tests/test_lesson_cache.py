"""The desktop's lesson cache: unchanged files come from it, edited ones are read again."""
import shutil
from pathlib import Path

from sango import lesson_cache
from sango.content.loader import load_library

LESSONS = Path(__file__).resolve().parent.parent / "lessons"


def copy_lessons(tmp_path) -> Path:
    folder = tmp_path / "lessons"
    shutil.copytree(LESSONS / "5-7", folder / "5-7")
    return folder


def test_cached_lessons_equal_freshly_read_ones_and_edits_are_seen(tmp_path, monkeypatch):
    folder = copy_lessons(tmp_path)
    cache = tmp_path / "cache.json"
    reads = []
    real = lesson_cache.load_lesson_file
    monkeypatch.setattr(lesson_cache, "load_lesson_file", lambda path, root: reads.append(path.name) or real(path, root))
    first = lesson_cache.load_cached_library(folder, cache)
    assert len(reads) == len(first.lessons) > 0 and cache.exists()
    reads.clear()
    second = lesson_cache.load_cached_library(folder, cache)
    assert reads == [] and second.lessons == first.lessons == load_library(folder).lessons
    edited = folder / "5-7" / "kiko-treasure-game.yaml"
    edited.write_text(edited.read_text().replace("title: Kiko's Treasure Game", "title: Kiko's Big Treasure Game"))
    third = lesson_cache.load_cached_library(folder, cache)
    assert reads == ["kiko-treasure-game.yaml"]
    assert third.by_id("kiko-treasure-game").title.msgid == "Kiko's Big Treasure Game"


def test_a_broken_lesson_is_never_cached_and_a_damaged_cache_is_ignored(tmp_path):
    folder = copy_lessons(tmp_path)
    (folder / "5-7" / "broken.yaml").write_text("id: [oops\n")
    cache = tmp_path / "cache.json"
    library = lesson_cache.load_cached_library(folder, cache)
    assert "lessons/5-7/broken.yaml" in library.broken
    cache.write_text("{not json")
    again = lesson_cache.load_cached_library(folder, cache)
    assert again.lessons == library.lessons and "lessons/5-7/broken.yaml" in again.broken
