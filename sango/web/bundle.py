"""Lessons as one compact JSON file: checked on the desktop at build time, read by the browser.

The browser has no PyYAML, so `sango build-web` loads every lesson with the normal loader (which
checks it) and writes the resulting model objects here; the browser reads them back into the very
same dataclasses. Nothing here knows the lesson classes by name: every dataclass defined in
`sango.content.model` can be written and read, so a new kind of step needs no change here.

    {"@": "DialogueStep", "id": "hello", "lines": [...]}       a dataclass: its class, then its fields
    ["Hi!", "kiko/hello/1"]                                   a Text: [msgid, msgctxt]
    [...]                                                     a tuple, list or frozenset

The class goes under "@", which no field can be called ("type" is a field of Question). Fields equal
to their default are left out, to keep the file small.
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..content import model
from ..content.model import Lesson, LessonLibrary, Text
from ..paths import ROOT

FORMAT = "sango-lessons"
VERSION = 1
CLASS = "@"  # the key that names a dataclass
BUNDLE = ROOT / "lessons.json"  # where the browser build keeps it (next to main.py)


class BundleError(ValueError):
    """The bundle cannot be read: not a lesson bundle, another version, or damaged."""


@lru_cache(maxsize=1)
def registry() -> dict[str, type]:
    """Every dataclass defined in sango.content.model, by class name."""
    return {name: value for name, value in vars(model).items()
            if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == model.__name__}


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


# ---- writing --------------------------------------------------------------------------------------
def encode(value: Any) -> Any:
    """Plain JSON data for a model value."""
    if isinstance(value, Text):
        return [value.msgid, value.msgctxt]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        cls = type(value)
        if registry().get(cls.__name__) is not cls:
            raise BundleError(f"{cls.__name__} is not a lesson model class")
        out: dict[str, Any] = {CLASS: cls.__name__}
        for f in dataclasses.fields(value):
            if not f.init:
                continue
            item = getattr(value, f.name)
            if not _is_default(f, item):
                out[f.name] = encode(item)
        return out
    if isinstance(value, (tuple, list)):
        return [encode(v) for v in value]
    if isinstance(value, frozenset):
        return sorted(encode(v) for v in value)
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise BundleError(f"cannot store a {type(value).__name__} in the lesson bundle")


def _is_default(f: dataclasses.Field, value: Any) -> bool:
    if f.default is not dataclasses.MISSING:
        return type(value) is type(f.default) and value == f.default
    if f.default_factory is not dataclasses.MISSING:
        default = f.default_factory()
        return type(value) is type(default) and value == default
    return False


def bundle_text(lessons: list[Lesson]) -> str:
    """The bundle for these lessons, as compact JSON text."""
    data = {"format": FORMAT, "version": VERSION, "schema_version": model.SCHEMA_VERSION,
            "lessons": [encode(lesson) for lesson in lessons]}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def write_bundle(lessons: list[Lesson], path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(bundle_text(lessons), encoding="utf-8")
    return path


# ---- reading --------------------------------------------------------------------------------------
def decode(data: Any, hint: Any, where: str = "lesson") -> Any:
    """The model value for JSON `data`, read as the type `hint` (from the dataclass annotations)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any:
        return data
    if origin in (typing.Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        problems = []
        for option in (a for a in args if a is not type(None)):
            try:
                return decode(data, option, where)
            except BundleError as error:
                problems.append(str(error))
        raise BundleError(problems[0] if problems else f"{where}: unexpected {data!r}")
    if hint is Text:
        if not (isinstance(data, list) and len(data) == 2 and all(isinstance(s, str) for s in data)):
            raise BundleError(f"{where}: expected a text as [msgid, msgctxt], found {data!r:.60}")
        return Text(data[0], data[1])
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _decode_object(data, hint, where)
    if origin in (tuple, list, frozenset, set):
        if not isinstance(data, list):
            raise BundleError(f"{where}: expected a list, found {data!r:.60}")
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis) and args:
            if len(args) != len(data):
                raise BundleError(f"{where}: expected {len(args)} items, found {len(data)}")
            return tuple(decode(v, a, f"{where}[{i}]") for i, (v, a) in enumerate(zip(args, data)))
        item = args[0] if args else Any
        return origin(decode(v, item, f"{where}[{i}]") for i, v in enumerate(data))
    if origin is dict:
        if not isinstance(data, dict):
            raise BundleError(f"{where}: expected an object, found {data!r:.60}")
        key, value = args or (Any, Any)
        return {decode(k, key, where): decode(v, value, f"{where}.{k}") for k, v in data.items()}
    if hint is type(None):
        if data is not None:
            raise BundleError(f"{where}: expected nothing, found {data!r:.60}")
        return None
    if hint is float and type(data) in (int, float):
        return float(data)
    if hint in (str, int, bool) and type(data) is hint:
        return data
    raise BundleError(f"{where}: expected {getattr(hint, '__name__', hint)}, found {data!r:.60}")


def _decode_object(data: Any, hint: type, where: str) -> Any:
    if not isinstance(data, dict) or not isinstance(data.get(CLASS), str):
        raise BundleError(f"{where}: expected an object with its kind under {CLASS!r}, found {data!r:.60}")
    cls = registry().get(data[CLASS])
    if cls is None or not issubclass(cls, hint):
        raise BundleError(f"{where}: unknown kind {data[CLASS]!r} (expected a {hint.__name__})")
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    unknown = sorted(set(data) - set(fields) - {CLASS})
    if unknown:
        raise BundleError(f"{where}: {cls.__name__} has no field {unknown[0]!r}")
    hints = _hints(cls)
    name = data.get("id") if isinstance(data.get("id"), str) else cls.__name__
    values = {key: decode(value, hints[key], f"{where}/{name}.{key}") for key, value in data.items() if key != CLASS}
    try:
        return cls(**values)
    except TypeError as error:  # a required field is missing
        raise BundleError(f"{where}: {cls.__name__} is incomplete ({error})") from None


def read_bundle_text(text: str) -> list[Lesson]:
    try:
        data = json.loads(text)
    except ValueError as error:
        raise BundleError(f"the lesson bundle is not valid JSON ({error})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BundleError("this file is not a Sango lesson bundle")
    if data.get("version") != VERSION or data.get("schema_version") != model.SCHEMA_VERSION:
        raise BundleError(f"the lesson bundle has version {data.get('version')}/{data.get('schema_version')}, "
                          f"this game reads {VERSION}/{model.SCHEMA_VERSION}: build the web version again")
    lessons = data.get("lessons")
    if not isinstance(lessons, list):
        raise BundleError("the lesson bundle has no list of lessons")
    return [decode(item, Lesson, f"lesson {i + 1}") for i, item in enumerate(lessons)]


def load_bundle(path: Path = BUNDLE) -> LessonLibrary:
    """The lessons in a bundle. A missing or damaged bundle gives an empty library whose `broken`
    entry says why, so the game still starts and the lesson map shows the problem."""
    from ..content.model import LessonProblem

    path = Path(path)
    try:
        return LessonLibrary(lessons=read_bundle_text(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, BundleError) as error:
        message = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return LessonLibrary(broken={path.name: [LessonProblem(path.name, 1, 1, message)]})
