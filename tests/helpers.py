"""Small helpers shared by tests."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


def in_own_thread(function: Callable[..., T], *args: object) -> T:
    """Run *function* in a thread of its own and return its result.

    The widget tests keep one qasync loop marked as running in the main thread for the
    whole session; code that calls `asyncio.run` (the CLI, plain client tests) must then
    run elsewhere, as it would in its own process.
    """
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, *args).result()
