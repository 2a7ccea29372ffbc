"""What every service of one station shares: the database, the outbox, the event bus, the catalog,
the station's identity and pricing settings, and a way to wake the sync worker."""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from register.money import check_cash_increment, is_currency_in_use
from register.pricing.cart import TaxRounding
from register.services.cart import PricingSettings
from register.services.catalog import CatalogService
from register.services.events import EventBus
from register.store.database import Database
from register.store.outbox import Outbox
from register.store.records import get_setting

if TYPE_CHECKING:
    from register.services.policy import Action, Approval, PolicyService

PAIRING = "pairing"
PRICING = "pricing"
INSTALL_ID = "install_id"
TRAINING = "training"
"""Setting: whether the register last ran in demo (training) mode (the support commands mark what they print)."""


class NotReadyError(RuntimeError):
    """The action needs something not done yet (a paired station, an open session)."""

    code = "not_ready"


@dataclass(frozen=True)
class StationInfo:
    """The station this installation is paired with."""

    outlet_id: str
    station_id: str
    station_name: str = ""
    outlet_name: str = ""
    device_id: str = ""
    device_name: str = ""
    short: str = ""
    """A short, readable code for receipt and session numbers (the station's sequence number)."""

    def to_json(self) -> dict[str, str]:
        """As stored in the settings."""
        return dict(self.__dict__)


def pricing_from_json(data: dict[str, Any] | None) -> PricingSettings:
    """Pricing settings from the settings table (``currency``, ``cashIncrement``…); ValueError for a currency
    that is not legal tender anywhere today or a cash increment that is not a step of the currency."""
    data = data or {}
    currency = str(data.get("currency") or "USD").strip().upper()
    if not is_currency_in_use(currency):
        raise ValueError(f"currency {currency!r}: not an ISO 4217 currency in use (USD, EUR, CHF, JPY…)")
    increment = data.get("cashIncrement")
    return PricingSettings(
        currency=currency,
        prices_include_tax=bool(data.get("pricesIncludeTax", False)),
        tax_rounding=TaxRounding(data.get("taxRounding", TaxRounding.LINE.value)),
        cash_increment=check_cash_increment(str(increment) if increment is not None else None, currency),
    )


def install_id(conn: sqlite3.Connection) -> str:
    """A random id of this installation, made once (it keeps receipt ids unique across reinstalls)."""
    value = get_setting(conn, INSTALL_ID)
    if value is None:
        value = secrets.token_hex(2).upper()
        conn.execute("INSERT OR IGNORE INTO settings VALUES (?, ?)", (INSTALL_ID, f'"{value}"'))
        value = get_setting(conn, INSTALL_ID)
    return str(value)


def employee_id(conn: sqlite3.Connection, name: str) -> str | None:
    """The id of the station's person called ``name`` (the API's ``employee`` fields take an id, not a name),
    or None for a name that is not one of the station's people (a script's actor)."""
    row = conn.execute("SELECT id FROM cashiers WHERE name = ?", (name.strip(),)).fetchone()
    return str(row[0]) if row and row[0] else None


def today() -> str:
    """The local date as YYYYMMDD (session and receipt numbers)."""
    return datetime.now().astimezone().strftime("%Y%m%d")


@dataclass
class StationContext:
    """Shared by the services of one station."""

    db: Database
    outbox: Outbox
    bus: EventBus
    catalog: CatalogService
    station: StationInfo | None = None
    pricing: PricingSettings = field(default_factory=PricingSettings)
    wake_sync: Callable[[], None] = lambda: None
    policy: PolicyService | None = None
    """Who may do what (set by the core; None only in a bare context of a unit test)."""
    training: bool = False
    """Demo (training) mode: every receipt and report printed or saved says ``TRAINING — NOT A SALE``."""
    drawer_owed: set[str] = field(default_factory=set)
    """What may open the drawer once without a no-sale's approval: a cash sale's or a cash refund's receipt id,
    ``cash_in``/``cash_out`` just recorded (in memory: after a restart, opening it is a no sale)."""

    def owe_drawer(self, key: str) -> None:
        """``key`` (a receipt id, ``cash_in``…) may open the drawer once."""
        self.drawer_owed.add(key)

    def take_drawer(self, key: str | None) -> bool:
        """Whether ``key`` was owed its drawer kick; takes it."""
        if key is None or key not in self.drawer_owed:
            return False
        self.drawer_owed.discard(key)
        return True

    def authorise(self, action: Action, *, amount: Decimal | None = None, approval: Approval | None = None,
                  subject: str | None = None) -> str:
        """The policy's verdict on ``action`` (raises ApprovalRequired); who answers for it."""
        if self.policy is None:
            return ""
        return self.policy.require(action, amount=amount, approval=approval, subject=subject)

    def record_approval(self, conn: sqlite3.Connection, action: Action, approval: Approval | None,
                        subject: str | None, amount: Decimal | None = None) -> None:
        """Audit the use of ``approval`` inside the action's own transaction."""
        if self.policy is not None:
            self.policy.record(conn, action, approval, subject, amount=amount)

    def require_station(self) -> StationInfo:
        """The paired station, or NotReadyError."""
        if self.station is None:
            raise NotReadyError("This register is not paired with a station yet.")
        return self.station

    def money(self, value: Decimal) -> str:
        """A wire amount at the currency's exponent (values here are already rounded by pricing)."""
        from register.money import Money, Rounding

        return Money.of(value, self.pricing.currency).round(Rounding.HALF_UP).to_wire()
