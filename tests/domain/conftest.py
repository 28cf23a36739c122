"""Fixtures for the domain tests: the eSMS documentation's five-button sample, as a file and
as the same message built field by field through the model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from zalo_composer.domain.model import (
    Account,
    Message,
    PhoneButton,
    QueryHideButton,
    QueryShowButton,
    SmsButton,
    UrlButton,
)

#: The documented sample request body with concrete values for its {{placeholders}}.
DOC_SAMPLE_PATH = Path(__file__).parent.parent / "data" / "esms_doc_sample_body.json"

DOC_SAMPLE_API_KEY = "DEMO0API0KEY0A1B2C3D4E5F6A7B8C9D"
DOC_SAMPLE_SECRET_KEY = "DEMO0SECRET0KEY0F9E8D7C6B5A4F3E2D"
DOC_SAMPLE_OAID = "4368496045530866759"
DOC_SAMPLE_CALLBACK_URL = "https://shop.example.vn/esms/callback"
DOC_SAMPLE_REQUEST_ID = "don-hang-1024-lan-1"
DOC_SAMPLE_USER_ID = "6132578839214987522"


@pytest.fixture
def doc_sample_path() -> Path:
    """Path of the documented sample body (tests/data/esms_doc_sample_body.json)."""
    return DOC_SAMPLE_PATH


@pytest.fixture
def doc_sample_body() -> dict[str, Any]:
    """The documented sample body, parsed (keys in the file's order)."""
    with DOC_SAMPLE_PATH.open(encoding="utf-8") as handle:
        body: dict[str, Any] = json.load(handle)
    return body


@pytest.fixture
def doc_sample_message() -> Message:
    """The sample's message as a user would compose it: line breaks typed as plain \\n."""
    return Message(
        text=(
            "Chào anh Nguyễn Văn An,\n"
            "Đơn hàng #1024 của anh đã được xác nhận. Anh cần hỗ trợ gì thêm không ạ?"
        ),
        buttons=(
            UrlButton(title="Xem chi tiết đơn hàng", url="https://esms.vn"),
            QueryShowButton(title="Tư vấn ngay", payload="#callback_data"),
            QueryHideButton(title="Gửi yêu cầu gọi lại", payload="#callback_data"),
            SmsButton(
                title="Nhắn tin SMS",
                content="Tôi cần tư vấn về đơn hàng #1024",
                phone_code="84919018791",
            ),
            PhoneButton(title="Gọi tổng đài", phone_code="0901888484"),
        ),
    )


@pytest.fixture
def doc_sample_account() -> Account:
    """The account fields of the sample (demo keys, never real ones)."""
    return Account(
        oaid=DOC_SAMPLE_OAID,
        api_key=DOC_SAMPLE_API_KEY,
        secret_key=DOC_SAMPLE_SECRET_KEY,
        callback_url=DOC_SAMPLE_CALLBACK_URL,
    )
