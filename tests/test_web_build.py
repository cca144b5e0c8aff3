"""The real web build: `pygbag --build` offline (once per session), what the package holds, its size,
and the game played with the browser's code paths from what was built."""
import ast
import importlib.util
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pygame
import pytest

from sango import i18n
from sango.autoplay import Player
from sango.paths import ASSETS, ROOT
from sango.web import platform as web
from sango.web.build import build_web
from sango.web.bundle import load_bundle

from test_web import FakeLocalStorage, FakeWindow

pytest.importorskip("pygbag", reason="the web build needs pygbag: pip install -e '.[test]'")

LANGUAGES = ("fr", "es", "ru", "ar", "zh")


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """build/web as `sango build-web` makes it, in a temporary folder."""
    out = tmp_path_factory.mktemp("web-build") / "build" / "web"
    return build_web(out, log=lambda message: None, timeout=300)


@pytest.fixture(scope="session")
def names(built):
    with zipfile.ZipFile(built.package) as archive:
        return [info.filename for info in archive.infolist() if not info.is_dir()]


@pytest.fixture(scope="session")
def unpacked(built, tmp_path_factory):
    """The package opened, as the browser mounts it: the game lives in assets/."""
    target = tmp_path_factory.mktemp("apk")
    with zipfile.ZipFile(built.package) as archive:
        archive.extractall(target)
    return target / "assets"


@pytest.fixture
def browser():
    yield lambda window: web.pretend_browser(window) or window
    web.pretend_browser(None)
    i18n.set_language("en")


# ---- what the build writes ------------------------------------------------------------------------
def test_the_build_writes_the_page_its_icon_and_the_package(built):
    assert sorted(p.name for p in built.out.iterdir()) >= ["favicon.png", "index.html", "sango.apk"]
    page = (built.out / "index.html").read_text(encoding="utf-8")
    assert "{{" not in page, "every template field is filled in"
    assert "sango_ready" in page and "<title>Sango</title>" in page  # our own template
    assert 'archive: "sango"' in page and "pythons.js" in page
    assert '"fr":' in page and '"play":"Jouer"' in page.replace(" ", "")  # the loading screen's words
    icon = pygame.image.load(str(built.out / "favicon.png"))
    assert icon.get_size() == (192, 192)


def test_the_package_holds_what_the_game_needs(names):
    have = set(names)
    assert {"assets/main.py", "assets/lessons.json", "assets/sango/app.py", "assets/sango/web/bundle.py",
            "assets/sango/data/helplines.json"} <= have
    assert {f"assets/locale/{code}/LC_MESSAGES/sango.mo" for code in LANGUAGES} <= have
    fonts = {f"assets/assets/fonts/{p.name}" for p in (ASSETS / "fonts").iterdir() if p.suffix in (".ttf", ".otf")}
    assert len(fonts) >= 6 and fonts <= have
    sounds = {f"assets/assets/sounds/{p.name}" for p in (ASSETS / "sounds").glob("*.ogg")}
    assert sounds and sounds <= have


def test_the_package_holds_nothing_else(names):
    for name in names:
        path = Path(name)
        assert not {"tests", "scripts", "docs", "benchmarks", "lessons", "__pycache__", "build"} & set(path.parts), name
        assert path.suffix not in (".po", ".pot", ".yaml", ".yml", ".pyc", ".md", ".wav", ".mp3", ".flac"), name
        assert "-pygbag." not in path.name, name
    code = {name for name in names if name.endswith(".py")}
    assert "assets/sango/web/build.py" not in code and "assets/sango/content/loader.py" not in code
    audio = [name for name in names if name.startswith("assets/assets/sounds/")]
    assert all(name.endswith(".ogg") for name in audio)


def test_the_package_is_within_the_size_budget(built):
    spec = importlib.util.spec_from_file_location("web_size", ROOT / "benchmarks" / "web_size.py")
    web_size = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(web_size)
    sizes = web_size.measure(built.package)
    assert sizes["file"] < 6_000_000, web_size.report(sizes)
    assert sizes["parts"]["fonts"]["files"] >= 6 and sizes["parts"]["other"]["files"] == 0
    assert sizes["parts"]["lesson bundle"]["files"] == 1 and sizes["parts"]["catalogues"]["files"] == len(LANGUAGES)


def test_pygbag_never_touches_the_source_tree(built):
    assert not list(ROOT.glob("*-pygbag.*")) and not list((ROOT / "sango").rglob("*-pygbag.*"))
    assert not (built.staging / "build").exists(), "pygbag's own output and cache are cleared from the staging copy"


