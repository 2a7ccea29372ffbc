"""One station's register without any GUI: what the Qt front-end, a script or a test drives.

::

    core = await RegisterCore.open(data_dir, api_url=url, api_key=key)
    await core.pair(station_id)                  # once per installation (needs the network)
    await core.sync_catalog()                    # then from the local cache, offline too
    core.start_sync()                            # the outbox worker, in the background
    session = await core.sessions.open("200.00", opened_by="Dana")
    await core.checkout.add_code("4006381333931")
    await core.checkout.add_tender("cash", "20.00")
    sale = await core.checkout.complete(actor="Dana")
    ...
    await core.close()
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import platform
import uuid
from pathlib import Path
from typing import Any, Final

from register.api.client import FinalPOSClient
from register.api.errors import APIError
from register.runtime import settle
from register.services.cashiers import CashierService
from register.services.catalog import CatalogService, SyncReport
from register.services.checkout import CheckoutService
from register.services.context import PAIRING, PRICING, StationContext, StationInfo, pricing_from_json
from register.services.events import ConnectivityChanged, EventBus
from register.services.orders import OrderService
from register.services.refunds import RefundService
from register.services.sessions import STATION_AVAILABLE, STATION_IN_USE, SessionService
from register.services.sync import Backoff, SyncWorker
from register.store import outbox
from register.store.database import Database, transaction
from register.store.errors import StoreError
from register.store.outbox import SERVER_ID_PREFIX, Outbox
from register.store.records import audit, get_setting, set_setting

log = logging.getLogger(__name__)

DB_FILE: Final = "station.sqlite3"
CATALOG_REFRESH_S: Final = 300.0
"""How often the register looks for new catalog records while it runs."""
CATALOG_FULL_SYNC_S: Final = 12 * 3600.0
"""A full catalog sync (prices and edits of existing records) once the last one is older than this."""


class RegisterCore:
    """The station's services over one local database and one API client."""

    def __init__(self, db: Database, client: FinalPOSClient, *, bus: EventBus | None = None,
                 backoff: Backoff | None = None) -> None:
        self.db = db
        self.client = client
        self.bus = bus or EventBus()
        self.outbox = Outbox(db)
        self.catalog = CatalogService(db, self.bus)
        self.worker = SyncWorker(self.outbox, client, self.bus, backoff=backoff)
        self.ctx = StationContext(db, self.outbox, self.bus, self.catalog, wake_sync=self._on_queued)
        self._background: set[asyncio.Task[Any]] = set()
        self.sessions = SessionService(self.ctx)
        self.checkout = CheckoutService(self.ctx, self.sessions)
        self.refunds = RefundService(self.ctx, self.sessions)
        self.cashiers = CashierService(db)
        self.orders = OrderService(self.ctx)
        self._sync_task: asyncio.Task[None] | None = None
        self._catalog_task: asyncio.Task[None] | None = None
        self.bus.subscribe(self._on_connectivity, ConnectivityChanged)

    def _on_queued(self) -> None:
        """A write went into the outbox: wake the worker and announce the new pending count."""
        self.worker.wake()
        try:
            task = asyncio.get_running_loop().create_task(self.worker.announce_counts())
        except RuntimeError:  # no running loop (a synchronous caller): the worker announces later
            return
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def check_connection(self) -> bool:
        """Ask the server something cheap; announces online/offline (ConnectivityChanged) and returns it."""
        return await self.worker.probe()

    def _on_connectivity(self, event: ConnectivityChanged) -> None:
        """Offline periods go to the audit log (written on the database thread; never blocks the loop)."""
        action = "online" if event.online else "offline"

        def write(conn: Any) -> None:
            with transaction(conn, f"logging the {action} period"):
                audit(conn, action, actor="system", reason=event.reason[:200])

        self.db.spawn(write)

    @classmethod
    async def open(cls, data_dir: Path, *, api_url: str, api_key: str, client: FinalPOSClient | None = None,
                   backoff: Backoff | None = None) -> RegisterCore:
        """Open the station's database (refusing a damaged one), load settings, catalog and cart."""
        db = await asyncio.to_thread(Database.open, data_dir / DB_FILE)
        core = cls(db, client or FinalPOSClient(api_key, base_url=api_url), backoff=backoff)
        await core._load()
        settle()  # what start-up made lives as long as the process: the collector stops scanning it
        return core

    async def _load(self) -> None:
        pairing, pricing = await self.db.run(lambda c: (get_setting(c, PAIRING), get_setting(c, PRICING)))
        self.ctx.station = StationInfo(**pairing) if pairing else None
        self.ctx.pricing = pricing_from_json(pricing)
        await self.catalog.load(self.ctx.station.outlet_id if self.ctx.station else None)
        await self.checkout.restore()

    @property
    def station(self) -> StationInfo | None:
        """The paired station."""
        return self.ctx.station

    # pairing -------------------------------------------------------------------------------------
    async def device_id(self) -> str:
        """A stable id of this installation (sent to Final POS when pairing)."""
        existing = await self.db.run(lambda c: get_setting(c, "device_id"))
        if existing:
            return str(existing)
        made = uuid.uuid4().hex
        await self.db.run(lambda c: set_setting(c, "device_id", made))
        return made

    async def pair(self, station_id: str, *, device_name: str | None = None, actor: str = "setup") -> StationInfo:
        """Mark the station in use by this device and remember it here (needs the network)."""
        station = await self.client.stations.get(station_id)
        outlet = await self.client.outlets.get(station.outlet_id) if station.outlet_id else None
        device = await self.device_id()
        if station.status == STATION_IN_USE and station.device_id and station.device_id != device:
            from register.services.context import NotReadyError

            holder = station.device_name or station.device_id
            raise NotReadyError(f"{station.name or 'This station'} is in use by {holder}; a manager must release it "
                                "there first.")
        name = device_name or platform.node() or "register"
        await self.client.stations.update(station_id, {"status": STATION_IN_USE, "deviceId": device,
                                                       "deviceName": name})
        seq = getattr(station, "sequence_number", None)
        info = StationInfo(
            outlet_id=str(station.outlet_id or ""), station_id=station_id, station_name=station.name or "",
            outlet_name=(outlet.name or "") if outlet else "", device_id=device, device_name=name,
            short=str(int(seq)) if seq is not None else station_id[-4:].upper(),
        )

        def write(conn: Any) -> None:
            set_setting(conn, PAIRING, info.to_json())
            with transaction(conn, "recording the pairing"):
                audit(conn, "pair", actor=actor, subject=station_id, device=device, name=name)

        await self.db.run(write)
        self.ctx.station = info
        await self.catalog.load(info.outlet_id)
        return info

    async def release(self, actor: str) -> None:
        """Give the station back (marked available) and forget the pairing here."""
        station = self.ctx.require_station()
        if await self.sessions.current() is not None:
            from register.services.context import NotReadyError

            raise NotReadyError("Close the cash session before releasing the station.")
        def write(conn: Any) -> None:
            set_setting(conn, PAIRING, None)
            with transaction(conn, "recording the release"):
                # through the outbox, so a release made offline reaches Final POS later
                outbox.add(conn, kind="station.update", local_id=f"release-{uuid.uuid4().hex}",
                           body={"status": STATION_AVAILABLE, "deviceId": "", "deviceName": ""},
                           target=SERVER_ID_PREFIX + station.station_id)
                audit(conn, "release", actor=actor, subject=station.station_id)

        await self.db.run(write)
        self.ctx.station = None
        self._on_queued()

    async def set_pricing(self, **settings: Any) -> None:
        """Change the store's pricing settings (currency, pricesIncludeTax, taxRounding, cashIncrement)."""
        current = await self.db.run(lambda c: get_setting(c, PRICING, {})) or {}
        merged = {**current, **settings}
        pricing_from_json(merged)  # refuse nonsense before saving it
        await self.db.run(lambda c: set_setting(c, PRICING, merged))
        self.ctx.pricing = pricing_from_json(merged)

    # catalog and sync ------------------------------------------------------------------------------
    async def sync_catalog(self) -> SyncReport:
        """Fetch the catalog into the local cache and rebuild the index."""
        return await self.catalog.sync(self.client, self.ctx.station.outlet_id if self.ctx.station else None)

    def start_sync(self) -> asyncio.Task[None]:
        """Run the outbox worker in the background (kept referenced here until :meth:`close`)."""
        if self._sync_task is None or self._sync_task.done():
            self._sync_task = asyncio.create_task(self.worker.run(), name="register-sync")
        return self._sync_task

    async def keep_catalog_fresh(self, *, delay_s: float = 5.0, every_s: float = CATALOG_REFRESH_S,
                                 full_after_s: float = CATALOG_FULL_SYNC_S) -> None:
        """While the register runs: every ``every_s`` fetch the records created since the last look (new
        products reach the tiles and the scanner within minutes), and a full sync once the last one is older
        than ``full_after_s`` (edited prices and names only come that way: the API has no "changed since"
        filter). Selling never waits for it; a failure (offline, say) waits for the next round."""
        await asyncio.sleep(delay_s)
        while True:
            outlet = self.ctx.station.outlet_id if self.ctx.station else None
            try:
                await self.catalog.freshen(self.client, outlet, full_after_s)
            except (APIError, StoreError) as err:
                log.info("catalog not refreshed this time: %s", err)
            except Exception:  # a bug must not end the refresher for the rest of the day
                log.exception("catalog refresh failed")
            await asyncio.sleep(every_s)

    def start_catalog_refresh(self, *, delay_s: float = 5.0) -> asyncio.Task[None]:
        """Run :meth:`keep_catalog_fresh` in the background (until :meth:`close`)."""
        if self._catalog_task is None or self._catalog_task.done():
            self._catalog_task = asyncio.create_task(self.keep_catalog_fresh(delay_s=delay_s),
                                                     name="register-catalog")
        return self._catalog_task

    async def close(self) -> None:
        """Stop the worker and the catalog refresher, close the client and the database."""
        if self._catalog_task is not None:
            self._catalog_task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._catalog_task
            self._catalog_task = None
        if self._sync_task is not None:
            self.worker.stop()
            self._sync_task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._sync_task
            self._sync_task = None
        await self.client.aclose()
        await self.catalog.close()
        await asyncio.to_thread(self.db.close)
