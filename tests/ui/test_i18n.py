"""Vietnamese: every visible text of the window and its dialogs is translated, problems and
code meanings too, the language switches live without losing work, the .qm is the .ts
compiled, and the translations keep their placeholders and mnemonics."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from tests.app.bulk_samples import DRAFT as BULK_DRAFT
from tests.app.bulk_samples import user_id
from tests.ui.samples import error_draft, five_button_draft
from zalo_composer import APP_DISPLAY_NAME, __version__
from zalo_composer.app.send import SendJob, begin_record, complete_record
from zalo_composer.app.services import AppServices
from zalo_composer.domain.draft import load_draft
from zalo_composer.domain.errors import DraftError
from zalo_composer.domain.model import BUTTON_CLASSES, Draft, Message, UrlButton
from zalo_composer.domain.result import SendResult
from zalo_composer.domain.validation import validate_draft
from zalo_composer.store.history import History
from zalo_composer.store.profiles import DEFAULT_ENDPOINT
from zalo_composer.ui import i18n
from zalo_composer.ui.about import show_about
from zalo_composer.ui.bulk.defaults import VARIABLES_EXAMPLE
from zalo_composer.ui.bulk.dialogs import start_question
from zalo_composer.ui.bulk.model import message_preview
from zalo_composer.ui.bulk.paste_dialog import PasteIdsDialog
from zalo_composer.ui.history.model import meaning_text
from zalo_composer.ui.i18n import (
    code_meaning,
    domain_text,
    error_text,
    install_language,
    problem_text,
    qm_path,
    translate,
)
from zalo_composer.ui.import_dialog import ImportDialog
from zalo_composer.ui.main_window import MainWindow
from zalo_composer.ui.problems import problem_line
from zalo_composer.ui.profiles import ProfileDialog, ProfileManagerDialog
from zalo_composer.ui.results import status_text

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "zalo_composer_vi.ts"
LREL = Path(sys.executable).parent / "pyside6-lrelease"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

#: Words that stay as they are in Vietnamese (names of products, protocols and API fields).
TECHNICAL = frozenset({
    "ApiKey", "SecretKey", "OAID", "RequestId", "SMSID", "SendDate", "user_id", "JSON", "cURL",
    "curl", "eSMS", "Zalo", "URL", "SMS", "HTTP", "CodeResult", "OA", "ZNS", "Qt", "PySide6",
    "Python", "ms", "CSV", "CallbackUrl", "endpoint", "Endpoint", "sandbox", "Sandbox",
    "payload", "Payload", "GetSendStatus", "QueryZnsStatus", "Official", "Account", "OK", "s",
    "Esc", "Enter", "Tab", "Return", "Up", "Down", "Alt", "Ctrl", "Shift", "ErrorMessage",
})
_MARKS = "✖⚠✔ⓘℹ•"
_PLACEHOLDER = re.compile(r"\{\w+\}|%\d|%n")


# -- the .ts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Message_:
    context: str
    source: str
    translation: str
    finished: bool


def ts_messages(path: Path = TS) -> list[Message_]:
    """Every message of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(Message_(name, message.findtext("source") or "",
                                  translation.text or "",
                                  translation.get("type") not in ("unfinished", "vanished",
                                                                  "obsolete")))
    return found


