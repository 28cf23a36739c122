"""First start: an untouched form shows no red (problems come once a field is touched or
on Send), the balance is asked for once at start, and money reads as the UI's language
writes it."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from zalo_composer.domain.demo import DEMO_RECIPIENTS
from zalo_composer.domain.draft import DRAFT_SUFFIX
from zalo_composer.domain.model import Draft, Message
from zalo_composer.sandbox import DEMO_BALANCE
from zalo_composer.store.paths import drafts_dir
from zalo_composer.store.profiles import Profile
from zalo_composer.ui.app import after_start
from zalo_composer.ui.draft_files import suggested_file_name
from zalo_composer.ui.inline_problems import ERROR_MARK, InlineProblems
from zalo_composer.ui.main_window import MainWindow
from zalo_composer.ui.status import format_money


def _red(window: MainWindow) -> list[str]:
    """What shows a problem: the summary's mark, listed problems, inline messages."""
    view = window.view
    found = []
    if ERROR_MARK in view.summary.text():
        found.append(view.summary.text())
    found += [view.problems_panel.list_widget().item(i).text()
              for i in range(view.problems_panel.list_widget().count())]
    for editor in (view.options, view.message, view.buttons):
        found += [label.plain_text() for label in editor.findChildren(InlineProblems)
                  if label.isVisibleTo(window) and label.problems()]
    return found


def test_an_untouched_form_shows_no_red(shown_window: MainWindow, qtbot: QtBot) -> None:
    # GIVEN the first window: an empty message, so the draft has errors as data
    assert shown_window.problems()
    # THEN none is shown, and Send waits
    assert _red(shown_window) == []
    assert not shown_window.view.send_button.isEnabled()
    # WHEN a field is touched, THEN the problems show
    type_text(shown_window.message_editor().text_edit(), "x")
    type_text(shown_window.message_editor().text_edit(), "\b")
    qtbot.waitUntil(lambda: bool(_red(shown_window)))


def test_send_on_an_untouched_form_shows_why_not(shown_window: MainWindow) -> None:
    shown_window.send()
    assert _red(shown_window)


def test_new_is_quiet_again(shown_window: MainWindow, qtbot: QtBot) -> None:
    shown_window.send()
    assert _red(shown_window)
    shown_window.files.new()
    assert _red(shown_window) == []


def test_the_balance_is_asked_for_once_at_start(
    shown_window: MainWindow, qtbot: QtBot
) -> None:
    # GIVEN the Sandbox profile (its keys are built in)
    balance = shown_window.activity.balance
    assert "—" in balance.text()
    with qtbot.waitSignal(balance.refreshed, timeout=10_000) as refreshed:
        after_start(shown_window)
    assert format_money(float(DEMO_BALANCE)) in refreshed.args[0]


def test_money_is_written_as_the_language_writes_it() -> None:
    vietnamese = QtCore.QLocale(QtCore.QLocale.Language.Vietnamese,
                                QtCore.QLocale.Country.Vietnam)
    english = QtCore.QLocale(QtCore.QLocale.Language.English,
                             QtCore.QLocale.Country.UnitedStates)
    assert format_money(9999800.0, vietnamese) == "9.999.800"
    assert format_money(9999800.0, english) == "9,999,800"
    assert format_money(1234.5, vietnamese) == "1.234,50"


# -- the Save dialog -------------------------------------------------------------------------


def _asked(window: MainWindow) -> list[Path]:
    asked: list[Path] = []

    def ask(suggested: Path) -> Path | None:
        asked.append(suggested)
        return None

    window.dialogs.ask_save_path = ask  # type: ignore[method-assign]
    return asked


def test_save_proposes_the_drafts_folder_and_a_name_from_the_note(
    window: MainWindow, composer_home: Path
) -> None:
    asked = _asked(window)
    window.load_draft(Draft(message=Message("Xin chào anh/chị, đơn hàng DH-1 đã xác nhận"),
                            note="Khách VIP: giao sáng?"))
    assert not drafts_dir().exists()
    window.files.save_as()
    # THEN the documents' "Zalo drafts", made on this first save, and the note as the name
    assert asked == [drafts_dir() / f"Khách VIP giao sáng{DRAFT_SUFFIX}"]
    assert drafts_dir().is_dir() and composer_home in drafts_dir().parents


def test_without_a_note_the_first_words_name_the_file() -> None:
    draft = Draft(message=Message("Xin chào anh/chị Lan, đơn hàng DH-1 đã được xác nhận"))
    assert suggested_file_name(draft) == f"Xin chào anh chị Lan, đơn hàng{DRAFT_SUFFIX}"
    assert suggested_file_name(Draft()) == f"draft{DRAFT_SUFFIX}"
    assert suggested_file_name(Draft(note="../../etc/passwd")) == f"etc passwd{DRAFT_SUFFIX}"


def test_after_a_save_the_dialog_proposes_that_folder(
    window: MainWindow, tmp_path: Path
) -> None:
    window.load_draft(Draft(message=Message("Hi")))
    assert window.files.save_to(tmp_path / f"a{DRAFT_SUFFIX}")
    window.files.new()
    asked = _asked(window)
    window.files.save_as()
    assert asked[0].parent == tmp_path


def test_the_sandbox_offers_its_test_recipients(shown_window: MainWindow, qtbot: QtBot) -> None:
    # GIVEN the first start: the Sandbox profile
    field = shown_window.send_options_editor().field("recipients").line_edit()
    offer = shown_window.followers.sandbox_recipients
    assert offer.action.isVisible()
    # THEN its menu lists the sandbox's test recipients with what happens to each
    entries = [a.text() for a in offer.menu.actions()]
    assert len(entries) == len(DEMO_RECIPIENTS)
    assert entries[0] == "1000000000000000001 — accepted, then sent by Zalo"
    # WHEN one is picked, THEN it is the recipient
    offer.menu.actions()[1].trigger()
    assert shown_window.draft().recipients == ("1000000000000000230",)
    # AND typing offers them in the completer too
    field.clear()
    type_text(field, "10")
    completer = shown_window.followers.completer.completer
    qtbot.waitUntil(lambda: completer.completionCount() >= len(DEMO_RECIPIENTS))
    # WHEN the profile is a real account, THEN the offer goes
    shown_window.use_profile(Profile("Shop", "1234567890"))
    assert not offer.action.isVisible()
