"""Request bodies as the Final POS reference pages describe them: the sandbox's own schema.

Written from the API reference (the pages kept beside the project's contract notes, summarised in
``docs/final-pos-api.md``), field by field, and deliberately NOT from the register's wire models in
``register.api.models``: if the two were one, the register and the sandbox would agree by construction
and no test could see the register send something the real server refuses.

What is checked, and why:

- Types as the reference gives them: ``string``, ``number`` (a JSON number, not a numeric string, not a
  boolean), ``boolean``, ``object``, ``array``.
- Required fields as the reference marks them ("required"). A required string must not be empty
  (NestJS validators usually pair ``@IsString`` with ``@IsNotEmpty``; an empty required field is a
  register bug either way).
- Unknown fields are refused (the real server's whitelisting is undocumented, so the strict reading is
  the safe one: the register must send only what the reference shows). Customers are the exception:
  "Customer endpoints use dynamic DTO generation", so unknown top-level customer fields are accepted.
- Money strings must read as decimals (``"12.50"``): the reference types them as strings and every
  example is a decimal; refusing ``"12,50"`` or ``"abc"`` catches register mistakes early.
- ``paymentMethods`` items have no documented schema (the reference shows ``[{}]``): any object.

An update (``PUT``) takes the same fields, every one optional.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final

__all__ = ["SCHEMAS", "problems"]

_MONEY: Final = re.compile(r"-?\d+(\.\d+)?")


class Spec:
    """One value's expected shape."""


    def check(self, value: Any, where: str, out: list[str]) -> None:
        raise NotImplementedError


class Str(Spec):

    def check(self, value: Any, where: str, out: list[str]) -> None:
        if not isinstance(value, str):
            out.append(f"Field `{where}` must be a string.")


class Money(Spec):
    """A decimal string (the reference's money fields: ``"1000.50"``)."""


    def check(self, value: Any, where: str, out: list[str]) -> None:
        if not isinstance(value, str) or not _MONEY.fullmatch(value):
            out.append(f"Field `{where}` must be a decimal string.")


class Num(Spec):

    def check(self, value: Any, where: str, out: list[str]) -> None:
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            out.append(f"Field `{where}` must be a number.")


class Bool(Spec):

    def check(self, value: Any, where: str, out: list[str]) -> None:
        if not isinstance(value, bool):
            out.append(f"Field `{where}` must be a boolean.")


@dataclass(frozen=True)
class Arr(Spec):
    item: Spec

    def check(self, value: Any, where: str, out: list[str]) -> None:
        if not isinstance(value, list):
            out.append(f"Field `{where}` must be an array.")
            return
        for index, item in enumerate(value):
            self.item.check(item, f"{where}[{index}]", out)


@dataclass(frozen=True)
class AnyObj(Spec):
    """An object whose fields the reference does not document."""


    def check(self, value: Any, where: str, out: list[str]) -> None:
        if not isinstance(value, dict):
            out.append(f"Field `{where}` must be an object.")


@dataclass(frozen=True)
class Obj(Spec):
    """An object with documented fields: ``{name: (spec, required)}``."""

    fields: Mapping[str, tuple[Spec, bool]]
    extra: bool = False
    """Unknown fields accepted (customers' dynamic DTOs)."""

    def check(self, value: Any, where: str, out: list[str], *, partial: bool = False) -> None:
        if not isinstance(value, dict):
            out.append(f"Field `{where or 'body'}` must be an object.")
            return
        prefix = f"{where}." if where else ""
        for key, (spec, required) in self.fields.items():
            if key not in value or value[key] is None:
                if required and not partial:
                    out.append(f"Field `{prefix}{key}` is required.")
                continue
            spec.check(value[key], prefix + key, out)
            if required and not partial and isinstance(spec, Str | Money) and value[key] == "":
                out.append(f"Field `{prefix}{key}` must not be empty.")
        if not self.extra:
            out.extend(f"Field `{prefix}{key}` is not allowed." for key in value if key not in self.fields)


def _o(**fields: tuple[Spec, bool] | Spec) -> Obj:
    """``_o(name=(Str(), True), note=Str())``: a bare spec is an optional field."""
    return Obj({k: v if isinstance(v, tuple) else (v, False) for k, v in fields.items()})


S, M, N, B = Str(), Money(), Num(), Bool()
REQ = True


def req(spec: Spec) -> tuple[Spec, bool]:
    return (spec, REQ)


ADDRESS: Final = _o(firstName=S, lastName=S, address1=S, address2=S, city=S, state=S, country=S, postCode=S,
                    company=S)
METADATA: Final = _o(key=S, value=S, externalId=S)
ORDER_TAX: Final = _o(name=req(S), taxTableId=S, taxTableName=S, id=S, percentage=req(N), amount=req(M),
                      compounding=B, priority=N, _id=S)
CART_DISCOUNT_ON_LINE: Final = _o(cartDiscount=_o(percentage=N, amount=M))

CATEGORY: Final = _o(name=req(S), description=req(S), image=S, externalId=S, parentId=S, menuOrder=N, source=S)
STATION: Final = _o(name=req(S), outletId=req(S), status=req(S), deviceId=S, deviceName=S, stripeTerminalId=S,
                    serialReaderId=S, sequenceNumber=N, isVirtual=B)
