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
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Final

from register.api.client import FinalPOSClient, SetAside
from register.api.errors import APIError
from register.api.models.outlets import Outlet
from register.api.models.stations import Station
from register.runtime import settle
from register.services.audit import AuditService
from register.services.cart import PricingSettings
from register.services.cashiers import CashierService
from register.services.catalog import CatalogService, SyncReport
from register.services.checkout import CheckoutService
from register.services.context import PAIRING, PRICING, TRAINING, StationContext, StationInfo, pricing_from_json
from register.services.events import ConnectivityChanged, EventBus, WorkerFailed
from register.services.orders import OrderService
from register.services.policy import Action, Approval, PolicyService
from register.services.preferences import PreferencesService
from register.services.receipt_printer import ReceiptPrinterService
from register.services.refunds import RefundService
from register.services.returns import ReturnService
from register.services.sessions import STATION_AVAILABLE, SessionService
from register.services.sync import Backoff, SyncWorker
from register.store import outbox
from register.store.database import Database, transaction
from register.store.errors import StoreError
from register.store.outbox import SERVER_ID_PREFIX, Outbox, OutboxCounts
from register.store.records import audit, get_setting, record_set_aside, set_setting

log = logging.getLogger(__name__)

DB_FILE: Final = "station.sqlite3"
CATALOG_REFRESH_S: Final = 300.0
"""How often the register looks for new catalog records while it runs."""
CATALOG_FULL_SYNC_S: Final = 12 * 3600.0
"""A full catalog sync (prices and edits of existing records) once the last one is older than this."""
PROBE_EVERY_S: Final = 3.0
PROBE_TIMEOUT_S: Final = 2.0
"""While the register runs, a light request every 3 s with a 2 s timeout: the status says the truth within 5 s
of the server going (or coming back), instead of after the outbox's own timeouts and retries."""
CLOSE_GRACE_S: Final = 5.0
"""How long closing waits for a write already on its way to get its answer."""
RESTART_FIRST_S: Final = 1.0
RESTART_MAX_S: Final = 60.0
"""A background worker that fails unexpectedly restarts after 1 s, doubling to a minute while it keeps failing."""


