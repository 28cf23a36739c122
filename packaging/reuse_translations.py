"""Carry translations over when a text moves to another class (context).

`pyside6-lupdate` keeps a translation only while its text stays in the same context; a
text moved from one class to another comes back "unfinished", and ``-no-obsolete`` drops
the old entry. `make translations` runs this with a copy of each .ts made before lupdate:
every unfinished message whose source text has exactly one translation in the old file
gets it. Nothing is invented: a text never translated stays unfinished.

Usage: python packaging/reuse_translations.py OLD.ts NEW.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path


def _key(message: ET.Element) -> tuple[str, str]:
    return (message.findtext("source") or "", message.findtext("comment") or "")


def known_translations(ts: Path) -> dict[tuple[str, str], str]:
    """Source text (and disambiguation) → its one finished translation in *ts*."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete"):
            continue
        if translation.text:
            seen[_key(message)].add(translation.text)
    return {key: next(iter(texts)) for key, texts in seen.items() if len(texts) == 1}


def reuse(old: Path, new: Path) -> int:
    """Fill *new*'s unfinished messages from *old*; returns how many were filled."""
    known = known_translations(old)
    tree = ET.parse(new)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        text = known.get(_key(message))
        if text is not None:
            translation.text = text
            del translation.attrib["type"]
            filled += 1
    if filled:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        new.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                       encoding="utf-8")
    return filled


if __name__ == "__main__":
    old_ts, new_ts = map(Path, sys.argv[1:3])
    print(f"{new_ts}: {reuse(old_ts, new_ts)} moved texts keep their translation")
