"""The browser edition's parts, without running pygbag: the lesson bundle, localStorage, the
browser's language, main.py's rules and the build command's messages (tests/test_web_build.py
builds the real thing and plays it)."""
import ast
import dataclasses
import inspect
import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from sango import i18n
from sango.content import model
from sango.content.loader import find_lesson_files, load_lesson_file, load_library
from sango.paths import LESSONS, ROOT
from sango.save.progress import ProgressStore, SaveData
from sango.save.storage import LocalStorage, MemoryStorage, StorageError
from sango.web import bundle
from sango.web import platform as web
from sango.web.bundle import BundleError, bundle_text, load_bundle, read_bundle_text

LESSON_FILES = find_lesson_files(LESSONS)


# ---- a stand-in for the page's `window` (also used by test_web_build.py) -------------------------
class QuotaExceededError(Exception):
    """What a full localStorage throws."""


class FakeLocalStorage:
    """window.localStorage: strings only, null (None) for a missing item, throws when full or blocked."""

    def __init__(self, items: dict | None = None, quota: int | None = None) -> None:
        self.items = {} if items is None else items
        self.quota = quota  # characters, like a browser's few megabytes

    def getItem(self, name):
        return self.items.get(name)

    def setItem(self, name, value):
        value = str(value)
        used = sum(len(k) + len(v) for k, v in self.items.items() if k != name)
        if self.quota is not None and used + len(name) + len(value) > self.quota:
            raise QuotaExceededError("Failed to execute 'setItem' on 'Storage': the quota has been exceeded")
        self.items[name] = value

    def removeItem(self, name):
        self.items.pop(name, None)


class FakeWindow:
    def __init__(self, language: str | None = "fr-FR", storage: FakeLocalStorage | None = None,
                 blocked: bool = False) -> None:
        self.navigator = SimpleNamespace(language=language)
        self._storage = storage if storage is not None else FakeLocalStorage()
        self.blocked = blocked

    @property
    def localStorage(self):
        if self.blocked:  # cookies and site data blocked: even looking at localStorage throws
            raise RuntimeError("SecurityError: The operation is insecure.")
        return self._storage


@pytest.fixture
def browser():
    """Pretend to be the browser; give back a function that sets the page."""
    def use(window):
        web.pretend_browser(window)
        return window

    yield use
    web.pretend_browser(None)
    i18n.set_language("en")


# ---- the lesson bundle ------------------------------------------------------------------------------
@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda p: p.stem)
def test_every_lesson_survives_the_bundle_unchanged(path):
    lesson, problems = load_lesson_file(path, LESSONS.parent)
    assert lesson is not None, problems
    again = read_bundle_text(bundle_text([lesson]))
    assert again == [lesson]
    for before, after in zip(lesson.steps, again[0].steps):  # the same classes, not just equal fields
        assert type(after) is type(before)


def test_the_whole_library_round_trips_and_is_compact():
    library = load_library(LESSONS)
    assert not library.broken and library.lessons
    text = bundle_text(library.lessons)
    assert read_bundle_text(text) == library.lessons
    compact = json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))
    assert len(text) == len(compact), "the bundle is written without spaces or indentation"
    assert len(text.encode()) < 100_000 * len(library.lessons)


def test_the_registry_is_every_model_dataclass():
    expected = {name for name, value in vars(model).items()
                if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == model.__name__}
    assert set(bundle.registry()) == expected
    assert {"Lesson", "Text", "DialogueStep", "QuizStep", "Question"} <= expected


def test_a_new_step_class_in_the_model_needs_no_change_to_the_bundle(monkeypatch):
    """The lead developer adds step classes to model.py: they must work without touching bundle.py."""

    @dataclasses.dataclass(frozen=True)
    class PollStep(model.Step):
        question: model.Text | None = None
        answers: tuple[model.Text, ...] = ()
        votes: tuple[int, ...] = ()
        shares: dict[str, float] = dataclasses.field(default_factory=dict)
        tags: frozenset[str] = frozenset()

    PollStep.__module__ = model.__name__
    PollStep.__qualname__ = "PollStep"
    monkeypatch.setattr(model, "PollStep", PollStep, raising=False)
    bundle.registry.cache_clear()
    bundle._hints.cache_clear()
    try:
        lesson = load_library(LESSONS).lessons[0]
        poll = PollStep(id="poll", kind="poll", question=model.Text("Which is safest?", "x/poll/q"),
                        answers=(model.Text("Ask a grown-up", "x/poll/a1"), model.Text("Reply", "x/poll/a2")),
                        votes=(3, 1), shares={"a1": 0.75}, tags=frozenset({"b", "a"}))
        changed = dataclasses.replace(lesson, steps=lesson.steps[:1] + (poll,) + lesson.steps[1:])
        again = read_bundle_text(bundle_text([changed]))
        assert again == [changed] and type(again[0].steps[1]) is PollStep
    finally:
        bundle.registry.cache_clear()
        bundle._hints.cache_clear()


