"""Render ``resources/icons/register.svg`` to the raster icons Windows and macOS want.

    uv run python packaging/make_icons.py [OUT_DIR]     # default: build/icons (what the spec reads)

Writes ``register.ico`` (Windows: 16-256 px) and ``register-<N>.png`` (the macOS build turns them into
``register.icns`` with ``iconutil``). Linux uses the SVG itself. Runs offscreen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 32, 64, 128, 256, 512, 1024)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    out = Path(argv[0]) if argv else ROOT / "build" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "register.svg"))
    if not renderer.isValid():
        print("make_icons: the SVG does not render", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(out / f"register-{size}.png"))
        if size == 256:
            image.save(str(out / "register.ico"))  # Qt's ICO writer: one 256 px image, scaled by Windows
    print(f"make_icons: wrote {len(SIZES)} PNGs and register.ico to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
