"""Fixtures of the reliability suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from .servers import self_signed_certificate


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path] | None:
    """One self-signed certificate for the session (openssl takes a moment)."""
    return self_signed_certificate(tmp_path_factory.mktemp("tls"))

