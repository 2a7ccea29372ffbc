"""Thermal receipt printers over ESC/POS (python-escpos): network, serial or USB, plus the cash drawer.

A printer is named by a URL-like string, kept in the station's settings:

    tcp://192.0.2.10:9100            a network printer (port 9100 by default)
    serial:///dev/ttyUSB0?baud=9600  a serial printer
    usb://04b8:0202                  a USB printer (vendor:product, hex)

with, beside it, the printer's **profile** (a model of python-escpos's printer database: its code pages, its
columns, whether it cuts and prints QR codes; ``default`` for a generic Epson-compatible printer) and the
**paper** (80 or 58 mm). Both may also be given in the URL (``?profile=TM-T20II&paper=58``).

Every job is made in full first (:func:`receipt_job`, :func:`drawer_job`: bytes, testable and savable with
``register receipt --escpos-file``) and then sent in one go. A receipt job is::

    ESC @              initialise (whatever the last job or a paper change left set)
    ESC t n            the code page chosen for this receipt's text (:mod:`register.codepages`)
    ESC p 0            the drawer kick, when cash changed hands (only then; never on a reprint)
    text               every line through ``printable`` (a name never sends a command), in that code page
    GS ( k …           the receipt id as a QR code (read back by the scanner for a return)
    ESC d 6, GS V 0    feed and cut, once

A QR code rather than Code 128: the receipt id (``R1-20261122-0042-AB12``, 21 characters) needs at least 532
dots in Code 128 at the narrowest module a printer makes (2 dots), more than an 80 mm head has (512 dots at
180 dpi) and far more than a 58 mm one (384); its QR code is 25 modules square and fits both.

Printing blocks (sockets, serial ports), so the ``*_async`` functions run it on a worker thread with a generous
timeout. A printer problem never blocks or undoes a sale: it raises :class:`PrinterError` with a message a
cashier can act on, and the receipt can be printed again. python-escpos is imported only when a job is made
(it costs ~0.4 s to import).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Final
from urllib.parse import parse_qs, urlparse

from register.codepages import choose_code_page, encode
from register.text import printable

DEFAULT_TIMEOUT_S: Final = 10.0
DEFAULT_PROFILE: Final = "default"
PAPER_WIDTHS_MM: Final = (80, 58)
"""The receipt rolls a station may use (a setting)."""
COLUMNS_58MM: Final = 32

INIT: Final = b"\x1b@"
DRAWER_KICK: Final = b"\x1bp\x00\x32\x32"
"""ESC p 0 50 50: a 100 ms pulse on the drawer's pin 2 (python-escpos's ``cashdraw(2)``)."""
CUT: Final = b"\x1dV\x00"
"""GS V 0: a full cut."""


class PrinterError(RuntimeError):
    """The printer could not print; the sale is safe, the receipt can be printed again."""

    code = "printer_error"


@dataclass(frozen=True)
class PrinterSpec:
    """Where the receipt printer is, what model it is and what paper it has."""

    kind: str
    """``tcp``, ``serial``, ``usb`` (or ``file`` for a job saved to disk)."""
    target: str
    port: int = 9100
    baudrate: int = 9600
    vendor: int = 0
    product: int = 0
    profile: str = DEFAULT_PROFILE
    """A python-escpos printer profile (``default``, ``TM-T88V``, ``TM-T20II``, …)."""
    paper_mm: int = 80
    columns_set: int | None = None
    """Characters per line when the URL says (``?width=42``); else the profile's for the paper."""

    @property
    def columns(self) -> int:
        """Characters per line: the profile's font A on 80 mm paper (42 or 48), at most 32 on 58 mm."""
        if self.columns_set is not None:
            return self.columns_set
        columns = _profile_columns(self.profile)
        return min(columns, COLUMNS_58MM) if self.paper_mm == 58 else columns

    def with_settings(self, *, profile: str | None, paper_mm: int | None) -> PrinterSpec:
        """This printer with the station's profile and paper (where its URL did not name them)."""
        return replace(self, profile=profile or self.profile, paper_mm=paper_mm or self.paper_mm)


@functools.cache
def profile_names() -> tuple[str, ...]:
    """The printer models python-escpos knows (its printer database), ``default`` first."""
    from escpos.capabilities import CAPABILITIES

    names = sorted(CAPABILITIES["profiles"], key=str.lower)
    return (DEFAULT_PROFILE, *(n for n in names if n != DEFAULT_PROFILE))


