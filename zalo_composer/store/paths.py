"""Where the program keeps its files: the platform's folders, or one folder for everything.

When the environment variable ``ZALO_COMPOSER_HOME`` is set, config, data, cache and logs
all live below it (portable use and tests); otherwise platformdirs picks the usual places.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from .. import APP_NAME

HOME_ENV = "ZALO_COMPOSER_HOME"


def _folder(kind: str) -> Path:
    home = os.environ.get(HOME_ENV)
    if home:
        path = Path(home).expanduser() / kind
    else:
        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        path = {
            "config": dirs.user_config_path,
            "data": dirs.user_data_path,
            "cache": dirs.user_cache_path,
            "logs": dirs.user_log_path,
        }[kind]
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Profiles and settings."""
    return _folder("config")


def data_dir() -> Path:
    """Send history and the autosave file."""
    return _folder("data")


def cache_dir() -> Path:
    """Anything that may be thrown away."""
    return _folder("cache")


def log_dir() -> Path:
    """Log files (secrets redacted)."""
    return _folder("logs")


DRAFTS_FOLDER = "Zalo drafts"
"""The folder, in the user's documents, where the Save dialog first proposes drafts."""


def drafts_dir() -> Path:
    """The documents folder's "Zalo drafts" (below ``ZALO_COMPOSER_HOME/documents`` when
    that is set). Not created here: the first Save creates it."""
    home = os.environ.get(HOME_ENV)
    documents = (Path(home).expanduser() / "documents" if home
                 else platformdirs.user_documents_path())
    return documents / DRAFTS_FOLDER