def _plain(text: str) -> str:
    """A text as compared: mnemonics, the window-modified mark and a trailing ellipsis (the
    shortcuts page drops it) taken out, spaces folded."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("[*]", "")
    return " ".join(text.split()).removesuffix("…").removesuffix("...")


class Checker:
    """Tells a Vietnamese text from one still in English: a text passes when it is a finished
    translation (or one filled in: its placeholders match texts that pass), data the user
    typed, or technical tokens and numbers."""

    def __init__(self, messages: Iterable[Message_], data: Iterable[str]) -> None:
        messages = list(messages)
        self.exact = {_plain(m.translation) for m in messages if m.finished}
        # " — active", ", ", " and ": pieces of longer texts, compared without their edges
        self.exact |= {t.strip(" —-,:;") for t in self.exact} - {""}
        self.english = {_plain(m.source) for m in messages
                        if _plain(m.source) != _plain(m.translation) and m.finished}
        self.english |= {_plain(m.source) for m in messages if not m.finished}
        self.data = {" ".join(d.split()) for d in data if d.strip()}
        templates = []
        for m in messages:
            shown = _plain(m.translation)
            if m.finished and _PLACEHOLDER.search(shown):
                parts = _PLACEHOLDER.split(shown)
                regex = "(.*?)".join(re.escape(p) for p in parts)
                regex = regex[:-5] + "(.*)" if shown.endswith(tuple("}1n")) and not parts[-1] \
                    else regex
                templates.append((len("".join(parts)), re.compile(regex, re.DOTALL)))
        self.templates = [t for _, t in sorted(templates, key=lambda t: -t[0])]

    def _token_is_data(self, token: str) -> bool:
        token = token.strip("“”\"'()[]{},.;:…!?·—-\u2013")
        return (not token or token in TECHNICAL or any(c.isdigit() for c in token)
                or any(c in token for c in "/@_+#.\\") or not any(c.isalpha() for c in token))

    def is_data(self, text: str) -> bool:
        text = text.strip("“”\"' …")
        if not text or any(text in d for d in self.data if len(text) >= 3):
            return True
        rest = text
        for item in sorted(self.data, key=len, reverse=True):
            if len(item) >= 3:
                rest = rest.replace(item, " ")
        return all(self._token_is_data(t) for t in rest.split())

    def ok(self, text: str, depth: int = 0) -> bool:
        text = _plain(text).strip(_MARKS + " ")
        if not any(c.isalpha() for c in text) or text in self.exact or self.is_data(text):
            return True
        if depth > 4:
            return False
        for template in self.templates:
            match = template.fullmatch(text)
            if match and all(self.ok(g, depth + 1) for g in match.groups()):
                return True
        for separator in (" · ", "\n", " — ", ": ", ", "):
            parts = text.split(separator)
            if len(parts) > 1 and all(self.ok(p, depth + 1) for p in parts):
                return True
        suffix = re.fullmatch(r"(.*) \(([^()]*)\)", text, re.DOTALL)
        if suffix and self.is_data(suffix[2]) and self.ok(suffix[1], depth + 1):
            return True
        # A translation with a technical word or a user's value beside it ("Hệ điều hành
        # Linux-6.1-x86_64"): cover it with translations and data.
        rest = text
        for phrase in sorted(self.exact, key=len, reverse=True):
            if len(phrase) >= 2 and phrase in rest:
                rest = rest.replace(phrase, " ")
        return rest != text and self.is_data(rest)


# -- walking the widgets -----------------------------------------------------------------------


def _html_text(text: str) -> str:
    if QtGui.Qt.mightBeRichText(text):
        document = QtGui.QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _model_texts(view: QtWidgets.QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    name = view.objectName()
    root = QtCore.QModelIndex()
    columns = 1 if isinstance(model, QtCore.QAbstractListModel) else model.columnCount(root)
    if isinstance(view, QtWidgets.QTableView):
        for column in range(columns):
            header = model.headerData(column, QtCore.Qt.Orientation.Horizontal,
                                      QtCore.Qt.ItemDataRole.DisplayRole)
            if header:
                yield f"{name} header", str(header)
    for row in range(min(model.rowCount(root), 20)):
        for column in range(columns):
            value = model.data(model.index(row, column), QtCore.Qt.ItemDataRole.DisplayRole)
            if value:
                yield f"{name} cell", str(value)


def _menu_texts(menu: QtWidgets.QMenu) -> Iterator[tuple[str, str]]:
    yield f"menu {menu.objectName()}", menu.title()
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        submenu = action.menu()
        if isinstance(submenu, QtWidgets.QMenu):
            yield f"menu {submenu.objectName()}", submenu.title()
            continue
        yield f"action {action.objectName()}", action.text()


def visible_texts(top: QtWidgets.QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a person can read in *top* and its visible children."""
    yield f"title of {top.objectName()}", top.windowTitle()
    widgets = [top, *top.findChildren(QtWidgets.QWidget)]
    for widget in widgets:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QtWidgets.QHeaderView):
            continue  # its view reports the titles
        if widget.objectName() == "shortcutsTable":
            assert isinstance(widget, QtWidgets.QTableWidget)
            # The first column names keys, as Qt names them (Ctrl+N, Backspace …).
            for row in range(widget.rowCount()):
                yield "shortcutsTable", widget.item(row, 1).text()
            for column in range(widget.columnCount()):
                yield "shortcutsTable header", widget.horizontalHeaderItem(column).text()
            continue
        where = f"{type(widget).__name__} {widget.objectName()}"
        match widget:
            case QtWidgets.QLabel():
                for line in _html_text(widget.text()).splitlines():
                    yield where, line
            case QtWidgets.QAbstractButton():
                yield where, widget.text()
            case QtWidgets.QGroupBox():
                yield where, widget.title()
            case QtWidgets.QLineEdit():
                yield where, widget.placeholderText()
            case QtWidgets.QPlainTextEdit():
                yield where, widget.placeholderText()
            case QtWidgets.QAbstractSpinBox():
                yield where, widget.text()
            case QtWidgets.QComboBox():
                for index in range(widget.count()):
                    yield where, widget.itemText(index)
            case QtWidgets.QTabWidget():
                for index in range(widget.count()):
                    yield where, widget.tabText(index)
            case QtWidgets.QDockWidget():
                yield where, widget.windowTitle()
            case QtWidgets.QMenuBar():
                for action in widget.actions():
                    menu = action.menu()
                    if isinstance(menu, QtWidgets.QMenu):
                        yield from _menu_texts(menu)
            case QtWidgets.QAbstractItemView():
                yield from _model_texts(widget)


