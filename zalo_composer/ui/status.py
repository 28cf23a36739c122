"""Balance in the status bar, and "Check status" of a sent message, on the qasync loop."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from PySide6 import QtCore, QtWidgets

from ..app.services import AppServices
from ..domain.codes import ACCEPTED
from ..domain.errors import ZaloComposerError
from ..domain.result import SendResult
from ..store.profiles import Profile
from .i18n import code_meaning, domain_text, translate, ui_locale
from .retranslate import Retranslatable

logger = logging.getLogger(__name__)


def format_money(amount: float, locale: QtCore.QLocale | None = None) -> str:
    """1234567.0 → "1,234,567" in English, "1.234.567" in Vietnamese (the UI's language
    unless *locale* is given); eSMS balances are in đồng."""
    locale = locale if locale is not None else ui_locale()
    return locale.toString(amount, "f", 0 if amount == int(amount) else 2)


class BalanceIndicator(Retranslatable, QtWidgets.QToolButton):
    """“Balance: 9,999,800 đ” for the active profile; a click refreshes it.

    Signals:
        refreshed: a refresh ended (payload: the text shown).
    """

    refreshed = QtCore.Signal(str)  # payload: the text now shown

    def __init__(self, services: AppServices, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceIndicator")
        self.setAutoRaise(True)
        self._services = services
        self._profile: Profile | None = None
        self._task: asyncio.Task[None] | None = None
        # The last answer, as a function that words it (again after a language change).
        self._answer: Callable[[], tuple[str, str]] | None = None
        self._show_unknown()
        self.clicked.connect(self._on_clicked)

    def _retranslate_ui(self) -> None:
        # The last answer too.
        if self._answer is None:
            self._show_unknown()
        else:
            self._show_answer(self._answer)

    def _show_answer(self, answer: Callable[[], tuple[str, str]]) -> str:
        self._answer = answer
        text, tip = answer()
        self.setText(text)
        self.setToolTip(self.tr("{reason}. Click to refresh.").format(reason=tip))
        self.setAccessibleName(self.tr("Account balance"))
        return text

    def _show_unknown(self) -> None:
        self._answer = None
        self.setText(self.tr("Balance: —"))
        self.setToolTip(self.tr("Click to ask eSMS for the active profile's balance"))
        self.setAccessibleName(self.tr("Account balance"))

    def set_profile(self, profile: Profile | None) -> None:
        """Show the balance of *profile* from now on (it is fetched on the next refresh)."""
        if profile != self._profile:
            self._profile = profile
            self._show_unknown()

    def refresh(self) -> asyncio.Task[None] | None:
        """Ask eSMS for the balance (one request at a time)."""
        if self._profile is None or self._task is not None:
            return None
        self._task = asyncio.ensure_future(self._fetch(self._profile))
        self._task.add_done_callback(self._on_task_done)
        return self._task

    def _on_clicked(self) -> None:
        self.refresh()

    def _on_task_done(self, _task: asyncio.Task[None]) -> None:
        self._task = None

    async def _fetch(self, profile: Profile) -> None:
        self.setText(self.tr("Balance: …"))
        answer: Callable[[], tuple[str, str]]
        try:
            route = self._services.route(profile)
            balance = await self._services.queries().balance(
                route.base_url, route.account.api_key, route.account.secret_key, route.timeouts)
        except ZaloComposerError as exc:
            reason = str(exc)  # the exception variable ends with the except block

            def answer() -> tuple[str, str]:
                return self.tr("Balance: unavailable"), domain_text(reason).rstrip(".")
        else:
            def answer() -> tuple[str, str]:
                if balance.code == ACCEPTED and balance.balance is not None:
                    return (
                        self.tr("Balance: {amount} đ").format(
                            amount=format_money(balance.balance)),
                        self.tr("{profile}: balance as eSMS reported it just now").format(
                            profile=profile.name),
                    )
                return (self.tr("Balance: {code} — {meaning}").format(
                            code=balance.code, meaning=code_meaning(balance.code)),
                        self.tr("eSMS did not give the balance"))
        text = self._show_answer(answer) if profile == self._profile else answer()[0]
        self.refreshed.emit(text)


async def describe_status(services: AppServices, result: SendResult, profile: Profile) -> str:
    """What became of *result*: GetSendStatus, and GetCallback when the send carried a
    CallbackUrl (QueryZnsStatus is for ZNS messages only), in plain words."""
    from ..app.follow import Followed, carried_callback
    from .results.model import outcome_text

    sms_id = result.sms_id or ""
    if not sms_id:
        return translate(
            "Status", "To {recipient}, RequestId {request_id}: no SMSID is known, and eSMS "
            "offers no way to look a message up by RequestId. Check before sending again: "
            "Retry reuses the RequestId, so eSMS answers 124 if it already has it.").format(
                recipient=result.recipient, request_id=result.request_id)
    item = Followed(sms_id, profile.name, carried_callback(result.request_body),
                    request_id=result.request_id, recipient=result.recipient)
    await services.follow_up().check([item])
    head = translate("Status", "Status of {sms_id} (to {recipient})").format(
        sms_id=sms_id, recipient=result.recipient)
    parts = [head]
    if item.last is not None:
        parts.append(outcome_text(item.last))
    for problem in item.errors:
        parts.append(translate("Status", "could not ask eSMS — {reason}").format(
            reason=domain_text(problem)))
    if item.last is None and not item.errors:
        parts.append(translate("Status", "eSMS does not know this SMSID yet"))
    return " · ".join(parts)
