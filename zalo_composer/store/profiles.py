"""Profiles: one per eSMS account / Zalo OA, kept in ``profiles.json`` in the config folder.

Secrets are not here: they live in the OS keyring (see `secrets`).

Several copies of the program (two windows, a window and the command line) may share the
file. A save takes ``profiles.json.lock``, reads the file again and applies only what this
copy changed since it last read or wrote it (profiles added, edited, removed; the active
one), so one copy never drops what another added meanwhile. `ProfileBook.transaction` holds
the lock across a read-modify-write (the command line's ``profile add``).
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.endpoint import DEFAULT_STATUS_URL, timeout_problem
from ..domain.errors import ConfigError
from .files import DamagedFileError, StoreError, atomic_write_text, move_aside
from .paths import config_dir

if TYPE_CHECKING:
    import filelock  # imported where a lock is taken: not at start-up

logger = logging.getLogger(__name__)

DEFAULT_ENDPOINT = "https://rest.esms.vn/MainService.svc/json/"
SANDBOX_ENDPOINT = "sandbox:"
"""Endpoint of a profile that uses the embedded sandbox, started on a free port when used."""
SANDBOX_PROFILE_NAME = "Sandbox"
PROFILES_FILE = "profiles.json"
FILE_VERSION = 1
#: How long a save waits for another copy of the program to finish its own.
LOCK_TIMEOUT_S = 10.0
#: The most bytes a profiles file may hold (a few hundred profiles fit in a few KB).
MAX_PROFILES_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class Profile:
    """One eSMS account and OA, without its secrets."""

    name: str
    """Unique, shown in the profile switcher and used as the keyring item name."""
    oaid: str
    """Zalo Official Account id, registered with eSMS."""
    endpoint: str = DEFAULT_ENDPOINT
    """Base URL; the send path is appended. `SANDBOX_ENDPOINT` means the embedded sandbox."""
    callback_url: str = ""
    """Webhook eSMS calls with the final status; empty for none."""
    default_recipients: tuple[str, ...] = ()
    """User ids a new draft starts with."""
    connect_timeout: float = 10.0
    """Seconds to wait for a connection."""
    read_timeout: float = 30.0
    """Seconds to wait for the answer."""
    status_url: str = DEFAULT_STATUS_URL
    """Where GetCallback (Zalo's outcome of sends made with a CallbackUrl) is asked."""
    esms_test_mode: bool = False
    """Adds ``"Sandbox": "1"`` to each body: eSMS neither stores, charges nor delivers it
    (documented for eSMS's other send APIs; for consultation messages unverified)."""

    @property
    def uses_sandbox(self) -> bool:
        """True when requests go to the embedded sandbox."""
        return self.endpoint == SANDBOX_ENDPOINT


@dataclass
class ProfileBook:
    """All profiles and which one is active, read from and written to one file."""

    profiles: list[Profile] = field(default_factory=list)
    active: str | None = None
    path: Path | None = None
    notices: list[str] = field(default_factory=list, compare=False)
    """What the user should be told about the file (a damaged file moved aside, a bad
    timeout replaced by the default)."""
    _base: tuple[tuple[Profile, ...], str | None] = field(
        default=((), None), repr=False, compare=False)
    """The profiles and active name as this copy last read or wrote them: what a save
    compares with to find this copy's own changes."""

    @classmethod
    def load(cls, path: Path | None = None) -> ProfileBook:
        """Read the profiles file; a missing file gives an empty book. Raises
        DamagedFileError when the file cannot be understood, StoreError when it cannot be
        read."""
        path = path or config_dir() / PROFILES_FILE
        notices: list[str] = []
        found = _read(path, notices)
        if found is None:
            return cls(path=path)
        profiles, active = found
        return cls(profiles, active, path, notices, (tuple(profiles), active))

    @classmethod
    def load_or_recover(cls, path: Path | None = None) -> ProfileBook:
        """`load`, except that a damaged file is moved aside (``profiles.json.broken-<date>``)
        and an empty book is returned with a notice saying so: the program starts."""
        path = path or config_dir() / PROFILES_FILE
        try:
            return cls.load(path)
        except DamagedFileError as exc:
            with _locked(path):
                try:
                    return cls.load(path)  # another copy may have repaired it meanwhile
                except DamagedFileError:
                    try:
                        moved = move_aside(path)
                    except OSError as move_exc:
                        raise StoreError(f"{exc} It could not be moved aside either: "
                                         f"{move_exc.strerror or move_exc}.") from None
            logger.warning("Moved the damaged profiles file to %s: %s", moved, exc)
            return cls(path=path, notices=[
                f"The profiles file could not be read ({exc}). It was moved to {moved} and "
                "the program starts with no profiles."])

    @classmethod
    @contextlib.contextmanager
    def transaction(cls, path: Path | None = None) -> Iterator[ProfileBook]:
        """Read the book under its lock and save it when the block ends without an error;
        no other copy of the program saves in between."""
        path = path or config_dir() / PROFILES_FILE
        with _locked(path):
            book = cls.load_or_recover(path)
            yield book
            book.save()

    def save(self) -> None:
        """Write this copy's changes into the file, atomically, under the file's lock: the
        file is read again and what other copies changed meanwhile is kept."""
        path = self.path or config_dir() / PROFILES_FILE
        with _locked(path):
            try:
                on_disk = _read(path, [])
            except DamagedFileError as exc:
                moved = move_aside(path)
                logger.warning("Moved the damaged profiles file to %s: %s", moved, exc)
                on_disk = None
            profiles, active = _merge(self._base, (self.profiles, self.active),
                                      on_disk or ([], None))
            document = {
                "version": FILE_VERSION,
                "active": active,
                "profiles": [_profile_to_json(p) for p in profiles],
            }
            try:
                atomic_write_text(
                    path, json.dumps(document, ensure_ascii=False, indent=2) + "\n",
                    private=True,
                )
            except OSError as exc:
                raise StoreError(f"Could not save the profiles to {path}: "
                                 f"{exc.strerror or exc}.") from None
        self.profiles, self.active = profiles, active
        self._base = (tuple(profiles), active)

    def names(self) -> list[str]:
        """Profile names in their order."""
        return [p.name for p in self.profiles]

    def get(self, name: str) -> Profile:
        """The profile called *name*; ConfigError when there is none."""
        for profile in self.profiles:
            if profile.name == name:
                return profile
        raise ConfigError(f"There is no profile called “{name}”. Profiles: "
                          f"{', '.join(self.names()) or 'none'}.")

    def active_profile(self) -> Profile | None:
        """The active profile, else the first one, else None."""
        for profile in self.profiles:
            if profile.name == self.active:
                return profile
        return self.profiles[0] if self.profiles else None

    def put(self, profile: Profile, *, replacing: str | None = None) -> None:
        """Add *profile*, or replace the one called *replacing* (a rename keeps its place)."""
        name = profile.name.strip()
        if not name:
            raise ConfigError("A profile needs a name.")
        profile = replace(profile, name=name)
        existing = self.names()
        if name in existing and name != replacing:
            raise ConfigError(f"A profile called “{name}” already exists.")
        if replacing is None:
            self.profiles.append(profile)
            return
        index = existing.index(replacing) if replacing in existing else None
        if index is None:
            raise ConfigError(f"There is no profile called “{replacing}”.")
        self.profiles[index] = profile
        if self.active == replacing:
            self.active = name

    def remove(self, name: str) -> None:
        """Remove the profile called *name*."""
        self.get(name)
        self.profiles = [p for p in self.profiles if p.name != name]
        if self.active == name:
            self.active = self.profiles[0].name if self.profiles else None


#: One lock object per file: taken again by the same thread (a save inside
#: `ProfileBook.transaction`), it counts up instead of waiting for itself.
_LOCKS: dict[Path, filelock.FileLock] = {}


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    import filelock

    lock_path = path.with_name(path.name + ".lock")
    lock = _LOCKS.setdefault(lock_path, filelock.FileLock(lock_path, timeout=LOCK_TIMEOUT_S))
    try:
        lock.acquire()
    except filelock.Timeout:
        raise StoreError(f"Another copy of zalo-composer has held {path.name} for more than "
                         f"{LOCK_TIMEOUT_S:g} s; try again.") from None
    except OSError as exc:
        # The lock is only taken to write: say what could not be done.
        raise StoreError(f"Could not save the profiles to {path}: "
                         f"{exc.strerror or exc}.") from None
    try:
        yield
    finally:
        lock.release()


def _read(path: Path, notices: list[str]) -> tuple[list[Profile], str | None] | None:
    """The profiles and active name in *path*; None when there is no file."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_PROFILES_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"The profiles file {path} cannot be read: "
                         f"{exc.strerror or exc}.") from None
    try:
        if len(data) > MAX_PROFILES_BYTES:
            raise ValueError("it is larger than 4 MB")
        document = json.loads(data.decode("utf-8"))
        profiles = [_profile_from_json(p, notices) for p in document["profiles"]]
        active = document.get("active")
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise DamagedFileError(f"The profiles file {path} cannot be read ({exc}).") from None
    return profiles, active if isinstance(active, str) else None


def _merge(
    base: tuple[tuple[Profile, ...], str | None],
    mine: tuple[list[Profile], str | None],
    disk: tuple[list[Profile], str | None],
) -> tuple[list[Profile], str | None]:
    """Apply what changed between *base* and *mine* to *disk*: this copy's additions, edits
    and removals win; everything else on disk (another copy's work) is kept. The order is
    this copy's, with profiles only another copy knows at the end."""
    base_by_name = {p.name: p for p in base[0]}
    disk_by_name = {p.name: p for p in disk[0]}
    mine_names = {p.name for p in mine[0]}
    merged: list[Profile] = []
    for profile in mine[0]:
        if base_by_name.get(profile.name) != profile:
            merged.append(profile)  # added or edited here
        elif profile.name in disk_by_name:
            merged.append(disk_by_name[profile.name])  # untouched here: the file's version
        # else untouched here and removed by another copy: it stays removed
    merged += [p for p in disk[0] if p.name not in base_by_name and p.name not in mine_names]
    active = mine[1] if mine[1] != base[1] else disk[1]
    return merged, active


def _profile_to_json(profile: Profile) -> dict[str, Any]:
    data = asdict(profile)
    data["default_recipients"] = list(profile.default_recipients)
    return data


def _profile_from_json(data: Any, notices: list[str]) -> Profile:
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        raise TypeError("a profile must be an object with a name")
    known = {k: v for k, v in data.items() if k in Profile.__dataclass_fields__}
    known["default_recipients"] = tuple(str(r) for r in known.get("default_recipients") or ())
    if "esms_test_mode" in known:
        known["esms_test_mode"] = bool(known["esms_test_mode"])
    for key in ("connect_timeout", "read_timeout"):
        if key in known:
            value = known[key]
            problem = (timeout_problem(value) if isinstance(value, int | float)
                       and not isinstance(value, bool) else f"{value!r} is not a number")
            if problem is None:
                known[key] = float(value)
            else:
                default = Profile.__dataclass_fields__[key].default
                notices.append(f"Profile “{data['name']}”: {key} {value!r} cannot be used; "
                               f"the default {default} s applies.")
                del known[key]
    for key in ("oaid", "endpoint", "callback_url"):
        if key in known and not isinstance(known[key], str):
            raise TypeError(f"{key} of profile {data['name']!r} must be text")
    return Profile(**known)
