"""Batch manifests: what a bulk send needs to be resumed after a crash.

A manifest is written (atomically, owner-only: it holds the recipients' data) to
``<data>/batches/<batch_id>.json`` when a bulk send starts, and removed when it finishes or
the user stops it. One left behind belongs to a batch a dead program did not finish: the
next start offers it through `pending_batches`.

A batch being sent holds a lease: the lock ``<batch_id>.lock`` (a `filelock` lock, which the
system lets go of when the process dies however it dies), plus the owner's pid in the
manifest for the message. `write_manifest` takes it (and fails with `BatchBusyError` when
another process holds it); it is let go when the manifest is removed or the asyncio task
that wrote it ends (finished, stopped, interrupted). `pending_batches` offers only batches
whose lease is free, so a second copy of the program never resumes a batch that is still
being sent. Which rows were accepted is not kept here
but in the history (rows carry the batch_id)::

    {"format": "zalo-composer-batch", "version": 1, "batch_id": "<32 hex>",
     "profile": str, "created_ts": float, "rate": null | float, "concurrency": int,
     "defaults": {name: value}, "draft": <draft document, see domain.draft>,
     "columns": [name, ...], "rows": [{"user_id": str, "values": {...}, "line": int}, ...]}
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import filelock

from ..domain.draft import dump_draft, load_draft
from ..domain.errors import ConfigError, DraftError
from ..domain.model import Draft
from ..domain.variables import RecipientRow, RecipientsTable
from .files import atomic_write_text
from .paths import data_dir

logger = logging.getLogger(__name__)

BATCHES_FOLDER = "batches"
MANIFEST_FORMAT = "zalo-composer-batch"
MANIFEST_VERSION = 1
_BATCH_ID = re.compile(r"[0-9a-f]{32}")
#: The leases this process holds, by batch id.
_LEASES: dict[str, filelock.BaseFileLock] = {}
#: Batches this process is sending now: their lease was taken inside an asyncio task that
#: has not ended. (A lease taken outside a task blocks other processes only.)
_SENDING: dict[str, asyncio.Task[Any]] = {}


class BatchBusyError(ConfigError):
    """The batch is being sent by another copy of the program."""


@dataclass(frozen=True)
class BatchManifest:
    """A bulk send as started: enough to run it again from the history's point of view."""

    batch_id: str
    """uuid4 hex; the history's ``batch_id`` of every request of the batch."""
    profile: str
    """Name of the profile it was sent with (its keys stay in the keyring)."""
    draft: Draft
    """The draft with its placeholders, not filled in."""
    table: RecipientsTable
    defaults: Mapping[str, str] = field(default_factory=dict)
    """Draft-level variable values (a row's own values win)."""
    rate: float | None = None
    """Messages per second; None for no limit."""
    concurrency: int = 1
    """Requests in flight at most."""
    created_ts: float = 0.0
    """When the batch first started (seconds since the epoch)."""

    @property
    def created_at(self) -> datetime:
        """Local time the batch first started."""
        return datetime.fromtimestamp(self.created_ts).astimezone()


def batches_dir() -> Path:
    """The folder of manifests (made when missing)."""
    path = data_dir() / BATCHES_FOLDER
    path.mkdir(parents=True, exist_ok=True)
    return path


def _check_batch_id(batch_id: str) -> str:
    if not _BATCH_ID.fullmatch(batch_id):
        raise ConfigError(f"{batch_id!r} is not a batch id (32 hex digits).")
    return batch_id


def manifest_path(batch_id: str, folder: Path | None = None) -> Path:
    """Where the manifest of *batch_id* lives."""
    return (folder or batches_dir()) / f"{_check_batch_id(batch_id)}.json"


