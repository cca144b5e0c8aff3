"""Profiles, progress and settings: plain data, checked when read, saved through a `Storage`.

Only a nickname and an avatar are personal data; nothing else about the child is stored. A save that
can't be read is set aside (never deleted) and the player is told in plain words; the game goes on.
"""
from __future__ import annotations

import json
import math
import secrets
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from ..content.model import BANDS
from ..i18n import _
from .storage import BACKUP_SUFFIX, Storage, StorageError

SCHEMA_VERSION = 1
KEY = "progress"
TEXT_SCALES = (1.0, 1.25, 1.5)
MAX_NICKNAME = 16
MAX_STARS = 3


@dataclass
class Profile:
    id: str
    nickname: str
    avatar: str
    band: str | None = None
    language: str | None = None
    created: str = field(default_factory=lambda: date.today().isoformat())


@dataclass
class LessonProgress:
    stars: int = 0  # best so far, 0-3
    best_score: float = 0.0  # 0..1
    completed: bool = False
    times_played: int = 0


@dataclass
class Settings:
    sound: bool = True
    text_scale: float = 1.0  # one of TEXT_SCALES
    language: str | None = None
    fullscreen: bool = False


@dataclass
class SaveData:
    profiles: list[Profile] = field(default_factory=list)
    progress: dict[str, dict[str, LessonProgress]] = field(default_factory=dict)
    settings: Settings = field(default_factory=Settings)
    last_profile: str | None = None


# ---- nicknames and profiles -------------------------------------------------------------------
def _digit_run(text: str) -> int:
    """The longest run of digits, where spaces, - and _ between digits don't break it (0712 345 678)."""
    best = run = 0
    for ch in text:
        if ch.isdecimal():
            run += 1
            best = max(best, run)
        elif not (ch in "-_" or unicodedata.category(ch) == "Zs"):
            run = 0
    return best


def validate_nickname(nickname: str) -> str | None:
    """None when the nickname is fine, else what's wrong, in words a child understands."""
    name = unicodedata.normalize("NFC", nickname).strip()
    if not name:
        return _("Please type a nickname.")
    if "@" in name or "＠" in name:
        return _("Please don't use an email address. Pick a fun nickname instead!")
    if _digit_run(name) >= 5:
        return _("That looks like a phone number. Keep it private and pick a nickname instead!")
    if len(name) > MAX_NICKNAME:
        return _("A nickname can be up to 16 letters long.")
    for ch in name:
        kind = unicodedata.category(ch)
        if not (kind[0] in "LM" or ch.isdecimal() or kind == "Zs" or ch in "-_"):
            return _("Please use only letters, numbers, spaces, - and _.")
    return None


def new_profile(nickname: str, avatar: str, band: str | None = None, language: str | None = None) -> Profile:
    """A new player with a short random id. Raises ValueError for a nickname `validate_nickname` refuses."""
    problem = validate_nickname(nickname)
    if problem:
        raise ValueError(problem)
    name = unicodedata.normalize("NFC", nickname).strip()
    return Profile(id=secrets.token_hex(4), nickname=name, avatar=avatar, band=band, language=language)


def record_result(data: SaveData, profile_id: str, lesson_id: str, stars: int, score: float) -> LessonProgress:
    """Count one finished play of a lesson, keeping the best stars and score so far."""
    entry = data.progress.setdefault(profile_id, {}).setdefault(lesson_id, LessonProgress())
    entry.stars = max(entry.stars, min(MAX_STARS, max(0, int(stars))))
    score = float(score) if math.isfinite(score) else 0.0
    entry.best_score = max(entry.best_score, min(1.0, max(0.0, score)))
    entry.completed = True
    entry.times_played += 1
    return entry


# ---- reading a save: migrate, then keep what is valid -----------------------------------------
class BadSave(ValueError):
    """The text is not a save this game can use at all (not JSON, wrong shape)."""


def _v0_to_v1(raw: dict) -> dict:
    """v0 (before versioning) kept only stars, as a flat dict {"<profile id>/<lesson id>": stars}."""
    stars = raw.get("stars", {})
    if not isinstance(stars, dict):
        raise BadSave("v0 stars is not a dict")
    progress: dict[str, dict[str, dict]] = {}
    for name, count in stars.items():
        profile_id, _sep, lesson_id = str(name).partition("/")
        if lesson_id:
            progress.setdefault(profile_id, {})[lesson_id] = {"stars": count, "completed": True, "times_played": 1}
    out = {key: value for key, value in raw.items() if key != "stars"}
    out.update(schema_version=1, progress=progress)
    return out


