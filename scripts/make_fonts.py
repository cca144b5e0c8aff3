"""Regenerate the font subsets bundled in assets/fonts/ (and assets/fonts/OFL.txt) from Debian's fonts.

    python scripts/make_fonts.py

Each face in FACES is one entry: the source font file, the name of the subset to write and the Unicode
ranges to keep (plus, optionally, the Debian package that provides the source and a new family name).
To add a face (e.g. Noto Sans Arabic, Noto Sans SC), add one entry; for a .ttc collection set `index`.

Needs fontTools, a dev dependency: `pip install -e '.[dev]'`. If a source font is missing, the script
installs its Debian package when run as root on Debian, and otherwise prints the command to run.

Andika's licence (SIL OFL 1.1) reserves the names "Andika" and "SIL": a subset is a Modified Version
(OFL-FAQ 2.6), so it may not be called Andika. Our subsets are renamed "Sango Reader", inside the font
and in the file name; the copyright, licence and trademark records in the font are kept.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

FONTS = Path(__file__).resolve().parent.parent / "assets" / "fonts"

# --- character sets -------------------------------------------------------------------------------
Ranges = tuple[tuple[int, int], ...]


def chars(text: str) -> Ranges:
    """Single characters as ranges."""
    return tuple((ord(c), ord(c)) for c in text)


LATIN: Ranges = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement: French, Spanish, German, Portuguese... letters, « » ¿ ¡
    (0x0100, 0x017F),  # Latin Extended-A: Polish, Czech, Turkish, Hungarian, Baltic... letters
) + chars(
    # Latin Extended-B, only what living languages we may meet need:
    "ƏəƐɛƆɔƁɓƊɗƘƙƳƴƝɲŊŋ"  # pan-African alphabets (Hausa, Twi, Wolof, Lingala...), Azerbaijani
    "ƠơƯư"  # Vietnamese
    "ǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜ"  # Pinyin tone marks
    "ȘșȚț"  # Romanian
    "ǅǆǈǉǋǌ"  # Croatian digraphs
    "ʼˆˇ˘˙˚˛˜˝"  # modifier apostrophe (Ukrainian, Hausa), spacing accents
) + (
    (0x0300, 0x030C),  # common combining accents, so text in decomposed (NFD) form still renders
    (0x0323, 0x0328),  # combining dot below, cedilla, ogonek
)
CYRILLIC: Ranges = (
    (0x0400, 0x045F),  # Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian
    (0x0490, 0x0491),  # Ukrainian Ґ ґ
)
PUNCTUATION: Ranges = (
    (0x2000, 0x2044),  # spaces (incl. U+202F used by French), dashes, quotes, bullet, ellipsis, ‹ ›
    (0x2060, 0x2060),  # word joiner
    (0x20A0, 0x20BF),  # currency signs (€ ₹ ₽ ₦ ₵ ...)
    (0x2116, 0x2116),  # № (Russian)
    (0x2122, 0x2122),  # ™
)
# Symbols the UI may want. Andika 6.101 has → ← ↑ ↓ ✓ × (U+00D7); the rest are listed so that the
# script reports them as missing: the UI must draw those as shapes.
SYMBOLS_WANTED = "→←↑↓↔✓✔✗✘✕×★☆♥●○■□▶◀⚠☎"
SYMBOLS: Ranges = chars(SYMBOLS_WANTED) + (
    (0x2190, 0x2199),  # arrows
    (0x21D0, 0x21D5),  # double arrows
    (0x2212, 0x2212),  # minus
    (0x2260, 0x2265),  # ≠ ≤ ≥
    (0x25CC, 0x25CC),  # dotted circle, which HarfBuzz draws under a stray combining mark
)
UI_LATIN_CYRILLIC: Ranges = LATIN + CYRILLIC + PUNCTUATION + SYMBOLS


# --- faces ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Face:
    source: str  # the original font file
    output: str  # file written to assets/fonts/
    ranges: Ranges  # Unicode ranges (first, last) to keep; characters the source lacks are skipped
    package: str = ""  # Debian package that provides `source`
    licence: str = ""  # file holding the copyright line and licence text (Debian copyright file)
    family: str = ""  # new family name, when the licence reserves the original one; "" keeps it
    style: str = "Regular"
    index: int = 0  # face number inside a .ttc collection
    hinting: bool = True  # Andika's hints visibly sharpen small sizes in SDL_ttf: keep them
    report: str = field(default=SYMBOLS_WANTED)  # characters to report when the source lacks them


ANDIKA = "/usr/share/fonts/truetype/andika/"
ANDIKA_LICENCE = "/usr/share/doc/fonts-sil-andika/copyright"

FACES = [
    Face(ANDIKA + "Andika-Regular.ttf", "SangoReader-Regular.ttf", UI_LATIN_CYRILLIC, "fonts-sil-andika",
         ANDIKA_LICENCE, family="Sango Reader", style="Regular"),
    Face(ANDIKA + "Andika-Bold.ttf", "SangoReader-Bold.ttf", UI_LATIN_CYRILLIC, "fonts-sil-andika",
         ANDIKA_LICENCE, family="Sango Reader", style="Bold"),
]


# --- steps ----------------------------------------------------------------------------------------
def ensure_sources(faces: list[Face]) -> None:
    """Install the Debian packages of missing source fonts (as root on Debian), or say how to."""
    missing = sorted({f.package for f in faces if not Path(f.source).exists() and f.package})
    unknown = [f.source for f in faces if not Path(f.source).exists() and not f.package]
    if unknown:
        sys.exit(f"missing source fonts, and no package known for them: {', '.join(unknown)}")
    if not missing:
        return
    install = ["apt-get", "install", "-y", *missing]
    can_install = os.name == "posix" and os.geteuid() == 0 and shutil.which("apt-get")
    if not can_install or not Path("/etc/debian_version").exists():
        sys.exit(f"missing source fonts: run `sudo {' '.join(install)}` and then this script again")
    print("running:", " ".join(install), flush=True)
    if subprocess.run(install).returncode != 0:
        print("running: apt-get update, then again:", " ".join(install), flush=True)
        subprocess.run(["apt-get", "update"], check=True)
        subprocess.run(install, check=True)
    still = [f.source for f in faces if not Path(f.source).exists()]
    if still:
        sys.exit(f"the packages were installed but these files are still missing: {', '.join(still)}")


def make_subset(face: Face) -> tuple[Path, str]:
    """Write the subset; return its path and the reported characters that the source lacks."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(face.source, fontNumber=face.index, recalcTimestamp=False)  # reproducible output
    cmap = font.getBestCmap()
    absent = "".join(c for c in face.report if ord(c) not in cmap)
    options = subset.Options()
    options.layout_features = ["*"]  # keep every OpenType feature (kerning, marks, alternates...)
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True  # a missing character shows as a box, not as nothing
    options.hinting = face.hinting
    options.drop_tables = [*options.drop_tables, "Silt"]  # SIL's TypeTuner table, unused by HarfBuzz
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for lo, hi in face.ranges for c in range(lo, hi + 1)])
    subsetter.subset(font)
    if face.family:
        rename(font, face)
    target = FONTS / face.output
    font.save(str(target))
    return target, absent


