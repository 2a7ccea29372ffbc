"""``register outbox``: inspect and flush a station's outbox without the GUI (support and IT).

    register outbox [--data DIR] status            counts per state, oldest waiting write
    register outbox [--data DIR] list [--state S]  the entries, in posting order
    register outbox [--data DIR] retry ID          put an entry that needs attention back in line (an
                                                   unconfirmed one is then SENT AGAIN)
    register outbox [--data DIR] confirm ID [--server-id ID]
                                                   an unconfirmed entry is on Final POS after all: done
    register outbox [--data DIR] flush [--api-url URL] [--timeout S]
                                                   post what is waiting; exit 0 when nothing is left

The API key comes from ``FINALPOS_API_KEY`` or the OS keyring, never from the command line.
Exit status: 0 done, 1 writes still waiting after a flush, 2 bad usage or an unusable database.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

from register.config import DEFAULT_API_URL, Paths, load_api_key
from register.services.core import DB_FILE
from register.services.events import EventBus
from register.services.sync import Backoff, SyncWorker
from register.store import Database, StoreError
from register.store.outbox import EntryState, Outbox

STATION_DIR = "station"


def default_data_dir() -> Path:
    """Where the GUI keeps this user's station database."""
    return Paths.default().data / STATION_DIR


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="register outbox", description="Inspect and flush a station's outbox.")
    parser.add_argument("--data", type=Path, default=None, help="the station's data folder (default: this user's)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("status", help="counts per state")
    listing = sub.add_parser("list", help="the entries in posting order")
    listing.add_argument("--state", choices=[s.value for s in EntryState])
    listing.add_argument("--limit", type=int, default=200)
    retry = sub.add_parser("retry", help="put an entry back in line")
    retry.add_argument("id", help="sequence number or local id")
    confirm = sub.add_parser("confirm", help="an unconfirmed entry was found on Final POS: mark it done")
    confirm.add_argument("id", help="sequence number or local id")
    confirm.add_argument("--server-id", default=None, help="the record's id on Final POS, when known")
    flush = sub.add_parser("flush", help="post what is waiting")
    flush.add_argument("--api-url", default=None, help=f"default: the FINALPOS_API_URL or {DEFAULT_API_URL}")
    flush.add_argument("--timeout", type=float, default=120.0, help="give up after this many seconds")
    flush.add_argument("--request-deadline", type=float, default=None,
                       help="seconds one request may take (default: the client's); a lost request is looked up "
                            "only once this much time (plus a margin) has passed")
    return parser


def main(argv: list[str]) -> int:
    """Entry point of ``register outbox``."""
    args = _parser().parse_args(argv)
    data_dir: Path = args.data or default_data_dir()
    path = data_dir / DB_FILE
    if not path.exists():
        print(f"register outbox: no station database at {path}", file=sys.stderr)
        return 2
    try:
        db = Database.open(path)
    except StoreError as err:
        print(f"register outbox: {err}", file=sys.stderr)
        return 2
    try:
        box = Outbox(db)
        if args.command == "status":
            return _status(box)
        if args.command == "list":
            return _list(box, args.state, args.limit)
        if args.command == "retry":
            key: int | str = int(args.id) if args.id.isdigit() else args.id
            try:
                entry = box.retry(key)
            except (KeyError, ValueError) as err:
                print(f"register outbox: {err.args[0]}", file=sys.stderr)
                return 2
            print(f"#{entry.seq} {entry.kind} is back in line ({entry.state.value})")
            return 0
        if args.command == "confirm":
            key = int(args.id) if args.id.isdigit() else args.id
            try:
                entry = box.confirm(key, args.server_id, actor="support")
            except (KeyError, ValueError) as err:
                print(f"register outbox: {err.args[0]}", file=sys.stderr)
                return 2
            print(f"#{entry.seq} {entry.kind} is marked done" + (f" as {entry.server_id}" if entry.server_id else ""))
            return 0
        return _flush(box, args.api_url, args.timeout, args.request_deadline)
    finally:
        db.close()


def _status(box: Outbox) -> int:
    from register.store.records import audit_entries, set_aside_records

    counts = box.counts()
    print(f"pending {counts.pending}  in flight {counts.in_flight}  needs attention {counts.attention}  "
          f"done {counts.done}")
    if counts.unconfirmed:
        print(f"unconfirmed {counts.unconfirmed}: their answer was lost and Final POS cannot be asked; check Final "
              "POS, then `register outbox confirm ID` or `register outbox retry ID` (see `list --state attention`)")
    resent = [e for e in box.db.call(lambda c: audit_entries(c, "sync_resent"))
              if e["detail"].get("kind") == "session.create"]
    for event in resent[:5]:
        session = box.get(str(event["subject"]))
        number = session.body.get("sessionNumber") if session else event["subject"]
        print(f"session {number} was sent again after its answer was lost: Final POS may also hold an EMPTY "
              "session with that number (no sale is in it); it can be deleted there")
    watching = box.watching()
    if watching:
        print(f"checking {watching} create(s) for a late duplicate")
    waiting = box.entries(states=(EntryState.PENDING, EntryState.IN_FLIGHT, EntryState.ATTENTION), limit=1)
    if waiting:
        print(f"oldest waiting: #{waiting[0].seq} {waiting[0].kind} since {waiting[0].created_at}")
    aside, latest = box.db.call(set_aside_records)
    if aside:
        print(f"set aside {aside} record(s) from Final POS that break the contract (left out of the catalog):")
        for path, key, problem in latest[:5]:
            print(f"  {path} {key}: {' '.join(problem.split())[:100]}")
    return 0


def _list(box: Outbox, state: str | None, limit: int) -> int:
    entries = box.entries(states=(EntryState(state),) if state else None, limit=limit)
    print(f"{'#':>6}  {'kind':<18} {'state':<10} {'tries':>5}  {'local id':<34} last error")
    for e in entries:
        error = " ".join((e.last_error or "").split())[:110]
        print(f"{e.seq:>6}  {e.kind:<18} {e.state.value:<10} {e.attempts:>5}  {e.local_id:<34} {error}")
    return 0


def _flush(box: Outbox, api_url: str | None, timeout: float, request_deadline: float | None) -> int:
    import os

    from register.api._constants import REQUEST_DEADLINE
    from register.api.client import FinalPOSClient

    key = load_api_key()
    if key is None:
        print("register outbox: no API key (set FINALPOS_API_KEY or store one in the OS keyring)", file=sys.stderr)
        return 2
    url = api_url or os.environ.get("FINALPOS_API_URL", DEFAULT_API_URL)

    async def run() -> None:
        deadline = REQUEST_DEADLINE if request_deadline is None else request_deadline
        async with FinalPOSClient(key.reveal(), base_url=url, deadline=deadline) as client:
            worker = SyncWorker(box, client, EventBus(), backoff=Backoff(initial=0.5, maximum=5.0))
            await worker.flush(deadline=time.time() + timeout)

    asyncio.run(run())
    counts = box.counts()
    print(f"done {counts.done}  still waiting {counts.waiting} (needs attention {counts.attention})")
    return 0 if counts.waiting == 0 else 1
