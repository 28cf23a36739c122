"""The state badge shared by the results log, the History and the bulk recipients."""

from __future__ import annotations

from typing import get_args

from PySide6 import QtGui, QtWidgets

from zalo_composer.ui.state_badge import Badge, badge_color, badge_icon, badge_tint


def test_every_badge_has_a_shape_and_a_colour_of_its_own(qapp: QtWidgets.QApplication) -> None:
    palette = qapp.palette()
    badges: tuple[Badge, ...] = get_args(Badge)
    images = {bytes(badge_icon(b, palette).pixmap(32, 32).toImage().constBits()) for b in badges}
    colors = {badge_color(b, palette).name() for b in badges}
    # One shape per lifecycle state; accepted/sent share green, failed/failed at Zalo red
    # (issue #11 added waiting, sent and failed at Zalo).
    assert len(images) == len(badges) == 8
    assert len(colors) == 6


def test_the_tint_is_the_base_colour_with_a_share_of_the_badges(
    qapp: QtWidgets.QApplication,
) -> None:
    palette = qapp.palette()
    base = palette.color(QtGui.QPalette.ColorRole.Base)
    assert badge_tint("failed", palette, 0.0).name() == base.name()
    assert badge_tint("failed", palette, 1.0).name() == badge_color("failed", palette).name()
    assert badge_tint("failed", palette, 0.12).name() not in (
        base.name(), badge_color("failed", palette).name())
