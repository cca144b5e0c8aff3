"""The `sango` command: play the game (default) or check lesson files."""
from __future__ import annotations

import argparse
import asyncio
import os
import sys

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")



def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("size looks like 1280x720") from None
    if w < 320 or h < 240:
        raise argparse.ArgumentTypeError("the window must be at least 320x240")
    return w, h


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sango", description="Sango: stay safe, and have fun online!")
    parser.add_argument("--fullscreen", action="store_true", help="start in full screen (F11 toggles)")
    parser.add_argument("--size", type=parse_size, default=(1280, 720), help="window size, e.g. 1920x1080")
    parser.add_argument("--lang", help="start in this language (en, fr, es, ru, ar, zh)")
    parser.add_argument("--lesson", help="open this lesson straight away (F5 reloads lessons and translations)")
    parser.add_argument("--step", help="with --lesson: start at this step")
    parser.add_argument("--classroom", action="store_true",
                        help="open classroom mode (for teachers; a grown-ups' check comes first)")
    parser.add_argument("--band", choices=["5-7", "8-12", "13+"], help="with --classroom: the age band to start with")
    sub = parser.add_subparsers(dest="command")
    check = sub.add_parser("check", help="check lesson files and list every problem")
    check.add_argument("paths", nargs="*", help="lesson files or folders (default: the lessons folder)")
    sub.add_parser("play", help="play the game (the default)")
    sub.add_parser("report", help="curriculum report: lessons per band and topic, key messages, quiz "
                                  "questions and reading level")
    web = sub.add_parser("build-web", help="build the browser version into build/web/ (needs pygbag: "
                                           "pip install -e '.[web]')")
    web.add_argument("--out", help="output folder (default: build/web)")
    web.add_argument("--cdn", help="where browsers load pygbag's Python runtime from (default: pygbag's "
                                   "public address); a school can host those files itself")
    web.add_argument("--package-index", help="where browsers load wheels such as pygame-ce from "
                                             "(default: pygbag's public index)")
    i18n = sub.add_parser("i18n", help="translation tools")
    i18n.add_argument("action", choices=["check", "pseudo"],
                      help="check: complete, correct and fitting in every language; "
                           "pseudo: write the en_XA and ar_XB pseudo-languages")
    return parser


async def play(options=None) -> None:
    from .app import Game, Options

    game = Game(options or Options())
    await game.run()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "check":
        from .cli_check import run_check

        return run_check(args.paths)
    if args.command == "report":
        from .report import run_report

        return run_report()
    if args.command == "build-web":
        from .web.build import main as build_web

        return build_web(args.out, args.cdn, args.package_index)
    if args.command == "i18n":
        if args.action == "pseudo":
            from .pseudo import write_pseudo_locales

            for path in write_pseudo_locales():
                print(f"wrote {path}")
            return 0
        from .i18n_check import run_i18n_check

        return run_i18n_check()
    from .app import Options

    asyncio.run(play(Options(size=args.size, fullscreen=args.fullscreen, language=args.lang, lesson=args.lesson,
                             step=args.step, classroom=args.classroom, band=args.band)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
