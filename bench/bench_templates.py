"""Template library with 5,000 templates in one folder: the first scan (every file read),
a rescan with the index cache (what each start and each change costs), the panel's list
filled, and a search per keystroke; medians."""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

from zalo_composer.app.templates import TemplateLibrary
from zalo_composer.domain.model import Draft, Message, QueryShowButton, UrlButton
from zalo_composer.store.files import save_draft
from zalo_composer.store.templates import LibraryState

from .common import Figure, median

TEMPLATES = 5_000
LIST_MS = 300.0
KEYSTROKE_MS = 50.0
WORDS = ("đơn hàng", "giao chậm", "hoá đơn VAT", "xác nhận", "đổi địa chỉ", "khuyến mãi",
         "bảo hành", "hoàn tiền", "thanh toán", "lịch hẹn")
TYPED = "hoa don vat"


def _fill(folder: Path) -> None:
    rng = random.Random(16)
    for i in range(TEMPLATES):
        topic = rng.choice(WORDS)
        text = (f"Xin chào anh/chị, về {topic} số {i}: chúng tôi đã nhận yêu cầu và sẽ phản "
                "hồi trong ngày làm việc. Trân trọng cảm ơn!")
        buttons = (UrlButton(f"Xem {topic}", f"https://example.vn/{i}"),
                   QueryShowButton("Gọi lại cho tôi", f"#goi_lai_{i}"))
        save_draft(folder / f"{topic} {i:04d}.zalo.json",
                   Draft(Message(text, buttons), note=f"Mẫu {topic}"))


def _ms(action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def run() -> list[Figure]:
    """Scan, list and search a 5,000-template folder."""
    with tempfile.TemporaryDirectory() as home:
        os.environ["ZALO_COMPOSER_HOME"] = home
        folder = Path(home) / "library"
        folder.mkdir()
        _fill(folder)
        index = Path(home) / "index.json"

        def library() -> TemplateLibrary:
            return TemplateLibrary(LibraryState(path=Path(home) / "state.json"),
                                   default_folder=folder, index_path=index)

        first = _ms(library().rescan)  # reads and parses every file, writes the index
        cached = median([_ms(library().rescan) for _ in range(5)])
        warm = library()
        warm.rescan()
        listed = median([_ms(warm.entries) for _ in range(7)])
        panel, dialog = _panel_fill_ms(warm)
        keystrokes = [_ms(lambda n=n: warm.search(TYPED[:n])) for n in range(1, len(TYPED) + 1)
                      for _ in range(3)]
        return [
            Figure(f"templates: first scan of {TEMPLATES:,} (every file read)", first, "ms"),
            Figure(f"templates: list {TEMPLATES:,} at start (index cache, stat only)",
                   cached, "ms", LIST_MS),
            Figure(f"templates: panel filled with {TEMPLATES:,} rows", panel, "ms", LIST_MS),
            Figure(f"templates: order {TEMPLATES:,} (favourites, recent)", listed, "ms"),
            Figure("templates: search per keystroke, median", median(keystrokes), "ms",
                   KEYSTROKE_MS),
            Figure("templates: search per keystroke, worst", max(keystrokes), "ms",
                   KEYSTROKE_MS),
            Figure("templates: quick search keystroke (results + preview), median", dialog,
                   "ms", KEYSTROKE_MS),
        ]


def _panel_fill_ms(library: TemplateLibrary) -> tuple[float, float]:
    """The Templates panel's tree filled with the whole library, and one keystroke in the
    quick search (its results and the preview of the first), offscreen Qt."""
    from PySide6 import QtWidgets

    from zalo_composer.ui.templates.dock import TemplatesPanel
    from zalo_composer.ui.templates.quick_search import QuickSearchDialog

    _app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    dock = TemplatesPanel(library)
    fill = median([_ms(dock.refill) for _ in range(3)])
    dock.deleteLater()
    dialog = QuickSearchDialog(library)
    field = dialog.query_field()
    typed = []
    for _ in range(3):
        field.clear()
        for char in TYPED:
            typed.append(_ms(lambda char=char: field.insert(char)))
    dialog.deleteLater()
    return fill, median(typed)
