"""Profiles: one per eSMS account / Zalo OA, kept in ``profiles.json`` in the config folder.

Secrets are not here: they live in the OS keyring (see `secrets`).
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from ..domain.endpoint import DEFAULT_STATUS_URL
from ..domain.errors import ConfigError
from .files import atomic_write_text
from .paths import config_dir

logger = logging.getLogger(__name__)

DEFAULT_ENDPOINT = "https://rest.esms.vn/MainService.svc/json/"
SANDBOX_ENDPOINT = "sandbox:"
"""Endpoint of a profile that uses the embedded sandbox, started on a free port when used."""
SANDBOX_PROFILE_NAME = "Sandbox"
PROFILES_FILE = "profiles.json"
FILE_VERSION = 1


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

    @classmethod
    def load(cls, path: Path | None = None) -> ProfileBook:
        """Read the profiles file; a missing file gives an empty book."""
        path = path or config_dir() / PROFILES_FILE
        if not path.exists():
            return cls(path=path)
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            profiles = [_profile_from_json(p) for p in document["profiles"]]
            active = document.get("active")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"The profiles file {path} cannot be read ({exc}).") from None
        return cls(profiles, active if isinstance(active, str) else None, path)

    def save(self) -> None:
        """Write the book atomically."""
        path = self.path or config_dir() / PROFILES_FILE
        document = {
            "version": FILE_VERSION,
            "active": self.active,
            "profiles": [_profile_to_json(p) for p in self.profiles],
        }
        try:
            atomic_write_text(
                path, json.dumps(document, ensure_ascii=False, indent=2) + "\n", private=True
            )
        except OSError as exc:
            raise ConfigError(f"Could not save the profiles to {path}: {exc}.") from None

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


def _profile_to_json(profile: Profile) -> dict[str, Any]:
    data = asdict(profile)
    data["default_recipients"] = list(profile.default_recipients)
    return data


def _profile_from_json(data: Any) -> Profile:
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        raise TypeError("a profile must be an object with a name")
    known = {k: v for k, v in data.items() if k in Profile.__dataclass_fields__}
    known["default_recipients"] = tuple(str(r) for r in known.get("default_recipients") or ())
    if "esms_test_mode" in known:
        known["esms_test_mode"] = bool(known["esms_test_mode"])
    for key in ("connect_timeout", "read_timeout"):
        if key in known:
            known[key] = float(known[key])
    return Profile(**known)
