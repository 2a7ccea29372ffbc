"""Text from outside (the server, the catalog, a person) made safe to show and to print.

A name is data, never markup and never printer commands. Two things are taken out wherever such text is
shown or printed:

- control characters (C0 and C1: ``ESC``, ``BEL``, ``\\x1d`` … which a thermal printer obeys: ``ESC p`` opens
  the cash drawer), line and paragraph separators, and a NUL;
- bidirectional formatting characters (embeddings, overrides, isolates, marks): ``Eve\\u202egnp.exe`` would
  otherwise show as ``Eveexe.png``, and a price could be made to read backwards.

Tabs and newlines become spaces (a name is one line). Markup needs no special treatment here: labels are plain
text (``ui/widgets.py``) and every HTML document escapes what it is given.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["printable"]

_UNSAFE: Final = re.compile(
    "["
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 and C1 controls (tab, newline and return handled below)
    "\u061c\u200e\u200f"  # Arabic letter mark, left-to-right and right-to-left marks
    "\u202a-\u202e"  # embeddings and overrides
    "\u2066-\u2069"  # isolates
    "\u2028\u2029"  # line and paragraph separators
    "]"
)
_SPACES: Final = re.compile(r"[\t\n\r]+")


def printable(text: object, *, limit: int | None = None, lines: bool = False) -> str:
    """``text`` without control or bidirectional formatting characters, on one line (``lines``: newlines kept,
    for a message of several lines); cut to ``limit`` characters (with "…") when given."""
    raw = str(text if text is not None else "")
    if lines:
        raw = "\n".join(_SPACES.sub(" ", part) for part in raw.replace("\r\n", "\n").split("\n"))
    else:
        raw = _SPACES.sub(" ", raw)
    clean = _UNSAFE.sub("", raw)
    if limit is not None and len(clean) > limit:
        return clean[: max(0, limit - 1)] + "…"
    return clean
