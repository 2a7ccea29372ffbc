"""JSON in, JSON out: the ``register quote`` input format of docs/pricing.md, read exactly and checked.

Numbers are parsed as Decimals (``parse_float=Decimal``), never through a binary float. Every problem is
a :class:`QuoteError` whose message starts with the path of the field (``lines[0].quantity: must not be
negative``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import replace
from decimal import Decimal
from typing import Any, NoReturn, TypeVar

from register.money import currency_exponent, is_currency_in_use
from register.pricing.cart import (
    Cart,
    CartDiscount,
    CustomSale,
    Discount,
    Fee,
    Line,
    Shipping,
    TaxRate,
    TaxRounding,
    Tip,
)
from register.pricing.summary import summarize
from register.pricing.wire import dumps

__all__ = ["QuoteError", "parse_cart", "quote"]

T = TypeVar("T")
_HUNDRED = Decimal(100)
_MAX_DIGITS = 15  # integer digits of any amount or quantity
_MAX_DECIMALS = 12


class QuoteError(ValueError):
    """Bad input for ``register quote``; the message names the field."""


def _fail(path: str, message: str) -> NoReturn:
    raise QuoteError(f"{path}: {message}" if path else message)


class _NonFinite:
    """``NaN``/``Infinity`` in the JSON: kept until the field that holds it can be named."""

    def __init__(self, name: str) -> None:
        self.name = name


def _loads(text: str) -> Any:
    try:
        return json.loads(text, parse_float=Decimal, parse_int=Decimal, parse_constant=_NonFinite)
    except json.JSONDecodeError as err:
        raise QuoteError(f"malformed JSON: {err.msg} at line {err.lineno} column {err.colno}") from None
    except RecursionError:
        raise QuoteError("malformed JSON: nested too deeply") from None


def _object(value: Any, path: str, allowed: frozenset[str], required: frozenset[str] = frozenset()) -> dict[str, Any]:
    if not isinstance(value, dict):
        _fail(path, "must be an object")
    for key in value:
        if key not in allowed:
            _fail(f"{path}.{key}" if path else key, "unknown field")
    for key in sorted(required):
        if key not in value:
            _fail(f"{path}.{key}" if path else key, "is required")
    return value


def _at(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _list(value: Any, path: str, item: Callable[[Any, str], T]) -> tuple[T, ...]:
    if not isinstance(value, list):
        _fail(path, "must be a list")
    return tuple(item(entry, f"{path}[{i}]") for i, entry in enumerate(value))


def _number(value: Any, path: str, *, negative: bool = False, maximum: Decimal | None = None) -> Decimal:
    if isinstance(value, _NonFinite):
        _fail(path, f"{value.name} is not a finite number")
    if isinstance(value, bool) or not isinstance(value, Decimal | str | int):
        _fail(path, "must be a number or a decimal string")
    if isinstance(value, int):
        value = Decimal(value)
    if isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except ArithmeticError:
            _fail(path, f"{value!r} is not a number")
    else:
        result = value
    if not result.is_finite():
        _fail(path, f"{value!r} is not a finite number")
    if result and result.adjusted() >= _MAX_DIGITS:
        _fail(path, f"out of range (at most {_MAX_DIGITS} digits before the point)")
    exponent = result.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > _MAX_DECIMALS:
        _fail(path, f"out of range (at most {_MAX_DECIMALS} decimals)")
    if not negative and result < 0:
        _fail(path, "must not be negative")
    if maximum is not None and result > maximum:
        _fail(path, f"must not exceed {maximum}")
    return result


def _text(value: Any, path: str) -> str:
    if not isinstance(value, str):
        _fail(path, "must be a string")
    return value


def _ident(value: Any, path: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return str(int(value))
    return _text(value, path)


def _bool(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        _fail(path, "must be true or false")
    return value


def _integer(value: Any, path: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if not isinstance(value, Decimal) or not value.is_finite() or value != value.to_integral_value():
        _fail(path, "must be an integer")
    return int(value)


def _opt(obj: Mapping[str, Any], key: str, path: str, read: Callable[[Any, str], T]) -> T | None:
    value = obj.get(key)
    return None if value is None else read(value, _at(path, key))


def _either(obj: Mapping[str, Any], path: str, *, cap: bool) -> tuple[Decimal | None, Decimal | None]:
    has_pct, has_amount = obj.get("percentage") is not None, obj.get("amount") is not None
    if has_pct and has_amount:
        _fail(path, "give either percentage or amount, not both")
    if not has_pct and not has_amount:
        _fail(path, "give percentage or amount")
    if has_pct:
        pct = _number(obj["percentage"], _at(path, "percentage"))
        if cap and pct > _HUNDRED:
            _fail(_at(path, "percentage"), "must not exceed 100")
        return pct, None
    return None, _number(obj["amount"], _at(path, "amount"))


_RATE = frozenset(
    {"id", "name", "percentage", "priority", "compounding", "compound", "shipping", "taxTableId", "taxTableName"}
)


def _rate(value: Any, path: str) -> TaxRate:
    obj = _object(value, path, _RATE, frozenset({"name", "percentage"}))
    priority = _opt(obj, "priority", path, _integer)
    return TaxRate(
        id=_opt(obj, "id", path, _ident) or _text(obj["name"], _at(path, "name")),
        name=_text(obj["name"], _at(path, "name")),
        percentage=_number(obj["percentage"], _at(path, "percentage")),
        priority=1 if priority is None else priority,
        compound=_compound(obj, path),
        shipping=_opt(obj, "shipping", path, _bool) is not False,
        tax_table_id=_opt(obj, "taxTableId", path, _ident),
        tax_table_name=_opt(obj, "taxTableName", path, _text),
    )


_RATE_MEMO: ContextVar[dict[Any, tuple[TaxRate, ...]] | None] = ContextVar("_RATE_MEMO", default=None)


def _rates(value: Any, path: str) -> tuple[TaxRate, ...]:
    # Lines of a cart repeat the same few rate lists: parse each distinct list once, so that the lines share
    # one tuple (and the engine works out each rate set once).
    memo = _RATE_MEMO.get()
    key = None
    if memo is not None and isinstance(value, list) and all(isinstance(r, dict) for r in value):
        try:
            key = tuple(tuple(sorted(r.items())) for r in value)
            found = memo.get(key)
        except TypeError:  # an unhashable value: let the parser report it
            key = found = None
        if found is not None:
            return found
    rates = _list(value, path, _rate)
    # A rate without a priority comes after the ones before it: its place in the list is its priority.
    rates = tuple(
        replace(rate, priority=i + 1) if raw.get("priority") is None else rate
        for i, (rate, raw) in enumerate(zip(rates, value, strict=True))
    )
    if key is not None and memo is not None:
        memo[key] = rates
    return rates


def _compound(obj: Mapping[str, Any], path: str) -> bool:
    # "compounding" is the order's name (OrderTaxDto), "compound" the tax table's (WooCommerce's).
    compounding, compound = _opt(obj, "compounding", path, _bool), _opt(obj, "compound", path, _bool)
    if compounding is not None and compound is not None and compounding != compound:
        _fail(_at(path, "compound"), "contradicts compounding")
    return bool(compounding if compounding is not None else compound)


def _discount(value: Any, path: str) -> Discount:
    obj = _object(value, path, frozenset({"percentage", "amount"}))
    pct, amount = _either(obj, path, cap=True)
    return Discount(percentage=pct, amount=amount)


_LINE = frozenset({"name", "productId", "variantId", "sku", "price", "quantity", "discount", "taxes"})


def _line(value: Any, path: str) -> Line:
    obj = _object(value, path, _LINE, frozenset({"price", "quantity"}))
    return Line(
        price=_number(obj["price"], _at(path, "price")),
        quantity=_number(obj["quantity"], _at(path, "quantity")),
        taxes=_opt(obj, "taxes", path, _rates) or (),
        name=_opt(obj, "name", path, _text) or "",
        product_id=_opt(obj, "productId", path, _ident),
        variant_id=_opt(obj, "variantId", path, _ident),
        sku=_opt(obj, "sku", path, _text),
        discount=_opt(obj, "discount", path, _discount),
    )


_SALE = frozenset({"customSaleId", "name", "price", "quantity", "applyTaxes", "taxes", "discount"})


def _custom_sale(value: Any, path: str) -> CustomSale:
    obj = _object(value, path, _SALE, frozenset({"price", "quantity"}))
    apply_taxes = _opt(obj, "applyTaxes", path, _bool)
    return CustomSale(
        price=_number(obj["price"], _at(path, "price")),
        quantity=_number(obj["quantity"], _at(path, "quantity")),
        name=_opt(obj, "name", path, _text) or "",
        apply_taxes=apply_taxes is not False,
        taxes=_opt(obj, "taxes", path, _rates) or (),
        custom_sale_id=_opt(obj, "customSaleId", path, _ident),
        discount=_opt(obj, "discount", path, _discount),
    )


def _cart_discount(value: Any, path: str) -> CartDiscount:
    obj = _object(value, path, frozenset({"label", "percentage", "amount"}))
    pct, amount = _either(obj, path, cap=True)
    return CartDiscount(percentage=pct, amount=amount, label=_opt(obj, "label", path, _text) or "")


_FEE = frozenset({"id", "label", "amount", "percentage", "taxes", "taxName", "taxTableId"})


def _fee(value: Any, path: str) -> Fee:
    obj = _object(value, path, _FEE)
    has_pct, has_amount = obj.get("percentage") is not None, obj.get("amount") is not None
    if has_pct == has_amount:
        _fail(path, "give either percentage or amount, not both" if has_pct else "give percentage or amount")
    pct = amount = None
    if has_pct:
        pct = _number(obj["percentage"], _at(path, "percentage"), negative=True)
    else:
        amount = _number(obj["amount"], _at(path, "amount"), negative=True)
    return Fee(
        amount=amount,
        percentage=pct,
        label=_opt(obj, "label", path, _text) or "",
        taxes=_opt(obj, "taxes", path, _rates) or (),
        id=_opt(obj, "id", path, _ident),
        tax_name=_opt(obj, "taxName", path, _text),
        tax_table_id=_opt(obj, "taxTableId", path, _ident),
    )


def _shipping(value: Any, path: str) -> Shipping:
    obj = _object(value, path, frozenset({"amount", "taxes"}), frozenset({"amount"}))
    return Shipping(
        amount=_number(obj["amount"], _at(path, "amount")),
        taxes=_opt(obj, "taxes", path, _rates) or (),
    )


def _tip(value: Any, path: str) -> Tip:
    obj = _object(value, path, frozenset({"percentage", "amount"}))
    pct, amount = _either(obj, path, cap=False)
    return Tip(percentage=pct, amount=amount)


def _currency(value: Any, path: str) -> str:
    code = _text(value, path).strip().upper()
    if not is_currency_in_use(code):
        _fail(path, f"unknown currency {value!r}")
    currency_exponent(code)
    return code


def _rounding(value: Any, path: str) -> TaxRounding:
    text = _text(value, path)
    try:
        return TaxRounding(text)
    except ValueError:
        _fail(path, f"must be 'line' or 'subtotal', not {text!r}")


_CART = frozenset(
    {"currency", "pricesIncludeTax", "taxRounding", "lines", "customSales", "cartDiscount", "fees", "shipping", "tip"}
)


def parse_cart(data: Any) -> Cart:
    """The :class:`~register.pricing.cart.Cart` described by parsed JSON ``data`` (Decimals for numbers)."""
    obj = _object(data, "", _CART, frozenset({"currency"}))
    token = _RATE_MEMO.set({})
    try:
        return _cart(obj)
    finally:
        _RATE_MEMO.reset(token)


def _cart(obj: dict[str, Any]) -> Cart:
    return Cart(
        currency=_currency(obj["currency"], "currency"),
        lines=_opt(obj, "lines", "", lambda v, p: _list(v, p, _line)) or (),
        prices_include_tax=bool(_opt(obj, "pricesIncludeTax", "", _bool)),
        tax_rounding=_opt(obj, "taxRounding", "", _rounding) or TaxRounding.LINE,
        custom_sales=_opt(obj, "customSales", "", lambda v, p: _list(v, p, _custom_sale)) or (),
        cart_discount=_opt(obj, "cartDiscount", "", _cart_discount),
        fees=_opt(obj, "fees", "", lambda v, p: _list(v, p, _fee)) or (),
        shipping=_opt(obj, "shipping", "", _shipping),
        tip=_opt(obj, "tip", "", _tip),
    )


def quote(text: str, *, indent: int | None = 2) -> str:
    """Price the cart in JSON ``text``; the order fragment as JSON text."""
    cart = parse_cart(_loads(text))
    return dumps(summarize(cart).to_wire(), indent=indent)
