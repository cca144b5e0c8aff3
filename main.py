# The async entry point: `python main.py` on the desktop, and what pygbag runs in the browser.
#
# In the browser, pygbag reads this file's imports (and only this file's) to fetch packages from its
# package index before the game starts. Its index is keyed by import name, so the packages the game
# needs there are named here as imports; on the desktop they are installed with the game.
# Nothing may follow asyncio.run(): in the browser it returns at once and the loop runs on its own.
import asyncio
import sys

if sys.platform == "emscripten":
    import pygame  # noqa: F401 - pygame-ce's WebAssembly build
    import bidi.algorithm  # noqa: F401 - python-bidi 0.4.2 (pure Python), for Arabic lines

from sango.cli import play

asyncio.run(play())
