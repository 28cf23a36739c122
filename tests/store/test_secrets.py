"""Secrets: the keyring round trip (in memory and against a real Secret Service), refusal of
unusable backends, the session-only fallback, and that no file ever holds them."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import keyring.backend
import pytest

from zalo_composer.domain.errors import SecretsError
from zalo_composer.store.secrets import SERVICE, Secrets, SecretStore, item_name

API_KEY = "AK-unit-5f1e0c-Đặc-biệt"
SECRET_KEY = "SK-unit-9a7b3d"


def test_secrets_round_trip_one_item_per_profile_and_key(memory_keyring) -> None:  # type: ignore[no-untyped-def]
    store = SecretStore()
    store.save("Shop", Secrets(API_KEY, SECRET_KEY))
    assert store.load("Shop") == Secrets(API_KEY, SECRET_KEY)
    assert memory_keyring.items == {
        (SERVICE, item_name("Shop", "ApiKey")): API_KEY,
        (SERVICE, item_name("Shop", "SecretKey")): SECRET_KEY,
    }
    store.rename("Shop", "Shop 2")
    assert store.load("Shop") is None
    assert store.load("Shop 2") == Secrets(API_KEY, SECRET_KEY)
    store.delete("Shop 2")
    store.delete("Shop 2")  # deleting what is gone is fine
    assert memory_keyring.items == {}


def test_secrets_never_show_in_repr() -> None:
    secrets = Secrets(API_KEY, SECRET_KEY)
    assert API_KEY not in repr(secrets) and SECRET_KEY not in str(secrets)


def test_both_keys_are_required() -> None:
    with pytest.raises(SecretsError, match="Both"):
        SecretStore().save("Shop", Secrets(API_KEY, ""))


def test_no_keyring_is_reported_plainly_and_memory_only_works() -> None:
    import keyring.backends.fail

    store = SecretStore(keyring.backends.fail.Keyring())
    assert "No system keyring" in (store.unusable_reason() or "")
    with pytest.raises(SecretsError, match="No system keyring"):
        store.save("Shop", Secrets(API_KEY, SECRET_KEY))
    store.use_memory_only()
    store.save("Shop", Secrets(API_KEY, SECRET_KEY))
    assert store.load("Shop") == Secrets(API_KEY, SECRET_KEY)
    assert "this session only" in store.location()


def test_a_plaintext_file_backend_is_refused() -> None:
    class PlaintextKeyring(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            raise AssertionError("must not be asked")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("must not be asked")

        def delete_password(self, service: str, username: str) -> None:
            raise AssertionError("must not be asked")

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    store = SecretStore(PlaintextKeyring())
    with pytest.raises(SecretsError, match="plain file"):
        store.save("Shop", Secrets(API_KEY, SECRET_KEY))


def test_a_keyring_error_is_a_secrets_error_without_the_secret() -> None:
    import keyring.errors

    class Locked(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            raise keyring.errors.KeyringLocked("locked")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.PasswordSetError(f"cannot store {password}")

        def delete_password(self, service: str, username: str) -> None:
            raise keyring.errors.PasswordDeleteError("x")

    store = SecretStore(Locked())
    with pytest.raises(SecretsError) as caught:
        store.save("Shop", Secrets(API_KEY, SECRET_KEY))
    assert API_KEY not in str(caught.value)
    with pytest.raises(SecretsError, match="could not be read"):
        store.load("Shop")


def _secret_service_or_skip() -> keyring.backend.KeyringBackend:
    if not os.environ.get("ZALO_TEST_SECRET_SERVICE"):
        pytest.skip("no Secret Service session: run through `make test` (tests/with-keyring.sh)")
    backend = keyring.get_keyring()
    if type(backend).__module__ != "keyring.backends.SecretService":
        pytest.skip(f"the keyring backend is {type(backend).__module__}, not SecretService")
    return backend


@pytest.mark.secret_service
def test_real_secret_service_round_trip_and_no_file_holds_the_secrets(composer_home: Path) -> None:
    # GIVEN the real gnome-keyring on a private D-Bus session
    backend = _secret_service_or_skip()
    api_key, secret_key = f"{API_KEY}-{os.getpid()}", f"{SECRET_KEY}-{os.getpid()}"
    # WHEN a profile's secrets are saved through the program
    store = SecretStore()
    store.save("Real", Secrets(api_key, secret_key))
    try:
        # THEN the Secret Service holds them, under the program's service name
        assert backend.get_password(SERVICE, item_name("Real", "ApiKey")) == api_key
        assert SecretStore().load("Real") == Secrets(api_key, secret_key)
        assert "SecretService" in store.location() or "Secret" in store.location()
        # AND no file the program wrote holds them
        for path in composer_home.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert api_key.encode() not in data and secret_key.encode() not in data
    finally:
        store.delete("Real")
    assert backend.get_password(SERVICE, item_name("Real", "ApiKey")) is None


_BACKGROUND_ROUND_TRIP = """
import sys
from zalo_composer.store.secrets import (
    Secrets, SecretStore, discover_keyring_in_background, keyring_backend)
discover_keyring_in_background()  # as the window does once it has settled
store = SecretStore()  # at once, while the discovery may still be importing keyring
store.save("Background", Secrets(sys.argv[1], sys.argv[2]))
try:
    loaded = store.load("Background")
finally:
    store.delete("Background")
import keyring
print(type(keyring_backend()).__module__, keyring_backend() is keyring.get_keyring(),
      loaded == Secrets(sys.argv[1], sys.argv[2]), store.load("Background"))
"""


@pytest.mark.secret_service
def test_the_keyring_found_in_the_background_is_the_one_secrets_use(tmp_path: Path) -> None:
    # GIVEN the real gnome-keyring, and a fresh interpreter in which nothing imported keyring
    _secret_service_or_skip()
    import subprocess
    import sys

    api_key, secret_key = f"{API_KEY}-bg-{os.getpid()}", f"{SECRET_KEY}-bg-{os.getpid()}"
    # WHEN the keyring's backend is being found in a thread while secrets are saved, read
    # back and deleted on the main thread
    done = subprocess.run(
        [sys.executable, "-c", _BACKGROUND_ROUND_TRIP, api_key, secret_key],
        env={**os.environ, "ZALO_COMPOSER_HOME": str(tmp_path)}, capture_output=True,
        text=True, timeout=60, check=False)
    # THEN they went through the Secret Service that keyring chose, once, and are gone after
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["keyring.backends.SecretService", "True", "True", "None"]
    assert api_key not in done.stdout + done.stderr
