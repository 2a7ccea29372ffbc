"""Taking a payment: what a tender may be and what it pays. Cash may exceed the amount due (change is given) and
is rounded to the store's cash increment; a card or other payment may not exceed what is due."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from register.services.cart import InputError, Tender, new_id, parse_amount
from register.services.payments import method as payment_method
from register.services.priced import Priced

ZERO = Decimal(0)


def tender_for(priced: Priced, method: str, amount: Decimal | str | None, reference: str | None,
               money: Callable[[Decimal], str]) -> Tender:
    """The tender of ``amount`` handed over by ``method`` (None: exactly what is due) on the cart ``priced``;
    ``money`` words an amount for the refusal."""
    if not priced.state.lines:
        raise InputError("the cart is empty")
    if priced.remaining <= 0:
        raise InputError("the sale is already paid")
    kind = payment_method(method)
    due, rounding = priced.remaining, ZERO
    if kind.is_cash and priced.cash_due is not None:
        due, rounding = priced.cash_due, priced.cash_due_rounding
    given = due if amount is None else parse_amount(amount, f"{kind.name.lower()} amount")
    if not kind.is_cash and given > due:
        raise InputError(f"{kind.name.lower()}: {money(given)} is more than the {money(due)} due")
    applied = min(given, due)
    return Tender(new_id(), method, applied, given, reference, rounding if applied == due else ZERO)
