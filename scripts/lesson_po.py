"""Per-lesson translation files: make them for translators, or merge them into the catalogues.

    python scripts/lesson_po.py make fr lessons/8-12/yoko-class-chat.yaml -o OUT_DIR
        writes OUT_DIR/fr/yoko-class-chat.po with every string of that lesson (msgctxt, comments and
        any translation the catalogue already has)
    python scripts/lesson_po.py merge OUT_DIR
        copies every translated entry of OUT_DIR/<lang>/*.po into locale/<lang>/LC_MESSAGES/sango.po
        (run `pybabel update` first so the catalogue holds the new strings)

Useful when several people translate different lessons at the same time.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sango.content.loader import lesson_strings  # noqa: E402


def catalogue_path(lang: str) -> Path:
    return ROOT / "locale" / lang / "LC_MESSAGES" / "sango.po"


def make(lang: str, files: list[str], out: Path) -> None:
    known = {}
    if catalogue_path(lang).exists():
        with catalogue_path(lang).open("rb") as f:
            known = {(m.context, m.id): m.string for m in read_po(f) if m.id and m.string}
    for name in files:
        path = Path(name)
        target = out / lang / f"{path.stem}.po"
        existing = {}
        if target.exists():  # never lose work already done in the fragment
            with target.open("rb") as f:
                existing = {(m.context, m.id): m.string for m in read_po(f) if m.id and m.string}
        catalog = Catalog(locale=lang, project="Sango", fuzzy=False)
        for found in lesson_strings(path.read_bytes()):
            key = (found.text.msgctxt, found.text.msgid)
            catalog.add(found.text.msgid, existing.get(key) or known.get(key, ""), context=found.text.msgctxt,
                        locations=[(path.as_posix(), found.line)], auto_comments=list(found.comments))
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as f:
            write_po(f, catalog, width=0, omit_header=True)
        print(f"{target}: {len(catalog)} strings")


def merge(out: Path) -> None:
    for lang_dir in sorted(p for p in out.iterdir() if p.is_dir()):
        path = catalogue_path(lang_dir.name)
        with path.open("rb") as f:
            catalog = read_po(f, locale=lang_dir.name)
        filled = missing = 0
        for fragment in sorted(lang_dir.glob("*.po")):
            with fragment.open("rb") as f:
                for message in read_po(f, locale=lang_dir.name):
                    if not message.id or not message.string:
                        continue
                    target = catalog.get(message.id, context=message.context)
                    if target is None:
                        missing += 1
                        continue
                    target.string = message.string
                    target.flags.discard("fuzzy")
                    filled += 1
        with path.open("wb") as f:
            write_po(f, catalog, width=76)
        print(f"{path}: {filled} filled, {missing} not in the catalogue (refresh it with pybabel update)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    make_cmd = sub.add_parser("make")
    make_cmd.add_argument("lang")
    make_cmd.add_argument("files", nargs="+")
    make_cmd.add_argument("-o", "--out", type=Path, required=True)
    merge_cmd = sub.add_parser("merge")
    merge_cmd.add_argument("out", type=Path)
    args = parser.parse_args()
    if args.command == "make":
        make(args.lang, args.files, args.out)
    else:
        merge(args.out)


if __name__ == "__main__":
    main()