def test_code_the_browser_runs_never_blocks_its_thread(unpacked):
    """No threads, blocking sleeps or subprocesses: the page has one thread, and it draws."""
    for path in sorted(unpacked.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = f"{path.relative_to(unpacked)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Import):
                assert not {a.name.split(".")[0] for a in node.names} & {"threading", "subprocess", "multiprocessing"}, where
            elif isinstance(node, ast.ImportFrom):
                assert (node.module or "").split(".")[0] not in ("threading", "subprocess", "multiprocessing"), where
                assert not (node.module == "time" and any(a.name == "sleep" for a in node.names)), where
            elif isinstance(node, ast.Attribute) and node.attr == "sleep":
                assert ast.unparse(node.value) != "time", where


def _module_names(folder: Path) -> set[str]:
    names = set()
    for path in folder.rglob("*.py"):
        parts = path.relative_to(folder.parent).with_suffix("").parts
        names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_no_module_in_the_package_imports_one_that_was_left_out(unpacked):
    """Desktop-only modules stay out of the package; nothing the browser runs may need them.
    Known desktop branches: sango/cli.py's commands (the browser only calls play()) and the YAML
    branch of Game.library in sango/app.py (read through the desktop's lesson cache)."""
    staged, source = _module_names(unpacked / "sango"), _module_names(ROOT / "sango")
    left_out = source - staged
    assert "sango.content.loader" in left_out and "sango.web.build" in left_out
    for path in sorted((unpacked / "sango").rglob("*.py")):
        rel = path.relative_to(unpacked)
        if rel.as_posix() == "sango/cli.py":
            continue
        package = ".".join(rel.with_suffix("").parts[:-1])
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                wanted = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(parent + ([node.module] if node.module else []))
                wanted = [base] + [f"{base}.{alias.name}" for alias in node.names]
            else:
                continue
            desktop_branch = {"sango.content.loader", "sango.lesson_cache"} if rel.as_posix() == "sango/app.py" else set()
            needs = set(wanted) & left_out - desktop_branch
            assert not needs, f"{rel}:{node.lineno} imports {needs}, which the package leaves out"


# ---- the game, with the browser's code paths -------------------------------------------------------
def _first_lesson(bundle_path, band="8-12"):
    library = load_bundle(bundle_path)
    assert library.lessons and not library.broken
    return next(lesson for lesson in library.for_band(band))


def test_a_full_lesson_in_the_browser_and_progress_survives_a_reload(unpacked, browser, monkeypatch):
    import sango.content.loader as loader
    from sango.app import Game, Options

    monkeypatch.setattr(loader, "load_library", lambda *a, **k: pytest.fail("the browser must not read YAML"))
    page = browser(FakeWindow(language="fr-FR"))
    bundle = unpacked / "lessons.json"
    lesson = _first_lesson(bundle)

    game = Game(Options(seed=1, bundle=bundle))
    assert game.data.settings.language == "fr" and i18n.language() == "fr"  # navigator.language
    player = Player(game)
    player.frames(2)
    assert game.library.lessons == load_bundle(bundle).lessons
    player.create_profile(band=lesson.band)
    player.play_lesson(lesson.id)
    assert player.scene.name == "results"
    player.click("map")
    assert game.data.progress[game.profile.id][lesson.id].completed

    saved = page._storage.items
    assert saved and all(key.startswith("sango/") and isinstance(value, str) for key, value in saved.items())

    # A reload: a new game on the same page finds the player, their stars and their language.
    again = Game(Options(seed=1, bundle=bundle))
    assert [p.nickname for p in again.data.profiles] == ["Brave Fox"]
    progress = again.data.progress[again.data.profiles[0].id][lesson.id]
    assert progress.completed and progress.stars == 3
    assert again.data.settings.language == "fr" and not again.store.notices


def test_a_full_storage_shows_the_notice_and_play_goes_on(unpacked, browser):
    from sango.app import Game, Options

    page = browser(FakeWindow(language="en-GB", storage=FakeLocalStorage()))
    bundle = unpacked / "lessons.json"
    lesson = _first_lesson(bundle)
    player = Player(Game(Options(seed=1, bundle=bundle)))
    player.create_profile(band=lesson.band)
    storage = page._storage
    storage.quota = sum(len(k) + len(v) for k, v in storage.items.items())  # the browser's storage is now full
    with pytest.raises(AssertionError, match="unexpected scene notice"):
        player.play_lesson(lesson.id)  # the autoplayer stops where the notice opens, over the results
    assert player.scene.name == "notice" and "keep playing" in player.scene.message
    player.click("ok")
    assert player.scene.name == "results"
    player.click("map")
    assert player.scene.name == "map"  # play goes on, and the result is kept for this visit
    assert player.game.data.progress[player.game.profile.id][lesson.id].completed


def test_blocked_storage_tells_the_player_and_play_goes_on(unpacked, browser):
    from sango.app import Game, Options

    browser(FakeWindow(language="es-ES", blocked=True))
    player = Player(Game(Options(seed=1, bundle=unpacked / "lessons.json")))
    player.frames(1)
    assert player.scene.name == "notice"
    player.click("ok")
    assert player.scene.name == "title"
    player.create_profile(band="5-7")


SMOKE = textwrap.dedent('''
    import asyncio, importlib.abc, os, sys
    from types import SimpleNamespace

    DESKTOP_ONLY = {"yaml", "babel", "platformdirs", "pyphen", "fontTools"}

    class NotInTheBrowser(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in DESKTOP_ONLY:
                raise ImportError(f"{name} is not available in the browser")

    sys.meta_path.insert(0, NotInTheBrowser())
    sys.path.insert(0, os.getcwd())
    import sango
    assert sango.__file__.startswith(os.getcwd()), sango.__file__

    class Storage(dict):
        def getItem(self, k): return self.get(k)
        def setItem(self, k, v): self[k] = str(v)
        def removeItem(self, k): self.pop(k, None)

    from sango.web import platform as web
    web.pretend_browser(SimpleNamespace(navigator=SimpleNamespace(language="zh-CN"), localStorage=Storage()))
    import pygame
    from sango import i18n
    from sango.app import Game, Options

    game = Game(Options(seed=1))
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    asyncio.run(game.run())  # one frame of the real loop, then the lessons load
    assert "library" in game.__dict__, "the lessons are read right after the first frame"
    assert game.library.lessons and not game.library.broken, game.library.broken
    assert i18n.language() == "zh"
    assert set(i18n.available_languages()) == {"en", "fr", "es", "ru", "ar", "zh"}
    i18n.set_language("ar")
    game.apply_settings()
    game.run_frames(2)
    print("OK", len(game.library.lessons))
''')


def test_the_package_itself_runs_without_desktop_only_modules(unpacked):
    """Run the unpacked package (not the source tree) with PyYAML, Babel and friends made unimportable."""
    done = subprocess.run([sys.executable, "-c", SMOKE], cwd=unpacked, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("OK"), done.stdout + done.stderr
