"""Fixtures of the sandbox tests: a hand-moved clock, a running sandbox on it, an HTTP client."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from zalo_composer.sandbox import Sandbox

from .samples import REPORT_DELAY, FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sandbox(clock: FakeClock) -> Iterator[Sandbox]:
    with Sandbox(clock=clock, report_delay=REPORT_DELAY) as running:
        yield running


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=2.0) as client:
        yield client
