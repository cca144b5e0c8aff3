"""Where the game's files are. All paths are relative to the project folder, with forward slashes."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LESSONS = ROOT / "lessons"
ASSETS = ROOT / "assets"
FONTS = ASSETS / "fonts"
LOCALE = ROOT / "locale"
DATA = Path(__file__).resolve().parent / "data"
