"""Receipts from an order, and ESC/POS bytes as a real network printer receives them (a TCP socket), decoded."""

from __future__ import annotations

import asyncio
import socket
import threading
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from register.printing import (
    PrinterError,
    PrinterSpec,
    Slip,
    kick_drawer,
    parse_printer,
    print_slip,
    print_slip_async,
    receipt_job,
)
from register.receipts import build_receipt, build_refund_slip, card_reference, render_text
from register.services.wire_bodies import refund_from_body, sale_from_body
from tests.escpos_decode import decode

ORDER = {
    "currency": "USD", "receiptId": "R1-20261122-0001-AB12", "status": "completed",
    "summary": {"discountTotal": "1.00", "total": "12.62", "totalTaxes": "0.82", "isTaxInclusive": False,
                "subTotal": "12.80", "taxes": [{"name": "TX State Tax", "percentage": Decimal("6.25"),
                                                "amount": "0.72"},
                                               {"name": "Austin City Tax", "percentage": 2, "amount": "0.10"}]},
    "lineItems": [{"name": "Latte — Large", "quantity": 2, "price": "4.10", "total": "8.71",
                   "totalTax": "0.51"},
                  {"name": "Crème brûlée with a name far too long for the paper", "quantity": 1, "price": "4.60",
                   "total": "3.91", "totalTax": "0.31"}],
    "paymentMethods": [{"paymentType": "credit_card", "amount": "2.62", "saleId": "483921 ****4242"},
                       {"paymentType": "cash", "amount": "10.00", "change": "10.00"}],
    "posData": {"employee": "64f1c2a9e3b0d4a1c2e3f4a5"},  # an id on the wire: the name comes with the sale
    "notes": [{"note": "Latte — Large: oat milk"}],
}
STORE = {"name": "Congress Avenue", "address": "600 Congress Ave", "city": "Austin", "state": "TX",
         "postCode": "78701", "phone": "+1 512 555 0100"}


def test_receipt_content() -> None:
    receipt = build_receipt(sale_from_body(ORDER), store=STORE, station_name="Austin Register 1",
                            when=datetime(2026, 11, 22, 14, 5), cashier="Dana")
    text = render_text(receipt, width=42)
    assert all(len(line) <= 42 for line in text)
    joined = "\n".join(text)
    for expected in ("Congress Avenue", "Austin TX 78701", "R1-20261122-0001-AB12", "2026-11-22 14:05",
                     "Cashier", "Dana", "Austin Register 1", "Latte — Large", "2 x 4.10", "* oat milk",
                     "TX State Tax 6.25%", "0.72", "Austin City Tax 2%", "TOTAL USD",
                     "12.62", "Card", "2.62", "Approval 483921, card ending 4242", "Cash", "20.00", "Change", "10.00"):
        assert expected in joined, expected
    assert "64f1c2a9" not in joined  # never the employee id
    assert "TRAINING" not in joined
    long_line = next(line for line in text if line.startswith("Crème brûlée"))
    assert "…" in long_line and long_line.endswith(" 3.60") and len(long_line) == 42
    assert receipt.opens_drawer and receipt.adds_up()


def test_without_line_figures_the_lines_are_net_of_every_discount_and_the_subtotal_is_theirs() -> None:
    """An order read from Final POS (sold elsewhere): the lines after the spread cart discount, so their subtotal is
    theirs, not the order's before-discount ``subTotal`` (the 30.28 against 36.79 of the issue)."""
    receipt = build_receipt(sale_from_body(ORDER))
    assert [line.total for line in receipt.lines] == [Decimal("8.20"), Decimal("3.60")]
    assert receipt.subtotal == Decimal("11.80") and receipt.cart_discount == 0 and receipt.adds_up()


def _sale(lines: list[tuple[str, str, str, dict[str, Any]]], *, cart: dict[str, Any] | None = None,
          fees: tuple[tuple[str, str], ...] = (), inclusive: bool = False) -> dict[str, Any]:
    """An order body as checkout records it (with its receipt facts), priced by the real engine."""
    from register.pricing import Cart, CartDiscount, Discount, Fee, Line, TaxRate, summarize

    rates = (TaxRate("s", "State", Decimal("6.25")), TaxRate("c", "City", Decimal(2), priority=2))
    made = tuple(Line(price=Decimal(price), quantity=Decimal(qty), taxes=rates, name=name,
                      discount=Discount(**extra["discount"]) if "discount" in extra else None)
                 for name, price, qty, extra in lines)
    fragment = summarize(Cart("USD", prices_include_tax=inclusive, lines=made,
                              cart_discount=CartDiscount(**cart) if cart else None,
                              fees=tuple(Fee(amount=Decimal(a), label=label, taxes=rates if Decimal(a) > 0 else ())
                                         for label, a in fees)))
    facts = [{"amount": str(amount), "discount": str(discount),
              **({"discountPercentage": str(extra["discount"]["percentage"])} if "percentage" in extra.get(
                  "discount", {}) else {}), **({"originalPrice": extra["was"]} if "was" in extra else {})}
             for (amount, discount), (_, _, _, extra) in zip(fragment.line_figures, lines, strict=True)]
    return {**{k: v for k, v in fragment.to_wire().items() if v not in (None, [], {})}, "currency": "USD",
            "receiptId": "R1-20261122-0002-AB12", "_receipt": {"lines": facts, "customer": "Ana Pérez"},
            "paymentMethods": [{"paymentType": "cash", "amount": fragment.summary["total"]}]}


