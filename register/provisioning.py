"""Per-station provisioning: set a station up without the first-run screens and without the network.

IT either runs ``register provision --api-url URL --outlet ID --station ID`` (or ``--demo``) as the
station's user, or places a provisioning file that the register's first start applies::

    {"apiUrl": "https://api.finalpos.com", "outletId": "…", "stationId": "…"}      or   {"demo": true, …}

plus, optionally, the store's money: ``"currency": "CHF"`` (ISO 4217, legal tender today) and ``"cashIncrement":
"0.05"`` (the cash rounding step; ``""`` or ``"0"`` for none; left out: CLDR's for the currency, CHF and CAD 0.05).

looked for in this order (the first that exists wins):

- ``$REGISTER_PROVISION_FILE`` when set (tests, a second station on one machine): only that file;
- the user's config folder: ``<Paths.config>/provision.json``;
- the system's: ``/etc/register/provision.json`` (Linux), ``/Library/Application Support/register/…``
  (macOS), ``%PROGRAMDATA%\\register\\provision.json`` (Windows).

Both routes write the same things into the station database, in one transaction: the connection (setting
``connection``: ``{"mode": "live", "apiUrl": …}`` or ``{"mode": "demo"}``), the pairing (setting
``pairing``, as :meth:`RegisterCore.pair` writes it, with a stable ``device_id``) and an outbox entry that
tells Final POS the station is in use by this device (``station.update``, posted by the sync worker once
online), the store's currency and cash rounding when given (setting ``pricing``), plus an audit line. The API key
is never part of it: it comes from the OS keyring or
``FINALPOS_API_KEY``; a file with a key in it is refused, whatever its permissions.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import sqlite3
import stat
import sys
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from register.config import ApiKey, Connection, InsecureURLError, Mode, Paths, check_api_url, load_api_key
from register.money import cash_increment_of, check_cash_increment, is_currency_in_use
from register.services.context import PAIRING, PRICING, StationInfo, pricing_from_json
from register.services.core import DB_FILE
from register.services.sessions import STATION_AVAILABLE
from register.store.database import Database, transaction
from register.store.errors import StoreError
from register.store.outbox import SERVER_ID_PREFIX, add
from register.store.records import audit, dumps, get_setting

log = logging.getLogger(__name__)

PROVISION_FILE_ENV: Final = "REGISTER_PROVISION_FILE"
FILE_NAME: Final = "provision.json"
CONNECTION: Final = "connection"
"""Setting: ``{"mode": "live", "apiUrl": URL}`` or ``{"mode": "demo"}``."""
DEVICE_ID: Final = "device_id"
PROVISIONED_FROM: Final = "provisioned_from"
"""Setting: the path and SHA-256 of the provisioning file applied last (a changed file is applied again)."""
STATION_DIR: Final = "station"
"""The station database's folder under ``Paths.data`` (as the GUI and ``register outbox`` use it)."""

_FIELDS: Final = {"apiUrl", "outletId", "stationId", "demo", "currency", "cashIncrement"}
_SECRET_WORDS: Final = ("key", "secret", "token", "password")


class ProvisioningError(ValueError):
    """Provisioning refused: the message says why and what to do."""


