"""Test set-up shared by every test: headless Qt, a private ZALO_COMPOSER_HOME, one qasync loop."""

from __future__ import annotations

import os

# Before any Qt import: no screen on CI or on developers' machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from zalo_composer.app.services import AppServices

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def composer_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own config/data/cache folder, so nothing touches the real user's."""
    home = tmp_path / "zalo-home"
    home.mkdir()
    monkeypatch.setenv("ZALO_COMPOSER_HOME", str(home))
    for name in ("ESMS_API_KEY", "ESMS_SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture(scope="session")
def qt_loop(qapp):  # type: ignore[no-untyped-def]
    """The one qasync event loop of the test session (see TESTING.md for why only one)."""
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    executor = qasync.QThreadExecutor(2)
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    yield loop
    executor.shutdown(wait=True)


@pytest.fixture
def loop(qt_loop: asyncio.AbstractEventLoop, qtbot) -> Iterator[asyncio.AbstractEventLoop]:  # type: ignore[no-untyped-def]
    """The session loop, with the tasks a test leaves behind cancelled and awaited after it."""
    yield qt_loop
    pending = [t for t in asyncio.all_tasks(qt_loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        qtbot.waitUntil(lambda: all(t.done() for t in pending), timeout=5000)


class MemoryKeyring:
    """An in-memory keyring backend for unit tests (the real one is tested separately)."""

    def __new__(cls):  # type: ignore[no-untyped-def]
        import keyring.backend

        class _Memory(keyring.backend.KeyringBackend):
            priority = 1  # type: ignore[assignment]

            def __init__(self) -> None:
                super().__init__()
                self.items: dict[tuple[str, str], str] = {}

            def get_password(self, service: str, username: str) -> str | None:
                return self.items.get((service, username))

            def set_password(self, service: str, username: str, password: str) -> None:
                self.items[(service, username)] = password

            def delete_password(self, service: str, username: str) -> None:
                import keyring.errors

                if (service, username) not in self.items:
                    raise keyring.errors.PasswordDeleteError(username)
                del self.items[(service, username)]

        return _Memory()


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Unit tests use an in-memory keyring; tests marked secret_service keep the real one."""
    import keyring

    if request.node.get_closest_marker("secret_service"):
        yield None
        return
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def services(loop: asyncio.AbstractEventLoop, qtbot) -> Iterator[AppServices]:  # type: ignore[no-untyped-def]
    """Profiles, secrets, sandbox and HTTP client of one window; closed after the test."""
    made = AppServices()
    yield made
    # Requests still in flight (a balance refresh after a send …) end before the client does.
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    qtbot.waitUntil(lambda: all(t.done() for t in pending), timeout=5000)
    closing = asyncio.ensure_future(made.aclose())
    qtbot.waitUntil(closing.done, timeout=5000)
