"""The README's screenshot of the Templates panel and the Ctrl+K quick search, in
Vietnamese, at 1366x768 (a support laptop), with a shared folder, a broken file and an
offline folder (not a test).

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python -m tests.ui.screenshot_templates [PATH]

Writes PATH (default docs/screenshot-templates-vi.png). Everything goes to a temporary
folder, never the user's.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from tests.ui.samples import five_button_draft
from zalo_composer.domain.model import Draft, Message, PhoneButton, QueryShowButton, UrlButton
from zalo_composer.store.files import save_draft
from zalo_composer.ui.i18n import install_language

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshot-templates-vi.png"

TEAM = {
    "Xác nhận đơn hàng": ("Mẫu chuẩn cho đơn mới", "Đơn hàng của anh/chị đã được xác nhận."),
    "Giao hàng chậm": ("Khi kho báo trễ", "Xin lỗi anh/chị, đơn hàng sẽ giao chậm một ngày."),
    "Hoá đơn VAT": ("", "Anh/chị vui lòng gửi mã số thuế để xuất hoá đơn VAT."),
    "Hoá đơn điện tử đã gửi": ("Sau khi xuất", "Hoá đơn điện tử đã được gửi tới email."),
    "Đổi địa chỉ nhận hàng": ("", "Anh/chị muốn đổi địa chỉ nhận hàng? Chọn nút bên dưới."),
    "Khuyến mãi tháng 12": ("Hết hạn 31/12", "Ưu đãi 20% cho khách hàng thân thiết."),
}


def _fill(mine: Path, team: Path) -> None:
    save_draft(mine / "Chào khách mới.zalo.json", Draft(Message(
        "Chào mừng anh/chị đến với Cửa hàng Hoa Sen!", (UrlButton("Xem cửa hàng",
                                                               "https://hoasen.example.vn"),)),
        note="Tin chào"))
    save_draft(mine / "Đơn hàng 118374.zalo.json", five_button_draft())
    for name, (note, text) in TEAM.items():
        save_draft(team / f"{name}.zalo.json", Draft(Message(text, (
            QueryShowButton("Tôi cần hỗ trợ", "#ho_tro"),
            PhoneButton("Gọi tổng đài", "1800 6868"))), note=note))
    (team / "Bảo hành (hỏng).zalo.json").write_text('{"format": "zalo-composer-draft", ',
                                                    encoding="utf-8")


def main(argv: list[str]) -> int:
    """Write the screenshot; returns the exit status."""
    out = Path(argv[0]) if argv else DEFAULT_OUT
    with tempfile.TemporaryDirectory(prefix="zalo-shot-") as home:
        os.environ["ZALO_COMPOSER_HOME"] = home
        team = Path(home) / "Ổ chung" / "Mẫu tin CSKH"
        team.mkdir(parents=True)
        app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
        app.setApplicationDisplayName("Zalo Composer")
        install_language(app, "vi")
        asyncio.set_event_loop(asyncio.new_event_loop())
        from zalo_composer.ui.main_window import MainWindow

        window = MainWindow()
        templates = window.templates
        _fill(Path(templates.library.default_folder), team)
        templates.library.add_folder(team)
        templates.library.add_folder(Path(home) / "USB" / "Mẫu cũ")  # unplugged
        templates.library.rescan()
        favourite = templates.library.find("Xác nhận đơn hàng")
        assert favourite is not None
        templates.library.set_favourite(favourite.path, True)
        templates.watcher.refresh()
        window.load_draft(five_button_draft())
        window.setGeometry(0, 0, 1366, 768)
        window.show()
        deadline = QtCore.QDeadlineTimer(3000)
        while templates.dock.isHidden() and not deadline.hasExpired():
            app.processEvents()
        window.resizeDocks([templates.dock], [560], QtCore.Qt.Orientation.Horizontal)
        dialog = templates.show_quick_search()
        dialog.query_field().setText("hoa don")
        dialog.resize(820, 460)
        dialog.move(window.geometry().center() - dialog.rect().center())
        for _ in range(30):
            app.processEvents()
            QtCore.QThread.msleep(20)
        out.parent.mkdir(parents=True, exist_ok=True)
        screen = QtGui.QGuiApplication.primaryScreen()
        if QtGui.QGuiApplication.platformName() == "xcb":
            image = screen.grabWindow(0, 0, 0, 1366, 768)
        else:  # offscreen: the window with the dialog painted over it
            image = window.grab()
            painter = QtGui.QPainter(image)
            painter.drawPixmap(dialog.geometry().topLeft() - window.geometry().topLeft(),
                               dialog.grab())
            painter.end()
        image.save(str(out))
        print(out)
        dialog.close()
        window.setWindowModified(False)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
