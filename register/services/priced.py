"""A priced cart: the cart with the pricing engine's figures and what is left to pay (every cart change returns
one; the screens show it)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from register.pricing.summary import OrderFragment
from register.services.cart import CartState

ZERO = Decimal(0)


@dataclass(frozen=True)
class Priced:
    """The cart with its price and what is left to pay."""

    state: CartState
    fragment: OrderFragment
    total: Decimal
    paid: Decimal
    remaining: Decimal
    """What the customer still owes (cash rounding included once cash has settled it)."""
    change: Decimal
    cash_rounding: Decimal
    """Signed: the cash rounding the tenders so far applied (``remaining`` includes it)."""
    cash_due: Decimal | None
    """What is still owed if it is paid in cash: ``remaining`` rounded to the store's cash increment (None
    when the store does not round cash, or nothing is owed)."""

    @property
    def settled(self) -> bool:
        """Paid in full."""
        return self.remaining <= 0 and self.total >= 0

    @property
    def tip(self) -> Decimal:
        """The tip in the total (zero without one)."""
        return Decimal(str((self.fragment.summary.get("tip") or {}).get("amount") or 0))

    @property
    def cash_due_rounding(self) -> Decimal:
        """Signed: what cash rounding would add to (or take off) ``remaining`` if the rest is paid in cash."""
        return ZERO if self.cash_due is None else self.cash_due - self.remaining
