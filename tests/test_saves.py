"""Saves: atomic writes, backups, recovery from damage, migration, and nickname rules."""
import errno
import json
import os
from pathlib import Path

import pytest

from sango.save import progress as progress_module
from sango.save.progress import (SCHEMA_VERSION, LessonProgress, Profile, ProgressStore, SaveData, Settings,
                                 migrate, new_profile, record_result, validate_nickname)
from sango.save.storage import FileStorage, MemoryStorage, StorageError, default_storage

RECOVERED = ("We couldn't read your last save, so we brought back the one before it. "
             "A copy of the damaged file was kept.")
FRESH = "We couldn't read your saved game, so we're starting a new one. A copy of the old file was kept."
SAVE_FAILED = "We couldn't save your progress just now. You can keep playing, and we'll try again later."


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("SANGO_DATA_DIR", str(path))
    return path


def store() -> ProgressStore:
    return ProgressStore(default_storage())


def sample(nickname="Kind Koala", lessons=None) -> SaveData:
    profile = Profile("a1b2c3d4", nickname, "fox", band="8-12", language="ar", created="2024-05-01")
    return SaveData(profiles=[profile],
                    progress={profile.id: lessons or {"bullying-1": LessonProgress(2, 0.75, True, 3)}},
                    settings=Settings(sound=False, text_scale=1.25, language="zh", fullscreen=True),
                    last_profile=profile.id)


