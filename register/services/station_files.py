"""A station's data folder opened for the support commands (``register receipt``, ``register report``): the
local store's services that read sales and sessions, without the network, the catalog index or the GUI."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from register.config import Paths
from register.provisioning import CONNECTION
from register.services.catalog import CatalogService
from register.services.context import PAIRING, PRICING, TRAINING, StationContext, StationInfo, pricing_from_json
from register.services.core import DB_FILE
from register.services.events import EventBus
from register.services.orders import OrderService
from register.services.preferences import LANGUAGE
from register.services.receipt_printer import PrinterSetup, read_setup
from register.services.sessions import SessionService
from register.store import Database, StoreError
from register.store.outbox import Outbox
from register.store.records import get_setting

STATION_DIR = "station"


def default_data_dir() -> Path:
    """Where the GUI keeps this user's station database."""
    return Paths.default().data / STATION_DIR


@dataclass
class StationFiles:
    """The services of one station's data, opened for reading."""

    db: Database
    ctx: StationContext
    orders: OrderService
    sessions: SessionService
    printer: PrinterSetup
    language: str | None

    def close(self) -> None:
        self.db.close()


def open_station(data_dir: Path | None) -> StationFiles | str:
    """Open ``data_dir`` (default: this user's), or say why not (no database, locked, damaged)."""
    path = (data_dir or default_data_dir()) / DB_FILE
    if not path.exists():
        return f"no station database at {path}"
    try:
        db = Database.open(path)
    except StoreError as err:
        return str(err)

    def settings(conn: sqlite3.Connection) -> tuple[Any, ...]:
        return tuple(get_setting(conn, key) for key in (PAIRING, PRICING, TRAINING, CONNECTION, LANGUAGE))

    pairing, pricing, training, connection, language = db.call(settings)
    bus = EventBus()
    ctx = StationContext(db, Outbox(db), bus, CatalogService(db, bus))
    ctx.station = StationInfo(**pairing) if isinstance(pairing, dict) else None
    ctx.pricing = pricing_from_json(pricing if isinstance(pricing, dict) else None)
    # demo mode as the register last ran (or as provisioned): what a support command prints says TRAINING too
    ctx.training = bool(training) or (isinstance(connection, dict) and connection.get("mode") == "demo")
    return StationFiles(db, ctx, OrderService(ctx), SessionService(ctx), db.call(read_setup),
                        str(language) if language else None)