def test_defaults_are_left_out_and_texts_are_pairs():
    library = load_library(LESSONS)
    data = json.loads(bundle_text(library.lessons[:1]))
    lesson = data["lessons"][0]
    assert lesson["@"] == "Lesson"
    assert lesson["title"] == [library.lessons[0].title.msgid, library.lessons[0].title.msgctxt]
    assert all("next" not in step for step in lesson["steps"] if step.get("@") == "DialogueStep" and
               next((s for s in library.lessons[0].steps if s.id == step["id"]), None).next is None)


@pytest.mark.parametrize("text, says", [
    ("not json", "not valid JSON"),
    ("[]", "not a Sango lesson bundle"),
    ('{"format": "sango-lessons", "version": 99, "schema_version": 1, "lessons": []}', "build the web version again"),
    ('{"format": "sango-lessons", "version": 1, "schema_version": 1, "lessons": [{"@": "Spaceship"}]}',
     "unknown kind 'Spaceship'"),
    ('{"format": "sango-lessons", "version": 1, "schema_version": 1, "lessons": [{"@": "Text"}]}',
     "expected a Lesson"),
    ('{"format": "sango-lessons", "version": 1, "schema_version": 1, "lessons": [{"@": "Lesson", "id": 3}]}',
     "expected str"),
    ('{"format": "sango-lessons", "version": 1, "schema_version": 1, "lessons": [{"@": "Lesson", "id": "x"}]}',
     "Lesson is incomplete"),
])
def test_a_bad_bundle_gives_a_clear_message(text, says):
    with pytest.raises(BundleError, match=says):
        read_bundle_text(text)


def test_a_missing_or_damaged_bundle_still_lets_the_game_start(tmp_path):
    missing = load_bundle(tmp_path / "lessons.json")
    assert missing.lessons == [] and list(missing.broken) == ["lessons.json"]
    (tmp_path / "lessons.json").write_text("{", encoding="utf-8")
    damaged = load_bundle(tmp_path / "lessons.json")
    assert "not valid JSON" in damaged.broken["lessons.json"][0].message


# ---- localStorage -------------------------------------------------------------------------------------
def test_local_storage_keeps_strings_under_sango_keys_with_a_backup():
    page = FakeLocalStorage()
    storage = LocalStorage(page)
    assert storage.read("progress") is None and not storage.exists("progress")
    storage.write("progress", "one")
    storage.write("progress", "two")
    assert page.items == {"sango/progress": "two", "sango/progress.bak": "one"}
    assert storage.read("progress.bak") == "one"
    where = storage.set_aside("progress", "damaged")
    assert where.startswith("sango/progress.damaged-") and not storage.exists("progress")
    with pytest.raises(ValueError):
        storage.read("../etc")


def test_a_full_local_storage_is_a_storage_error_and_the_old_save_stays():
    storage = LocalStorage(FakeLocalStorage(quota=60))
    storage.write("progress", "small")
    with pytest.raises(StorageError, match="quota"):
        storage.write("progress", "x" * 100)
    assert storage.read("progress") == "small"
    store = ProgressStore(storage)
    assert store.save(SaveData()) is False and store.notices  # the game's usual friendly notice


def test_blocked_storage_plays_on_in_memory_with_a_notice(browser):
    browser(FakeWindow(blocked=True))
    storage, notices = web.open_storage()
    assert isinstance(storage, MemoryStorage) and not isinstance(storage, LocalStorage)
    assert len(notices) == 1 and "still play" in notices[0]


def test_storage_that_throws_on_reading_counts_as_blocked(browser):
    page = FakeLocalStorage()
    page.getItem = lambda name: (_ for _ in ()).throw(RuntimeError("SecurityError"))
    browser(FakeWindow(storage=page))
    storage, notices = web.open_storage()
    assert type(storage) is MemoryStorage and notices


