"""The draft parts the benchmarks type into: one button of each of the five types, short
Vietnamese titles (the same in every benchmark, so their figures compare)."""

from __future__ import annotations

from zalo_composer.domain.model import (
    PhoneButton,
    QueryHideButton,
    QueryShowButton,
    SmsButton,
    UrlButton,
)

FIVE_BUTTONS = (
    UrlButton(title="Theo dõi đơn hàng", url="https://example.vn/don-hang/118374"),
    QueryShowButton(title="Đổi địa chỉ", payload="#doi_dia_chi"),
    QueryHideButton(title="Xuất hoá đơn", payload="#hoa_don"),
    SmsButton(title="Nhắn tin", content="Toi muon doi gio giao", phone_code="0901888484"),
    PhoneButton(title="Gọi tổng đài", phone_code="18006868"),
)