class RegisterCore:
    """The station's services over one local database and one API client."""

    def __init__(self, db: Database, client: FinalPOSClient, *, bus: EventBus | None = None,
                 backoff: Backoff | None = None) -> None:
        self._db = db
        self._client = client
        self.bus = bus or EventBus()
        self._outbox = Outbox(db)
        self.catalog = CatalogService(db, self.bus)
        self.worker = SyncWorker(self._outbox, client, self.bus, backoff=backoff)
        self.ctx = StationContext(db, self._outbox, self.bus, self.catalog, wake_sync=self._on_queued)
        self._background: set[asyncio.Task[Any]] = set()
        self.sessions = SessionService(self.ctx)
        self.checkout = CheckoutService(self.ctx, self.sessions)
        self.returns = ReturnService(self.ctx, self.worker.finders["orders"])
        self.refunds = RefundService(self.ctx, self.sessions, self.returns)
        self.cashiers = CashierService(db)
        self.policy = PolicyService(db, self.cashiers)
        self.cashiers.policy = self.policy
        self.ctx.policy = self.policy
        self.orders = OrderService(self.ctx)
        self.preferences = PreferencesService(db, self.policy)
        self.audit = AuditService(db, self.policy)
        self.printer = ReceiptPrinterService(self.ctx, self.sessions)
        self._sync_task: asyncio.Task[None] | None = None
        self._catalog_task: asyncio.Task[None] | None = None
        self._monitor_task: asyncio.Task[None] | None = None
        self.bus.subscribe(self._on_connectivity, ConnectivityChanged)
        client.on_set_aside = self._on_set_aside

    def _on_set_aside(self, entry: SetAside) -> None:
        """A listed record broke the contract and was left out: kept on record for support (outbox status)."""
        self._db.spawn(lambda conn: record_set_aside(conn, entry.path, entry.record_id, entry.position, entry.problem))

    def _on_queued(self) -> None:
        """A write went into the outbox: wake the worker and announce the new pending count."""
        self.worker.wake()
        try:
            task = asyncio.get_running_loop().create_task(self.worker.announce_counts())
        except RuntimeError:  # no running loop (a synchronous caller): the worker announces later
            return
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def announce_sync_state(self) -> None:
        """Tell the front-ends now how many writes wait and need a person (:class:`PendingChanged`)."""
        await self.worker.announce_counts()

    async def check_connection(self) -> bool:
        """Ask the server something cheap; announces online/offline (ConnectivityChanged) and returns it."""
        return await self.worker.probe()

    def _on_connectivity(self, event: ConnectivityChanged) -> None:
        """Offline periods go to the audit log (written on the database thread; never blocks the loop)."""
        action = "online" if event.online else "offline"

        def write(conn: Any) -> None:
            with transaction(conn, f"logging the {action} period"):
                audit(conn, action, actor="system", reason=event.reason[:200])

        self._db.spawn(write)

    @classmethod
    async def open(cls, data_dir: Path, *, api_url: str, api_key: str, client: FinalPOSClient | None = None,
                   backoff: Backoff | None = None, training: bool = False) -> RegisterCore:
        """Open the station's database (refusing a damaged one), load settings, catalog and cart. ``training``:
        demo mode (every receipt and report says so; recorded for the support commands)."""
        db = await asyncio.to_thread(Database.open, data_dir / DB_FILE)
        core = cls(db, client or FinalPOSClient(api_key, base_url=api_url), backoff=backoff)
        core.ctx.training = training
        await core._load()
        settle()  # what start-up made lives as long as the process: the collector stops scanning it
        return core

    async def _load(self) -> None:
        await self.policy.load()
        training = self.ctx.training
        await self._db.run(lambda c: set_setting(c, TRAINING, training))
        pairing, pricing = await self._db.run(lambda c: (get_setting(c, PAIRING), get_setting(c, PRICING)))
        self.ctx.station = StationInfo(**pairing) if pairing else None
        self.ctx.pricing = pricing_from_json(pricing)
        await self.catalog.load(self.ctx.station.outlet_id if self.ctx.station else None)
        await self.checkout.restore()

    @property
    def station(self) -> StationInfo | None:
        """The paired station."""
        return self.ctx.station

    @property
    def pricing(self) -> PricingSettings:
        """The store's pricing settings (currency, taxes included or not, rounding, cash increment)."""
        return self.ctx.pricing

    async def has_pricing(self) -> bool:
        """Whether this station has pricing settings of its own (provisioned or set up before)."""
        return await self._db.run(lambda c: get_setting(c, PRICING)) is not None

    def outbox_counts(self) -> OutboxCounts:
        """How many writes wait, are on their way, need a person (read on the caller's thread: cheap)."""
        return self._outbox.counts()

    async def station_choices(self) -> tuple[list[Outlet], list[Station]]:
        """The account's outlets and stations, to choose the one this register is (needs the network)."""
        return await self._client.outlets.list_all(), await self._client.stations.list_all()

    # pairing -------------------------------------------------------------------------------------
    async def device_id(self) -> str:
        """A stable id of this installation (sent to Final POS when pairing)."""
        existing = await self._db.run(lambda c: get_setting(c, "device_id"))
        if existing:
            return str(existing)
        made = uuid.uuid4().hex
        await self._db.run(lambda c: set_setting(c, "device_id", made))
        return made

    async def pair(self, station_id: str, *, device_name: str | None = None, actor: str = "setup") -> StationInfo:
        """Mark the station in use by this device and remember it here (needs the network)."""
        station = await self._client.stations.get(station_id)
        outlet = await self._client.outlets.get(station.outlet_id) if station.outlet_id else None
        device = await self.device_id()
        if station.device_id and station.device_id != device:
            from register.services.context import NotReadyError

            holder = station.device_name or station.device_id
            raise NotReadyError(f"{station.name or 'This station'} is in use by {holder}; a manager must release it "
                                "there first.")
        name = device_name or platform.node() or "register"
        # the station's status is left alone: the reference documents only AVAILABLE, and a station is
        # known to be in use by the deviceId it carries
        await self._client.stations.update(station_id, {"deviceId": device, "deviceName": name})
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

        await self._db.run(write)
        self.ctx.station = info
        await self.catalog.load(info.outlet_id)
        return info

    async def release(self, actor: str, approval: Approval | None = None) -> None:
        """Give the station back (marked available) and forget the pairing here (a manager's action)."""
        station = self.ctx.require_station()
        if await self.sessions.current() is not None:
            from register.services.context import NotReadyError

            raise NotReadyError("Close the cash session before releasing the station.")
        actor = self.policy.require(Action.RELEASE_STATION, approval=approval, subject=station.station_id) or actor
        def write(conn: Any) -> None:
            set_setting(conn, PAIRING, None)
            with transaction(conn, "recording the release"):
                # through the outbox, so a release made offline reaches Final POS later
                outbox.add(conn, kind="station.update", local_id=f"release-{uuid.uuid4().hex}",
                           body={"status": STATION_AVAILABLE, "deviceId": "", "deviceName": ""},
                           target=SERVER_ID_PREFIX + station.station_id)
                audit(conn, "release", actor=actor, subject=station.station_id)
                self.policy.record(conn, Action.RELEASE_STATION, approval, station.station_id)

        await self._db.run(write)
        self.ctx.station = None
        self._on_queued()

    async def set_pricing(self, **settings: Any) -> None:
        """Change the store's pricing settings (currency, pricesIncludeTax, taxRounding, cashIncrement)."""
        current = await self._db.run(lambda c: get_setting(c, PRICING, {})) or {}
        merged = {**current, **settings}
        pricing_from_json(merged)  # refuse nonsense before saving it
        await self._db.run(lambda c: set_setting(c, PRICING, merged))
        self.ctx.pricing = pricing_from_json(merged)

    # catalog and sync ------------------------------------------------------------------------------
    async def sync_catalog(self) -> SyncReport:
        """Fetch the catalog into the local cache and rebuild the index."""
        return await self.catalog.sync(self._client, self.ctx.station.outlet_id if self.ctx.station else None)

    async def _supervised(self, name: str, work: Callable[[], Awaitable[None]]) -> None:
        """Run ``work`` until it returns; an unexpected error is logged with its traceback, audited and announced
        (:class:`WorkerFailed`), and ``work`` starts again after a backoff: a worker never dies silently, and a
        poisoned answer or a disk full for a moment does not stop syncing until the next restart."""
        delay = RESTART_FIRST_S
        loop = asyncio.get_running_loop()
        while True:
            began = loop.time()
            try:
                await work()
                return
            except asyncio.CancelledError:
                raise
            except Exception as err:
                if loop.time() - began > RESTART_MAX_S:
                    delay = RESTART_FIRST_S  # it ran well for a while: this is a new problem
                what = f"{type(err).__name__}: {err}"[:300]
                log.exception("the %s worker stopped on an unexpected error; restarting in %.0f s", name, delay)

                def write(conn: Any, what: str = what) -> None:
                    with transaction(conn, "recording a worker failure"):
                        audit(conn, "worker_failed", actor="system", subject=name, error=what)

                self._db.spawn(write)  # may fail too (a full disk): spawn logs it and carries on
                self.bus.emit(WorkerFailed(name, what, delay))
                await asyncio.sleep(delay)
                delay = min(delay * 2, RESTART_MAX_S)

    def start_sync(self) -> asyncio.Task[None]:
        """Run the outbox worker in the background, supervised (kept referenced here until :meth:`close`)."""
        if self._sync_task is None or self._sync_task.done():
            self._sync_task = asyncio.create_task(self._supervised("sync", self.worker.run), name="register-sync")
        return self._sync_task

    async def watch_connection(self, *, every_s: float = PROBE_EVERY_S) -> None:
        """Forever: a light request every ``every_s`` so the status follows the server within seconds."""
        quick = self._client.variant(timeout=PROBE_TIMEOUT_S, deadline=PROBE_TIMEOUT_S, max_retries=0)
        while True:
            await self.worker.probe(quick)
            await asyncio.sleep(every_s)

    def start_connection_watch(self, *, every_s: float = PROBE_EVERY_S) -> asyncio.Task[None]:
        """Run :meth:`watch_connection` in the background, supervised (until :meth:`close`)."""
        if self._monitor_task is None or self._monitor_task.done():
            self._monitor_task = asyncio.create_task(
                self._supervised("connection", lambda: self.watch_connection(every_s=every_s)),
                name="register-connection")
        return self._monitor_task

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
                await self.catalog.freshen(self._client, outlet, full_after_s)
            except (APIError, StoreError) as err:
                log.info("catalog not refreshed this time: %s", err)
            except Exception:  # a bug must not end the refresher for the rest of the day
                log.exception("catalog refresh failed")
            await asyncio.sleep(every_s)

    def start_catalog_refresh(self, *, delay_s: float = 5.0) -> asyncio.Task[None]:
        """Run :meth:`keep_catalog_fresh` in the background, supervised (until :meth:`close`)."""
        if self._catalog_task is None or self._catalog_task.done():
            self._catalog_task = asyncio.create_task(
                self._supervised("catalog", lambda: self.keep_catalog_fresh(delay_s=delay_s)),
                name="register-catalog")
        return self._catalog_task

    async def close(self) -> None:
        """Stop the worker and the catalog refresher, close the client and the database."""
        if self._monitor_task is not None:
            self._monitor_task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._monitor_task
            self._monitor_task = None
        if self._catalog_task is not None:
            self._catalog_task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._catalog_task
            self._catalog_task = None
        if self._sync_task is not None:
            # let a write that is on its way finish: cut off, it would be ambiguous at the next start (and a
            # payment would need a person to confirm it); after CLOSE_GRACE_S it is cut off anyway
            self.worker.stop()
            with contextlib.suppress(TimeoutError, asyncio.CancelledError, Exception):
                await asyncio.wait_for(asyncio.shield(self._sync_task), timeout=CLOSE_GRACE_S)
            self._sync_task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._sync_task
            self._sync_task = None
        await self._client.aclose()
        await self.catalog.close()
        await asyncio.to_thread(self._db.close)
