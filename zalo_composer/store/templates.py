"""The template library on disk: folders of ``*.zalo.json`` drafts, scanned into small
entries (name, note, first line, buttons, modified, who saved), an index cache so that a
rescan of an unchanged folder only stats its files, and the user's favourites, recent use
and extra folders in one small JSON file.

A folder that cannot be listed (an unplugged drive, a network share that is gone) is
*offline*, one fact for the folder; a file that cannot be read as a draft is an entry with
the reason (`TemplateEntry.error`), listed with the others.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import stat
import sys
import time
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from ..domain.draft import DRAFT_SUFFIX
from ..domain.errors import ZaloComposerError
from .files import atomic_write_text, read_draft
from .paths import HOME_ENV, cache_dir, config_dir

STATE_FILE = "templates.json"
INDEX_FILE = "templates-index.json"
INDEX_VERSION = 1
RECENT_MAX = 200
FIRST_LINE_MAX = 120


def default_library_folder() -> Path:
    """The user's own templates folder (made when missing): ``templates`` under
    ``ZALO_COMPOSER_HOME`` when it is set, else "Zalo Composer templates" in Documents."""
    home = os.environ.get(HOME_ENV)
    if home:
        folder = Path(home).expanduser() / "templates"
    else:
        folder = platformdirs.user_documents_path() / "Zalo Composer templates"
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def template_name(path: Path | str) -> str:
    """A template's name: its file name without ``.zalo.json``."""
    name = Path(path).name
    return name[: -len(DRAFT_SUFFIX)] if name.endswith(DRAFT_SUFFIX) else name


@dataclass(frozen=True)
class TemplateEntry:
    """One ``*.zalo.json`` file of a library folder, as listed."""

    path: str
    """The file's absolute path."""
    folder: str
    """The library folder it was found in."""
    name: str
    """The file name without ``.zalo.json``."""
    mtime_ns: int
    """Last modification, in nanoseconds since the epoch."""
    size: int
    """Bytes on disk."""
    note: str = ""
    """The draft's note."""
    text: str = ""
    """The message text (searched; the list shows its first line)."""
    button_titles: tuple[str, ...] = ()
    """The buttons' titles, in order."""
    saved_by: str = ""
    """Who last wrote the file (its owner: atomic saves make a new file), when known."""
    error: str | None = None
    """Why the file is broken (cannot be read as a draft); None when it is fine."""

    @property
    def first_line(self) -> str:
        """The first non-empty line of the text, shortened."""
        for line in self.text.splitlines():
            if line.strip():
                line = line.strip()
                return line if len(line) <= FIRST_LINE_MAX else line[: FIRST_LINE_MAX - 1] + "…"
        return ""

    @property
    def modified(self) -> float:
        """Last modification, in seconds since the epoch."""
        return self.mtime_ns / 1e9


@dataclass(frozen=True)
class FolderScan:
    """What one scan of a library folder found."""

    folder: str
    entries: tuple[TemplateEntry, ...] = ()
    offline: str | None = None
    """Why the folder could not be listed (missing, not a folder, no permission), or None."""
    read: int = 0
    """How many files had to be read (the others came from the index)."""


_owners: dict[int, str] = {}


def _owner(uid: int) -> str:
    if sys.platform == "win32":
        return ""
    if uid not in _owners:
        try:
            import pwd

            _owners[uid] = pwd.getpwuid(uid).pw_name
        except (KeyError, ImportError):
            _owners[uid] = str(uid)
    return _owners[uid]


def read_entry(path: Path, folder: str, st: os.stat_result) -> TemplateEntry:
    """Read one file into an entry (a broken one carries its reason)."""
    base = TemplateEntry(str(path), folder, template_name(path), st.st_mtime_ns, st.st_size,
                         saved_by=_owner(st.st_uid))
    try:
        draft = read_draft(path).draft
    except ZaloComposerError as exc:
        return dataclasses.replace(base, error=str(exc))
    return dataclasses.replace(base, note=draft.note, text=draft.message.text,
                               button_titles=tuple(b.title for b in draft.message.buttons))


