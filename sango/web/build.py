"""`sango build-web`: the browser edition in build/web/, made with pygbag (runs on the desktop only).

1. Stage a clean copy of only what the game needs in build/web-src/sango/: main.py, the game's
   Python code (without desktop-only tools), the bundled fonts, the OGG sounds, compiled `.mo`
   catalogues and the lessons as one checked JSON bundle. pygbag packs and rewrites that copy,
   never the source tree.
2. Draw the page icon from the game's own Sango drawing.
3. Run `pygbag --build` with our own page template (web/sango.tmpl) and icon, so it needs no
   internet, then move its output to build/web/.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ..i18n import DOMAIN, N_, SUPPORTED
from ..paths import ASSETS, FONTS, LESSONS, LOCALE, ROOT

APP_NAME = "sango"  # pygbag names the package after the staged folder: sango.apk
TEMPLATE = ROOT / "web" / "sango.tmpl"
DEFAULT_OUT = ROOT / "build" / "web"
DEFAULT_CDN = None  # None: pygbag's own runtime address for its version
ICON_SIZE = 192
SOUND_SUFFIXES = {".ogg"}
FONT_SUFFIXES = {".ttf", ".otf"}
# Modules the browser never runs: lesson checking with PyYAML, translator and developer tools.
DESKTOP_ONLY = {
    "autoplay.py", "cli_check.py", "i18n_check.py", "lesson_cache.py", "pseudo.py", "report.py", "screenshots.py",
    "content/extract.py", "content/loader.py", "content/validate.py", "content/yaml_safe.py",
    "content/readability.py", "web/build.py",
}
DESKTOP_ONLY_NAMES = {"screenshots.py"}  # screenshot makers, wherever they are (they drive the game headless)


class BuildError(Exception):
    """The web build cannot go on; the message says why and what to do."""


@dataclass
class BuildResult:
    out: Path  # build/web
    package: Path  # build/web/sango.apk
    staging: Path  # build/web-src/sango


# ---- 1. staging ---------------------------------------------------------------------------------
def stage(target: Path, lessons_dir: Path = LESSONS, locale_dir: Path = LOCALE) -> Path:
    """Copy what the game needs into `target` (emptied first). Returns `target`."""
    target = Path(target)
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copy2(ROOT / "main.py", target / "main.py")
    _copy_code(ROOT / "sango", target / "sango")
    _copy_assets(target / "assets")
    _compile_catalogues(Path(locale_dir), target / "locale")
    _write_bundle(Path(lessons_dir), target)
    return target


def _copy_code(source: Path, target: Path) -> None:
    for path in sorted(source.rglob("*")):
        rel = path.relative_to(source).as_posix()
        if "__pycache__" in path.parts or not path.is_file():
            continue
        if path.suffix == ".py" and rel not in DESKTOP_ONLY and path.name not in DESKTOP_ONLY_NAMES:
            pass
        elif not (rel.startswith("data/") and path.suffix == ".json"):
            continue
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target / rel)


def _copy_assets(target: Path) -> None:
    fonts = [p for p in sorted(FONTS.iterdir()) if p.suffix.lower() in FONT_SUFFIXES]
    if not fonts:
        raise BuildError(f"no fonts in {FONTS}: run scripts/make_fonts.py first")
    (target / "fonts").mkdir(parents=True)
    for font in fonts + [p for p in FONTS.glob("OFL.txt")]:  # the fonts' licence travels with them
        shutil.copy2(font, target / "fonts" / font.name)
    sounds = ASSETS / "sounds"
    (target / "sounds").mkdir(parents=True)
    for sound in sorted(sounds.iterdir()):
        if sound.suffix.lower() in SOUND_SUFFIXES:
            shutil.copy2(sound, target / "sounds" / sound.name)
        elif sound.suffix.lower() in {".wav", ".mp3", ".flac", ".aiff", ".xm"}:
            raise BuildError(f"{sound.relative_to(ROOT)}: browsers play only OGG sounds here; "
                             f"convert it to {sound.with_suffix('.ogg').name}")


def _compile_catalogues(locale_dir: Path, target: Path) -> None:
    """locale/<lang>/LC_MESSAGES/sango.po -> .mo, for the languages the game offers."""
    try:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po
    except ImportError:
        raise BuildError("the web build needs Babel to compile translations: pip install -e '.[web]'") from None
    for code in SUPPORTED:
        po = locale_dir / code / "LC_MESSAGES" / f"{DOMAIN}.po"
        if not po.is_file():
            continue
        mo = target / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
        mo.parent.mkdir(parents=True)
        try:
            with open(po, "rb") as source:
                catalog = read_po(source, locale=code)
            with open(mo, "wb") as out:
                write_mo(out, catalog)
        except Exception as error:  # noqa: BLE001 - Babel raises many kinds for a broken file
            raise BuildError(f"{po.relative_to(locale_dir.parent)} could not be compiled: {error}") from None
        adaptations = locale_dir / code / "adaptations.json"
        if adaptations.is_file():
            shutil.copy2(adaptations, target / code / "adaptations.json")


def _write_bundle(lessons_dir: Path, target: Path) -> None:
    from ..content.loader import load_library
    from .bundle import BUNDLE, write_bundle

    library = load_library(lessons_dir)
    if library.broken:
        problems = "\n".join(f"  {problem}" for problems in library.broken.values() for problem in problems)
        raise BuildError(f"some lessons have problems, so the web version was not built "
                         f"(`sango check` lists them too):\n{problems}")
    if not library.lessons:
        raise BuildError(f"no lessons found in {lessons_dir}")
    write_bundle(library.lessons, target / BUNDLE.relative_to(ROOT))


# ---- 2. the page: our template, its words, the icon ---------------------------------------------
PAGE_WORDS = {"loading": N_("Getting Sango ready…"), "play": "Play"}  # "Play" is the title screen's button


def page_words(locale_dir: Path) -> dict[str, dict[str, str]]:
    """The loading screen's words in every language, from the compiled catalogues."""
    import gettext

    words = {"en": dict(PAGE_WORDS)}
    for mo in sorted(Path(locale_dir).glob(f"*/LC_MESSAGES/{DOMAIN}.mo")):
        with open(mo, "rb") as catalogue:
            translations = gettext.GNUTranslations(catalogue)
        words[mo.parent.parent.name] = {key: translations.gettext(text) for key, text in PAGE_WORDS.items()}
    return words


