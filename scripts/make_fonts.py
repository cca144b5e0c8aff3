"""Regenerate the font subsets bundled in assets/fonts/ from Debian's font packages.

    python scripts/make_fonts.py

Each face in FACES is one entry: where the source font is, which Debian package has it, what to call
the subset and which characters to keep. Needs fontTools (`pip install -e '.[dev]'`); installs the
Debian font packages itself when run as root.

Andika's licence reserves the names "Andika" and "SIL" for unmodified fonts, and a subset is a
modified version, so our subsets are renamed ("Sango Reader") as the SIL Open Font License requires.
"""
from __future__ import annotations

import gzip
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "assets" / "fonts"

LATIN_AND_CYRILLIC = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement: French, Spanish, German letters, « » ¿ ¡
    (0x0100, 0x017F),  # Latin Extended-A
    (0x0180, 0x024F),  # Latin Extended-B
    (0x0300, 0x036F),  # combining accents
    (0x0400, 0x045F),  # Cyrillic: Russian and neighbours
    (0x2010, 0x2027),  # dashes, quotes, bullet, ellipsis
    (0x2030, 0x203A),  # per mille, single guillemets
    (0x20AC, 0x20AC),  # euro
    (0x2190, 0x2193),  # arrows
]


@dataclass(frozen=True)
class Face:
    source: str
    package: str
    output: str
    family: str
    style: str
    ranges: list[tuple[int, int]]
    licence: str  # the Debian copyright file that holds the licence text


FACES = [
    Face("/usr/share/fonts/truetype/andika/Andika-Regular.ttf", "fonts-sil-andika", "SangoReader-Regular.ttf",
         "Sango Reader", "Regular", LATIN_AND_CYRILLIC, "/usr/share/doc/fonts-sil-andika/copyright"),
    Face("/usr/share/fonts/truetype/andika/Andika-Bold.ttf", "fonts-sil-andika", "SangoReader-Bold.ttf",
         "Sango Reader", "Bold", LATIN_AND_CYRILLIC, "/usr/share/doc/fonts-sil-andika/copyright"),
]


def ensure_packages(faces: list[Face]) -> None:
    missing = sorted({f.package for f in faces if not Path(f.source).exists()})
    if not missing:
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("installing", " ".join(missing))
        subprocess.run(["apt-get", "install", "-y", *missing], check=True)
    else:
        raise SystemExit(f"missing source fonts: run `apt-get install {' '.join(missing)}` and try again")


def make_subset(face: Face) -> Path:
    font = TTFont(face.source)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for lo, hi in face.ranges for c in range(lo, hi + 1)])
    subsetter.subset(font)
    rename(font, face)
    target = FONTS / face.output
    font.save(str(target))
    return target


def rename(font: TTFont, face: Face) -> None:
    """Give the subset its own name, keeping the original copyright and licence records."""
    names = font["name"]
    postscript = f"{face.family.replace(' ', '')}-{face.style}"
    new = {1: face.family, 2: face.style, 3: f"{postscript};sango-subset", 4: f"{face.family} {face.style}",
           6: postscript, 16: face.family, 17: face.style}
    for record in list(names.names):
        if record.nameID in new:
            names.setName(new[record.nameID], record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (18, 21, 22, 25):
            names.removeNames(nameID=record.nameID)


def write_licence(faces: list[Face]) -> None:
    """The OFL text and copyright lines, taken from the packages' own copyright files."""
    texts = []
    for path in sorted({f.licence for f in faces}):
        raw = Path(path).read_bytes()
        text = gzip.decompress(raw).decode() if raw[:2] == b"\x1f\x8b" else raw.decode()
        texts.append(text)
    (FONTS / "OFL.txt").write_text("\n\n".join(texts))


def main() -> None:
    ensure_packages(FACES)
    FONTS.mkdir(parents=True, exist_ok=True)
    for face in FACES:
        target = make_subset(face)
        print(f"{target.relative_to(FONTS.parent.parent)}: {target.stat().st_size // 1024} KB from {face.source}")
    write_licence(FACES)
    print("assets/fonts/OFL.txt written")


if __name__ == "__main__":
    main()
