# The async entry point: `python main.py` on the desktop, and what pygbag runs in the browser.
import asyncio

from sango.cli import play

asyncio.run(play())