def rename(font, face: Face) -> None:
    """Give the subset its own family name; keep copyright, trademark, licence and designer records."""
    names = font["name"]
    postscript = f"{face.family.replace(' ', '')}-{face.style.replace(' ', '')}"
    new = {1: face.family, 2: face.style, 3: f"{postscript};sango-subset", 4: f"{face.family} {face.style}",
           6: postscript, 16: face.family, 17: face.style}
    for record in list(names.names):
        if record.nameID in new:
            names.setName(new[record.nameID], record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (18, 21, 22, 25):  # other records that carry the reserved name
            names.removeNames(nameID=record.nameID)
    if "CFF " in font:
        font["CFF "].cff.fontNames = [postscript]


def licence_text(path: str) -> str:
    """The copyright line(s) and full licence from a Debian machine-readable copyright file
    (its stand-alone `License:` paragraph), or the whole file if it is a plain OFL.txt."""
    text = Path(path).read_text(encoding="utf-8")
    if not text.startswith("Format:"):
        return text.strip() + "\n"
    for paragraph in re.split(r"\n\s*\n", text):
        lines = paragraph.splitlines()
        if lines and lines[0].startswith("License:") and len(lines) > 5:
            body = [line[1:] if line.startswith(" ") else line for line in lines[1:]]
            return "\n".join("" if line == "." else line for line in body).strip() + "\n"
    raise SystemExit(f"no licence text found in {path}")


def write_licence(faces: list[Face]) -> Path:
    """assets/fonts/OFL.txt: which files are Modified Versions of which font, then each licence."""
    by_licence: dict[str, list[Face]] = {}
    for face in faces:
        by_licence.setdefault(face.licence, []).append(face)
    parts = []
    for path, group in by_licence.items():
        files = ", ".join(f.output for f in group)
        sources = ", ".join(Path(f.source).name for f in group)
        packages = ", ".join(sorted({f.package for f in group if f.package}))
        renamed = [f for f in group if f.family]
        note = f"{files}: subsets (Modified Versions) of {sources}"
        note += f", from the Debian package {packages}." if packages else "."
        if renamed:
            note += (f' Renamed "{renamed[0].family}" because the original font names are Reserved Font'
                     " Names; the original copyright and licence follow.")
        parts.append(note + "\n\n" + licence_text(path))
    target = FONTS / "OFL.txt"
    target.write_text(("\n" + "=" * 75 + "\n\n").join(parts), encoding="utf-8")
    return target


def main() -> None:
    try:
        import fontTools  # noqa: F401
    except ImportError:
        sys.exit("fontTools is missing: run `pip install -e '.[dev]'` (or `pip install fonttools`)")
    ensure_sources(FACES)
    FONTS.mkdir(parents=True, exist_ok=True)
    for face in FACES:
        target, absent = make_subset(face)
        print(f"{target.relative_to(FONTS.parent.parent)}: {target.stat().st_size:,} bytes from {face.source}")
        if absent:
            print(f"  not in the font (draw these as shapes): {' '.join(absent)}")
    print(f"{write_licence(FACES).relative_to(FONTS.parent.parent)} written")


if __name__ == "__main__":
    main()
