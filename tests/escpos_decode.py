"""An ESC/POS byte stream read back as a printer would: its commands and its text (for the tests).

Only what the register sends is understood; anything else fails loudly, so a new command cannot slip into the
stream unnoticed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Decoded:
    """What a stream does, in order: ``(command, argument)`` pairs, text decoded with the code page in force."""

    events: list[tuple[str, Any]] = field(default_factory=list)

    def names(self) -> list[str]:
        return [name for name, _ in self.events]

    def count(self, name: str) -> int:
        return self.names().count(name)

    def first(self, name: str) -> Any:
        return next(arg for n, arg in self.events if n == name)

    @property
    def text(self) -> str:
        return "".join(arg for name, arg in self.events if name == "text")

    def lines(self) -> list[str]:
        return self.text.split("\n")


def code_page_codec(profile: str, number: int) -> str:
    """The Python codec of a profile's ESC/POS code page number (CP437, CP1252 …)."""
    from escpos.capabilities import get_profile
    from escpos.codepages import CodePages

    name = get_profile(profile).codePages[str(number)]
    return str(CodePages.get_encoding(name).get("python_encode") or name.lower())


def decode(data: bytes, profile: str = "default") -> Decoded:
    out = Decoded()
    codec = "ascii"
    i = 0
    text = bytearray()

    def flush() -> None:
        if text:
            out.events.append(("text", bytes(text).decode(codec)))
            text.clear()

    while i < len(data):
        b = data[i]
        if b == 0x1B:  # ESC
            flush()
            cmd = data[i + 1]
            if cmd == ord("@"):
                out.events.append(("init", None))
                i += 2
            elif cmd == ord("t"):
                number = data[i + 2]
                codec = code_page_codec(profile, number)
                out.events.append(("codepage", number))
                i += 3
            elif cmd == ord("p"):
                out.events.append(("kick", data[i + 2]))
                i += 5
            elif cmd == ord("a"):
                out.events.append(("align", data[i + 2]))
                i += 3
            elif cmd == ord("d"):
                out.events.append(("feed", data[i + 2]))
                i += 3
            else:
                raise AssertionError(f"unexpected ESC {cmd:#x} at {i}")
        elif b == 0x1D:  # GS
            flush()
            cmd = data[i + 1]
            if cmd == ord("V"):
                out.events.append(("cut", data[i + 2]))
                i += 3
            elif cmd == ord("(") and data[i + 2] == ord("k"):
                size = data[i + 3] + 256 * data[i + 4]
                body = data[i + 5: i + 5 + size]
                cn, fn = body[0], body[1]
                assert cn == ord("1"), "a QR code"
                if fn == 80:  # store the data (m = '0')
                    out.events.append(("qr", body[3:].decode("utf-8")))
                elif fn == 81:
                    out.events.append(("qr_print", None))
                i += 5 + size
            elif cmd == ord("v") and data[i + 2] == ord("0"):  # raster image
                width = data[i + 4] + 256 * data[i + 5]
                height = data[i + 6] + 256 * data[i + 7]
                out.events.append(("image", (width * 8, height)))
                i += 8 + width * height
            else:
                raise AssertionError(f"unexpected GS {cmd:#x} at {i}")
        elif b < 0x20 and b not in (0x0A,):
            raise AssertionError(f"unexpected control byte {b:#x} at {i}: {data[max(0, i - 10): i + 10]!r}")
        else:
            text.append(b)
            i += 1
    flush()
    return out
