"""Profiles file: paths under ZALO_COMPOSER_HOME, round-trips, renames and bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zalo_composer.app.services import ensure_profiles
from zalo_composer.domain.errors import ConfigError
from zalo_composer.store import paths
from zalo_composer.store.profiles import (
    SANDBOX_ENDPOINT,
    SANDBOX_PROFILE_NAME,
    Profile,
    ProfileBook,
)


def test_every_folder_lives_under_zalo_composer_home(composer_home: Path) -> None:
    for folder in (paths.config_dir(), paths.data_dir(), paths.cache_dir(), paths.log_dir()):
        assert folder.is_dir()
        assert folder.is_relative_to(composer_home)


def test_without_home_platformdirs_is_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("ZALO_COMPOSER_HOME")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    assert paths.config_dir() == tmp_path / "xdg-config" / "zalo-composer"


def test_first_start_creates_the_sandbox_profile_once() -> None:
    book = ProfileBook.load()
    assert book.profiles == []
    assert ensure_profiles(book) is True
    again = ProfileBook.load()
    assert again.names() == [SANDBOX_PROFILE_NAME]
    assert again.active == SANDBOX_PROFILE_NAME
    assert again.get(SANDBOX_PROFILE_NAME).endpoint == SANDBOX_ENDPOINT
    assert ensure_profiles(again) is False
    assert ProfileBook.load().names() == [SANDBOX_PROFILE_NAME]


def test_profiles_round_trip_and_rename_keeps_place_and_active() -> None:
    book = ProfileBook.load()
    book.put(Profile("Shop", "111", default_recipients=("123", "456"), read_timeout=12.5))
    book.put(Profile("Other", "222", callback_url="https://cb.example/hook"))
    book.active = "Shop"
    book.save()
    loaded = ProfileBook.load()
    assert loaded.profiles == book.profiles
    loaded.put(Profile("Shop HN", "111"), replacing="Shop")
    assert loaded.names() == ["Shop HN", "Other"]
    assert loaded.active == "Shop HN"


@pytest.mark.parametrize(
    ("name", "replacing", "message"),
    [("", None, "needs a name"), ("Other", None, "already exists"),
     ("New", "Missing", "no profile called")],
)
def test_put_refuses_bad_names(name: str, replacing: str | None, message: str) -> None:
    book = ProfileBook(profiles=[Profile("Other", "1")])
    with pytest.raises(ConfigError, match=message):
        book.put(Profile(name, "1"), replacing=replacing)


def test_remove_moves_active_to_the_next_profile() -> None:
    book = ProfileBook(profiles=[Profile("A", "1"), Profile("B", "2")], active="A")
    book.remove("A")
    assert book.names() == ["B"]
    assert book.active == "B"
    with pytest.raises(ConfigError, match="no profile called “A”"):
        book.get("A")


@pytest.mark.parametrize("content", ["{not json", "[]", '{"profiles": [{"oaid": "1"}]}'])
def test_a_damaged_profiles_file_is_a_config_error(composer_home: Path, content: str) -> None:
    path = paths.config_dir() / "profiles.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot be read"):
        ProfileBook.load()


def test_the_profiles_file_holds_no_secret_fields() -> None:
    book = ProfileBook.load()
    ensure_profiles(book)
    document = json.loads((paths.config_dir() / "profiles.json").read_text(encoding="utf-8"))
    keys = {k.lower() for p in document["profiles"] for k in p}
    assert not keys & {"apikey", "api_key", "secretkey", "secret_key"}