def dump_manifest(manifest: BatchManifest, owner_pid: int | None = None) -> str:
    """The manifest as JSON text (with the pid of the process sending it, when given)."""
    document: dict[str, Any] = {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "batch_id": _check_batch_id(manifest.batch_id),
        "profile": manifest.profile,
        "created_ts": manifest.created_ts,
        "rate": manifest.rate,
        "concurrency": manifest.concurrency,
        "defaults": dict(manifest.defaults),
        "draft": json.loads(dump_draft(manifest.draft)),
        "columns": list(manifest.table.columns),
        "rows": [{"user_id": r.user_id, "values": dict(r.values), "line": r.line}
                 for r in manifest.table.rows],
    }
    if owner_pid is not None:
        document["owner_pid"] = owner_pid
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _strings(value: Any, what: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ConfigError(f"{what} must map names to text.")
    return dict(value)


def _row(value: Any) -> RecipientRow:
    if not isinstance(value, dict) or not isinstance(value.get("user_id"), str):
        raise ConfigError("A row has no user_id.")
    line = value.get("line", 0)
    if not isinstance(line, int) or isinstance(line, bool):
        raise ConfigError("A row's line must be a number.")
    return RecipientRow(value["user_id"], _strings(value.get("values", {}), "A row's values"),
                        line)


def load_manifest(text: str) -> BatchManifest:
    """Read a manifest; ConfigError with a plain reason when it cannot be used."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        raise ConfigError("The batch file is not valid JSON.") from None
    if not isinstance(document, dict) or document.get("format") != MANIFEST_FORMAT:
        raise ConfigError("The file is not a zalo-composer batch.")
    if document.get("version") != MANIFEST_VERSION:
        raise ConfigError(f"Unknown batch file version {document.get('version')!r}.")
    batch_id, profile = document.get("batch_id"), document.get("profile")
    if not isinstance(batch_id, str) or not isinstance(profile, str):
        raise ConfigError("The batch file lacks its batch_id or profile.")
    rate, concurrency = document.get("rate"), document.get("concurrency")
    if rate is not None and not (
        isinstance(rate, int | float) and math.isfinite(rate) and rate > 0
    ):
        raise ConfigError("The batch's rate must be a positive number or null.")
    if not isinstance(concurrency, int) or isinstance(concurrency, bool) or concurrency < 1:
        raise ConfigError("The batch's concurrency must be a whole number of at least 1.")
    created = document.get("created_ts")
    if not isinstance(created, int | float):
        raise ConfigError("The batch has no creation time.")
    rows, columns = document.get("rows"), document.get("columns", [])
    if not isinstance(rows, list) or not isinstance(columns, list) or not all(
        isinstance(c, str) for c in columns
    ):
        raise ConfigError("The batch's rows or columns are not lists.")
    try:
        draft = load_draft(json.dumps(document.get("draft"))).draft
    except DraftError as exc:
        raise ConfigError(f"The batch's draft cannot be read: {exc}") from None
    return BatchManifest(
        batch_id=_check_batch_id(batch_id),
        profile=profile,
        draft=draft,
        table=RecipientsTable(tuple(_row(r) for r in rows), tuple(columns)),
        defaults=_strings(document.get("defaults", {}), "The defaults"),
        rate=None if rate is None else float(rate),
        concurrency=concurrency,
        created_ts=float(created),
    )


def _lease_path(batch_id: str, folder: Path | None) -> Path:
    return manifest_path(batch_id, folder).with_suffix(".lock")


def _lease_free(batch_id: str, folder: Path | None) -> bool:
    """True when no process is sending the batch (this one included)."""
    if batch_id in _SENDING:
        return False
    if batch_id in _LEASES:
        return True  # held here, by no running send
    probe = filelock.FileLock(_lease_path(batch_id, folder), timeout=0)
    try:
        probe.acquire()
    except filelock.Timeout:
        return False
    except OSError:
        return _owner_gone(manifest_path(batch_id, folder))  # no lock here: ask the pid
    probe.release()
    return True


def _owner_gone(path: Path) -> bool:
    """Whether the pid recorded in the manifest at *path* no longer runs (True when none)."""
    try:
        pid = json.loads(path.read_text(encoding="utf-8")).get("owner_pid")
    except (OSError, ValueError, AttributeError):
        return True
    if not isinstance(pid, int) or pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it runs, as someone else
    return False


def take_lease(batch_id: str, folder: Path | None = None) -> None:
    """Hold the batch's lease in this process (again: nothing happens). BatchBusyError when
    another process holds it."""
    try:
        current = asyncio.current_task()
    except RuntimeError:  # no running loop: held until removed or the process exits
        current = None
    if batch_id in _SENDING and _SENDING[batch_id] is not current:
        raise BatchBusyError("This bulk send is being sent already; it cannot be resumed "
                             "twice.")
    if batch_id not in _LEASES:
        lock = filelock.FileLock(_lease_path(batch_id, folder), timeout=0)
        try:
            lock.acquire()
        except filelock.Timeout:
            raise BatchBusyError("This bulk send is being sent by another window of "
                                 "zalo-composer; it cannot be resumed here.") from None
        except OSError as exc:
            logger.warning("No lease for batch %s (%s); going by the pid only", batch_id, exc)
            return
        _LEASES[batch_id] = lock
    if current is not None and batch_id not in _SENDING:
        _SENDING[batch_id] = current
        current.add_done_callback(lambda _task: release_lease(batch_id))


def release_lease(batch_id: str) -> None:
    """Let go of the batch's lease (the manifest stays for a resume, if it is there)."""
    _SENDING.pop(batch_id, None)
    lock = _LEASES.pop(batch_id, None)
    if lock is not None:
        lock.release(force=True)


def write_manifest(manifest: BatchManifest, folder: Path | None = None) -> Path:
    """Take the batch's lease and write (or rewrite) the manifest atomically; returns its
    path. BatchBusyError when another process sends the batch, ConfigError on failure."""
    take_lease(manifest.batch_id, folder)
    return save_manifest(manifest, folder)


def save_manifest(manifest: BatchManifest, folder: Path | None = None) -> Path:
    """Write (or rewrite) the manifest atomically, its lease already taken (`take_lease`);
    returns its path. No asyncio: a worker thread may run it (a thousand rows take tens of
    milliseconds to encode). ConfigError on failure."""
    path = manifest_path(manifest.batch_id, folder)
    try:
        atomic_write_text(path, dump_manifest(manifest, os.getpid()), private=True)
    except OSError as exc:
        raise ConfigError(f"Could not save the batch to {path}: "
                          f"{exc.strerror or exc}.") from None
    return path


def remove_manifest(batch_id: str, folder: Path | None = None) -> bool:
    """Delete the manifest of *batch_id* and let go of its lease; True when there was one."""
    path = manifest_path(batch_id, folder)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    finally:
        release_lease(batch_id)
    return True


def pending_batches(folder: Path | None = None) -> list[BatchManifest]:
    """Manifests of batches that were not finished and that no process is sending (their
    lease is free), oldest first. An unreadable manifest is logged and skipped (and left in
    place, for a person to look at)."""
    found = []
    for path in sorted((folder or batches_dir()).glob("*.json")):
        if not _BATCH_ID.fullmatch(path.stem):
            continue
        if not _lease_free(path.stem, folder):
            logger.info("Batch %s is being sent by a running program; not offered", path.stem)
            continue
        try:
            found.append(load_manifest(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, ConfigError) as exc:
            logger.warning("Skipping the batch file %s: %s", path, exc)
    found.sort(key=lambda m: m.created_ts)
    return found


def discard_batch(batch_id: str, folder: Path | None = None) -> None:
    """Forget a pending batch (the user chose not to resume it); one that another process
    has started sending meanwhile is left alone."""
    if not _lease_free(batch_id, folder):
        return
    with contextlib.suppress(OSError):
        remove_manifest(batch_id, folder)
