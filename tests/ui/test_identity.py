"""The application icon: package data found through importlib.resources, rendered at every
size, shipped in the wheel, and the window's icon when the program runs."""

from __future__ import annotations

import tomllib
from pathlib import Path

from zalo_composer.ui.identity import ICON_NAME, ICON_SIZES, app_icon, icon_svg

ROOT = Path(__file__).resolve().parents[2]


def test_the_package_carries_the_same_svg_as_resources() -> None:
    assert icon_svg() == (ROOT / "resources" / "icons" / f"{ICON_NAME}.svg").read_bytes()


def test_the_icon_renders_at_every_size_with_the_bubble_in_the_middle(qapp) -> None:  # type: ignore[no-untyped-def]
    icon = app_icon()

    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(ICON_SIZES)
    for size in ICON_SIZES:
        image = icon.pixmap(size, size).toImage()
        assert (image.width(), image.height()) == (size, size)
        # Opaque where the bubble is, transparent in the corner beside the tail.
        assert image.pixelColor(size // 2, size // 8).alpha() == 255
        assert image.pixelColor(size - 1, size - 1).alpha() == 0


def test_the_wheel_ships_every_resource_file() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        patterns = tomllib.load(file)["tool"]["setuptools"]["package-data"]["zalo_composer"]
    package = ROOT / "zalo_composer"
    shipped = {p for pattern in patterns for p in package.glob(pattern)}

    resources = {p for p in (package / "resources").rglob("*") if p.is_file()}

    assert resources, "no package resources"
    assert resources <= shipped, sorted(str(p) for p in resources - shipped)