def test_a_receipt_with_an_override_a_line_discount_a_cart_discount_and_a_negative_fee_adds_up() -> None:
    order = _sale([("Avocado", "1.25", "2", {}),
                   ("Cilantro", "0.84", "1", {"discount": {"percentage": Decimal(10)}}),
                   ("T-shirt", "19.00", "1", {"was": "24.00"})],
                  cart={"percentage": Decimal(10), "label": "Loyalty"}, fees=(("Bag fee", "0.10"), ("Promo", "-1.00")))
    receipt = build_receipt(sale_from_body(order))
    assert receipt.adds_up() and receipt.rounding == 0
    assert receipt.customer == "Ana Pérez" and receipt.cart_discount_label == "Loyalty 10%"
    cilantro = receipt.lines[1]
    assert (cilantro.amount, cilantro.discount, cilantro.total) == (Decimal("0.84"), Decimal("0.08"), Decimal("0.76"))
    assert receipt.lines[2].original_price == Decimal("24.00")
    assert receipt.subtotal == Decimal("2.50") + Decimal("0.76") + Decimal("19.00")
    text = render_text(receipt)
    joined = "\n".join(text)
    for expected in ("Customer", "Ana Pérez", "was 24.00", "Discount 10%", "-0.08", "Discount Loyalty 10%",
                     "Subtotal", "22.26", "Promo", "-1.00", "Bag fee"):
        assert expected in joined, (expected, joined)
    # the right-hand column, as a person adds it: every figure between the rules and the total
    figures = _column(text)
    assert sum(figures["items"]) == figures["subtotal"] == receipt.subtotal
    assert figures["subtotal"] + sum(figures["after"]) == receipt.total


def _column(text: list[str]) -> dict[str, Any]:
    """The figures at the right of the lines: the items' (between the rules), the subtotal, those after it."""
    rules = [n for n, line in enumerate(text) if set(line) == {"-"}]
    total_at = next(n for n, line in enumerate(text) if line.startswith("TOTAL"))
    subtotal_at = next(n for n, line in enumerate(text) if line.startswith("Subtotal"))

    def amount(line: str) -> Decimal | None:
        last = line.rsplit(" ", 1)[-1]
        try:
            return Decimal(last.replace(",", "")) if any(c.isdigit() for c in last) else None
        except ArithmeticError:
            return None

    items = [a for line in text[rules[0] + 1: rules[1]] if not line.lstrip().startswith(("*", "was"))
             and " x " not in line and (a := amount(line)) is not None]
    after = [a for line in text[subtotal_at + 1: total_at] if (a := amount(line)) is not None]
    return {"items": items, "subtotal": amount(text[subtotal_at]), "after": after}


@settings(max_examples=60, deadline=None, database=None, derandomize=True)
@given(st.lists(st.tuples(st.decimals("0.01", "99.99", places=2), st.integers(1, 5), st.integers(0, 30)),
                min_size=1, max_size=5),
       st.one_of(st.none(), st.integers(1, 40)), st.booleans())
def test_every_receipt_adds_up_by_hand(lines: list[tuple[Decimal, int, int]], cart_pct: int | None,
                                       inclusive: bool) -> None:
    order = _sale([(f"Item {n}", str(price), str(qty), {"discount": {"percentage": Decimal(pct)}} if pct else {})
                   for n, (price, qty, pct) in enumerate(lines)],
                  cart={"percentage": Decimal(cart_pct)} if cart_pct else None, inclusive=inclusive)
    receipt = build_receipt(sale_from_body(order))
    assert receipt.adds_up()
    figures = _column(render_text(receipt))
    assert sum(figures["items"]) == figures["subtotal"]
    after = sum(figures["after"]) - (sum(a for _, a in receipt.taxes) if inclusive else 0)
    assert figures["subtotal"] + after == receipt.total