@dataclass(frozen=True)
class Provisioning:
    """What IT decides for one station."""

    outlet_id: str
    station_id: str
    api_url: str | None = None
    """None in demo mode."""
    demo: bool = False
    currency: str | None = None
    """The store's currency (None: leave it as it is, USD on a new station)."""
    cash_increment: str | None = None
    """The cash rounding step as a decimal string ("" for none; None: CLDR's for ``currency``, or as it is)."""

    def __post_init__(self) -> None:
        if self.currency is not None:
            code = self.currency.strip().upper()
            if not is_currency_in_use(code):
                raise ProvisioningError(f"the currency {self.currency!r} is not an ISO 4217 currency in use "
                                        "(USD, EUR, CHF, CAD, JPY…)")
            object.__setattr__(self, "currency", code)
        if self.cash_increment is not None:
            text = self.cash_increment.strip()
            if text.lower() == "none":
                text = ""
            try:
                step = check_cash_increment(text or None, self.currency or "USD")
            except (ValueError, TypeError) as err:
                raise ProvisioningError(f"the cash increment {self.cash_increment!r}: {err}") from None
            object.__setattr__(self, "cash_increment", format(step, "f") if step is not None else "")
        if self.demo and self.api_url:
            raise ProvisioningError("choose either demo mode or an API URL, not both")
        if not self.demo:
            if not self.api_url:
                raise ProvisioningError("an API URL is needed (or demo mode)")
            parts = urlsplit(self.api_url)
            if parts.username or parts.password or parts.query:
                raise ProvisioningError("the API URL must not carry credentials or a query: the API key goes in "
                                        "the OS keyring or FINALPOS_API_KEY")
            try:
                check_api_url(self.api_url)
            except InsecureURLError as err:
                raise ProvisioningError(f"the API URL: {err}") from None
        if bool(self.outlet_id) != bool(self.station_id):
            raise ProvisioningError("give both the outlet and the station, or (demo mode only) neither")
        if not self.demo and not self.station_id:
            raise ProvisioningError("the outlet and the station are needed")

    @property
    def mode(self) -> Mode:
        """Live or demo."""
        return Mode.DEMO if self.demo else Mode.LIVE

    @classmethod
    def from_json(cls, data: Any, *, source: str = "the provisioning file") -> Provisioning:
        """From the file's JSON object; refuses unknown fields, and above all an API key."""
        if not isinstance(data, dict):
            raise ProvisioningError(f"{source} must hold a JSON object")
        secrets = sorted(k for k in data if any(word in str(k).lower() for word in _SECRET_WORDS))
        if secrets:
            raise ProvisioningError(
                f"{source} contains {', '.join(secrets)}: an API key never goes in a file. Remove it and put "
                f"the key in the OS keyring (register provision --store-key-from-env) or FINALPOS_API_KEY."
            )
        unknown = sorted(set(data) - _FIELDS)
        if unknown:
            raise ProvisioningError(f"{source} has unknown fields {', '.join(unknown)} "
                                    f"(known: {', '.join(sorted(_FIELDS))})")
        for name in ("apiUrl", "outletId", "stationId"):
            if data.get(name) is not None and not isinstance(data[name], str):
                raise ProvisioningError(f"{source}: {name} must be a string")
        if not isinstance(data.get("demo", False), bool):
            raise ProvisioningError(f"{source}: demo must be true or false")
        if data.get("currency") is not None and not isinstance(data["currency"], str):
            raise ProvisioningError(f"{source}: currency must be a string such as \"CHF\"")
        increment = data.get("cashIncrement")
        if increment is not None and (isinstance(increment, bool) or not isinstance(increment, str | int | Decimal)):
            raise ProvisioningError(f"{source}: cashIncrement must be a decimal string such as \"0.05\"")
        return cls(
            outlet_id=(data.get("outletId") or "").strip(),
            station_id=(data.get("stationId") or "").strip(),
            api_url=(data.get("apiUrl") or "").strip().rstrip("/") or None,
            demo=bool(data.get("demo", False)),
            currency=data.get("currency"),
            cash_increment=None if increment is None else format(increment, "f") if isinstance(increment, Decimal)
            else str(increment),
        )


# where things are ------------------------------------------------------------------------------
def system_provision_file() -> Path:
    """Where IT places the provisioning file for every user of the machine."""
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "register" / FILE_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support/register") / FILE_NAME
    return Path("/etc/register") / FILE_NAME


def provision_file_candidates(paths: Paths | None = None) -> list[Path]:
    """The places looked at, in order (``$REGISTER_PROVISION_FILE`` alone when set)."""
    override = os.environ.get(PROVISION_FILE_ENV)
    if override:
        return [Path(override).expanduser()]
    paths = paths or Paths.default()
    return [paths.config / FILE_NAME, system_provision_file()]


def find_provision_file(paths: Paths | None = None) -> Path | None:
    """The provisioning file in force, if any."""
    return next((p for p in provision_file_candidates(paths) if p.is_file()), None)