def test_working_storage_gives_no_notice(browser):
    page = browser(FakeWindow())._storage
    storage, notices = web.open_storage()
    assert isinstance(storage, LocalStorage) and notices == []
    storage.write("progress", "{}")
    assert page.items == {"sango/progress": "{}"}


# ---- the browser itself -------------------------------------------------------------------------------
def test_browser_detection(browser, monkeypatch):
    assert not web.in_browser()
    monkeypatch.setattr(sys, "platform", "emscripten")
    assert web.in_browser()
    monkeypatch.setattr(sys, "platform", "linux")
    browser(FakeWindow())
    assert web.in_browser()


@pytest.mark.parametrize("tag, language", [("fr-FR", "fr"), ("zh-CN", "zh"), ("ar", "ar"), ("es-419", "es"),
                                           ("ru-RU", "ru"), ("de-DE", None), ("", None), (None, None)])
def test_the_browser_language_picks_ours(browser, tag, language):
    browser(FakeWindow(language=tag))
    assert i18n.match_language(web.browser_language()) == language


def test_a_page_without_navigator_has_no_language(browser):
    browser(SimpleNamespace())
    assert web.browser_language() is None


# ---- main.py, as pygbag needs it ----------------------------------------------------------------------
MAIN = ROOT / "main.py"
DESKTOP_ONLY_MODULES = {"yaml", "babel", "platformdirs", "pyphen", "threading", "subprocess", "multiprocessing",
                        "tkinter", "fontTools"}


def _imports(nodes) -> set[str]:
    names = set()
    for node in nodes:
        for sub in ast.walk(node):
            if isinstance(sub, ast.Import):
                names |= {alias.name for alias in sub.names}
            elif isinstance(sub, ast.ImportFrom):
                names.add(sub.module or "")
    return names


def test_main_py_follows_pygbags_rules():
    tree = ast.parse(MAIN.read_text(encoding="utf-8"))
    last = tree.body[-1]
    assert isinstance(last, ast.Expr) and ast.unparse(last.value) == "asyncio.run(play())", \
        "main.py must end with asyncio.run(...): nothing may follow it"
    assert sum("asyncio.run" in ast.unparse(node) for node in tree.body) == 1
    imports = _imports(tree.body)
    assert {name.split(".")[0] for name in imports} & DESKTOP_ONLY_MODULES == set()
    assert imports <= {"asyncio", "sys", "pygame", "bidi.algorithm", "sango.cli"}, imports
    # The packages the browser fetches are named under the emscripten test only.
    guarded = [node for node in tree.body if isinstance(node, ast.If)]
    assert len(guarded) == 1 and ast.unparse(guarded[0].test) == "sys.platform == 'emscripten'"
    assert _imports(guarded) == {"pygame", "bidi.algorithm"}


def test_the_game_loop_is_async_and_yields_every_frame():
    from sango.app import Game
    from sango.cli import play

    assert inspect.iscoroutinefunction(play) and inspect.iscoroutinefunction(Game.run)
    loop = inspect.getsource(Game.run)
    assert "await asyncio.sleep(0)" in loop and "while self.running" in loop


# ---- the build command's messages ----------------------------------------------------------------------
def test_build_web_refuses_a_broken_lesson_with_its_place(tmp_path):
    from sango.web.build import BuildError, stage

    band = tmp_path / "lessons" / "5-7"
    band.mkdir(parents=True)
    (band / "bad.yaml").write_text("id: bad\nband: 5-7\n", encoding="utf-8")
    with pytest.raises(BuildError) as error:
        stage(tmp_path / "out", lessons_dir=tmp_path / "lessons")
    assert "lessons/5-7/bad.yaml:" in str(error.value) and "not built" in str(error.value)


def test_build_web_command_says_what_is_wrong_without_a_traceback(capsys):
    from sango.cli import main

    assert main(["build-web", "--cdn", 'https://x.example/"><script>']) == 1
    err = capsys.readouterr().err
    assert err.startswith("sango build-web: --cdn") and "Traceback" not in err


def test_build_web_is_in_the_help():
    from sango.cli import build_parser

    assert "build-web" in build_parser().format_help()


def test_javascript_null_handed_over_as_an_object_counts_as_missing():
    class JsNull:
        def __str__(self):
            return "null"

    page = FakeLocalStorage()
    page.getItem = lambda name: JsNull()
    storage = LocalStorage(page)
    assert storage.read("progress") is None and not storage.exists("progress")