def scan_folder(folder: Path | str, known: Mapping[str, TemplateEntry] | None = None) -> FolderScan:
    """List the ``*.zalo.json`` files of *folder* (not below it). A file whose size and
    modification time match its *known* entry is not read again. Never raises for a folder
    or a file: an unusable folder is offline, an unreadable file broken."""
    folder = str(folder)
    known = known or {}
    entries: list[TemplateEntry] = []
    read = 0
    try:
        with os.scandir(folder) as listing:
            items = [e for e in listing if e.name.endswith(DRAFT_SUFFIX)
                     and not e.name.startswith(".")]
    except FileNotFoundError:
        return FolderScan(folder, offline="the folder is not there")
    except NotADirectoryError:
        return FolderScan(folder, offline="it is not a folder")
    except OSError as exc:
        return FolderScan(folder, offline=exc.strerror or str(exc))
    for item in items:
        try:
            st = item.stat()
        except OSError:
            continue  # removed while listed
        if not stat.S_ISREG(st.st_mode):
            continue
        old = known.get(item.path)
        if old is not None and old.mtime_ns == st.st_mtime_ns and old.size == st.st_size:
            entries.append(old)
            continue
        entries.append(read_entry(Path(item.path), folder, st))
        read += 1
    return FolderScan(folder, tuple(entries), read=read)


def load_index(path: Path | None = None) -> dict[str, TemplateEntry]:
    """The entries remembered by the last scan (empty when the cache is missing or damaged)."""
    path = path or cache_dir() / INDEX_FILE
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("version") != INDEX_VERSION:
            return {}
        entries = {}
        for row in document["entries"]:
            row["button_titles"] = tuple(row["button_titles"])
            entry = TemplateEntry(**row)
            entries[entry.path] = entry
        return entries
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def save_index(entries: Iterable[TemplateEntry], path: Path | None = None) -> None:
    """Remember *entries* for the next start (best effort: a cache)."""
    path = path or cache_dir() / INDEX_FILE
    document = {"version": INDEX_VERSION, "entries": [asdict(e) for e in entries]}
    with contextlib.suppress(OSError):
        atomic_write_text(path, json.dumps(document, ensure_ascii=False))


@dataclass
class LibraryState:
    """The user's extra folders, favourites and recent use (``templates.json`` in the
    config folder)."""

    folders: list[str] = field(default_factory=list)
    """Folders added to the library besides the default one (a team's shared folder)."""
    favourites: list[str] = field(default_factory=list)
    """Paths of pinned templates."""
    recent: dict[str, float] = field(default_factory=dict)
    """Path → when it was last opened (seconds since the epoch)."""
    path: Path | None = None
    """Where it is kept."""

    @classmethod
    def load(cls, path: Path | None = None) -> LibraryState:
        """Read the state (a missing or damaged file gives an empty one)."""
        path = path or config_dir() / STATE_FILE
        try:
            document: Any = json.loads(path.read_text(encoding="utf-8"))
            folders = [str(f) for f in document.get("folders", [])]
            favourites = [str(f) for f in document.get("favourites", [])]
            recent = {str(k): float(v) for k, v in dict(document.get("recent", {})).items()}
        except (OSError, ValueError, TypeError, AttributeError):
            return cls(path=path)
        return cls(folders, favourites, recent, path)

    def save(self) -> None:
        """Write the state atomically."""
        path = self.path or config_dir() / STATE_FILE
        newest = sorted(self.recent.items(), key=lambda kv: kv[1], reverse=True)[:RECENT_MAX]
        document = {"folders": self.folders, "favourites": self.favourites,
                    "recent": dict(newest)}
        atomic_write_text(path, json.dumps(document, ensure_ascii=False, indent=1) + "\n")

    def mark_used(self, path: str) -> None:
        """Remember that *path* was opened now."""
        self.recent[path] = time.time()