def check_profile(name: str) -> str:
    """``name`` if python-escpos knows the printer model, else ValueError saying what to choose."""
    if name not in profile_names():
        raise ValueError(f"printer profile {name!r} is not known: choose default or a printer model such as TM-T88V")
    return name


def check_paper(mm: int) -> int:
    """80 or 58, else ValueError."""
    if mm not in PAPER_WIDTHS_MM:
        raise ValueError(f"paper {mm} mm: the register prints on 80 mm or 58 mm rolls")
    return mm


@functools.cache
def _profile(name: str) -> Any:
    from escpos.capabilities import get_profile

    return get_profile(name)


def _profile_columns(name: str) -> int:
    try:
        return int(_profile(name).get_columns("a"))
    except Exception:  # a profile without fonts: the common 42 of an 80 mm printer
        return 42


def parse_printer(url: str) -> PrinterSpec:
    """A :class:`PrinterSpec` from its setting string; ValueError with the reason otherwise."""
    parts = urlparse(url.strip())
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    extra: dict[str, Any] = {}
    if "width" in query:
        extra["columns_set"] = int(query["width"])
    if "profile" in query:
        extra["profile"] = check_profile(query["profile"])
    if "paper" in query:
        extra["paper_mm"] = check_paper(int(query["paper"]))
    if parts.scheme == "tcp":
        if not parts.hostname:
            raise ValueError(f"printer {url!r}: a network printer needs a host (tcp://HOST:9100)")
        return PrinterSpec("tcp", parts.hostname, port=parts.port or 9100, **extra)
    if parts.scheme == "serial":
        device = parts.path or parts.netloc
        if not device:
            raise ValueError(f"printer {url!r}: a serial printer needs a device (serial:///dev/ttyUSB0)")
        return PrinterSpec("serial", device, baudrate=int(query.get("baud", "9600")), **extra)
    if parts.scheme == "usb":
        try:
            vendor, product = (int(x, 16) for x in parts.netloc.split(":"))
        except ValueError:
            raise ValueError(f"printer {url!r}: a USB printer is usb://VENDOR:PRODUCT in hex") from None
        return PrinterSpec("usb", parts.netloc, vendor=vendor, product=product, **extra)
    raise ValueError(f"printer {url!r}: use tcp://, serial:// or usb://")


# jobs --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Slip:
    """What goes on the paper: fixed-width lines and the code printed under them (the receipt id)."""

    lines: tuple[str, ...]
    code: str = ""


def receipt_job(spec: PrinterSpec, slip: Slip, *, open_drawer: bool = False) -> bytes:
    """The ESC/POS bytes of a receipt (see the module's docstring for their order)."""
    from escpos.constants import QR_ECLEVEL_M
    from escpos.printer import Dummy

    profile = _profile(spec.profile)
    text = "\n".join(printable(line) for line in slip.lines) + "\n"  # a name never sends a command
    page = choose_code_page(spec.profile, text)
    device = Dummy(profile=spec.profile)
    device._raw(INIT)
    device._raw(b"\x1bt" + bytes([page.number]))
    if open_drawer:
        device._raw(DRAWER_KICK)
    device._raw(encode(text, page))
    code = printable(slip.code)
    if code and profile.supports("qrCode"):
        device._raw(b"\x1ba\x01")  # centred
        device.qr(code, ec=QR_ECLEVEL_M, size=6 if spec.paper_mm == 80 else 4, native=True)
        device._raw(b"\n\x1ba\x00")
    elif code and profile.supports("bitImageRaster"):  # a printer without QR in its firmware: as an image
        with contextlib.redirect_stdout(io.StringIO()):  # python-escpos prints remarks about the profile
            device.qr(code, ec=QR_ECLEVEL_M, size=4, native=False, image_arguments={"impl": "bitImageRaster"})
    device._raw(b"\x1bd\x06")  # feed past the cutter
    if profile.supports("paperFullCut") or profile.supports("paperPartCut"):
        device._raw(CUT)
    return bytes(device.output)


def drawer_job() -> bytes:
    """The ESC/POS bytes of a drawer kick on its own (No sale, cash in, cash out)."""
    return INIT + DRAWER_KICK