def test_a_refund_slip_adds_up_and_every_figure_is_money_going_back() -> None:
    refund = {"externalId": "9f2c4a1b77e04d1c9a0b5e6f7a8b9c0d", "currency": "USD", "reason": "damaged",
              "lineItems": [{"name": "Latte", "quantity": 1, "price": "4.10", "total": "4.44",
                             "taxes": [{"name": "State", "amount": "0.26"}, {"name": "City", "amount": "0.08"}]}],
              "summary": {"total": "4.44", "subTotal": "4.10", "totalTaxes": "0.34",
                          "taxes": [{"name": "State", "percentage": "6.25", "amount": "0.26"},
                                    {"name": "City", "percentage": "2", "amount": "0.08"}]},
              "payment": [{"paymentType": "credit_card", "amount": "4.44"}]}
    slip = build_refund_slip(refund_from_body({**refund, "_receiptId": "R1-20261122-0001-AB12"}),
                             manager="Dana Manager", training=True)
    assert slip.is_refund and slip.adds_up() and slip.total == Decimal("-4.44")
    assert slip.lines[0].total == Decimal("-4.10") and slip.code == "R1-20261122-0001-AB12"
    joined = "\n".join(render_text(slip))
    for expected in ("REFUND", "9F2C4A1B", "Refund of", "R1-20261122-0001-AB12", "Approved by", "Dana Manager",
                     "Reason", "damaged", "-4.10", "-0.26", "REFUNDED USD", "-4.44", "Card"):
        assert expected in joined, expected
    assert joined.count("TRAINING — NOT A SALE") == 2


def test_jpy_amounts_have_no_decimals() -> None:
    receipt = build_receipt(sale_from_body({**ORDER, "currency": "JPY",
                                            "summary": {**ORDER["summary"], "total": "1250"}}))
    assert any(line.endswith(" 1,250") for line in render_text(receipt))


@pytest.mark.parametrize(("typed", "approval", "digits"), [
    ("483921 ****4242", "483921", "4242"), ("AUTH 77812", "AUTH 77812", ""),
    ("XXXX XXXX XXXX 0019 / A1B2", "A1B2", "0019"),
    ("", "", ""), ("ref 12345678", "ref 12345678", "")])
def test_a_card_reference_gives_the_approval_and_the_last_digits_when_shown(typed: str, approval: str,
                                                                            digits: str) -> None:
    assert card_reference(typed) == (approval, digits)


@pytest.mark.parametrize(
    ("url", "kind", "target", "port"),
    [("tcp://192.0.2.10:9100", "tcp", "192.0.2.10", 9100), ("tcp://printer.local", "tcp", "printer.local", 9100),
     ("serial:///dev/ttyUSB0?baud=19200", "serial", "/dev/ttyUSB0", 9100),
     ("usb://04b8:0202", "usb", "04b8:0202", 9100)],
)
def test_printer_urls(url: str, kind: str, target: str, port: int) -> None:
    spec = parse_printer(url)
    assert (spec.kind, spec.target, spec.port) == (kind, target, port)


@pytest.mark.parametrize("url", ["lpt1", "tcp://", "usb://zz:01", "serial://", "tcp://h?profile=Nope",
                                 "tcp://h?paper=70"])
def test_bad_printer_urls(url: str) -> None:
    with pytest.raises(ValueError, match=r"printer|paper"):
        parse_printer(url)


def test_the_profile_and_the_paper_decide_the_columns() -> None:
    assert parse_printer("tcp://h").columns == 42
    assert parse_printer("tcp://h?profile=TM-T20II").columns == 48
    assert parse_printer("tcp://h?profile=TM-T20II&paper=58").columns == 32
    assert parse_printer("tcp://h?width=40").columns == 40
    spec = parse_printer("tcp://h").with_settings(profile="TM-T88V", paper_mm=58)
    assert (spec.profile, spec.paper_mm, spec.columns) == ("TM-T88V", 58, 32)