def files(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


def aside(folder: Path, label: str, key: str = "progress") -> list[Path]:
    return sorted(folder.glob(f"{key}.{label}-*.json"))


# ---- round trip and file format ---------------------------------------------------------------
def test_round_trip_keeps_every_field_including_arabic_and_chinese(folder):
    data = sample("سارة")
    data.profiles.append(Profile("0000beef", "小龙 2", "owl", created="2023-12-31"))
    data.progress["0000beef"] = {"grooming-1": LessonProgress(3, 1.0, True, 1)}
    assert store().save(data) is True

    loaded = store()
    assert loaded.load() == data
    assert loaded.notices == []
    text = (folder / "progress.json").read_text(encoding="utf-8")
    assert "سارة" in text and "小龙 2" in text  # ensure_ascii=False, UTF-8
    assert text.startswith('{\n "last_profile": "a1b2c3d4",\n "profiles": [')  # sorted keys, indent 1
    assert json.loads(text)["schema_version"] == SCHEMA_VERSION


def test_first_run_starts_fresh_without_notices(folder):
    s = store()
    assert s.load() == SaveData()
    assert s.notices == [] and not folder.exists()


def test_default_storage_uses_the_per_user_folder_unless_overridden(folder, monkeypatch):
    assert default_storage().folder == folder
    monkeypatch.delenv("SANGO_DATA_DIR")
    import platformdirs

    assert default_storage().folder == Path(platformdirs.user_data_dir("sango", appauthor=False))


# ---- atomic writes and the backup -------------------------------------------------------------
def test_atomic_write_leaves_no_temp_files_and_keeps_the_previous_version(folder):
    s = store()
    first, second = sample("First"), sample("Second")
    assert s.save(first) and s.save(second)
    on_disk = files(folder)
    assert set(on_disk) == {"progress.json", "progress.bak.json"}
    assert json.loads(on_disk["progress.json"])["profiles"][0]["nickname"] == "Second"
    assert json.loads(on_disk["progress.bak.json"])["profiles"][0]["nickname"] == "First"


def test_write_failure_returns_false_with_a_notice_and_keeps_the_old_file(folder, monkeypatch):
    s = store()
    assert s.save(sample("Safe"))
    before = files(folder)

    def disk_full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    assert s.save(sample("Lost")) is False
    assert s.notices == [SAVE_FAILED]
    assert files(folder) == before  # old file intact, no temp files left behind


def test_memory_storage_full_quota_is_reported_not_raised():
    storage = MemoryStorage()
    s = ProgressStore(storage)
    assert s.save(sample("Keep"))
    storage.fail_writes = True
    assert s.save(sample("Lost")) is False and s.notices == [SAVE_FAILED]
    assert ProgressStore(storage).load().profiles[0].nickname == "Keep"


def test_memory_storage_namespaces_keys_and_sets_aside():
    items: dict[str, str] = {}
    storage = MemoryStorage(items)
    storage.write("progress", "one")
    storage.write("progress", "two")
    assert items == {"sango/progress": "two", "sango/progress.bak": "one"}
    place = storage.set_aside("progress", "damaged")
    assert place.startswith("sango/progress.damaged-") and items[place] == "two"
    assert not storage.exists("progress") and storage.read("progress") is None
    with pytest.raises(StorageError):
        storage.set_aside("progress", "damaged")
    with pytest.raises(ValueError):
        storage.read("../escape")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder_fails_softly(folder):
    s = store()
    assert s.save(sample("Safe"))
    before = files(folder)
    folder.chmod(0o555)
    try:
        assert s.save(sample("Lost")) is False and s.notices == [SAVE_FAILED]
        assert files(folder) == before
    finally:
        folder.chmod(0o755)


# ---- recovery ---------------------------------------------------------------------------------
def test_damaged_main_is_recovered_from_backup_and_kept_on_disk(folder):
    s = store()
    s.save(sample("Older"))
    s.save(sample("Newest"))
    (folder / "progress.json").write_text("{ this is not json", encoding="utf-8")

    again = store()
    data = again.load()
    assert data.profiles[0].nickname == "Older"
    assert again.notices == [RECOVERED]
    [damaged] = aside(folder, "damaged")
    assert damaged.read_text(encoding="utf-8") == "{ this is not json"
    # the main file is good again, so the next start is quiet
    assert json.loads((folder / "progress.json").read_text(encoding="utf-8"))["profiles"][0]["nickname"] == "Older"
    quiet = store()
    assert quiet.load() == data and quiet.notices == []


def test_truncated_file_is_treated_as_damaged(folder):
    s = store()
    s.save(sample("Older"))
    s.save(sample("Newest"))
    main = folder / "progress.json"
    whole = main.read_text(encoding="utf-8")
    main.write_text(whole[: len(whole) // 2], encoding="utf-8")

    again = store()
    assert again.load().profiles[0].nickname == "Older"
    assert again.notices == [RECOVERED]
    assert aside(folder, "damaged")[0].read_text(encoding="utf-8") == whole[: len(whole) // 2]


def test_both_damaged_are_set_aside_and_the_game_starts_fresh(folder):
    folder.mkdir()
    (folder / "progress.json").write_text("[1, 2", encoding="utf-8")
    (folder / "progress.bak.json").write_bytes(b"\xff\xfe not utf-8")

    s = store()
    assert s.load() == SaveData()
    assert s.notices == [FRESH]
    assert [p.read_text(encoding="utf-8") for p in aside(folder, "damaged")] == ["[1, 2"]
    assert [p.read_bytes() for p in aside(folder, "damaged", "progress.bak")] == [b"\xff\xfe not utf-8"]
    assert not (folder / "progress.json").exists() and not (folder / "progress.bak.json").exists()


def test_missing_main_brings_back_the_backup(folder):
    s = store()
    s.save(sample("Older"))
    s.save(sample("Newest"))
    (folder / "progress.json").unlink()
    again = store()
    assert again.load().profiles[0].nickname == "Older"
    assert again.notices == ["We couldn't find your last save, so we brought back the one before it."]


@pytest.mark.parametrize("text", ['[{"profiles": []}]', '{"schema_version": "1", "profiles": []}',
                                  '{"schema_version": 1, "profiles": {"id": "x"}}', '"progress"', "{}"])
def test_wrong_shapes_are_damaged(folder, text):
    folder.mkdir()
    (folder / "progress.json").write_text(text, encoding="utf-8")
    s = store()
    assert s.load() == SaveData()
    assert s.notices == [FRESH]
    assert aside(folder, "damaged")[0].read_text(encoding="utf-8") == text


def test_partly_bad_data_keeps_what_is_valid(folder):
    raw = {
        "schema_version": 1,
        "profiles": [
            {"id": "good", "nickname": "Amina", "avatar": "owl", "band": "13+", "language": None,
             "created": "2024-01-02"},
            {"id": "bad", "nickname": 42, "avatar": "fox"},
            {"id": "odd", "nickname": "Leo", "avatar": "fox", "band": "99", "created": "yesterday"},
            "not a profile",
        ],
        "progress": {
            "good": {"l1": {"stars": 7, "best_score": 1.5, "completed": "yes", "times_played": -2},
                     "l2": {"stars": 1, "best_score": 0.4, "completed": True, "times_played": 2},
                     "l3": "three stars"},
            "bad": {"l1": {"stars": 3}},
        },
        "settings": {"sound": "loud", "text_scale": 3, "language": "fr", "fullscreen": True},
        "last_profile": "bad",
    }
    folder.mkdir()
    original = json.dumps(raw)
    (folder / "progress.json").write_text(original, encoding="utf-8")

    s = store()
    data = s.load()
    assert [p.id for p in data.profiles] == ["good", "odd"]
    assert data.profiles[0] == Profile("good", "Amina", "owl", "13+", None, "2024-01-02")
    assert data.profiles[1].band is None and data.profiles[1].created  # dropped bad band, fresh date
    assert data.progress == {"good": {"l1": LessonProgress(3, 1.0, False, 0),
                                      "l2": LessonProgress(1, 0.4, True, 2)}}
    assert data.settings == Settings(sound=True, text_scale=1.0, language="fr", fullscreen=True)
    assert data.last_profile is None
    assert s.notices == ["Some of your saved game was mixed up. We kept everything we could and fixed the rest. "
                         "A copy of the old file was kept."]
    assert aside(folder, "repaired")[0].read_text(encoding="utf-8") == original
    assert store().load() == data  # the repaired save was written back


def test_random_damage_never_stops_the_game():
    import random

    good = progress_module.to_text(sample("سارة"))
    rng = random.Random(7)
    for _ in range(300):
        text = list(good)
        for _ in range(rng.randint(1, 4)):
            text[rng.randrange(len(text))] = rng.choice('{}[]",:0 -1.5etrufanl"')
        storage = MemoryStorage()
        damaged = storage.items["sango/progress"] = "".join(text)
        s = ProgressStore(storage)
        data = s.load()
        assert isinstance(data, SaveData)
        assert all(0 <= e.stars <= 3 for lessons in data.progress.values() for e in lessons.values())
        if s.notices:  # whatever was wrong, the original text is still kept somewhere
            assert damaged in storage.items.values()
        else:  # a quiet load means a still-valid save that was left alone
            assert storage.items == {"sango/progress": damaged}


# ---- versions ---------------------------------------------------------------------------------
def test_newer_schema_is_set_aside_and_never_overwritten(folder):
    folder.mkdir()
    future = json.dumps({"schema_version": SCHEMA_VERSION + 1, "profiles": [], "hoverboards": 3})
    (folder / "progress.json").write_text(future, encoding="utf-8")

    s = store()
    assert s.load() == SaveData()
    assert s.notices == ["Your saved game comes from a newer version of Sango, so we're starting a new one here. "
                         "Your old save was kept safe."]
    assert s.save(sample("Now")) and s.save(sample("Later"))
    [kept] = aside(folder, "newer")
    assert kept.read_text(encoding="utf-8") == future
    assert json.loads((folder / "progress.bak.json").read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


V0 = {"profiles": [{"id": "p1", "nickname": "Zara", "avatar": "panda", "created": "2023-03-03"}],
      "stars": {"p1/bullying-1": 2, "p1/grooming-1": 0},
      "settings": {"sound": False}}


def test_migrate_turns_the_v0_flat_stars_into_progress():
    raw = migrate(json.loads(json.dumps(V0)))
    assert raw["schema_version"] == SCHEMA_VERSION and "stars" not in raw
    assert raw["progress"] == {"p1": {"bullying-1": {"stars": 2, "completed": True, "times_played": 1},
                                      "grooming-1": {"stars": 0, "completed": True, "times_played": 1}}}
    current = {"schema_version": SCHEMA_VERSION, "profiles": []}
    assert migrate(current) == current


def test_a_v0_save_loads_quietly_and_is_written_back_as_current(folder):
    folder.mkdir()
    (folder / "progress.json").write_text(json.dumps(V0), encoding="utf-8")
    s = store()
    data = s.load()
    assert s.notices == []
    assert data.profiles == [Profile("p1", "Zara", "panda", created="2023-03-03")]
    assert data.progress["p1"]["bullying-1"] == LessonProgress(stars=2, completed=True, times_played=1)
    assert data.settings.sound is False
    assert s.save(data)
    saved = json.loads((folder / "progress.json").read_text(encoding="utf-8"))
    assert saved["schema_version"] == SCHEMA_VERSION and "stars" not in saved
    assert json.loads((folder / "progress.bak.json").read_text(encoding="utf-8")) == V0


def test_a_save_that_cannot_be_set_aside_is_not_overwritten(folder, monkeypatch):
    folder.mkdir()
    (folder / "progress.json").write_text("garbage", encoding="utf-8")
    storage = default_storage()

    def stuck(key, label):
        raise StorageError("read-only folder")

    monkeypatch.setattr(storage, "set_aside", stuck)
    s = ProgressStore(storage)
    assert s.load() == SaveData()
    assert s.save(sample()) is False and s.notices[-1] == SAVE_FAILED
    assert files(folder) == {"progress.json": "garbage"}


def test_notices_go_through_the_translation_layer(folder, monkeypatch):
    monkeypatch.setattr(progress_module, "_", lambda text: "T:" + text)
    folder.mkdir()
    (folder / "progress.json").write_text("???", encoding="utf-8")
    s = store()
    s.load()
    assert s.notices and all(n.startswith("T:") for n in s.notices)
    assert validate_nickname("") == "T:Please type a nickname."


# ---- nicknames, profiles, results -------------------------------------------------------------
@pytest.mark.parametrize("name", ["Kind Koala", "سارة", "小龙", "Ana-Maria_2", "  Zoë  ", "Дима 7", "नेहा",
                                  "a" * 16, "Room 1234"])
def test_good_nicknames(name):
    assert validate_nickname(name) is None


@pytest.mark.parametrize("name, problem", [
    ("", "Please type a nickname."),
    ("   ", "Please type a nickname."),
    ("a" * 17, "A nickname can be up to 16 letters long."),
    ("kid@mail.com", "Please don't use an email address. Pick a fun nickname instead!"),
    ("Sam 0712345", "That looks like a phone number. Keep it private and pick a nickname instead!"),
    ("07 12-34 5", "That looks like a phone number. Keep it private and pick a nickname instead!"),
    ("Sam!", "Please use only letters, numbers, spaces, - and _."),
    ("Sam.Smith", "Please use only letters, numbers, spaces, - and _."),
    ("Sam\nSmith", "Please use only letters, numbers, spaces, - and _."),
    ("😀 Sam", "Please use only letters, numbers, spaces, - and _."),
])
def test_bad_nicknames(name, problem):
    assert validate_nickname(name) == problem


def test_new_profile_has_a_short_random_id_and_only_what_it_needs():
    a, b = new_profile("  Kind Koala ", "fox"), new_profile("Kind Koala", "fox")
    assert a.nickname == "Kind Koala" and a.avatar == "fox" and a.band is None and a.language is None
    assert len(a.id) == 8 and int(a.id, 16) >= 0 and a.id != b.id
    assert len(a.created) == 10  # an ISO date, no time
    with pytest.raises(ValueError):
        new_profile("me@example.org", "fox")


def test_record_result_keeps_the_best():
    data = SaveData()
    first = record_result(data, "p", "l", 2, 0.6)
    assert first == LessonProgress(2, 0.6, True, 1)
    record_result(data, "p", "l", 1, 0.9)
    best = ProgressStore.record_result(data, "p", "l", 9, -1.0)
    assert best is data.progress["p"]["l"]
    assert best == LessonProgress(stars=3, best_score=0.9, completed=True, times_played=3)
