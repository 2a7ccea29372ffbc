"""Session figures: ONE function computes the expected amounts for both the X report (any time during
the session) and the Z report (at close), from what this station recorded locally.

Per payment method::

    expected = opening float (cash only) + sales − refunds + cash in − cash out

A sale's cash counts at the amount the customer owed (what stays in the drawer), not at what was
handed over: the change went back out of the same drawer. Cash rounding is therefore already in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from register.money import currency_exponent
from register.services.payments import closing_key
from register.services.sale_record import Record, RefundRecord, SaleRecord

ZERO = Decimal("0")


def method_key(payment_type: str | None) -> str:
    """The closing-amounts key of a payment type: ``cash``, ``card`` (every card), ``gift_card``… (the
    table of :mod:`register.services.payments`; an unknown type is its own key)."""
    return closing_key(payment_type)


@dataclass
class MethodFigures:
    """One payment method's movements during the session."""

    opening: Decimal = ZERO
    sales: Decimal = ZERO
    refunds: Decimal = ZERO
    cash_in: Decimal = ZERO
    cash_out: Decimal = ZERO

    @property
    def expected(self) -> Decimal:
        """What should be in the drawer (or on the card batch) for this method."""
        return self.opening + self.sales - self.refunds + self.cash_in - self.cash_out


@dataclass
class SessionFigures:
    """Everything the X and Z reports show."""

    currency: str
    methods: dict[str, MethodFigures] = field(default_factory=dict)
    order_count: int = 0
    refund_count: int = 0
    gross_sales: Decimal = ZERO
    """Sum of order totals."""
    refunded: Decimal = ZERO
    discounts: Decimal = ZERO
    tips: Decimal = ZERO
    change_given: Decimal = ZERO
    cash_rounding: Decimal = ZERO
    taxes: dict[str, Decimal] = field(default_factory=dict)
    """Tax collected per rate label ("TX State 6.25 %"), net of refunded tax."""

    def method(self, key: str) -> MethodFigures:
        """The figures of ``key``, created empty when first asked."""
        return self.methods.setdefault(key, MethodFigures())

    def to_json(self) -> dict[str, Any]:
        """JSON-ready figures (money as strings at the currency's exponent), as in ``closingReportData``."""
        exp = Decimal(1).scaleb(-currency_exponent(self.currency))

        def money(value: Decimal) -> str:
            return format(value.quantize(exp, ROUND_HALF_UP), "f")

        return {
            "currency": self.currency,
            "orderCount": self.order_count,
            "refundCount": self.refund_count,
            "grossSales": money(self.gross_sales),
            "refunded": money(self.refunded),
            "discounts": money(self.discounts),
            "tips": money(self.tips),
            "changeGiven": money(self.change_given),
            "cashRounding": money(self.cash_rounding),
            "taxes": {k: money(v) for k, v in sorted(self.taxes.items())},
            "methods": {
                k: {"opening": money(m.opening), "sales": money(m.sales), "refunds": money(m.refunds),
                    "cashIn": money(m.cash_in), "cashOut": money(m.cash_out), "expected": money(m.expected)}
                for k, m in sorted(self.methods.items())
            },
        }


def session_figures(currency: str, opening_amount: Decimal, records: Iterable[Record]) -> SessionFigures:
    """Figures from the session's local records: its sales, refunds and cash movements."""
    figures = SessionFigures(currency)
    figures.method("cash").opening = opening_amount
    for record in records:
        if isinstance(record, SaleRecord):
            if record.status != "completed":
                continue  # parked or cancelled orders moved no money
            figures.order_count += 1
            figures.gross_sales += record.total
            figures.discounts += record.discount_total
            figures.tips += record.tip or ZERO
            for tax in record.taxes:
                figures.taxes[tax.label] = figures.taxes.get(tax.label, ZERO) + tax.amount
            for tender in record.tenders:
                figures.method(method_key(tender.method)).sales += tender.amount
                figures.change_given += tender.change
                figures.cash_rounding += tender.cash_rounding
        elif isinstance(record, RefundRecord):
            figures.refund_count += 1
            figures.refunded += record.total
            for tax in record.taxes:
                figures.taxes[tax.label] = figures.taxes.get(tax.label, ZERO) - tax.amount
            for back in record.tenders:
                figures.method(method_key(back.method)).refunds += back.amount
        elif record.kind == "cash_in":
            figures.method("cash").cash_in += record.amount
        else:
            figures.method("cash").cash_out += record.amount
    return figures


@dataclass(frozen=True)
class CountLine:
    """Expected vs counted for one method at close."""

    method: str
    expected: Decimal
    counted: Decimal

    @property
    def difference(self) -> Decimal:
        """Counted − expected: positive is over, negative is short."""
        return self.counted - self.expected


def reconcile(figures: SessionFigures, counted: Mapping[str, Decimal]) -> list[CountLine]:
    """Expected vs counted for every method that moved money or was counted."""
    keys = sorted(set(figures.methods) | set(counted), key=lambda k: (k != "cash", k != "card", k))
    return [CountLine(k, figures.methods[k].expected if k in figures.methods else ZERO, counted.get(k, ZERO))
            for k in keys]
