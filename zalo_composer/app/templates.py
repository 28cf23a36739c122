"""The template library, Qt-free: the folders and what their last scans found, ordered
(favourites, then recent use, then name) and searched diacritics-insensitively over name,
note, text and button titles; new, duplicate and rename; a template's name resolved to its
file for the command line.

The window scans off its GUI thread (`scan` is a pure function of the folders and the
entries already known) and hands the result to `apply` on its own thread.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..domain.draft import DRAFT_SUFFIX
from ..domain.errors import DraftError
from ..domain.model import Draft
from ..store.files import save_draft
from ..store.templates import (
    FolderScan,
    LibraryState,
    TemplateEntry,
    default_library_folder,
    load_index,
    save_index,
    scan_folder,
)

_FORBIDDEN_IN_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def fold(text: str) -> str:
    """*text* for matching: lower case, without diacritics (“Đơn hàng” → “don hang”)."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("đ", "d")


@dataclass(frozen=True)
class _Indexed:
    entry: TemplateEntry
    name: str
    haystack: str


def _index(entry: TemplateEntry) -> _Indexed:
    words = " ".join((entry.name, entry.note, entry.text, *entry.button_titles))
    return _Indexed(entry, fold(entry.name), fold(words))


def scan(folders: Sequence[str], known: dict[str, TemplateEntry]) -> list[FolderScan]:
    """Scan every folder (safe on any thread: reads files, changes nothing shared)."""
    return [scan_folder(folder, known) for folder in folders]


def check_name(name: str) -> str:
    """*name* stripped, when it can be a file name; raises DraftError with the reason."""
    name = name.strip()
    if not name or name in (".", "..") or _FORBIDDEN_IN_NAME.search(name):
        raise DraftError("A template's name cannot be empty or hold / \\ : * ? \" < > |.")
    return name


