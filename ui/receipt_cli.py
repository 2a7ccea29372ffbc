"""``register receipt``: a sale's receipt again without the GUI (IT, or a till whose screen is broken).

    register receipt [--data DIR] (last | RECEIPT_ID) --pdf FILE           the receipt PDF, as Save as PDF makes it
    register receipt [--data DIR] (last | RECEIPT_ID) --escpos-file FILE   the ESC/POS job, as the printer gets it
    register receipt [--data DIR] (last | RECEIPT_ID) --printer URL        printed on that receipt printer

It renders exactly as the GUI does (the same receipt, words, figures and paper, in the station's language), so it
imports Qt, but only once the arguments are read and the sale found. A reprint never opens the drawer. The
station's printer model and paper width are used unless ``--printer``'s URL names others (``?profile=…&paper=58``).
Run it with the register closed (the station's data is locked while the register runs).
Exit status: 0 done, 1 no such receipt or the printer failed, 2 bad usage or an unusable database.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from register.printing import PrinterError, PrinterSpec, receipt_job, send
from register.services.receipt_printer import PrinterSetup
from register.services.station_files import StationFiles
from ui.station_cli import with_station


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="register receipt", description="Render or print a sale's receipt again.")
    parser.add_argument("--data", type=Path, default=None, help="the station's data folder (default: this user's)")
    parser.add_argument("receipt", help="'last' (the station's last sale) or a receipt id (R1-20260305-0042-AB12)")
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", type=Path, help="write the receipt as a PDF (the receipt roll)")
    out.add_argument("--escpos-file", type=Path, help="write the ESC/POS job to a file")
    out.add_argument("--printer", help="print it on this receipt printer (tcp://HOST:9100, serial://…, usb://…)")
    return parser


def main(argv: list[str]) -> int:
    """Entry point of ``register receipt``."""
    args = _parser().parse_args(argv)
    return with_station("register receipt", args.data, lambda station: _reprint(args, station))


def _reprint(args: argparse.Namespace, station: StationFiles) -> int:
    """The sale found, then its receipt as a PDF, an ESC/POS file or on a printer (a reprint: no drawer)."""
    try:
        receipt = asyncio.run(station.orders.receipt(args.receipt.strip()))
    except KeyError:
        print(f"register receipt: no sale with receipt {args.receipt!r} on this station", file=sys.stderr)
        return 1
    setup = station.printer
    spec: PrinterSpec | None = None
    if args.printer or args.escpos_file:
        try:
            spec = (PrinterSetup(args.printer, setup.profile, setup.paper_mm).spec if args.printer
                    else PrinterSpec("file", str(args.escpos_file), profile=setup.profile, paper_mm=setup.paper_mm))
        except ValueError as err:
            print(f"register receipt: {err}", file=sys.stderr)
            return 2
    from ui import paper_cli  # Qt: only now, with something to render (--help and usage errors stay light)

    paper_cli.start(station.language)
    if args.pdf:
        path = paper_cli.receipt_pdf(receipt, args.pdf, paper_mm=setup.paper_mm)
        print(f"{receipt.receipt_id}: {path}")
        return 0
    assert spec is not None
    job = receipt_job(spec, paper_cli.receipt_slip(receipt, spec), open_drawer=False)  # a reprint: no drawer
    if args.escpos_file:
        args.escpos_file.parent.mkdir(parents=True, exist_ok=True)
        args.escpos_file.write_bytes(job)
        print(f"{receipt.receipt_id}: {args.escpos_file} ({len(job)} bytes, profile {spec.profile})")
        return 0
    try:
        send(spec, job)
    except PrinterError as err:
        print(f"register receipt: {err}", file=sys.stderr)
        return 1
    print(f"{receipt.receipt_id}: printed on {args.printer}")
    return 0