SESSION: Final = _o(
    stationId=req(S), sessionNumber=req(S), openedBy=req(S), closedBy=S, openTime=req(S), closeTime=S,
    openingAmount=req(M), closingAmount=M, closingReportData=S, notes=req(Arr(S)),
    closingAmounts=req(_o(cash=M, card=M, oliverPay=M)), closingNote=S, openingNote=req(S),
)
CUSTOMER: Final = Obj(
    {**_o(email=req(S), firstName=req(S), lastName=req(S), outletId=S, externalId=S, phone=S, totalSpent=M,
          lastAction=S, tags=Arr(S), billing=ADDRESS, shipping=ADDRESS, metadata=Arr(METADATA),
          notes=Arr(_o(createdAt=S, message=S))).fields},
    extra=True,
)
PRODUCT: Final = _o(
    name=req(S), productType=req(S), externalId=S, description=S, shortDescription=S, sku=S, images=Arr(S),
    tags=Arr(S), status=S, source=S, minPrice=N, maxPrice=N, supplier=S, taxTable=S, categories=Arr(S),
    outlets=Arr(S), metadata=Arr(METADATA), attributes=Arr(_o(name=S, values=Arr(S))),
)
VARIANT: Final = _o(
    productId=S, manageStock=B, sku=S, isOnSale=B, barcode=S, price=N, salePrice=N, externalId=S,
    allowBackorder=B, costPrice=N, images=Arr(S), metadata=Arr(METADATA), attributes=Arr(_o(name=S, value=S)),
    inventory=Arr(_o(stock=N, outletId=S)),
)
OUTLET: Final = _o(
    name=req(S), address=req(S), city=req(S), state=req(S), country=req(S), postCode=req(S), phone=req(S),
    address2=S, alias=S, stations=Arr(S), stripeAccountId=S, stripe=_o(locationId=S), taxId=S,
)
ORDER: Final = _o(
    currency=S, receiptId=req(S), status=req(S), customerId=S, source=req(S), sessionId=S, balance=req(M),
    externalId=S, customerNote=S, parkReduceStock=S, parkExpiryDate=S, signature=S,
    summary=req(_o(discountTotal=req(M), shippingTotal=M, total=req(M), totalTaxes=req(M), isTaxInclusive=req(B),
                   subTotal=req(M), taxes=req(Arr(ORDER_TAX)), tip=_o(percentage=N, amount=M))),
    cartDiscount=_o(label=S, amount=M, percentage=N),
    cartFees=Arr(_o(id=S, label=S, amount=M, percentage=N, taxName=S, taxTableId=S, tax=M)),
    paymentMethods=req(Arr(AnyObj())),
    posData=_o(outlet=S, station=S, employee=S),
    metadata=Arr(METADATA),
    notes=Arr(_o(author=S, note=S, addedByUser=B, dateCreated=S, externalId=S, customerNote=B)),
    billing=ADDRESS, shipping=ADDRESS,
    lineItems=Arr(_o(productId=S, variantId=S, name=S, quantity=N, manageStock=B, price=M, description=S, sku=S,
                     totalTax=M, total=M, taxes=Arr(ORDER_TAX))),
    customSales=Arr(_o(customSaleId=S, name=S, applyTaxes=B, quantity=N, price=M, totalTax=M, total=M,
                       discount=CART_DISCOUNT_ON_LINE)),
    refund=S,
)
TRANSACTION: Final = _o(
    externalId=S, paymentMethod=req(S), amount=req(M), currency=req(S), type=req(S), notes=S, employee=S,
    balance=req(M), sessionId=req(S),
    paymentData=_o(processor=S, processorTransactionId=S, device=S, processorData=S, processorFee=M),
    orderId=S, refundId=S, outletId=S, receiptId=S,
)
REFUND: Final = _o(
    orderId=req(S), sessionId=S, externalId=S, currency=S,
    lineItems=req(Arr(_o(name=S, quantity=N, price=M, total=M, productId=S, variantId=S,
                         taxes=Arr(_o(name=req(S), amount=req(M), percentage=req(N))),
                         discount=CART_DISCOUNT_ON_LINE))),
    reason=S, refundedBy=S, refundedByExternalId=S,
    summary=_o(total=M, subTotal=M, totalTaxes=M, taxes=Arr(_o(name=req(S), amount=req(M), percentage=req(N)))),
    payment=Arr(_o(paymentType=S, amount=M, transactionId=S)),
    balance=M,
)


SCHEMAS: Final[dict[str, Obj]] = {
    "category": CATEGORY, "station": STATION, "session": SESSION, "customer": CUSTOMER, "product": PRODUCT,
    "variant": VARIANT, "outlet": OUTLET, "order": ORDER, "transaction": TRANSACTION, "refund": REFUND,
}
"""Request body of each collection (``POST`` as documented; ``PUT`` the same fields, all optional)."""


def problems(collection: str, body: dict[str, Any], *, partial: bool) -> list[str]:
    """One sentence per problem in ``body`` (empty when it is a valid request)."""
    out: list[str] = []
    SCHEMAS[collection].check(body, "", out, partial=partial)
    return out