class TemplateLibrary:
    """The folders of one user's library and the templates found in them."""

    def __init__(self, state: LibraryState | None = None, *,
                 default_folder: Path | None = None, index_path: Path | None = None) -> None:
        self.state = state if state is not None else LibraryState.load()
        self.default_folder = str(default_folder or default_library_folder())
        self._index_path = index_path
        self._known = load_index(index_path)
        self._scans: dict[str, FolderScan] = {}
        self._indexed: list[_Indexed] = []

    # -- folders and scans ---------------------------------------------------------

    def folders(self) -> list[str]:
        """The default folder, then the added ones."""
        return [self.default_folder, *(f for f in self.state.folders if f != self.default_folder)]

    def add_folder(self, folder: Path | str) -> None:
        """Add a folder (a team's shared one) and remember it."""
        folder = str(Path(folder).absolute())
        if folder not in self.folders():
            self.state.folders.append(folder)
            self.state.save()

    def remove_folder(self, folder: str) -> None:
        """Forget an added folder (its files stay)."""
        if folder in self.state.folders:
            self.state.folders.remove(folder)
            self.state.save()
            self._scans.pop(folder, None)
            self._reindex()

    def known(self) -> dict[str, TemplateEntry]:
        """The entries of the last scans (a copy a scanning thread may read)."""
        return dict(self._known)

    def rescan(self) -> list[FolderScan]:
        """Scan every folder now, on this thread, and apply the result."""
        scans = scan(self.folders(), self.known())
        self.apply(scans)
        return scans

    def apply(self, scans: Iterable[FolderScan]) -> bool:
        """Take the result of a scan; whether anything listed changed."""
        changed = False
        for result in scans:
            if result.folder not in self.folders():
                continue
            old = self._scans.get(result.folder)
            if old is None or (old.entries, old.offline) != (result.entries, result.offline):
                changed = True
            self._scans[result.folder] = result
        if changed:
            self._known = {e.path: e for s in self._scans.values() for e in s.entries}
            if any(s.read for s in scans):
                save_index(self._known.values(), self._index_path)
            self._reindex()
        return changed

    def folder_scans(self) -> list[FolderScan]:
        """Per folder, in `folders` order, what its last scan found (folders not scanned
        yet are left out)."""
        return [self._scans[f] for f in self.folders() if f in self._scans]

    def _reindex(self) -> None:
        self._indexed = [_index(e) for s in self.folder_scans() for e in s.entries]

    # -- listing and search --------------------------------------------------------

    def _order_key(self, item: _Indexed) -> tuple[bool, float, str]:
        path = item.entry.path
        return (path not in self.state.favourites, -self.state.recent.get(path, 0.0), item.name)

    def entries(self) -> list[TemplateEntry]:
        """Every template: favourites first, then by recent use, then by name."""
        return [i.entry for i in sorted(self._indexed, key=self._order_key)]

    def search(self, query: str, limit: int | None = None) -> list[TemplateEntry]:
        """Templates whose name, note, text or button titles hold every word of *query*
        (diacritics and case ignored); name matches first, then the usual order."""
        words = fold(query).split()
        if not words:
            found = self.entries()
            return found if limit is None else found[:limit]
        hits = [i for i in self._indexed if all(w in i.haystack for w in words)]
        hits.sort(key=lambda i: (not all(w in i.name for w in words), *self._order_key(i)))
        return [i.entry for i in (hits if limit is None else hits[:limit])]

    def find(self, name: str) -> TemplateEntry | None:
        """The template called *name* (case and diacritics ignored; not a broken one)."""
        wanted = fold(name.removesuffix(DRAFT_SUFFIX).strip())
        for item in sorted(self._indexed, key=self._order_key):
            if item.name == wanted and item.entry.error is None:
                return item.entry
        return None

    def is_favourite(self, path: str) -> bool:
        """Whether the template at *path* is pinned."""
        return path in self.state.favourites

    def set_favourite(self, path: str, pinned: bool) -> None:
        """Pin or unpin a template."""
        if pinned and path not in self.state.favourites:
            self.state.favourites.append(path)
        elif not pinned and path in self.state.favourites:
            self.state.favourites.remove(path)
        self.state.save()

    def mark_used(self, path: str) -> None:
        """Remember that the template was opened now (it moves up the list)."""
        self.state.mark_used(path)
        self.state.save()

    # -- managing files ------------------------------------------------------------

    def free_path(self, folder: Path | str, name: str) -> Path:
        """A path for *name* in *folder* that no file holds yet (“name (2)” …)."""
        name = check_name(name)
        path = Path(folder) / f"{name}{DRAFT_SUFFIX}"
        counter = 1
        while path.exists():
            counter += 1
            path = Path(folder) / f"{name} ({counter}){DRAFT_SUFFIX}"
        return path

    def create(self, folder: Path | str, name: str, draft: Draft) -> Path:
        """Save *draft* as a new template (atomically) and return its path."""
        path = self.free_path(folder, name)
        save_draft(path, draft)
        return path

    def rename(self, entry: TemplateEntry, new_name: str) -> Path:
        """Rename a template's file; favourites and recent use follow it. Raises
        DraftError (a name taken or not allowed, a file system refusal)."""
        target = Path(entry.folder) / f"{check_name(new_name)}{DRAFT_SUFFIX}"
        if target.exists() and target != Path(entry.path):
            raise DraftError(f"There is already a template called “{new_name.strip()}”.")
        try:
            Path(entry.path).rename(target)
        except OSError as exc:
            raise DraftError(f"Could not rename {entry.name}: {exc.strerror or exc}.") from None
        self.moved(entry.path, str(target))
        return target

    def moved(self, old: str, new: str) -> None:
        """A template's file moved from *old* to *new*: keep its pin and its recent use."""
        state = self.state
        if old in state.favourites:
            state.favourites[state.favourites.index(old)] = new
        if old in state.recent:
            state.recent[new] = state.recent.pop(old)
        state.save()


def resolve_draft_argument(argument: Path, library: TemplateLibrary | None = None) -> Path:
    """The file a command-line argument names: a path that exists is itself; anything else
    is looked up as a template's name in the library (unchanged when none has that name,
    so that reading it says the file is missing)."""
    if argument.exists() or len(argument.parts) > 1:
        return argument
    library = library if library is not None else TemplateLibrary()
    library.rescan()
    entry = library.find(str(argument))
    return Path(entry.path) if entry is not None else argument
