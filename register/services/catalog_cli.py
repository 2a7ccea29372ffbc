"""``register sync``: fetch the catalog into a station's data folder without the GUI (IT preloads a station).

    register sync [--data DIR] [--api-url URL] [--quiet]

A full catalog sync, with a progress bar per kind (records so far, against the last sync's count when there
was one; records a second; pages). Stopped or killed, it resumes from the pages it had stored when run
again; the station sells from the catalog it had until the new one is complete. The API URL is
``--api-url``, else the one ``register provision`` recorded, else ``FINALPOS_API_URL``, else the official
API; the key comes from ``FINALPOS_API_KEY`` or the OS keyring, never from the command line.
Exit status: 0 done, 1 the sync stopped (run it again: it resumes), 2 bad usage or no usable station.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path
from typing import TextIO

from register.config import DEFAULT_API_URL, load_api_key
from register.services.core import DB_FILE
from register.services.events import CatalogProgress
from register.services.outbox_cli import default_data_dir

PROG = "register sync"
BAR_WIDTH = 24
LINE_EVERY_S = 5.0
"""Without a terminal (a log, a pipe): one line per kind finished, and one at most this often."""
NAMES = {"outlet": "outlets", "station": "stations", "category": "categories", "product": "products",
         "variant": "variants", "customer": "customers", "tax_table": "tax tables", "index": "index"}


def progress_line(event: CatalogProgress) -> str:
    """One line of the progress display: ``products  [######----]  41%   412,300 / 1,000,150  2,950/s  page 4,123``."""
    name = NAMES.get(event.kind, event.kind)
    if event.kind == "index":
        return f"{name:<10} {'built: ' + format(event.done, ',') + ' items' if event.finished else 'building…'}"
    if event.expected:
        share = min(event.done / event.expected, 1.0)
        filled = round(share * BAR_WIDTH)
        bar = f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {share:>4.0%}"
        count = f"{event.done:>11,} / {event.expected:,}"
    else:
        bar = f"[{'#' * BAR_WIDTH if event.finished else '?' * BAR_WIDTH}]     "
        count = f"{event.done:>11,}"
    return f"{name:<10} {bar} {count}  {event.rate:,.0f}/s  page {event.pages:,}"


class ProgressPrinter:
    """Draws the progress on ``out``: redrawn in place on a terminal, else a line now and then."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.tty = out.isatty()
        self._last = 0.0
        self._open = False

    def __call__(self, event: CatalogProgress) -> None:
        line = progress_line(event)
        now = time.monotonic()
        if self.tty:
            self.out.write(f"\r{line}\x1b[K" + ("\n" if event.finished else ""))
            self._open = not event.finished
        elif event.finished or now - self._last >= LINE_EVERY_S:
            self._last = now
            self.out.write(line + "\n")
        self.out.flush()

    def close(self) -> None:
        if self._open:
            self.out.write("\n")
            self.out.flush()


def _api_url(data_dir: Path, given: str | None) -> str:
    if given:
        return given
    from register.provisioning import CONNECTION
    from register.store import Database
    from register.store.records import get_setting

    db = Database.open(data_dir / DB_FILE)
    try:
        recorded = db.call(lambda c: get_setting(c, CONNECTION))
    finally:
        db.close()
    if isinstance(recorded, dict) and recorded.get("apiUrl"):
        return str(recorded["apiUrl"])
    return os.environ.get("FINALPOS_API_URL", DEFAULT_API_URL)


def main(argv: list[str]) -> int:
    """Entry point of ``register sync``."""
    parser = argparse.ArgumentParser(prog=PROG, description="Fetch the catalog into a station (resumable).")
    parser.add_argument("--data", type=Path, default=None, help="the station's data folder (default: this user's)")
    parser.add_argument("--api-url", default=None, help="default: the provisioned URL, FINALPOS_API_URL or "
                                                        f"{DEFAULT_API_URL}")
    parser.add_argument("--quiet", action="store_true", help="no progress display, only the summary")
    args = parser.parse_args(argv)
    data_dir: Path = args.data or default_data_dir()
    if not (data_dir / DB_FILE).exists():
        print(f"{PROG}: no station database at {data_dir / DB_FILE} (run 'register provision' first)",
              file=sys.stderr)
        return 2
    key = load_api_key()
    if key is None:
        print(f"{PROG}: no API key (set FINALPOS_API_KEY or store one in the OS keyring)", file=sys.stderr)
        return 2
    from register.api.errors import APIError
    from register.services.core import RegisterCore
    from register.store import StoreError

    try:
        url = _api_url(data_dir, args.api_url)
    except StoreError as err:
        print(f"{PROG}: {err}", file=sys.stderr)
        return 2
    printer = ProgressPrinter(sys.stderr)

    async def run() -> str:
        core = await RegisterCore.open(data_dir, api_url=url, api_key=key.reveal())
        try:
            if not args.quiet:
                core.bus.subscribe(printer, CatalogProgress)
            report = await core.sync_catalog()
        finally:
            await core.close()
        resumed = f", {report.resumed_pages:,} pages kept from the stopped sync" if report.resumed_pages else ""
        return (f"catalog synced in {report.seconds:.1f} s: {report.counts.get('product', 0):,} products, "
                f"{report.counts.get('variant', 0):,} variants, {report.counts.get('customer', 0):,} customers "
                f"({report.pages:,} pages fetched{resumed})")

    try:
        summary = asyncio.run(run())
    except (APIError, StoreError, OSError) as err:
        printer.close()
        print(f"{PROG}: the sync stopped: {err}. Run it again: it resumes where it stopped.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        printer.close()
        print(f"{PROG}: stopped. Run it again: it resumes where it stopped.", file=sys.stderr)
        return 1
    printer.close()
    print(summary)
    return 0