class FakePrinter:
    """A network receipt printer: accepts connections on 127.0.0.1 and keeps what each one sent."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(4)
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.url = f"tcp://127.0.0.1:{self.port}"
        self.jobs: list[bytes] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            with conn:
                chunks = []
                while chunk := conn.recv(65536):
                    chunks.append(chunk)
                self.jobs.append(b"".join(chunks))

    def close(self) -> None:
        self._stop.set()
        self.thread.join(5)
        self.server.close()


@pytest.fixture
def printer() -> Any:
    fake = FakePrinter()
    yield fake
    fake.close()


def _cash_sale_with_a_fee() -> dict[str, Any]:
    order = _sale([("Crème brûlée", "4.60", "1", {}), ("Łódź tea – green", "3.00", "2", {})],
                  fees=(("Loyalty", "-1.00"),))
    return {**order, "paymentMethods": [{"paymentType": "cash", "amount": order["summary"]["total"],
                                         "change": "5.00"}]}


def test_the_escpos_stream_of_a_cash_sale_decoded(printer: FakePrinter) -> None:
    """Initialised first, one code page for the text, the drawer kicked once before the text, the minus sign
    kept, non-ASCII names in that code page (or a sensible stand-in), the receipt id as a QR code, one cut."""
    receipt = build_receipt(sale_from_body(_cash_sale_with_a_fee()), store=STORE, cashier="Zoë")
    # a formatter as the GUI's in fr_FR: narrow no-break spaces in figures
    lines = render_text(receipt, money=lambda v: f"{v:,.2f}".replace(",", "\u202f"))
    print_slip(parse_printer(printer.url), Slip(tuple(lines), receipt.code), open_drawer=receipt.opens_drawer,
               timeout=5)
    waited = threading.Event()
    while not printer.jobs and not waited.wait(0.01):
        pass
    (job,) = printer.jobs
    stream = decode(job)
    names = stream.names()
    assert names[0] == "init" and names[1] == "codepage"
    assert stream.count("init") == 1 and stream.count("kick") == 1 and stream.count("cut") == 1
    assert names.index("kick") < names.index("text") and names[-1] == "cut"
    text = stream.text
    assert "Crème brûlée" in text  # CP1252 has both
    assert "Lódz tea – green" in text  # Ł and ź have no byte there: their plain letters (the en dash has one)
    assert "?" not in text
    loyalty = next(line for line in stream.lines() if line.startswith("Loyalty"))
    assert loyalty.endswith(" -1.00")  # the minus sign is kept
    assert "\u202f" not in text and "TOTAL USD" in text
    assert stream.first("qr") == "R1-20261122-0002-AB12" and stream.count("qr_print") == 1


def test_a_reprint_never_kicks_and_a_58mm_printer_gets_32_columns() -> None:
    receipt = build_receipt(sale_from_body(ORDER))
    spec = parse_printer("tcp://h?paper=58")
    stream = decode(receipt_job(spec, Slip(tuple(render_text(receipt, width=spec.columns)), receipt.code)))
    assert stream.count("kick") == 0 and stream.count("cut") == 1
    assert max(len(line) for line in stream.lines()) <= 32


def test_a_printer_without_a_cutter_or_native_qr_gets_neither_command() -> None:
    spec = PrinterSpec("tcp", "h", profile="simple")
    stream = decode(receipt_job(spec, Slip(("Cr\u00e8me 1\u202f234,50 \u20ac",), "R1-1")), "simple")
    assert stream.count("cut") == 0 and stream.count("qr") == 0 and stream.count("image") == 1
    assert "Crème 1 234,50 EUR" in stream.text  # CP437: è is there, € is not


def test_the_drawer_alone(printer: FakePrinter) -> None:
    kick_drawer(parse_printer(printer.url), timeout=5)
    waited = threading.Event()
    while not printer.jobs and not waited.wait(0.01):
        pass
    assert decode(printer.jobs[0]).names() == ["init", "kick"]


def test_a_missing_printer_is_a_clear_error_not_a_hang() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = sock.getsockname()[1]
    with pytest.raises(PrinterError, match=r"Check that it is on.*The sale is saved"):
        asyncio.run(print_slip_async(parse_printer(f"tcp://127.0.0.1:{dead}"), Slip(("x",)), timeout=2))
    with pytest.raises(PrinterError, match=r"Could not open the drawer"):
        kick_drawer(parse_printer(f"tcp://127.0.0.1:{dead}"), timeout=2)


def test_a_refund_line_without_total_tax_is_net_of_its_taxes() -> None:
    refund = {"currency": "USD", "lineItems": [{"name": "Latte", "quantity": 1, "price": "4.10", "total": "4.44",
                                                "taxes": [{"name": "State", "amount": "0.26"},
                                                          {"name": "City", "amount": "0.08"}]}],
              "summary": {"total": "4.44", "subTotal": "4.10", "totalTaxes": "0.34"}}
    (line,) = build_receipt(sale_from_body(refund)).lines
    assert line.total == Decimal("4.10")


def test_where_prices_include_tax_a_taxed_fee_is_shown_with_its_tax_and_nothing_is_left_over() -> None:
    order = _sale([("Avocado", "1.25", "2", {}), ("T-shirt", "24.00", "1", {})], fees=(("Delivery", "5.00"),),
                  inclusive=True)
    receipt = build_receipt(sale_from_body(order))
    assert receipt.adds_up() and receipt.rounding == 0 and receipt.taxes_included
    (fee,) = receipt.fees
    assert fee[1] > Decimal("5.00")
