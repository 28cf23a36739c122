"""Balance in the status bar, and "Check status" of a sent message, on the qasync loop."""

from __future__ import annotations

import asyncio
import logging

from PySide6 import QtCore, QtWidgets

from ..domain.codes import ACCEPTED
from ..domain.errors import ZaloComposerError
from ..esms.client import SendResult
from ..sending import AppServices
from ..store.profiles import Profile

logger = logging.getLogger(__name__)


def format_money(amount: float) -> str:
    """1234567.0 → "1,234,567"; eSMS balances are in đồng."""
    return f"{amount:,.0f}" if amount == int(amount) else f"{amount:,.2f}"


class BalanceIndicator(QtWidgets.QToolButton):
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
        self.setText("Balance: —")
        self.setToolTip("Click to ask eSMS for the active profile's balance")
        self.setAccessibleName("Account balance")
        self.clicked.connect(self._on_clicked)

    def set_profile(self, profile: Profile | None) -> None:
        """Show the balance of *profile* from now on (it is fetched on the next refresh)."""
        if profile != self._profile:
            self._profile = profile
            self.setText("Balance: —")

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
        self.setText("Balance: …")
        try:
            route = self._services.route(profile)
            balance = await self._services.queries().balance(
                route.base_url, route.account.api_key, route.account.secret_key, route.timeouts)
        except ZaloComposerError as exc:
            text, tip = "Balance: unavailable", str(exc)
        else:
            if balance.code == ACCEPTED and balance.balance is not None:
                text = f"Balance: {format_money(balance.balance)} đ"
                tip = f"{profile.name}: balance as eSMS reported it just now"
            else:
                text = f"Balance: {balance.code} — {balance.meaning}"
                tip = "eSMS did not give the balance"
        if profile == self._profile:
            self.setText(text)
            self.setToolTip(f"{tip}. Click to refresh.")
        self.refreshed.emit(text)


async def describe_status(services: AppServices, result: SendResult, profile: Profile) -> str:
    """GetSendStatus and QueryZnsStatus of *result*'s SMSID, in plain words."""
    route = services.route(profile)
    queries = services.queries()
    keys = (route.account.api_key, route.account.secret_key)
    sms_id = result.sms_id or ""
    try:
        status = await queries.send_status(route.base_url, *keys, sms_id, route.timeouts)
        zalo = await queries.zalo_status(route.base_url, *keys, sms_id, route.timeouts)
    except ZaloComposerError as exc:
        return f"Status of {sms_id}: could not ask eSMS — {exc}"
    if status.code != ACCEPTED:
        return f"Status of {sms_id}: {status.code} — {status.meaning}"
    parts = [f"Status of {sms_id}: {status.status_text or 'unknown'}"]
    if status.status == 5:
        parts.append(f"{status.success} delivered, {status.failed} failed")
    if zalo.zalo_error:
        parts.append(zalo.zalo_error)
    elif zalo.zalo_message_id:
        parts.append(f"Zalo message id {zalo.zalo_message_id}")
    return " · ".join(parts)
