"""Renders the application icon (SVG) to the PNG and ICO files a build needs.

Usage: python packaging/make_icon.py OUTPUT_DIR
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SOURCE = Path(__file__).parents[1] / "src" / "ajo_cases" / "resources" / "icons" / "app.svg"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def main(out: Path) -> None:
    _app = QGuiApplication([])
    out.mkdir(parents=True, exist_ok=True)
    if not render(256).save(str(out / "ajo-cases.png")):
        raise SystemExit("could not write the PNG icon")
    if not render(256).save(str(out / "ajo-cases.ico")):
        raise SystemExit("could not write the ICO icon (Qt's ico image plugin is missing)")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
