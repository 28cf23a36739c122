"""The log file: written under ZALO_COMPOSER_HOME, rotating, and never holding a secret."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from zalo_composer.domain.body import redact_text, remember_secret
from zalo_composer.logs import configure_logging
from zalo_composer.store import paths

API_KEY, SECRET_KEY = "AK-log-test-51d2e9", "SK-log-test-0c77aa"


@pytest.fixture
def log_file() -> Iterator[Path]:
    root = logging.getLogger()
    levels = {name: logging.getLogger(name).level for name in ("", "httpx", "httpcore")}
    path = configure_logging(logging.DEBUG)
    yield path
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    for handler in [h for h in root.handlers if h.get_name() == "zalo-composer-file"]:
        root.removeHandler(handler)
        handler.close()


def test_the_log_lives_in_the_log_folder(log_file: Path) -> None:
    assert log_file.parent == paths.log_dir()
    logging.getLogger("zalo_composer.test").info("hello %s", "log")
    assert "hello log" in log_file.read_text(encoding="utf-8")


def test_secrets_are_redacted_in_every_form(log_file: Path) -> None:
    remember_secret(API_KEY)
    remember_secret(SECRET_KEY)
    log = logging.getLogger("zalo_composer.test")
    log.info("body %s", json.dumps({"ApiKey": "AK-unregistered-1", "SecretKey": SECRET_KEY}))
    log.info("GET /GetSendStatus?RefId=1&ApiKey=AK-unregistered-2&SecretKey=x9x9x9")
    log.warning("oops: the key was %s", API_KEY)
    try:
        raise ValueError(f"bad secret {SECRET_KEY}")
    except ValueError:
        log.exception("failed")
    logging.getLogger("httpx").warning("HTTP Request: GET http://h/x?ApiKey=AK-unregistered-3")
    text = log_file.read_text(encoding="utf-8")
    for secret in (API_KEY, SECRET_KEY, "AK-unregistered-1", "AK-unregistered-2",
                   "AK-unregistered-3", "x9x9x9"):
        assert secret not in text
    assert text.count("••••••") >= 6
    assert "failed" in text and "ValueError" in text


def test_redact_text_leaves_other_text_alone() -> None:
    assert redact_text("Xin chào, RequestId=abc") == "Xin chào, RequestId=abc"
