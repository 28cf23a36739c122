"""Realistic drafts for the widget tests and the screenshot script."""

from __future__ import annotations

from zalo_composer.domain.model import (
    Draft,
    Message,
    PhoneButton,
    QueryHideButton,
    QueryShowButton,
    SmsButton,
    UrlButton,
)

LONG_VIETNAMESE_TEXT = (
    "Xin chào anh/chị Nguyễn Thị Thuỳ Dương,\n"
    "Cảm ơn anh/chị đã liên hệ với bộ phận chăm sóc khách hàng của Cửa hàng Hoa Sen. "
    "Đơn hàng số DH-2026-118374 của anh/chị đã được xác nhận và đang được đóng gói tại "
    "kho Thủ Đức; dự kiến giao trong vòng hai đến ba ngày làm việc. Nếu anh/chị muốn đổi "
    "địa chỉ nhận hàng, thay đổi khung giờ giao hoặc cần xuất hoá đơn giá trị gia tăng, "
    "vui lòng chọn một trong các nút bên dưới hoặc gọi tổng đài miễn phí của chúng tôi.\n"
    "Trân trọng cảm ơn và chúc anh/chị một ngày tốt lành!"
)


def five_button_draft() -> Draft:
    """A draft with a long Vietnamese text and one button of each of the five types."""
    return Draft(
        message=Message(
            text=LONG_VIETNAMESE_TEXT,
            buttons=(
                UrlButton(title="Theo dõi đơn hàng", url="https://hoasen.example.vn/don-hang/118374"),
                QueryShowButton(title="Đổi địa chỉ nhận hàng", payload="#doi_dia_chi"),
                QueryHideButton(title="Xuất hoá đơn VAT", payload="#xuat_hoa_don_118374"),
                SmsButton(
                    title="Nhắn tin cho cửa hàng",
                    content="Toi muon doi gio giao don DH-2026-118374",
                    phone_code="0901888484",
                ),
                PhoneButton(title="Gọi tổng đài", phone_code="1800 6868"),
            ),
        ),
        recipients=("2281163470342346421",),
        note="Khách VIP, ưu tiên giao sáng",
    )


def error_draft() -> Draft:
    """A draft with errors in several places (for the error-state screenshot)."""
    return Draft(
        message=Message(
            text=LONG_VIETNAMESE_TEXT * 6,
            buttons=(
                UrlButton(title="Theo dõi đơn hàng", url="javascript:alert(1)"),
                QueryShowButton(title="", payload="#doi_dia_chi"),
                SmsButton(title="Nhắn tin", content="x" * 170, phone_code="09x1"),
                PhoneButton(title="Gọi tổng đài", phone_code="123456"),
            ),
        ),
        recipients=("2281163470342346421", "abc"),
        request_id="đơn-118374",
    )