def default_station_dir() -> Path:
    """Where the register keeps this user's station database."""
    return Paths.default().data / STATION_DIR


# applying --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Applied:
    """What provisioning wrote."""

    station: StationInfo | None
    mode: Mode
    api_url: str | None
    queued: bool
    """True when a station update was queued for Final POS (a new or changed pairing)."""
    currency: str = "USD"
    """The store's currency now recorded."""
    cash_increment: str = ""
    """Its cash rounding step ("" for none)."""


def provision(data_dir: Path, prov: Provisioning, *, device_name: str | None = None, source: str = "command",
              file_digest: str | None = None) -> Applied:
    """Write ``prov`` into the station database under ``data_dir`` (created if new). No network needed.

    Provisioning the station it is already paired with only refreshes the connection (idempotent);
    another station replaces the pairing (the old one is queued to be marked available), but never while
    a cash session is open.
    """
    db = Database.open(data_dir / DB_FILE)
    try:
        return db.call(lambda conn: _write(conn, prov, device_name or platform.node() or "register", source,
                                           file_digest))
    finally:
        db.close()


def _put(conn: sqlite3.Connection, key: str, value: Any) -> None:
    conn.execute("INSERT INTO settings VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, dumps(value)))


def _write(conn: sqlite3.Connection, prov: Provisioning, device_name: str, source: str,
           file_digest: str | None) -> Applied:
    with transaction(conn, "provisioning the station"):
        current = get_setting(conn, PAIRING)
        old = StationInfo(**current) if current else None
        device_id = str(get_setting(conn, DEVICE_ID) or "") or uuid.uuid4().hex
        _put(conn, DEVICE_ID, device_id)
        connection: dict[str, str] = {"mode": prov.mode.value}
        if prov.api_url:
            connection["apiUrl"] = prov.api_url
        _put(conn, CONNECTION, connection)
        if file_digest is not None:
            _put(conn, PROVISIONED_FROM, {"source": source, "sha256": file_digest})
        pricing = _pricing(conn, prov)
        if pricing is not None:
            _put(conn, PRICING, pricing)

        info = old
        queued = False
        same = old is not None and (old.station_id, old.outlet_id) == (prov.station_id, prov.outlet_id)
        if prov.station_id and not same:
            if old is not None and conn.execute("SELECT 1 FROM sessions WHERE closed_at IS NULL").fetchone():
                raise ProvisioningError(f"this register is paired with station {old.station_id} and its cash "
                                        "session is open: close the session before provisioning another station")
            token = uuid.uuid4().hex
            if old is not None:
                add(conn, kind="station.update", local_id=f"provision:{token}:release",
                    body={"status": STATION_AVAILABLE, "deviceId": "", "deviceName": ""},
                    target=SERVER_ID_PREFIX + old.station_id)
            info = StationInfo(outlet_id=prov.outlet_id, station_id=prov.station_id, device_id=device_id,
                               device_name=device_name, short=prov.station_id[-4:].upper())
            _put(conn, PAIRING, info.to_json())
            add(conn, kind="station.update", local_id=f"provision:{token}",
                body={"deviceId": device_id, "deviceName": device_name},
                target=SERVER_ID_PREFIX + prov.station_id)
            queued = True
        audit(conn, "provision", actor="setup", subject=prov.station_id or None, source=source,
              mode=prov.mode.value, api_url=prov.api_url, outlet=prov.outlet_id, queued=queued,
              currency=(pricing or {}).get("currency"), cash_increment=(pricing or {}).get("cashIncrement"))
    log.info("station provisioned from %s: %s mode, station %s", source, prov.mode.value, prov.station_id or "-")
    recorded = get_setting(conn, PRICING) or {}
    return Applied(info, prov.mode, prov.api_url, queued, str(recorded.get("currency") or "USD"),
                   str(recorded.get("cashIncrement") or ""))


def _pricing(conn: sqlite3.Connection, prov: Provisioning) -> dict[str, Any] | None:
    """The pricing setting with the provisioned currency and cash rounding (None: nothing to change). A new
    currency is refused while a cash session is open (its float and sales are in the old one)."""
    if prov.currency is None and prov.cash_increment is None:
        return None
    current = get_setting(conn, PRICING) or {}
    currency = prov.currency or str(current.get("currency") or "USD")
    if currency != str(current.get("currency") or "USD") and conn.execute(
            "SELECT 1 FROM sessions WHERE closed_at IS NULL").fetchone():
        raise ProvisioningError(f"a cash session is open in {current.get('currency') or 'USD'}: close it before "
                                f"changing the currency to {currency}")
    if prov.cash_increment is not None:
        increment = prov.cash_increment
    elif prov.currency is not None:
        default = cash_increment_of(currency)
        increment = format(default, "f") if default is not None else ""
    else:
        increment = str(current.get("cashIncrement") or "")
    try:
        step = check_cash_increment(increment or None, currency)
    except ValueError as err:
        raise ProvisioningError(f"the cash increment {increment!r} does not suit {currency}: {err}") from None
    merged = {**current, "currency": currency, "cashIncrement": format(step, "f") if step is not None else ""}
    pricing_from_json(merged)  # as the core will read it
    return merged


def read_provision_file(path: Path) -> tuple[Provisioning, str]:
    """The provisioning in ``path`` and the file's SHA-256; ProvisioningError when unusable."""
    try:
        raw = path.read_bytes()
        mode = path.stat().st_mode
    except OSError as err:
        raise ProvisioningError(f"{path} cannot be read: {err.strerror or err}") from err
    if sys.platform != "win32" and mode & stat.S_IWOTH:
        raise ProvisioningError(f"{path} is writable by every user of this computer (anyone could point the "
                                f"register and its API key at another server): chmod o-w it")
    try:
        data = json.loads(raw.decode("utf-8"), parse_float=Decimal)  # "cashIncrement": 0.05 stays exact
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ProvisioningError(f"{path} is not valid JSON: {err}") from err
    return Provisioning.from_json(data, source=str(path)), hashlib.sha256(raw).hexdigest()


def apply_provisioning_file(data_dir: Path, *, paths: Paths | None = None) -> bool:
    """Apply IT's provisioning file to the station database under ``data_dir``, if there is one to apply.

    Applied when the station is not paired yet (the first start) or when the file changed since it was
    last applied; otherwise left alone (returns False), so that every later start costs one file read.
    Raises :class:`ProvisioningError` for a file that is unusable or holds an API key (nothing written).
    """
    path = find_provision_file(paths)
    if path is None:
        return False
    prov, digest = read_provision_file(path)
    db_path = data_dir / DB_FILE
    try:
        if db_path.exists():
            db = Database.open(db_path)
            try:
                paired, last = db.call(lambda c: (get_setting(c, PAIRING), get_setting(c, PROVISIONED_FROM)))
            finally:
                db.close()
            if paired and isinstance(last, dict) and last.get("sha256") == digest:
                return False
        provision(data_dir, prov, source=str(path), file_digest=digest)
    except StoreError as err:  # damaged, locked, full: the register's start reports it properly
        raise ProvisioningError(f"{path} was not applied: {err}") from err
    return True


# reading back ----------------------------------------------------------------------------------
def provisioned_connection(data_dir: Path) -> Connection | None:
    """The connection provisioning recorded (the key from env/keyring; None in it when there is none),
    or None when the station was never provisioned."""
    db_path = data_dir / DB_FILE
    if not db_path.exists():
        return None
    try:
        db = Database.open(db_path)
    except StoreError as err:  # the register's start opens it again and reports the damage in plain words
        log.warning("provisioned connection not read: %s", err)
        return None
    try:
        recorded = db.call(lambda c: get_setting(c, CONNECTION))
    finally:
        db.close()
    if not isinstance(recorded, dict):
        return None
    if recorded.get("mode") == Mode.DEMO.value:
        return Connection(Mode.DEMO, None, None)
    key: ApiKey | None = load_api_key()
    return Connection(Mode.LIVE, str(recorded.get("apiUrl") or ""), key)
