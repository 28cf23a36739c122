"""Render the application icon's PNG sizes from the hand-written SVG, and copy the SVG into
the package (the program loads its window icon from there).

    .venv/bin/python packaging/make_icons.py          # regenerate (commit the results)
    .venv/bin/python packaging/make_icons.py --check  # exit 1 when a file is missing or stale

Source: resources/icons/zalo-composer.svg (edit this one).
Made from it:
    resources/icons/hicolor/<n>x<n>/apps/zalo-composer.png  the desktop's icon theme set
    zalo_composer/resources/icons/zalo-composer.svg         the runtime copy (package data)

`--check` compares the SVG copy byte for byte and each PNG's size; it does not compare
pixels, because another Qt version may antialias an edge differently.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICON_NAME = "zalo-composer"
SOURCE_SVG = ROOT / "resources" / "icons" / f"{ICON_NAME}.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
PACKAGE_SVG = ROOT / "zalo_composer" / "resources" / "icons" / f"{ICON_NAME}.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    """Where the PNG of *size* pixels goes in the hicolor tree."""
    return HICOLOR / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def render(size: int) -> object:
    """The SVG drawn into a transparent square QImage of *size* pixels."""
    from PySide6 import QtCore, QtGui, QtSvg

    renderer = QtSvg.QSvgRenderer(str(SOURCE_SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE_SVG}: not a valid SVG")
    image = QtGui.QImage(size, size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QtCore.QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QtGui.QImage.Format.Format_ARGB32)


def generate() -> None:
    """Write every PNG size and the package's SVG copy."""
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target), "PNG"):  # type: ignore[attr-defined]
            raise SystemExit(f"could not write {target}")
        print(target.relative_to(ROOT))
    PACKAGE_SVG.parent.mkdir(parents=True, exist_ok=True)
    PACKAGE_SVG.write_bytes(SOURCE_SVG.read_bytes())
    print(PACKAGE_SVG.relative_to(ROOT))


def stale_files() -> list[str]:
    """What `generate` would change: missing files, a wrong PNG size, a different SVG copy."""
    from PySide6 import QtGui

    problems = []
    for size in SIZES:
        path = png_path(size)
        image = QtGui.QImage(str(path))
        if image.isNull():
            problems.append(f"{path.relative_to(ROOT)}: missing or unreadable")
        elif (image.width(), image.height()) != (size, size):
            problems.append(f"{path.relative_to(ROOT)}: {image.width()}x{image.height()}")
    if not PACKAGE_SVG.is_file() or PACKAGE_SVG.read_bytes() != SOURCE_SVG.read_bytes():
        problems.append(f"{PACKAGE_SVG.relative_to(ROOT)}: differs from {SOURCE_SVG.name}")
    return problems


def main() -> int:
    """Regenerate, or with --check report what is stale."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtGui

    _app = QtGui.QGuiApplication([sys.argv[0]])
    if options.check:
        problems = stale_files()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run: python packaging/make_icons.py", file=sys.stderr)
        return 1 if problems else 0
    generate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
