"""How big the browser version is: the game's own package (build/web/sango.apk), part by part.

    python benchmarks/web_size.py            # build the web version first, then report
    python benchmarks/web_size.py --no-build # report on the existing build/web/sango.apk

A report, not a timing test. The budget is 6 MB for the package, with all six languages' fonts;
tests/test_web_build.py checks it. Download size is the package file as served; "unpacked" is what
the browser's memory holds once it is opened.
"""
from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "build" / "web" / "sango.apk"
BUDGET = 6_000_000  # bytes
PARTS = ("fonts", "sounds", "lesson bundle", "catalogues", "code", "other")


def part_of(name: str) -> str:
    """Which part of the game a file in the package belongs to."""
    path = name.removeprefix("assets/")
    if path.startswith("assets/fonts/"):
        return "fonts"
    if path.startswith("assets/sounds/"):
        return "sounds"
    if path == "lessons.json":
        return "lesson bundle"
    if path.startswith("locale/"):
        return "catalogues"
    if path.endswith(".py") or path.startswith("sango/"):
        return "code"
    return "other"


def measure(package: Path = PACKAGE) -> dict:
    """{"file": bytes, "parts": {part: {"files", "packed", "unpacked"}}} for a built package."""
    parts = {part: {"files": 0, "packed": 0, "unpacked": 0} for part in PARTS}
    with zipfile.ZipFile(package) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            part = parts[part_of(info.filename)]
            part["files"] += 1
            part["packed"] += info.compress_size
            part["unpacked"] += info.file_size
    return {"file": Path(package).stat().st_size, "parts": parts}


def report(sizes: dict) -> str:
    mb = lambda n: f"{n / 1e6:7.3f} MB"  # noqa: E731
    lines = [f"{'part':<14} {'files':>5} {'download':>11} {'unpacked':>11}"]
    for name, part in sizes["parts"].items():
        lines.append(f"{name:<14} {part['files']:>5} {mb(part['packed'])} {mb(part['unpacked'])}")
    total = sum(p["unpacked"] for p in sizes["parts"].values())
    lines.append(f"{'package':<14} {'':>5} {mb(sizes['file'])} {mb(total)}")
    verdict = "within" if sizes["file"] <= BUDGET else "OVER"
    lines.append(f"budget {BUDGET / 1e6:.0f} MB: {verdict} ({sizes['file'] / BUDGET:.0%} used)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="measure the existing build/web/sango.apk")
    parser.add_argument("--package", type=Path, default=PACKAGE, help="the package to measure")
    args = parser.parse_args(argv)
    if not args.no_build:
        sys.path.insert(0, str(ROOT))
        from sango.web.build import BuildError, build_web

        try:
            build_web(log=lambda message: None)
        except BuildError as error:
            print(f"web_size: {error}", file=sys.stderr)
            return 1
    if not args.package.is_file():
        print(f"web_size: {args.package} does not exist: build it with `sango build-web`", file=sys.stderr)
        return 1
    print(report(measure(args.package)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
