"""Profile secrets (ApiKey, SecretKey) in the OS keyring, and nowhere else on disk.

One keyring item per profile and key, under the service ``zalo-composer``. When no usable
keyring exists, the user may keep secrets in memory for this session only; there is never a
plaintext fallback, and the file-based ``keyrings.alt`` backends are refused.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.body import remember_secret

if TYPE_CHECKING:
    from concurrent.futures import Future

    import keyring.backend
from ..domain.errors import SecretsError

logger = logging.getLogger(__name__)

SERVICE = "zalo-composer"
KEY_NAMES = ("ApiKey", "SecretKey")

_discovery: list[Future[keyring.backend.KeyringBackend]] = []


def discover_keyring_in_background() -> None:
    """Start finding the OS keyring's backend in a thread, once per process: keyring imports
    every backend it knows (the macOS one runs ``ldconfig`` on Linux), about 100 ms that
    would otherwise hold the window's event loop at the first secret. `keyring_backend`
    waits for it instead of finding it again; nothing else here imports keyring before
    that (two threads importing one package can see it half made)."""
    if _discovery:
        return
    import threading  # not at import: the window's first stage starts no thread
    from concurrent.futures import Future

    future: Future[keyring.backend.KeyringBackend] = Future()
    _discovery.append(future)

    def discover() -> None:
        try:
            import keyring

            future.set_result(keyring.get_keyring())
        except BaseException as exc:  # handed to whoever asks for the backend
            future.set_exception(exc)

    threading.Thread(target=discover, name="discover-keyring", daemon=True).start()


def keyring_backend() -> keyring.backend.KeyringBackend:
    """The OS keyring's backend, as keyring chooses it (once the background discovery, when
    one was started, is done)."""
    if _discovery:
        _discovery[0].result()  # done (or its error raised); keyring is imported whole
    import keyring  # slow to import: only when secrets are first needed

    return keyring.get_keyring()  # the discovered one, unless set since (`set_keyring`)


@dataclass(frozen=True)
class Secrets:
    """A profile's ApiKey and SecretKey; its repr never shows them."""

    api_key: str
    secret_key: str

    def __repr__(self) -> str:
        return "Secrets(<hidden>)"

    __str__ = __repr__


def _remember(*values: str) -> None:
    # Logs mask these wherever they would appear (see zalo_composer.logs).
    for value in values:
        remember_secret(value)


def item_name(profile: str, key: str) -> str:
    """The keyring user name of one secret of one profile."""
    return f"{profile}/{key}"


def _unusable_reason(backend: keyring.backend.KeyringBackend) -> str | None:
    module = type(backend).__module__
    if module.startswith("keyrings.alt"):
        return (f"The keyring backend {type(backend).__name__} stores secrets in a plain file; "
                "zalo-composer does not use it.")
    if module == "keyring.backends.fail" or backend.priority <= 0:
        return ("No system keyring is available (no Secret Service, KWallet, macOS Keychain or "
                "Windows Credential Locker answered).")
    return None


class SecretStore:
    """Reads and writes profile secrets; falls back to session memory only when asked to."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend
        self._memory: dict[str, Secrets] = {}
        self._memory_only = False

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        """The keyring backend in use (looked up lazily: probing can be slow)."""
        if self._backend is None:
            self._backend = keyring_backend()
        return self._backend

    @property
    def memory_only(self) -> bool:
        """True when secrets are kept in memory for this session only."""
        return self._memory_only

    def unusable_reason(self) -> str | None:
        """Why the OS keyring cannot be used, or None when it can."""
        return _unusable_reason(self.backend)

    def use_memory_only(self) -> None:
        """Keep secrets in memory until the program exits (the user agreed to this)."""
        self._memory_only = True

    def location(self) -> str:
        """Plain words for where secrets are kept, for the profile dialog."""
        if self._memory_only:
            return "in memory for this session only (they are forgotten when the program exits)"
        reason = self.unusable_reason()
        if reason:
            return f"nowhere yet: {reason}"
        backend = type(self.backend)
        name = getattr(backend, "name", backend.__name__)
        return f"in the system keyring ({name}), service “{SERVICE}”"

    def _checked_backend(self) -> keyring.backend.KeyringBackend:
        reason = self.unusable_reason()
        if reason:
            raise SecretsError(reason)
        return self.backend

    def load(self, profile: str) -> Secrets | None:
        """The profile's secrets, or None when none are stored."""
        if self._memory_only:
            return self._memory.get(profile)
        backend = self._checked_backend()
        import keyring.errors  # after the backend: a discovery in the background is done

        try:
            api_key, secret_key = (backend.get_password(SERVICE, item_name(profile, k))
                                   for k in KEY_NAMES)
        except keyring.errors.KeyringError as exc:
            raise SecretsError(f"The keyring could not be read: {type(exc).__name__}.") from None
        if not api_key or not secret_key:
            return None
        _remember(api_key, secret_key)
        return Secrets(api_key, secret_key)

    def save(self, profile: str, secrets: Secrets) -> None:
        """Store the profile's secrets."""
        if not secrets.api_key or not secrets.secret_key:
            raise SecretsError("Both the ApiKey and the SecretKey are needed.")
        _remember(secrets.api_key, secrets.secret_key)
        if self._memory_only:
            self._memory[profile] = secrets
            return
        backend = self._checked_backend()
        import keyring.errors  # after the backend: a discovery in the background is done

        try:
            for key, value in zip(KEY_NAMES, (secrets.api_key, secrets.secret_key), strict=True):
                backend.set_password(SERVICE, item_name(profile, key), value)
        except keyring.errors.KeyringError as exc:
            raise SecretsError(f"The keyring refused the secrets: {type(exc).__name__}.") from None
        logger.info("Secrets of profile %r stored in %s", profile, type(backend).__name__)

    def delete(self, profile: str) -> None:
        """Forget the profile's secrets (missing ones are fine)."""
        self._memory.pop(profile, None)
        if self._memory_only or self.unusable_reason():
            return
        import keyring.errors  # after the backend: a discovery in the background is done

        for key in KEY_NAMES:
            try:
                self.backend.delete_password(SERVICE, item_name(profile, key))
            except keyring.errors.PasswordDeleteError:
                pass
            except keyring.errors.KeyringError as exc:
                raise SecretsError(
                    f"The keyring refused to delete: {type(exc).__name__}."
                ) from None

    def rename(self, old: str, new: str) -> None:
        """Move a profile's secrets to its new name."""
        secrets = self.load(old)
        if secrets is not None:
            self.save(new, secrets)
            self.delete(old)
