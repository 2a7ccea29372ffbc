"""``register report``: a session's X or Z report as a PDF without the GUI (IT, an accountant's copy, a broken screen).

    register report x [--data DIR] [--session ID] --pdf FILE    the X report (default: the open session)
    register report z [--data DIR] [--session ID] --pdf FILE    the Z report as stored at close (default: the last)

``ID`` is a session number (``S-1-20260305-1``) or its local id. Rendered exactly as the report screen's Save as PDF
(Letter or A4 by the locale, the station's language, TRAINING in demo mode), so it imports Qt, but only once the
session is found. Run it with the register closed. Exit status: 0 done, 1 no such session or report, 2 bad usage
or an unusable database.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from register.services.station_files import StationFiles
from ui.station_cli import with_station


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="register report", description="A session's X or Z report as a PDF.")
    parser.add_argument("kind", choices=["x", "z"], help="x: figures so far; z: the report stored at close")
    parser.add_argument("--data", type=Path, default=None, help="the station's data folder (default: this user's)")
    parser.add_argument("--session", default=None, help="a session number or local id (default: the open one for x, "
                                                         "the last closed one for z)")
    parser.add_argument("--pdf", type=Path, required=True, help="write the report as a PDF")
    return parser


async def _report(station: StationFiles, kind: str, number: str | None) -> dict[str, Any] | str:
    """The report's data, or why there is none."""
    session = await station.sessions.find(number, closed=kind == "z")
    if session is None:
        return f"no session {number!r} on this station" if number else (
            "no closed session on this station" if kind == "z" else "no session is open (give --session)")
    if kind == "z":
        report = await station.sessions.z_report(session)
        return report if report is not None else f"session {session.number} is not closed: it has no Z report yet"
    figures = await station.sessions.figures(session)
    return {"sessionNumber": session.number, "openedBy": session.opened_by, "openTime": session.opened_at,
            **figures.to_json()}


def main(argv: list[str]) -> int:
    """Entry point of ``register report``."""
    args = _parser().parse_args(argv)
    return with_station("register report", args.data, lambda station: _render(args, station))


def _render(args: argparse.Namespace, station: StationFiles) -> int:
    """The session found, then its X or Z report as a PDF."""
    report = asyncio.run(_report(station, args.kind, args.session))
    if isinstance(report, str):
        print(f"register report: {report}", file=sys.stderr)
        return 1
    info = station.ctx.station
    where = f"{info.station_name} ({info.outlet_name})" if info else ""
    from ui import paper_cli  # Qt: only now, with something to render (--help and usage errors stay light)

    paper_cli.start(station.language)
    path = paper_cli.report_pdf(report, args.pdf, currency=station.ctx.pricing.currency, kind=args.kind,
                                station=where, training=station.ctx.training)
    print(f"{report.get('sessionNumber')} {args.kind.upper()}: {path}")
    return 0