def render_template(template: Path, target: Path, locale_dir: Path, package_index: str = "") -> Path:
    """Fill in Sango's own fields of the page template ({{sango.*}}); pygbag fills in the rest."""
    import json

    text = Path(template).read_text(encoding="utf-8")
    words = json.dumps(page_words(locale_dir), ensure_ascii=False).replace("<", "\\u003c")
    text = text.replace("{{sango.words}}", words).replace("{{sango.package_index}}", package_index)
    Path(target).write_text(text, encoding="utf-8")
    return Path(target)


def make_icon(path: Path, size: int = ICON_SIZE) -> Path:
    """A PNG of Sango waving, drawn by the game's own art code."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from ..art.sango_figure import draw_sango

    icon = pygame.Surface((size, size), pygame.SRCALPHA)
    draw_sango(icon, (size // 2, size // 2), size, "happy")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(icon, str(path))
    return path


# ---- 3. pygbag ----------------------------------------------------------------------------------
def pygbag_command(app: Path, template: Path, icon: Path, cdn: str | None = None) -> list[str]:
    command = [sys.executable, "-m", "pygbag", "--build", "--no_opt",
               "--template", str(template), "--icon", str(icon),
               "--title", "Sango", "--app_name", APP_NAME, "--ume_block", "1", "--can_close", "1"]
    if cdn:
        command += ["--cdn", cdn if cdn.endswith("/") else cdn + "/"]
    return command + [str(app)]


def build_web(out: Path = DEFAULT_OUT, cdn: str | None = DEFAULT_CDN, package_index: str = "",
              lessons_dir: Path = LESSONS, template: Path = TEMPLATE, timeout: float = 600,
              log=print) -> BuildResult:
    """Build the browser edition into `out` (build/web/). Raises BuildError with a clear message."""
    out = Path(out).resolve()
    work = out.parent / "web-src"
    app = work / APP_NAME
    page = work / "page"  # pygbag's working folder: our template and icon, nothing else
    if not Path(template).is_file():
        raise BuildError(f"the page template {template} is missing")
    for what, address in (("--cdn", cdn or ""), ("--package-index", package_index)):
        if any(ch in address for ch in "\"'<>\n "):
            raise BuildError(f"{what} {address!r}: a web address cannot contain spaces, quotes or < >")
    try:
        import pygbag  # noqa: F401 - only to say how to get it
    except ImportError:
        raise BuildError("pygbag is not installed: pip install -e '.[web]'") from None
    log(f"staging the game in {app}")
    stage(app, lessons_dir)
    if page.exists():
        shutil.rmtree(page)
    page.mkdir(parents=True)
    icon = make_icon(page / "favicon.png")
    render_template(template, page / "sango.tmpl", app / "locale", package_index)
    command = pygbag_command(app, page / "sango.tmpl", icon, cdn)
    log("running " + " ".join(command[1:]))
    try:
        done = subprocess.run(command, cwd=page, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        raise BuildError(f"pygbag did not finish in {timeout:.0f} s") from None
    built = app / "build" / "web"
    package = built / f"{APP_NAME}.apk"
    if done.returncode != 0 or not (built / "index.html").is_file() or not package.is_file():
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        raise BuildError(f"pygbag failed (exit code {done.returncode}):\n{tail}")
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(built, out)
    shutil.rmtree(app / "build", ignore_errors=True)  # pygbag's cache and output: staging stays clean
    package = out / package.name
    log(f"built {out / 'index.html'} and {package} ({package.stat().st_size / 1e6:.2f} MB)")
    return BuildResult(out=out, package=package, staging=app)


def main(out: str | None = None, cdn: str | None = None, package_index: str | None = None) -> int:
    """The command: 0 when built, 1 with a message otherwise."""
    try:
        build_web(Path(out) if out else DEFAULT_OUT, cdn, package_index or "")
    except BuildError as error:
        print(f"sango build-web: {error}", file=sys.stderr)
        return 1
    print(f"serve {out or 'build/web'} with any static web server, e.g.: "
          f"python -m http.server 9000 -d {out or 'build/web'}  (then open http://127.0.0.1:9000)")
    return 0
