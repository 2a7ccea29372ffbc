"""The theme: text sizes in points that follow the desktop's font size, and a focus ring that shows (3:1 and
more against what it sits on)."""

from __future__ import annotations

import re
from typing import Any

from ui.app import THEME_BODY_PT, font_scale, themed_stylesheet
from ui.i18n import resources_dir

PAGE, WHITE, PRIMARY = "#f4f6f8", "#ffffff", "#1f5fbf"
"""The backgrounds a focus ring sits on: the page, a card or a secondary button, a primary button."""


def _luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG's contrast ratio of two colours."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_focus_ring_stands_out_three_to_one() -> None:
    qss = (resources_dir() / "theme.qss").read_text(encoding="utf-8")
    rings = re.findall(r":focus[^{]*\{[^}]*border:\s*(\d+)px\s+solid\s+(#[0-9a-fA-F]{6})", qss)
    assert len(rings) >= 8  # buttons, fields, tiles, lists, tables, check boxes…
    for width, colour in rings:
        assert int(width) >= 3
        for background in (PAGE, WHITE, PRIMARY):
            assert contrast(colour, background) >= 3.0, (colour, background)
    assert contrast("#ffb000", PAGE) < 3.0  # the ring it replaces


def test_text_sizes_are_points_that_follow_the_desktop() -> None:
    qss = (resources_dir() / "theme.qss").read_text(encoding="utf-8")
    assert "px;" in qss and not re.search(r"font-size:\s*\d+(\.\d+)?px", qss)  # touch sizes in px, text in pt
    assert font_scale(9.0) == 1.0 and font_scale(THEME_BODY_PT) == 1.0  # never smaller than the theme's 11 pt
    assert font_scale(16.5) == 1.5
    body = re.compile(r"QWidget \{ font-size: ([\d.]+)pt")
    assert float(body.search(themed_stylesheet(9.0)).group(1)) == THEME_BODY_PT
    assert float(body.search(themed_stylesheet(16.5)).group(1)) == 16.5  # a desktop set to large text
    assert "min-height: 44px" in themed_stylesheet(16.5)  # touch targets stay as they are


def test_the_app_reads_the_desktops_font_before_its_stylesheet(qapp: Any) -> None:
    from PySide6.QtGui import QFont

    from ui.app import apply_theme

    before, desktop = qapp.styleSheet(), qapp.property("registerDesktopPointSize")
    font = qapp.font()
    try:
        qapp.setProperty("registerDesktopPointSize", None)
        bigger = QFont(font)
        bigger.setPointSizeF(22.0)
        qapp.setFont(bigger)
        apply_theme(qapp)
        assert "font-size: 22.0pt" in qapp.styleSheet()
    finally:
        qapp.setFont(font)
        qapp.setProperty("registerDesktopPointSize", desktop)
        qapp.setStyleSheet(before)
