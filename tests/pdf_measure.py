"""A PDF measured as a person sees it: its pages' sizes and its words' sizes (``pdftotext -bbox``, poppler-utils),
and what a scanner reads off it (``zbarimg`` on a ``pdftoppm`` rendering, zbar-tools)."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

DEJAVU_HEIGHT = (1901 + 483) / 2048
"""A DejaVu Sans word's box (ascent + descent, in font units of 2048 an em): a word's box height over this is the
size its font was set in, in points."""
MM = 72 / 25.4


@dataclass(frozen=True)
class Word:
    text: str
    page: int
    height: float

    @property
    def points(self) -> float:
        """The font size the word was set in (to a tenth of a point: the PDF's coordinates are rounded)."""
        return round(self.height / DEJAVU_HEIGHT, 1)


@dataclass(frozen=True)
class Measured:
    pages: list[tuple[float, float]]
    """Width and height of each page, in points."""
    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    def smallest(self) -> float:
        return min(w.points for w in self.words)


def need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.fail(f"{tool} is not installed (.ci/run installs poppler-utils and zbar-tools)")
    return found


def measure(pdf: Path) -> Measured:
    out = subprocess.run([need("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True,
                         timeout=60).stdout
    pages: list[tuple[float, float]] = []
    words: list[Word] = []
    for line in out.splitlines():
        page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line)
        if page:
            pages.append((float(page[1]), float(page[2])))
            continue
        word = re.search(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)</word>', line)
        if word:
            words.append(Word(word[3], len(pages), float(word[2]) - float(word[1])))
    return Measured(pages, words)


def scan(pdf: Path, tmp: Path, dpi: int = 200) -> list[str]:
    """The codes a scanner reads off the PDF's pages."""
    prefix = tmp / pdf.stem
    subprocess.run([need("pdftoppm"), "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True, timeout=60)
    codes: list[str] = []
    for image in sorted(tmp.glob(f"{pdf.stem}*.png")):
        done = subprocess.run([need("zbarimg"), "--raw", "-q", str(image)], capture_output=True, text=True,
                              timeout=60, check=False)
        codes += [c for c in done.stdout.splitlines() if c.strip()]
    return codes
