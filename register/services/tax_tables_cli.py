"""``register tax-tables``: the store's tax tables on this station (the Final POS REST API has none).

    register tax-tables [--data DIR] import FILE   validate FILE (JSON) and store it for this station
    register tax-tables [--data DIR] show          print the stored tables

The file has the sandbox's shape (see ``resources/tax-tables.example.json``): a JSON array of tables
``{"id", "name", "rates": [{"id", "name", "percentage": "6.25", "priority": 1, "compound": false,
"shipping": true, "country": "US", "state": "TX", "postcodes": ["787*", "75001-75099"], "cities": []}]}``.
Exit status: 0 done, 2 bad file or no station database.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from register.services.catalog import TAX_TABLES_SETTING, CatalogService
from register.services.core import DB_FILE
from register.services.events import EventBus
from register.services.outbox_cli import default_data_dir
from register.store import Database, StoreError
from register.store.records import get_setting


def main(argv: list[str]) -> int:
    """Entry point of ``register tax-tables``."""
    parser = argparse.ArgumentParser(prog="register tax-tables", description="The store's tax tables.")
    parser.add_argument("--data", type=Path, default=None, help="the station's data folder (default: this user's)")
    sub = parser.add_subparsers(dest="command", required=True)
    importing = sub.add_parser("import", help="store the tax tables of a JSON file")
    importing.add_argument("file", type=Path)
    sub.add_parser("show", help="print the stored tax tables")
    args = parser.parse_args(argv)
    data_dir: Path = args.data or default_data_dir()
    try:
        db = Database.open(data_dir / DB_FILE)
    except StoreError as err:
        print(f"register tax-tables: {err}", file=sys.stderr)
        return 2
    try:
        if args.command == "import":
            try:
                count = asyncio.run(CatalogService(db, EventBus()).import_tax_tables(args.file))
            except ValueError as err:
                print(f"register tax-tables: {err}", file=sys.stderr)
                return 2
            print(f"imported {count} tax table(s) from {args.file}")
            return 0
        tables = db.call(lambda c: get_setting(c, TAX_TABLES_SETTING, []))
        for table in tables:
            print(f"{table['name']} ({table['id']})")
            for rate in table.get("rates", []):
                where = " ".join(x for x in (rate.get("country"), rate.get("state"),
                                             ",".join(rate.get("postcodes") or []),
                                             ",".join(rate.get("cities") or [])) if x) or "everywhere"
                kind = "compound" if rate.get("compound") else "simple"
                print(f"  {rate['name']:<24} {rate['percentage']:>7} %  priority {rate.get('priority', 1)}  "
                      f"{kind}  {where}")
        if not tables:
            print("no tax tables stored (import a file, or sync from the sandbox)")
        return 0
    finally:
        db.close()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
