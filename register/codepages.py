"""A thermal printer's text: one code page chosen for the whole receipt, and what it cannot print replaced.

An ESC/POS printer has no Unicode: it prints bytes in a code page chosen with ``ESC t n``. The pages a printer
model has come from its profile (python-escpos's printer database). :func:`choose_code_page` takes the page
of the profile that can print most of the text's characters (the lowest-numbered page on a tie: the most
widely built in), and :func:`encode` turns the text into that page's bytes. A character the page lacks is
replaced by what a reader expects rather than ``?``: a typographic space by a space (Babel writes
``1 234,50 €`` with U+202F), a minus sign or dash by ``-``, curly quotes by straight ones, ``€`` by ``EUR``,
an accented letter by its base letter (``ő`` → ``o``); only what has no sensible stand-in becomes ``?``.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from collections.abc import Mapping
from typing import Any, Final

__all__ = ["CodePage", "choose_code_page", "encode", "stand_in"]

_STAND_INS: Final[Mapping[str, str]] = {
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ", "\u200a": " ",
    "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2018": "'", "\u2019": "'", "\u201a": ",", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2039": "<", "\u203a": ">",
    "\u2026": "...", "\u2022": "*", "\u00b7": ".", "\u00d7": "x", "\u00f7": "/", "\u2192": "->", "\u2190": "<-",
    "\u20ac": "EUR", "\u00a3": "GBP", "\u00a5": "JPY", "\uffe5": "JPY", "\u20b9": "INR", "\u20a9": "KRW",
    "\u2122": "TM", "\u00a9": "(C)", "\u00ae": "(R)", "\u00df": "ss", "\u1e9e": "SS", "\u00e6": "ae",
    "\u00c6": "AE", "\u0153": "oe", "\u0152": "OE", "\u00f8": "o", "\u00d8": "O", "\u0142": "l", "\u0141": "L",
    "\u0111": "d", "\u0110": "D", "\u00f0": "d", "\u00d0": "D", "\u00fe": "th", "\u00de": "Th", "\u0131": "i",
    "\u00bd": "1/2", "\u00bc": "1/4", "\u00be": "3/4", "\u00b0": "o", "\u2030": "o/oo",
}
"""What to print instead of a character a code page lacks (before trying its letter without accents)."""


class CodePage:
    """One code page of a printer: its ESC/POS number and its characters above 127."""

    def __init__(self, name: str, number: int, chars: Mapping[str, int]) -> None:
        self.name = name
        self.number = number
        self._chars = chars

    def byte(self, char: str) -> int | None:
        """The byte of ``char`` in this page (None when the page lacks it)."""
        return ord(char) if ord(char) < 128 else self._chars.get(char)

    def __repr__(self) -> str:
        return f"CodePage({self.name!r}, {self.number})"


@functools.cache
def _pages(profile_name: str) -> tuple[CodePage, ...]:
    """The code pages of a python-escpos profile that python-escpos can encode, by ESC/POS number."""
    from escpos.capabilities import get_profile
    from escpos.magicencode import Encoder

    profile: Any = get_profile(profile_name)
    numbers = profile.get_code_pages()  # {name: number}
    encoder = Encoder(numbers)
    pages = []
    for name, number in sorted(numbers.items(), key=lambda item: int(item[1])):
        try:
            chars = encoder._get_codepage_char_map(name)  # {character: byte}, python-escpos's own tables
        except (LookupError, KeyError, AssertionError):
            continue  # "Unknown" pages: nothing is known of them
        pages.append(CodePage(name, int(number), dict(chars)))
    return tuple(pages)


def choose_code_page(profile_name: str, text: str) -> CodePage:
    """The profile's code page that prints most of ``text``'s characters as they are (ties: the lowest number)."""
    pages = _pages(profile_name)
    if not pages:
        raise ValueError(f"printer profile {profile_name!r} has no code page the register can use")
    wanted = Counter(c for c in text if ord(c) >= 128)

    def score(page: CodePage) -> int:
        return sum(n for char, n in wanted.items() if page.byte(char) is not None)

    best = max(score(p) for p in pages)
    return next(p for p in pages if score(p) == best)


def stand_in(char: str, page: CodePage) -> str:
    """What to print for ``char`` where ``page`` lacks it: a plain equivalent, its letter without accents, or ``?``."""
    plain = _STAND_INS.get(char)
    if plain is not None:
        return plain
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if base and base != char and all(page.byte(c) is not None for c in base):
        return base
    if unicodedata.category(char).startswith("Z"):
        return " "
    return "?"


def encode(text: str, page: CodePage) -> bytes:
    """``text`` in ``page``'s bytes, each character the page lacks replaced by :func:`stand_in`."""
    out = bytearray()
    for char in text:
        byte = page.byte(char)
        if byte is not None:
            out.append(byte)
            continue
        for c in stand_in(char, page):
            b = page.byte(c)
            out.append(b if b is not None else ord("?"))
    return bytes(out)
