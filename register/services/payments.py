"""The payment methods the register knows: one table for the payment screen, the order, receipts and reports.

Each method has the ``paymentType`` written on the order (and on its transaction), the name people read,
the ``processor`` of the order's ``paymentMethods[]`` entry, and the key its money is counted under when
the session closes. Cash and the card terminal have their own buttons; the others (gift card, check,
voucher, store credit) are Final POS "custom payments": taken by hand, never more than what is due.

The ``processor`` values follow command-frame's ``CFPaymentMethod`` (``cash``, ``giftCard``; CONTRACT.md §3);
the card terminal is not integrated, so card payments are ``external``. A payment type the table does not know
(an order made elsewhere) still reads well: ``store_points`` → "Store points", processor ``external``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

__all__ = ["METHODS", "OTHER_METHODS", "PAYMENT_NAMES", "TIP_PRESETS", "PaymentMethod", "closing_key", "method",
           "payment_name"]

TIP_PRESETS = (Decimal(10), Decimal(15), Decimal(20))
"""The tip percentages the payment screen offers (of the items' net total, as the pricing engine computes)."""


@dataclass(frozen=True)
class PaymentMethod:
    """One way to pay."""

    key: str
    """The ``paymentType`` on the order and the ``paymentMethod`` of its transaction."""
    name: str
    """What the cashier and the customer read (screen, receipt, reports)."""
    processor: str
    """``paymentMethods[].processor`` on the order."""
    closing: str
    """The method key of the session's figures and close count (all cards count as ``card``)."""
    reference: str = "Reference"
    """What the optional reference is, in words ("Gift card number")."""
    other: bool = False
    """Offered under "Other" on the payment screen (a custom, manual payment)."""

    @property
    def is_cash(self) -> bool:
        """Cash: it may exceed what is due (change is given) and the store's cash rounding applies."""
        return self.key == "cash"


METHODS: tuple[PaymentMethod, ...] = (
    PaymentMethod("cash", "Cash", "cash", "cash"),
    PaymentMethod("credit_card", "Card", "external", "card", "Terminal reference"),
    PaymentMethod("debit_card", "Debit card", "external", "card", "Terminal reference"),
    PaymentMethod("gift_card", "Gift card", "giftCard", "gift_card", "Gift card number", other=True),
    PaymentMethod("check", "Check", "check", "check", "Check number", other=True),
    PaymentMethod("voucher", "Voucher", "voucher", "voucher", "Voucher code", other=True),
    PaymentMethod("store_credit", "Store credit", "storeCredit", "store_credit", "Credit note number", other=True),
)
"""Every method the register takes, in the order the screens list them."""

OTHER_METHODS: tuple[PaymentMethod, ...] = tuple(m for m in METHODS if m.other)
"""The custom payments of the "Other" button."""

_ALIASES = {"card": "credit_card", "stripe_terminal": "credit_card", "card_present": "credit_card",
            "giftcard": "gift_card", "cheque": "check", "storecredit": "store_credit"}
"""Payment types of orders made elsewhere that mean one of ours."""

_BY_KEY = {m.key: m for m in METHODS}


def _normal(payment_type: str | None) -> str:
    return (payment_type or "other").strip().lower().replace(" ", "_").replace("-", "_") or "other"


def method(payment_type: str | None) -> PaymentMethod:
    """The method of a payment type (an unknown type gets a readable name and processor ``external``)."""
    kind = _normal(payment_type)
    known = _BY_KEY.get(_ALIASES.get(kind, kind))
    if known is not None:
        return known
    return PaymentMethod(kind, kind.replace("_", " ").capitalize(), "external", kind)


def payment_name(payment_type: str | None) -> str:
    """``gift_card`` → "Gift card"; ``card`` (a closing key) → "Card"."""
    return method(payment_type).name


def closing_key(payment_type: str | None) -> str:
    """The key a payment type is counted under at close: ``cash``, ``card``, ``gift_card``…"""
    return method(payment_type).closing


PAYMENT_NAMES: dict[str, str] = {**{m.key: m.name for m in METHODS},
                                 **{alias: _BY_KEY[key].name for alias, key in _ALIASES.items()}}
"""Name by payment type, for screens that look names up directly."""
