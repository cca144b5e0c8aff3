"""Regenerate the font subsets bundled in assets/fonts/ (and assets/fonts/OFL.txt) from Debian's fonts.

    python scripts/make_fonts.py

Each face in FACES is one entry: the source font file, the name of the subset to write and the Unicode
ranges to keep (plus, optionally, the Debian package that provides the source and a new family name).
To add a face, add one entry. Optional fields: `index` (and `source_name`, to check it) for a face of a
.ttc collection; `chars_from_po` to keep every character a translation uses; `merge_with` and
`merge_ranges` to merge glyphs of a second font in (Noto Sans Arabic has no Latin letters, so the
Latin of Noto Sans is merged into "Sango Arabic"); `margin` and `budget` for extra characters kept
only while the file stays under a size.

Needs fontTools, a dev dependency: `pip install -e '.[dev]'`. If a source font is missing, the script
installs its Debian package when run as root on Debian, and otherwise prints the command to run.

Andika's licence (SIL OFL 1.1) reserves the names "Andika" and "SIL": a subset is a Modified Version
(OFL-FAQ 2.6), so it may not be called Andika. Our subsets are renamed "Sango Reader", inside the font
and in the file name; the copyright, licence and trademark records in the font are kept. The Noto fonts
(OFL 1.1, no Reserved Font Names) are renamed "Sango Arabic" and "Sango SC" for clarity.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "assets" / "fonts"

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

ARABIC: Ranges = (
    (0x0020, 0x0020), (0x00A0, 0x00A0),  # spaces, in the Arabic design
    (0x0600, 0x06FF),  # Arabic
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
    (0x200B, 0x200F),  # zero width space, non-joiner, joiner, left-to-right and right-to-left marks
    (0x25CC, 0x25CC),  # dotted circle, which HarfBuzz draws under a stray combining mark
)
# Merged into the Arabic font from Noto Sans, for app names, Latin nicknames, digits and punctuation.
# Characters the Arabic subset already has (space, no-break space, the marks above) keep the Arabic glyph.
LATIN_FOR_ARABIC: Ranges = LATIN + PUNCTUATION + ((0x2212, 0x2212),)

CJK_PUNCTUATION: Ranges = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00A0), (0x00B7, 0x00B7), (0x00D7, 0x00D7),  # no-break space, middle dot, ×
    (0x2010, 0x2027),  # dashes, quotes, ellipsis
    (0x3000, 0x303F),  # CJK symbols and punctuation: 、。「」《》...
    (0xFF00, 0xFFEF),  # full-width forms: ！（），：；？...
)


def gb2312_level1() -> Ranges:
    """The 3,755 most common Simplified Chinese characters: GB2312 level 1, rows 16-55 (0xB0A1-0xD7F9),
    decoded with Python's codec (no download)."""
    found = []
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                found.append(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass  # 0xD7FA-0xD7FE are unassigned
    return chars("".join(found))


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
    source_name: str = ""  # the source face's full name must contain this (checks `index` in a .ttc)
    chars_from_po: str = ""  # also keep every character of this catalogue's translations (from ROOT)
    merge_with: str = ""  # a second font (same units per em) whose glyphs for `merge_ranges` are merged in
    merge_ranges: Ranges = ()  # characters taken from `merge_with` when the subset of `source` lacks them
    margin: Ranges = ()  # extra characters kept only if the file stays within `budget` bytes
    budget: int = 0

    @property
    def sources(self) -> tuple[str, ...]:
        return (self.source, self.merge_with) if self.merge_with else (self.source,)


ANDIKA = "/usr/share/fonts/truetype/andika/"
ANDIKA_LICENCE = "/usr/share/doc/fonts-sil-andika/copyright"
NOTO = "/usr/share/fonts/truetype/noto/"
NOTO_LICENCE = "/usr/share/doc/fonts-noto-core/copyright"
NOTO_CJK = "/usr/share/fonts/opentype/noto/"
NOTO_CJK_LICENCE = "/usr/share/doc/fonts-noto-cjk/copyright"
ZH_PO = "locale/zh/LC_MESSAGES/sango.po"
# GB2312 level 1 makes each SC face about 1.8 MB; both together must stay under 2.5 MB, so it is only
# kept if a face stays under half of that (otherwise: the characters of the translation only).
SC_BUDGET = 1_250_000

FACES = [
    Face(ANDIKA + "Andika-Regular.ttf", "SangoReader-Regular.ttf", UI_LATIN_CYRILLIC, "fonts-sil-andika",
         ANDIKA_LICENCE, family="Sango Reader", style="Regular"),
    Face(ANDIKA + "Andika-Bold.ttf", "SangoReader-Bold.ttf", UI_LATIN_CYRILLIC, "fonts-sil-andika",
         ANDIKA_LICENCE, family="Sango Reader", style="Bold"),
    Face(NOTO + "NotoSansArabic-Regular.ttf", "SangoArabic-Regular.ttf", ARABIC, "fonts-noto-core",
         NOTO_LICENCE, family="Sango Arabic", style="Regular", hinting=False, report="",
         merge_with=NOTO + "NotoSans-Regular.ttf", merge_ranges=LATIN_FOR_ARABIC),
    Face(NOTO + "NotoSansArabic-Bold.ttf", "SangoArabic-Bold.ttf", ARABIC, "fonts-noto-core",
         NOTO_LICENCE, family="Sango Arabic", style="Bold", hinting=False, report="",
         merge_with=NOTO + "NotoSans-Bold.ttf", merge_ranges=LATIN_FOR_ARABIC),
    Face(NOTO_CJK + "NotoSansCJK-Regular.ttc", "SangoSC-Regular.otf", CJK_PUNCTUATION, "fonts-noto-cjk",
         NOTO_CJK_LICENCE, family="Sango SC", style="Regular", index=2, source_name="Noto Sans CJK SC",
         report="", chars_from_po=ZH_PO, margin=gb2312_level1(), budget=SC_BUDGET),
    Face(NOTO_CJK + "NotoSansCJK-Bold.ttc", "SangoSC-Bold.otf", CJK_PUNCTUATION, "fonts-noto-cjk",
         NOTO_CJK_LICENCE, family="Sango SC", style="Bold", index=2, source_name="Noto Sans CJK SC",
         report="", chars_from_po=ZH_PO, margin=gb2312_level1(), budget=SC_BUDGET),
]


# --- steps ----------------------------------------------------------------------------------------
def ensure_sources(faces: list[Face]) -> None:
    """Install the Debian packages of missing source fonts (as root on Debian), or say how to."""
    missing = sorted({f.package for f in faces for s in f.sources if not Path(s).exists() and f.package})
    unknown = [s for f in faces for s in f.sources if not Path(s).exists() and not f.package]
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
    still = [s for f in faces for s in f.sources if not Path(s).exists()]
    if still:
        sys.exit(f"the packages were installed but these files are still missing: {', '.join(still)}")


def po_characters(path: str) -> str:
    """Every character of the translations (msgstr) in a .po catalogue, sorted."""
    from babel.messages.pofile import read_po

    with open(ROOT / path, "rb") as source:
        catalog = read_po(source)
    found: set[str] = set()
    for message in catalog:
        strings = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
        found.update("".join(s for s in strings if s))
    return "".join(sorted(found - {"\n", "\t", "\r"}))


def subset_font(source: str, index: int, unicodes: set[int], hinting: bool, name: str = ""):
    """A fontTools subset of one face of `source`, with every OpenType feature kept."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(source, fontNumber=index, recalcTimestamp=False)  # reproducible output
    if name and name not in (font["name"].getDebugName(4) or ""):
        sys.exit(f"face {index} of {source} is {font['name'].getDebugName(4)!r}, not {name!r}")
    options = subset.Options()
    options.layout_features = ["*"]  # keep every OpenType feature (kerning, marks, joining forms...)
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True  # a missing character shows as a box, not as nothing
    options.hinting = hinting
    options.drop_tables = [*options.drop_tables, "Silt"]  # SIL's TypeTuner table, unused by HarfBuzz
    subsetter = subset.Subsetter(options)
    cmap = font.getBestCmap()
    subsetter.populate(unicodes=sorted(c for c in unicodes if c in cmap))
    subsetter.subset(font)
    return font


def merge(first, second):
    """One font holding the glyphs of both subsets (the first wins for a character both have)."""
    from fontTools.merge import Merger

    if first["head"].unitsPerEm != second["head"].unitsPerEm:
        sys.exit("fonts to merge need the same units per em")
    with tempfile.TemporaryDirectory() as tmp:
        paths = [str(Path(tmp) / f"{n}.ttf") for n in (1, 2)]
        for font, path in zip((first, second), paths):
            font.save(path)
        merged = Merger().merge(paths)
    # the Merger dates the font now: keep the dates of the first source, for reproducible output
    merged["head"].created, merged["head"].modified = first["head"].created, first["head"].modified
    merged.recalcTimestamp = False
    return merged


def build(face: Face, unicodes: set[int]):
    font = subset_font(face.source, face.index, unicodes, face.hinting, face.source_name)
    if face.merge_with:
        have = set(font.getBestCmap())
        extra = {c for lo, hi in face.merge_ranges for c in range(lo, hi + 1)} - have
        font = merge(font, subset_font(face.merge_with, 0, extra, face.hinting))
    if face.family:
        rename(font, face)
    return font


def make_subset(face: Face) -> tuple[Path, str]:
    """Write the subset; return its path and the reported characters (and used characters) it lacks."""
    unicodes = {c for lo, hi in face.ranges for c in range(lo, hi + 1)}
    used = po_characters(face.chars_from_po) if face.chars_from_po else ""
    unicodes |= {ord(c) for c in used}
    target = FONTS / face.output
    margin = {c for lo, hi in face.margin for c in range(lo, hi + 1)} - unicodes
    font = None
    if margin:
        font = build(face, unicodes | margin)
        font.save(str(target))
        if face.budget and target.stat().st_size > face.budget:
            print(f"  {face.output}: {target.stat().st_size:,} bytes with the margin, over the budget of "
                  f"{face.budget:,}: keeping only the characters used", flush=True)
            font = None
    if font is None:
        font = build(face, unicodes)
        font.save(str(target))
    cmap = font.getBestCmap()
    absent = "".join(c for c in face.report + used if ord(c) not in cmap and c not in "\n\t")
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
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        for key, value in (("FamilyName", face.family), ("FullName", f"{face.family} {face.style}")):
            if hasattr(top, key):
                setattr(top, key, value)


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


def source_names(face: Face) -> list[tuple[str, str]]:
    """(family name, copyright notice) of each source font of a face, from its name table."""
    from fontTools.ttLib import TTFont

    found = []
    for source, index in ((face.source, face.index), (face.merge_with, 0)):
        if source:
            names = TTFont(source, fontNumber=index, lazy=True)["name"]
            family = names.getDebugName(16) or names.getDebugName(1) or Path(source).stem
            found.append((family, (names.getDebugName(0) or "").strip()))
    return found


def write_licence(faces: list[Face]) -> Path:
    """assets/fonts/OFL.txt: a heading per font family, which files are Modified Versions of which
    font, the copyright notices, then the licence."""
    by_licence: dict[str, list[Face]] = {}
    for face in faces:
        by_licence.setdefault(face.licence, []).append(face)
    parts = []
    for path, group in by_licence.items():
        licence = licence_text(path)
        names = list(dict.fromkeys(n for f in group for n in source_names(f)))
        originals = list(dict.fromkeys(family for family, _ in names))
        families = list(dict.fromkeys(f.family for f in group if f.family))
        heading = f"{', '.join(families) or ', '.join(originals)}: from {' and '.join(originals)}"
        files = ", ".join(f.output for f in group)
        sources = ", ".join(dict.fromkeys(Path(s).name for f in group for s in f.sources))
        packages = ", ".join(sorted({f.package for f in group if f.package}))
        note = f"{files}: subsets (Modified Versions) of {sources}"
        note += f", from the Debian package {packages}." if packages else "."
        if any(f.merge_with for f in group):
            note += " The glyphs of the two fonts of each weight are merged into one file."
        reserved = re.search(r'with Reserved Font Names? "', licence)
        if families and reserved:
            note += (f' Renamed "{families[0]}" because the original font names are Reserved Font'
                     " Names; the original copyright and licence follow.")
        elif families:
            note += (f' Named "{families[0]}" for clarity (this licence reserves no font name);'
                     " the original copyright and licence follow.")
        header = f"{heading}\n{'-' * len(heading)}\n\n{note}\n\n"
        if not re.search(r"^(This Font Software is )?Copyright (\(c\)|©|\d)", licence, re.MULTILINE):
            notices = list(dict.fromkeys(c for _, c in names if c))
            header += "\n".join(notices) + "\n\n"
            header += "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n\n"
        parts.append(header + licence)
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
        sources = " + ".join(face.sources) + (f" (face {face.index})" if face.index else "")
        print(f"{target.relative_to(ROOT)}: {target.stat().st_size:,} bytes from {sources}")
        if absent:
            print(f"  not in the font (draw these as shapes, or fix the source): {' '.join(absent)}")
    print(f"{write_licence(FACES).relative_to(FONTS.parent.parent)} written")


if __name__ == "__main__":
    main()