MIGRATIONS = {0: _v0_to_v1}  # version n -> a function giving version n + 1


def schema_version(raw: Any) -> int:
    """The version a parsed save says it is (0 for the unversioned v0); BadSave when it isn't a save."""
    if not isinstance(raw, dict):
        raise BadSave("not a JSON object")
    if "schema_version" not in raw:
        if "stars" in raw:
            return 0
        raise BadSave("no schema_version")
    version = raw["schema_version"]
    if type(version) is not int or version < 0:
        raise BadSave(f"bad schema_version {version!r}")
    return version


def migrate(raw: dict) -> dict:
    """Bring an older save up to SCHEMA_VERSION, one step at a time."""
    version = schema_version(raw)
    if version > SCHEMA_VERSION:
        raise BadSave(f"schema_version {version} is newer than {SCHEMA_VERSION}")
    while version < SCHEMA_VERSION:
        raw = MIGRATIONS[version](raw)
        version += 1
    return raw


def _opt_str(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _int(value: Any) -> bool:
    return type(value) is int


def _num(value: Any) -> bool:
    return type(value) in (int, float) and math.isfinite(value)


def _profile(raw: Any, problems: list[str]) -> Profile | None:
    if not isinstance(raw, dict):
        problems.append(f"profile {raw!r} is not an object")
        return None
    pid, nickname, avatar = raw.get("id"), raw.get("nickname"), raw.get("avatar")
    if not (isinstance(pid, str) and pid and isinstance(nickname, str) and nickname.strip() and isinstance(avatar, str)):
        problems.append(f"profile {pid!r} has no usable id, nickname or avatar")
        return None
    profile = Profile(pid, nickname, avatar)
    band, language, created = raw.get("band"), raw.get("language"), raw.get("created")
    if band is None or band in BANDS:
        profile.band = band
    else:
        problems.append(f"profile {pid}: unknown band {band!r}")
    if _opt_str(language):
        profile.language = language
    else:
        problems.append(f"profile {pid}: bad language {language!r}")
    try:
        profile.created = date.fromisoformat(created).isoformat()
    except (TypeError, ValueError):
        problems.append(f"profile {pid}: bad created date {created!r}")
    return profile


def _lesson(raw: Any, where: str, problems: list[str]) -> LessonProgress | None:
    if not isinstance(raw, dict):
        problems.append(f"{where} is not an object")
        return None
    entry = LessonProgress()
    stars, score = raw.get("stars", 0), raw.get("best_score", 0.0)
    completed, played = raw.get("completed", False), raw.get("times_played", 0)
    if _int(stars):
        entry.stars = min(MAX_STARS, max(0, stars))
    if _num(score):
        entry.best_score = min(1.0, max(0.0, float(score)))
    if isinstance(completed, bool):
        entry.completed = completed
    if _int(played):
        entry.times_played = max(0, played)
    if (entry.stars, entry.best_score, entry.completed, entry.times_played) != (stars, score, completed, played):
        problems.append(f"{where}: fixed {raw!r}")
    return entry


def _settings(raw: Any, problems: list[str]) -> Settings:
    settings = Settings()
    if not isinstance(raw, dict):
        problems.append("settings is not an object")
        return settings
    for name, ok in (("sound", lambda v: isinstance(v, bool)), ("fullscreen", lambda v: isinstance(v, bool)),
                     ("language", _opt_str), ("text_scale", lambda v: _num(v) and v in TEXT_SCALES)):
        if name in raw:
            if ok(raw[name]):
                setattr(settings, name, float(raw[name]) if name == "text_scale" else raw[name])
            else:
                problems.append(f"settings.{name}: bad value {raw[name]!r}")
    return settings


def from_raw(raw: dict, problems: list[str]) -> SaveData:
    """Build SaveData from a migrated dict, keeping all valid parts; what was dropped or fixed goes to
    `problems`. BadSave when the main sections are not the right kind of thing at all."""
    profiles_raw, progress_raw = raw.get("profiles", []), raw.get("progress", {})
    if not isinstance(profiles_raw, list) or not isinstance(progress_raw, dict):
        raise BadSave("profiles or progress has the wrong shape")
    data = SaveData(settings=_settings(raw.get("settings", {}), problems))
    for item in profiles_raw:
        profile = _profile(item, problems)
        if profile and any(p.id == profile.id for p in data.profiles):
            problems.append(f"profile {profile.id} appears twice")
        elif profile:
            data.profiles.append(profile)
    known = {p.id for p in data.profiles}
    for pid, lessons in progress_raw.items():
        if pid not in known or not isinstance(lessons, dict):
            problems.append(f"progress for {pid!r} dropped (no such profile, or not an object)")
            continue
        for lesson_id, item in lessons.items():
            entry = _lesson(item, f"progress[{pid}][{lesson_id}]", problems)
            if entry is not None:
                data.progress.setdefault(pid, {})[lesson_id] = entry
    last = raw.get("last_profile")
    data.last_profile = last if isinstance(last, str) and last in known else None
    return data


def to_text(data: SaveData) -> str:
    raw = {"schema_version": SCHEMA_VERSION, **asdict(data)}
    return json.dumps(raw, ensure_ascii=False, sort_keys=True, indent=1, allow_nan=False) + "\n"


# ---- the store --------------------------------------------------------------------------------
class ProgressStore:
    """Loads and saves SaveData. Never raises for bad data or a failing disk: it tells the player
    through `notices` (translated, child-friendly) and keeps technical details in `problems`."""

    record_result = staticmethod(record_result)

    def __init__(self, storage: Storage, key: str = KEY) -> None:
        self.storage = storage
        self.key = key
        self.backup = key + BACKUP_SUFFIX
        self.notices: list[str] = []
        self.problems: list[str] = []
        self._blocked = False  # a bad save could not be set aside: don't write over it

    def _parse(self, key: str) -> tuple[str, SaveData | None, list[str]]:
        """("ok" | "absent" | "damaged" | "newer", data, problems) for one stored copy."""
        problems: list[str] = []
        try:
            text = self.storage.read(key)
            if text is None:
                return "absent", None, problems
            raw = json.loads(text)
            if schema_version(raw) > SCHEMA_VERSION:
                return "newer", None, problems
            return "ok", from_raw(migrate(raw), problems), problems
        except Exception as error:  # unreadable, not JSON, BadSave...: never let a bad save stop the game
            self.problems.append(f"{key}: {error}")
            return "damaged", None, problems

    def _set_aside(self, key: str, label: str) -> None:
        try:
            self.problems.append(f"{key} kept as {self.storage.set_aside(key, label)}")
        except (StorageError, OSError) as error:
            self.problems.append(f"could not set aside {key}: {error}")
            self._blocked = True

    def load(self) -> SaveData:
        self.notices, self.problems = [], []
        main, data, problems = self._parse(self.key)
        if main == "ok" and not problems:
            return data
        if main == "ok":
            self.problems += problems
            self._set_aside(self.key, "repaired")
            self.notices.append(_("Some of your saved game was mixed up. We kept everything we could "
                                  "and fixed the rest. A copy of the old file was kept."))
            self.save(data)
            return data
        if main == "newer":
            self._set_aside(self.key, "newer")
            if self._parse(self.backup)[0] == "newer":
                self._set_aside(self.backup, "newer")
            self.notices.append(_("Your saved game comes from a newer version of Sango, so we're starting "
                                  "a new one here. Your old save was kept safe."))
            return SaveData()
        if main == "damaged":
            self._set_aside(self.key, "damaged")
        backup, data, problems = self._parse(self.backup)
        self.problems += problems
        if backup == "ok":
            self.notices.append(
                _("We couldn't read your last save, so we brought back the one before it. "
                  "A copy of the damaged file was kept.") if main == "damaged" else
                _("We couldn't find your last save, so we brought back the one before it."))
            self.save(data)
            return data
        if backup != "absent":
            self._set_aside(self.backup, backup)
        if backup != "absent" or main == "damaged":
            self.notices.append(_("We couldn't read your saved game, so we're starting a new one. "
                                  "A copy of the old file was kept."))
        return SaveData()

    def save(self, data: SaveData) -> bool:
        """Write `data`; False (and a notice) when it could not be saved. Never raises."""
        try:
            if self._blocked:
                raise StorageError("an unreadable save could not be set aside, so it is not overwritten")
            self.storage.write(self.key, to_text(data))
            return True
        except (StorageError, OSError, ValueError, TypeError) as error:
            self.problems.append(f"save failed: {error}")
            self.notices.append(_("We couldn't save your progress just now. "
                                  "You can keep playing, and we'll try again later."))
            return False
