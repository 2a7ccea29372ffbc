"""``register audit``: check and read a station's audit log without the GUI (support, IT, an auditor).

    register audit [--data DIR] verify        walk the hash chain; exit 1 at the first broken link
    register audit [--data DIR] list [-n N]    the newest entries

The log is append-only (the register's own triggers refuse changes) and each entry carries the hash of the one
before it, so an entry edited or deleted with another tool breaks the chain where it happened.
Exit status: 0 intact, 1 broken, 2 bad usage or an unusable database.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from register.services.core import DB_FILE
from register.services.outbox_cli import default_data_dir
from register.store import Database, StoreError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="register audit", description="Check and read a station's audit log.")
    parser.add_argument("--data", type=Path, default=None, help="the station's data folder (default: this user's)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("verify", help="walk the hash chain and report the first broken link")
    listing = sub.add_parser("list", help="the newest entries")
    listing.add_argument("-n", type=int, default=50)
    return parser


def main(argv: list[str]) -> int:
    """Entry point of ``register audit``."""
    args = _parser().parse_args(argv)
    path = (args.data or default_data_dir()) / DB_FILE
    if not path.exists():
        print(f"register audit: no station database at {path}", file=sys.stderr)
        return 2
    try:
        db = Database.open(path)
    except StoreError as err:
        print(f"register audit: {err}", file=sys.stderr)
        return 2
    try:
        if args.command == "list":
            from register.store.audit import rows

            for entry in reversed(db.call(lambda c: rows(c, limit=args.n))):
                print(f"#{entry['id']:<6} {entry['at']}  {entry['actor'] or '-':<20} {entry['action']:<18} "
                      f"{entry['subject'] or ''}  {entry['detail']}")
            return 0
        from register.store.audit import verify

        checked, broken = db.call(verify)
        if broken is None:
            print(f"audit log intact: {checked} entries, each chained to the one before it")
            return 0
        print(f"audit log BROKEN at entry #{broken.entry_id}: {broken.problem} ({checked} entries before it "
              "check out)")
        return 1
    finally:
        db.close()