def _open(spec: PrinterSpec, timeout: float) -> Any:
    from escpos import printer  # heavy: only when printing

    if spec.kind == "tcp":
        return _network_class(printer.Network)(spec.target, port=spec.port, timeout=timeout)
    if spec.kind == "serial":
        return printer.Serial(spec.target, baudrate=spec.baudrate, timeout=timeout)
    return printer.Usb(spec.vendor, spec.product, timeout=int(timeout * 1000))


def _network_class(base: Any) -> Any:
    """python-escpos 3.1's Network.open() drops its socket unclosed when the connection fails; close it."""
    import socket

    class ClosingNetwork(base):  # type: ignore[misc]
        def open(self, raise_not_found: bool = True) -> None:
            if self._device:
                self.close()
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.settimeout(self.timeout)
            try:
                sock.connect((self.host, self.port))
            except OSError:
                sock.close()
                raise
            self.device = sock

    return ClosingNetwork


def send(spec: PrinterSpec, job: bytes, *, timeout: float = DEFAULT_TIMEOUT_S, what: str = "print") -> None:
    """Send a job to the printer in one go (blocking); ``what`` (``print`` or ``drawer``) words a failure."""
    try:
        device = _open(spec, timeout)
        try:
            device._raw(job)  # the transport's write: the job is made already
        finally:
            device.close()
    except Exception as err:  # the library raises its own errors, OSError, socket.timeout, USB errors…
        raise PrinterError(_explain(spec, err, what)) from err


def print_slip(spec: PrinterSpec, slip: Slip, *, open_drawer: bool = False,
               timeout: float = DEFAULT_TIMEOUT_S) -> None:
    """Print a receipt and cut; kick the cash drawer first when ``open_drawer`` (blocking)."""
    send(spec, receipt_job(spec, slip, open_drawer=open_drawer), timeout=timeout)


def kick_drawer(spec: PrinterSpec, *, timeout: float = DEFAULT_TIMEOUT_S) -> None:
    """Open the cash drawer wired to the printer (blocking)."""
    send(spec, drawer_job(), timeout=timeout, what="drawer")


async def _off_thread(what: str, timeout: float, fn: Any, *args: Any, **kwargs: Any) -> None:  # noqa: ASYNC109
    try:
        await asyncio.wait_for(asyncio.to_thread(fn, *args, timeout=timeout, **kwargs), timeout + 5)
    except TimeoutError:
        if what == "drawer":
            raise PrinterError(f"The drawer did not open: the printer did not answer within {timeout:.0f} s. Is it "
                               "on?") from None
        raise PrinterError(f"The printer did not answer within {timeout:.0f} s. Is it on? "
                           "The sale is saved; print the receipt again when it is back.") from None


async def print_slip_async(spec: PrinterSpec, slip: Slip, *, open_drawer: bool = False,
                           timeout: float = DEFAULT_TIMEOUT_S) -> None:  # noqa: ASYNC109
    """:func:`print_slip` on a worker thread, never longer than ``timeout`` (plus a margin)."""
    await _off_thread("print", timeout, print_slip, spec, slip, open_drawer=open_drawer)


async def kick_drawer_async(spec: PrinterSpec, *, timeout: float = DEFAULT_TIMEOUT_S) -> None:  # noqa: ASYNC109
    """:func:`kick_drawer` on a worker thread, never longer than ``timeout`` (plus a margin)."""
    await _off_thread("drawer", timeout, kick_drawer, spec)


def _where(spec: PrinterSpec) -> str:
    return {"tcp": f"the network printer at {spec.target}:{spec.port}", "serial": f"the printer on {spec.target}",
            "usb": f"the USB printer {spec.target}"}[spec.kind]


def _explain(spec: PrinterSpec, err: BaseException, what: str = "print") -> str:
    if what == "drawer":
        return (f"Could not open the drawer through {_where(spec)} ({type(err).__name__}: {err}). Check that the "
                "printer is on and connected; open the drawer with its key meanwhile.")
    return (f"Could not print on {_where(spec)} ({type(err).__name__}: {err}). Check that it is on, connected and has "
            "paper. The sale is saved; print the receipt again when it is ready.")


def lines_job(spec: PrinterSpec, lines: Sequence[str], code: str = "", *, open_drawer: bool = False) -> bytes:
    """:func:`receipt_job` of plain lines (support tools, tests)."""
    return receipt_job(spec, Slip(tuple(lines), code), open_drawer=open_drawer)
