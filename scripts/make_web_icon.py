"""Draw the browser page's icon from the game's own Sango drawing (sango/art/sango_figure.py).

    python scripts/make_web_icon.py [OUT.png] [--size 192]

`sango build-web` draws it by itself at build time; this script is for looking at it, or for using
it elsewhere (a school's web page, a shortcut).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sango.web.build import ICON_SIZE, make_icon  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Draw Sango's web icon as a PNG.")
    parser.add_argument("out", nargs="?", default=str(ROOT / "build" / "favicon.png"), help="where to write it")
    parser.add_argument("--size", type=int, default=ICON_SIZE, help=f"width and height in pixels (default {ICON_SIZE})")
    args = parser.parse_args(argv)
    if not 16 <= args.size <= 1024:
        parser.error("--size must be between 16 and 1024")
    print(f"wrote {make_icon(Path(args.out), args.size)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
