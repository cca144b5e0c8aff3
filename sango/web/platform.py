"""Where the game meets the browser: detection, the page's `window`, its language and storage.

In the browser pygbag provides a `platform` module whose `window` is the page's JavaScript
`window`; `sys.platform` is "emscripten". Tests pretend to be a browser with `pretend_browser(fake)`,
where `fake` has the few attributes used here (`localStorage`, `navigator.language`).
"""
from __future__ import annotations

import sys
from typing import Any

from ..i18n import _
from ..save.storage import LocalStorage, MemoryStorage, Storage

_pretend: Any = None  # a stand-in for `platform.window` (tests)


def pretend_browser(window: Any) -> None:
    """Run the browser code paths on the desktop, with `window` as the page (None: stop pretending)."""
    global _pretend
    _pretend = window


def in_browser() -> bool:
    return _pretend is not None or sys.platform == "emscripten"


def window() -> Any:
    """The page's `window` (pygbag's `platform.window`)."""
    if _pretend is not None:
        return _pretend
    import platform  # pygbag's: in the browser it carries the page's window

    return platform.window


def browser_language() -> str | None:
    """The browser's language tag, e.g. "fr-FR" or "zh-CN"; None if the page does not say."""
    try:
        tag = window().navigator.language
    except Exception:  # noqa: BLE001 - any failure of the JavaScript bridge means "not known"
        return None
    return str(tag) if tag else None



def open_storage() -> tuple[Storage, list[str]]:
    """The page's localStorage, and notices for the player.

    When the browser blocks storage (private mode, school policy: any access throws), progress is
    kept in memory for this visit only, and the player is told so; play goes on either way.
    """
    try:
        storage = LocalStorage(window().localStorage)
        storage.exists("progress")  # a blocked storage throws here, not later in the middle of play
        return storage, []
    except Exception:  # noqa: BLE001 - StorageError, or whatever the JavaScript bridge raises
        return MemoryStorage(), [_("This browser doesn't let Sango remember your progress, so it will be "
                                   "forgotten when you close the page. You can still play!")]