def untranslated(checker: Checker, top: QtWidgets.QWidget) -> list[str]:
    """The texts of *top* that are not in Vietnamese."""
    found = []
    for where, text in visible_texts(top):
        if not text.strip() or checker.ok(text):
            continue
        for line in text.splitlines() or [text]:
            if line.strip() and not checker.ok(line):
                flag = " (English source)" if _plain(line) in checker.english else ""
                found.append(f"{where}: {line!r}{flag}")
    return found


# -- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def built_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package's compiled Vietnamese translation (committed; `make translations` and
    `make qm` compile it from the .ts). Compared by content, not by date: a fresh clone's
    file dates say nothing."""
    path = qm_path("vi")
    if not path.is_file():
        pytest.fail(f"{path} is missing: run `make qm` (it compiles the .ts)")
    fresh = tmp_path_factory.mktemp("qm") / path.name
    subprocess.run([str(LREL), "-silent", str(TS), "-qm", str(fresh)], check=True)
    if fresh.read_bytes() != path.read_bytes():
        pytest.fail(f"{path} is not {TS.name} compiled: run `make qm` and commit it")
    return path


@pytest.fixture
def vietnamese(qapp: QtWidgets.QApplication, qtbot: QtBot, built_qm: Path) -> Iterator[None]:
    """The UI in Vietnamese for one test; English again afterwards, for the other tests."""
    assert install_language(qapp, "vi") == "vi"
    qtbot.wait(1)  # LanguageChange is posted
    try:
        yield
    finally:
        install_language(qapp, "en")
        qtbot.wait(1)
    assert i18n.installed_language() == "en"
    assert not [t for t in qapp.findChildren(QtCore.QTranslator)
                if t.objectName() in ("zaloComposerTranslator", "qtBaseTranslator")]


def _draft_data(*drafts: Draft) -> set[str]:
    data: set[str] = set()
    for draft in drafts:
        data |= {draft.message.text, *draft.recipients, draft.request_id or "", draft.note,
                 draft.send_date or ""}
        data |= set(draft.message.text.splitlines())
        for button in draft.message.buttons:
            data |= set(button.values().values())
    return data


def accepted(started: datetime | None = None) -> SendResult:
    return SendResult(
        recipient="2281163470342346421", request_id="9f1c2b7e5d3a4c6b8e0f1a2b3c4d5e6f",
        outcome="accepted", started_at=started or datetime.now().astimezone(),
        duration_ms=184.0, http_status=200, code="100", meaning="accepted by eSMS",
        sms_id="d7a4c2b0-5f3e-4a61-9c8d-2e7b1f0a9c34",
        request_body={"OAID": "1234", "Payload": {"recipient": {"user_id": "2281163470342346421"}}},
        raw_response='{"CodeResult":"100"}',
    )


def failed() -> SendResult:
    return SendResult(
        recipient="2281163470342346421", request_id="0" * 32, outcome="failed",
        started_at=datetime.now().astimezone() - timedelta(minutes=3), duration_ms=10012.0,
        meaning="Could not connect to eSMS within 10 s.", failure="connect_timeout",
    )


def _checker(services: AppServices, *extra: str) -> Checker:
    book = services.book
    placeholders = {s.placeholder for cls in BUTTON_CLASSES.values() for s in cls.FIELDS}
    data = _draft_data(five_button_draft(), error_draft()) | placeholders | {
        APP_DISPLAY_NAME, __version__, "English", "Tiếng Việt", DEFAULT_ENDPOINT, "zalo-composer",
        type(services.secrets.backend).__module__ + " " + type(services.secrets.backend).__name__,
        getattr(type(services.secrets.backend), "name", ""),
        *book.names(), *(p.oaid for p in book.profiles), *extra,
    }
    return Checker(ts_messages(), data)


def _settle(qtbot: QtBot, *widgets: QtWidgets.QWidget) -> None:
    for widget in widgets:
        widget.show()
    qtbot.wait(20)


# -- (a) every visible text is translated ------------------------------------------------------


@pytest.mark.usefixtures("vietnamese")
def test_the_window_and_every_dialog_speak_vietnamese(
    window: MainWindow, services: AppServices, qtbot: QtBot
) -> None:
    # GIVEN the window built in Vietnamese, with sends in its log and in the history
    window.load_draft(five_button_draft())
    model = window.activity.results_log.results_model()
    model.add(failed(), "Sandbox")
    model.add(accepted(), "Sandbox")
    history: History = services.history
    for result in (failed(), accepted()):
        job = SendJob(result.recipient, result.request_id, Message(), draft=five_button_draft())
        row = begin_record(history, "Sandbox", result.request_body or {"Payload": {}}, job)
        complete_record(history, row, result)
    window.activity.show_results()
    _settle(qtbot, window)
    checker = _checker(services, "2281163470342346421")
    problems: list[str] = []

    # WHEN the five-button draft, then the error draft is shown, THEN every text is Vietnamese
    problems += untranslated(checker, window)
    window.load_draft(error_draft())
    window.flush_preview()
    qtbot.wait(20)
    assert window.problems(), "the error draft shows problems"
    problems += untranslated(checker, window)

    # AND every dialog the window opens
    dialogs: list[QtWidgets.QWidget] = [
        window.show_settings(), window.show_shortcuts(), show_about(window),
        ProfileManagerDialog(services.book, services.secrets, window),
        ProfileDialog(services.book, services.secrets, None, window),
        ProfileDialog(services.book, services.secrets, services.book.active_profile(), window),
        ImportDialog(services.book, services.secrets, window, text=(
            "curl 'https://rest.esms.vn/MainService.svc/json/SendZaloFollowerMessage_V5_post_json/'"
            " --data '" + json.dumps({"ApiKey": "AK-1", "SecretKey": "SK-1", "OAID": "4368",
                                      "Payload": {"recipient": {"user_id": "2281163470342346421"},
                                                  "message": {"text": "Xin chào"}}}) + "'")),
        window.activity.show_history(),
    ]
    for dialog in dialogs:
        if not dialog.testAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose):
            qtbot.addWidget(dialog)
        _settle(qtbot, dialog)
        problems += untranslated(checker, dialog)
    window.activity.show_history().select_row(0)
    qtbot.wait(20)
    problems += untranslated(checker, window.activity.show_history())
    for dialog in dialogs:
        dialog.close()

    assert not problems, "untranslated texts:\n" + "\n".join(dict.fromkeys(problems))


BULK_PASTE = "\n".join([
    "user_id\ttên\torder_id",
    f"{user_id(0)}\tNgọc An\t1001",
    f"{user_id(1)}\t\t1002",
    f"{user_id(2)}\tBình\t",
    f"{user_id(3)}\t{'Nguyễn Thị Thuỳ Dương ' * 4}\t1004",
    "12ab\tCường\t1005",
    f"{user_id(0)}\tNgọc An\t1006",
])


@pytest.mark.usefixtures("vietnamese")
def test_the_bulk_panel_speaks_vietnamese(
    window: MainWindow, services: AppServices, qtbot: QtBot
) -> None:
    # GIVEN the window in Vietnamese with the bulk dock shown and a draft with variables
    window.load_draft(BULK_DRAFT)
    window.resize(1400, 900)
    _settle(qtbot, window)
    dock = window.findChild(QtWidgets.QDockWidget, "bulkDock")
    dock.show()
    dock.raise_()
    panel = window.activity.bulk_panel()
    panel.controls().set_rate(None)
    panel._confirm_start = lambda profile, count, rate: True  # type: ignore[method-assign]
    qtbot.wait(20)
    checker = _checker(services, BULK_PASTE, *BULK_PASTE.split("\t"), "bạn",
                       VARIABLES_EXAMPLE, "{{order_id}}", "{{tên}}")
    problems: list[str] = []
    # WHEN it is empty, THEN every text is Vietnamese
    problems += untranslated(checker, dock)
    assert panel.recipients_area().count_label().text().startswith("Chưa có người nhận")

    # WHEN ids are pasted (a bad one, a duplicate, a missing variable) and checked
    assert panel.paste_ids(BULK_PASTE) == 6
    qtbot.wait(20)
    problems += untranslated(checker, dock)
    model = panel.recipients_model()
    assert model.status_text(4) == "user_id không hợp lệ"
    assert model.status_text(5) == "trùng với dòng 2"
    panel.set_defaults({"tên": "bạn"})
    panel.check_all()
    qtbot.wait(20)
    # THEN the statuses, the verdict and the worst cases read Vietnamese
    problems += untranslated(checker, dock)
    assert model.status_text(2) == "thiếu giá trị cho {{order_id}}"
    summary = panel.check_summary()
    assert summary.headline_text() == (
        "✔ 3/6 hàng gửi được; 3 bị chặn (trỏ chuột vào hàng để xem lý do).")
    assert "Dài nhất ở nội dung: " in summary.details_text()
    assert "Dài nhất ở nút 1 tiêu đề: " in summary.details_text()
    tooltip = model.data(model.index(2, 0), QtCore.Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("✖ Dòng 4: ") and "order_id" in tooltip
    # (the row's filled message in the tooltip is the user's text, not ours to translate)
    checker.data |= {" ".join(line.split()) for row in range(model.rowCount())
                     for line in message_preview(model.filled_message(row)).splitlines()}
    problems += [f"tooltip: {line!r}" for line in tooltip.splitlines()
                 if not checker.ok(line)]

    # WHEN the sendable rows are sent to the sandbox, THEN the results and the progress too
    with qtbot.waitSignal(panel.finished, timeout=30_000):
        assert panel.start() is not None
    qtbot.wait(20)
    problems += untranslated(checker, dock)
    assert panel.progress_view().text().startswith("Đã xong: đã gửi 3/3 · 3 được chấp nhận")
    assert model.status_text(0) == "được chấp nhận"

    # AND the paste dialog, the confirmation and the resume question
    dialog = PasteIdsDialog(True, window)
    qtbot.addWidget(dialog)
    _settle(qtbot, dialog)
    problems += untranslated(checker, dialog)
    dialog.text_edit().setPlainText(BULK_PASTE)
    problems += untranslated(checker, dialog)
    assert dialog.findChild(QtWidgets.QLabel, "pasteIdsCount").text() == "6 id, 2 cột biến"
    dialog.close()
    question, detail = start_question(services.book.get("Sandbox"), 1200, 5.0)
    assert question == "Gửi tin nhắn này tới 1.200 người nhận bằng hồ sơ “Sandbox”?"
    problems += [f"start question: {t!r}" for t in (question, detail) if not checker.ok(t)]

    assert not problems, "untranslated texts:\n" + "\n".join(dict.fromkeys(problems))


def test_the_bulk_panel_switches_language_live(
    window: MainWindow, qtbot: QtBot, qapp: QtWidgets.QApplication, built_qm: Path
) -> None:
    # GIVEN an English bulk panel with a checked table
    window.load_draft(BULK_DRAFT)
    panel = window.activity.bulk_panel()
    panel.paste_ids(BULK_PASTE)
    panel.check_all()
    check = panel.findChild(QtWidgets.QPushButton, "bulkCheckButton")
    assert check.text() == "Check &all"
    headline = panel.check_summary().headline_text()
    try:
        # WHEN the language switches to Vietnamese, THEN the texts follow, the check stays
        install_language(qapp, "vi")
        qtbot.waitUntil(lambda: check.text() == "&Kiểm tra tất cả", timeout=3000)
        assert panel.check_summary().headline_text().startswith("✔ 2/6 hàng gửi được")
        assert panel.recipients_model().headerData(
            0, QtCore.Qt.Orientation.Horizontal) == "Trạng thái"
        assert panel.progress_view().text() == "Chưa gửi."
        assert panel.last_check() is not None
        # AND back
        install_language(qapp, "en")
        qtbot.waitUntil(lambda: check.text() == "Check &all", timeout=3000)
        assert panel.check_summary().headline_text() == headline
    finally:
        install_language(qapp, "en")
        qtbot.wait(1)


@pytest.mark.usefixtures("vietnamese")
def test_bulk_mnemonics_are_unique_and_ascii(window: MainWindow) -> None:
    panel = window.activity.bulk_panel()
    texts = [b.text() for b in panel.findChildren(QtWidgets.QPushButton)]
    texts += [label.text() for label in panel.findChildren(QtWidgets.QLabel) if label.buddy()]
    texts.append(translate("SendControls", "Res&ume"))
    letters = [m[1].lower() for t in texts if (m := re.search(r"(?<!&)&([^&])", t))]
    assert all(letter.isascii() and letter.isalnum() for letter in letters), texts
    assert len(letters) == len(set(letters)), texts


@pytest.mark.usefixtures("vietnamese")
def test_the_checker_catches_english(window: MainWindow, services: AppServices) -> None:
    checker = _checker(services)
    for english in ("Send", "&File", "Message text", "Button 3 of 5", "2 errors, 1 warning",
                    "The file is empty.", "Balance: —", "wrong ApiKey or SecretKey",
                    "To 8412345: failed — Could not connect to eSMS within 10 s."):
        assert not checker.ok(english), english
    for vietnamese in ("Gửi", "&Tệp", "Nút 3/5", "Tới 8412345: 100 — đã được eSMS chấp nhận",
                       "Theo dõi đơn hàng", "https://hoasen.example.vn/don-hang/118374",
                       "Ctrl+Shift+R", "Mở URL (oa.open.url)"):
        assert checker.ok(vietnamese), vietnamese


@pytest.mark.usefixtures("vietnamese")
def test_mnemonics_are_unique_within_each_menu_and_ascii(window: MainWindow) -> None:
    def letters(actions: Iterable[QtGui.QAction]) -> list[str]:
        found = []
        for action in actions:
            text = (action.menu().title() if isinstance(action.menu(), QtWidgets.QMenu)
                    else action.text()).replace("&&", "")
            match = re.search(r"&(.)", text)
            if match:
                assert match[1].isascii() and match[1].isalnum(), text
                found.append(match[1].lower())
        return found

    bar = window.menuBar().actions()
    menus = [a.menu() for a in bar if isinstance(a.menu(), QtWidgets.QMenu)]
    for group in [bar, *(m.actions() for m in menus)]:
        found = letters(group)
        assert len(found) == len(set(found)), found


# -- (b) problems, code meanings, errors and failures --------------------------------------------


@pytest.mark.usefixtures("vietnamese")
def test_problems_and_code_meanings_are_vietnamese(window: MainWindow, qtbot: QtBot) -> None:
    window.load_draft(error_draft())
    qtbot.wait(1)
    problems = window.problems()
    texts = [problem_text(p) for p in problems]
    assert "user_id Zalo chỉ gồm chữ số: abc" in texts
    assert "Cần nhập tiêu đề." in texts
    assert any(t.startswith("Độ dài nội dung tin nhắn: ") for t in texts)
    listed = window.view.problems_panel.list_widget()
    shown = [listed.item(i).text() for i in range(listed.count())]
    assert shown == [problem_line(p) for p in problems]
    assert all(s.startswith(("Lỗi · ", "Cảnh báo · ")) for s in shown)
    assert "Lỗi · Nút 2 · Tiêu đề: Cần nhập tiêu đề." in shown
    assert window.findChild(QtWidgets.QLabel, "summary").text().endswith("hãy sửa lỗi để gửi.")

    assert code_meaning("100") == "đã được eSMS chấp nhận"
    assert code_meaning("101") == "sai ApiKey hoặc SecretKey"
    assert code_meaning("999") == "mã không xác định 999"


@pytest.mark.usefixtures("vietnamese")
def test_errors_failures_and_stored_meanings_are_vietnamese() -> None:
    with pytest.raises(DraftError) as empty:
        load_draft(b"   ")
    assert error_text(empty.value) == "Tệp trống."
    with pytest.raises(DraftError) as binary:
        load_draft(b"\xff\xfe{")
    assert error_text(binary.value) == "Tệp không phải văn bản UTF-8 (byte 0)."
    with pytest.raises(DraftError) as broken:
        load_draft("{oops")
    assert error_text(broken.value).startswith("Tệp không phải JSON hợp lệ (dòng 1, cột 2: ")
    assert status_text(failed()) == (
        "Tới 2281163470342346421: thất bại — Không kết nối được tới eSMS trong 10 giây. · "
        "10012 ms")
    # what the history stored in English, shown in Vietnamese
    assert domain_text("outcome unknown: the program stopped while this request was in "
                       "flight") == ("chưa rõ kết quả: chương trình đã dừng khi yêu cầu này "
                                     "đang được gửi")
    # a problem made of two templates (a recipients table's row)
    problem = validate_draft(Draft(message=Message(text="x", buttons=(UrlButton("a", "b"),)),
                                   recipients=("1",)))[0]
    assert problem_text(problem) == "URL phải là địa chỉ đầy đủ, bắt đầu bằng https:// hoặc http://."
    assert domain_text("Line 3: A Zalo user_id has only digits: abc") == (
        "Dòng 3: user_id Zalo chỉ gồm chữ số: abc")
    # an unknown text is left as it is
    assert domain_text("Something new.") == "Something new."


def test_english_stays_english_without_a_translator(window: MainWindow) -> None:
    assert i18n.installed_language() == "en"
    assert window.view.send_button.text() == "Send"
    assert code_meaning("101") == "wrong ApiKey or SecretKey"
    assert error_text(DraftError("The file is empty.")) == "The file is empty."


# -- (c) switching live keeps the work -------------------------------------------------------------


def test_switching_language_live_keeps_the_draft_undo_and_results(
    window: MainWindow, qtbot: QtBot, qapp: QtWidgets.QApplication, built_qm: Path
) -> None:
    # GIVEN an English window with edits to undo, results and the history open
    window.language_changed.connect(lambda choice: install_language(qapp, choice))
    window.show()
    qtbot.waitExposed(window)
    window.load_draft(five_button_draft())
    window.draft_loaded.emit(window.draft())
    window.button_list_editor().remove_row(4)
    window.button_list_editor().duplicate_row(0)
    window.message_editor().text_edit().appendPlainText("Cảm ơn!")
    window.activity.results_log.results_model().add(accepted(), "Sandbox")
    window.activity.results_log.results_model().add(failed(), "Sandbox")
    history = window.activity.show_history()
    qtbot.addWidget(history)
    draft, steps = window.draft(), window.undo_stack().stack().count()
    rows = window.activity.results_log.results_model().rowCount()
    assert steps >= 3 and window.menuBar().actions()[0].text() == "&File"
    try:
        # WHEN Settings → Language → Tiếng Việt
        settings = window.show_settings()
        qtbot.addWidget(settings)
        combo = settings.findChild(QtWidgets.QComboBox, "languageCombo")
        combo.setCurrentIndex(combo.findData("vi"))
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Tệp", timeout=3000)

        # THEN the work is as it was, in Vietnamese words
        assert window.draft() == draft
        assert window.undo_stack().stack().count() == steps
        assert window.activity.results_log.results_model().rowCount() == rows
        assert [a.text() for a in window.menuBar().actions()] == [
            "&Tệp", "&Sửa", "Tin &nhắn", "&Xem", "Trợ &giúp"]
        assert window.view.send_button.text() == "Gửi"
        assert window.undo_stack().undo_action().text() == "&Hoàn tác gõ trong Nội dung tin nhắn"
        assert settings.windowTitle() == "Cài đặt"
        assert history.windowTitle() == "Lịch sử gửi"
        model = window.activity.results_log.results_model()
        meanings = [model.data(model.index(r, 6)) for r in range(rows)]
        assert "đã được eSMS chấp nhận" in meanings
        window.undo_stack().undo()
        assert window.draft() != draft  # undo still works, step by step

        # AND back to English
        combo.setCurrentIndex(combo.findData("en"))
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File", timeout=3000)
        assert window.view.send_button.text() == "Send"
        assert window.undo_stack().stack().count() == steps
    finally:
        install_language(qapp, "en")
        qtbot.wait(1)


# -- (d) the .qm is the .ts compiled; the .ts is complete and consistent --------------------


def test_the_qm_is_built_from_the_ts(tmp_path: Path, built_qm: Path) -> None:
    messages = ts_messages()
    assert messages and all(m.finished for m in messages), [
        m.source for m in messages if not m.finished]
    fresh = tmp_path / "fresh.qm"
    result = subprocess.run([str(LREL), str(TS), "-qm", str(fresh)], capture_output=True,
                            text=True, check=True)
    assert f"Generated {len(messages)} translation(s) ({len(messages)} finished and 0 " \
           "unfinished)" in result.stdout
    assert fresh.read_bytes() == built_qm.read_bytes(), "the built .qm is stale: run `make qm`"
    translator = QtCore.QTranslator()
    assert translator.load(str(built_qm))
    assert translator.translate("WindowMenus", "&File") == "&Tệp"
    assert translator.translate("Codes", "accepted by eSMS") == "đã được eSMS chấp nhận"


def test_the_ts_holds_every_text_of_the_sources(tmp_path: Path) -> None:
    # GIVEN the UI's sources as `make translations` scans them
    sources = sorted(str(p) for p in (ROOT / "zalo_composer" / "ui").rglob("*.py"))
    fresh = tmp_path / "zalo_composer_vi.ts"
    subprocess.run([str(LUPDATE), "-silent", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    found = {(m.context, m.source) for m in ts_messages(fresh)}
    have = {(m.context, m.source) for m in ts_messages()}
    assert found - have == set(), "new texts: run `make translations` and translate them"
    assert have - found == set(), "texts no longer in the sources: run `make translations`"
    check = subprocess.run([sys.executable, str(ROOT / "packaging" / "gen_i18n_domain.py"),
                            "--check"], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def test_every_placeholder_and_mnemonic_is_kept() -> None:
    for message in ts_messages():
        source, translation = message.source, message.translation
        assert sorted(_PLACEHOLDER.findall(source)) == sorted(_PLACEHOLDER.findall(translation)), (
            message.context, source, translation)
        mnemonic = re.compile(r"(?<!&)&(?!&)")
        assert len(mnemonic.findall(translation)) == len(mnemonic.findall(source)), (
            message.context, source, translation)
        for letter in re.findall(r"(?<!&)&([^&])", translation):
            assert letter.isascii() and letter.isalnum(), (source, translation)
        assert translation.strip(), (message.context, source)


def test_meaning_column_of_the_history_reads_vietnamese(
    vietnamese: None, tmp_path: Path
) -> None:
    history = History.open(tmp_path / "history.sqlite3")
    try:
        row_id = begin_record(history, "Shop", {"Payload": {}}, SendJob("", "", Message()))
        complete_record(history, row_id, failed())
        row = history.page(limit=1)[0]
        assert meaning_text(row) == "Không kết nối được tới eSMS trong 10 giây."
    finally:
        history.close()


def test_the_system_language_picks_vietnamese_or_english() -> None:
    vietnam = QtCore.QLocale(QtCore.QLocale.Language.Vietnamese, QtCore.QLocale.Country.Vietnam)
    germany = QtCore.QLocale(QtCore.QLocale.Language.German, QtCore.QLocale.Country.Germany)
    assert i18n.resolve_language("system", vietnam) == "vi"
    assert i18n.resolve_language("system", germany) == "en"
    assert i18n.resolve_language("vi", germany) == "vi"
    assert i18n.resolve_language("en", vietnam) == "en"


@pytest.mark.usefixtures("vietnamese")
def test_qts_own_file_dialog_speaks_vietnamese(qtbot: QtBot) -> None:
    # GIVEN Qt's own Save dialog (what shows where the platform has no dialog of its own)
    dialog = QtWidgets.QFileDialog(None, "Lưu bản nháp")
    dialog.setOption(QtWidgets.QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QtWidgets.QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # THEN its labels, buttons and columns are Vietnamese
    labels = {label.text() for label in dialog.findChildren(QtWidgets.QLabel)}
    assert {"&Tìm trong:", "Tê&n tệp:", "&Kiểu tệp:"} <= labels
    box = dialog.findChild(QtWidgets.QDialogButtonBox)
    texts = {b.text() for b in box.buttons()}
    assert "&Lưu" in texts
    view = dialog.findChild(QtWidgets.QTreeView)
    header = view.model().headerData(0, QtCore.Qt.Orientation.Horizontal)
    assert header == "Tên"
