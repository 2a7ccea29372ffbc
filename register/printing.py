"""Thermal receipt printers over ESC/POS (python-escpos): network, serial or USB, plus the cash drawer.

A printer is named by a URL-like string, kept in the station's settings:

    tcp://192.0.2.10:9100            a network printer (port 9100 by default)
    serial:///dev/ttyUSB0?baud=9600  a serial printer
    usb://04b8:0202                  a USB printer (vendor:product, hex)

Printing blocks (sockets, serial ports), so :func:`print_receipt_async` runs it on a worker thread with a
generous timeout. A printer problem never blocks or undoes a sale: it raises :class:`PrinterError` with
a message a cashier can act on ("paper out?", "printer off?"), and the receipt can be printed again.
The ESC/POS library is imported only when something is printed (it costs ~0.4 s to import).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import parse_qs, urlparse

from register.text import printable

DEFAULT_TIMEOUT_S: Final = 10.0


class PrinterError(RuntimeError):
    """The printer could not print; the sale is safe, the receipt can be printed again."""

    code = "printer_error"


@dataclass(frozen=True)
class PrinterSpec:
    """Where the receipt printer is."""

    kind: str
    """``tcp``, ``serial`` or ``usb``."""
    target: str
    port: int = 9100
    baudrate: int = 9600
    vendor: int = 0
    product: int = 0
    width: int = 42
    """Characters per line (42 on 80 mm paper, 32 on 58 mm)."""


def parse_printer(url: str) -> PrinterSpec:
    """A :class:`PrinterSpec` from its setting string; ValueError with the reason otherwise."""
    parts = urlparse(url.strip())
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    width = int(query.get("width", "42"))
    if parts.scheme == "tcp":
        if not parts.hostname:
            raise ValueError(f"printer {url!r}: a network printer needs a host (tcp://HOST:9100)")
        return PrinterSpec("tcp", parts.hostname, port=parts.port or 9100, width=width)
    if parts.scheme == "serial":
        device = parts.path or parts.netloc
        if not device:
            raise ValueError(f"printer {url!r}: a serial printer needs a device (serial:///dev/ttyUSB0)")
        return PrinterSpec("serial", device, baudrate=int(query.get("baud", "9600")), width=width)
    if parts.scheme == "usb":
        try:
            vendor, product = (int(x, 16) for x in parts.netloc.split(":"))
        except ValueError:
            raise ValueError(f"printer {url!r}: a USB printer is usb://VENDOR:PRODUCT in hex") from None
        return PrinterSpec("usb", parts.netloc, vendor=vendor, product=product, width=width)
    raise ValueError(f"printer {url!r}: use tcp://, serial:// or usb://")


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


def print_receipt(spec: PrinterSpec, lines: Sequence[str], *, open_drawer: bool = False,
                  timeout: float = DEFAULT_TIMEOUT_S) -> None:
    """Print ``lines`` and cut; kick the cash drawer first when ``open_drawer`` (blocking)."""
    try:
        device = _open(spec, timeout)
        try:
            if open_drawer:
                device.cashdraw(2)
            device.text("\n".join(printable(line) for line in lines) + "\n")  # a name never sends a command
            device.cut()
        finally:
            device.close()
    except Exception as err:  # the library raises its own errors, OSError, socket.timeout, USB errors…
        raise PrinterError(_explain(spec, err)) from err


def kick_drawer(spec: PrinterSpec, *, timeout: float = DEFAULT_TIMEOUT_S) -> None:
    """Open the cash drawer wired to the printer (a no-sale open; blocking)."""
    try:
        device = _open(spec, timeout)
        try:
            device.cashdraw(2)
        finally:
            device.close()
    except Exception as err:
        raise PrinterError(_explain(spec, err)) from err


async def print_receipt_async(spec: PrinterSpec, lines: Sequence[str], *, open_drawer: bool = False,
                              timeout: float = DEFAULT_TIMEOUT_S) -> None:  # noqa: ASYNC109
    """:func:`print_receipt` on a worker thread, never longer than ``timeout`` (plus a margin)."""
    try:
        await asyncio.wait_for(asyncio.to_thread(print_receipt, spec, lines, open_drawer=open_drawer,
                                                 timeout=timeout), timeout + 5)
    except TimeoutError:
        raise PrinterError(f"The printer did not answer within {timeout:.0f} s. Is it on? "
                           "The sale is saved; print the receipt again when it is back.") from None


def _explain(spec: PrinterSpec, err: BaseException) -> str:
    where = {"tcp": f"the network printer at {spec.target}:{spec.port}", "serial": f"the printer on {spec.target}",
             "usb": f"the USB printer {spec.target}"}[spec.kind]
    return (f"Could not print on {where} ({type(err).__name__}: {err}). Check that it is on, connected and has "
            "paper. The sale is saved; print the receipt again when it is ready.")
