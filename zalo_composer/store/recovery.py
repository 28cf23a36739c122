"""The autosave file that lets the next start restore work after a crash or a kill.

Written atomically a few seconds after each change; removed on a clean exit. It holds the
working draft (drafts hold no secrets) and the path of the file it was opened from.
"""

from __future__ import annotations

import contextlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

from ..domain.draft import dump_draft, load_draft
from ..domain.errors import DraftError
from ..domain.model import Draft
from .files import atomic_write_text
from .paths import data_dir

RECOVERY_FILE = "recovery.json"
RECOVERY_FORMAT = "zalo-composer-recovery"


@dataclass(frozen=True)
class Recovered:
    """Work found in the recovery file."""

    draft: Draft
    source_path: Path | None
    """The draft file the work came from, or None for an untitled draft."""
    saved_at: float


class RecoveryFile:
    """One recovery file per user (in the data folder)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / RECOVERY_FILE

    def save(self, draft: Draft, source_path: Path | None) -> None:
        """Write the working draft atomically."""
        document = {
            "format": RECOVERY_FORMAT,
            "saved_at": time.time(),
            "source_path": str(source_path) if source_path else None,
            "draft": json.loads(dump_draft(draft)),
        }
        atomic_write_text(
            self.path, json.dumps(document, ensure_ascii=False, indent=1), private=True
        )

    def load(self) -> Recovered | None:
        """The saved work, or None when there is none or it cannot be read."""
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
            if document.get("format") != RECOVERY_FORMAT:
                return None
            draft = load_draft(json.dumps(document["draft"])).draft
            source = document.get("source_path")
            return Recovered(draft, Path(source) if source else None,
                             float(document.get("saved_at") or 0))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, DraftError):
            return None

    def remove(self) -> None:
        """Forget the saved work (a clean exit, or the user declined to restore it)."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
