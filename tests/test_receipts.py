"""Receipts from an order, and ESC/POS bytes as a real network printer receives them (a TCP socket)."""

from __future__ import annotations

import asyncio
import socket
import threading
from datetime import datetime
from decimal import Decimal

import pytest

from register.printing import PrinterError, parse_printer, print_receipt, print_receipt_async
from register.receipts import build_receipt, render_text

ORDER = {
    "currency": "USD", "receiptId": "R1-20261122-0001-AB12", "status": "completed",
    "summary": {"discountTotal": "1.00", "total": "12.62", "totalTaxes": "0.82", "isTaxInclusive": False,
                "subTotal": "12.80", "taxes": [{"name": "TX State Tax", "percentage": Decimal("6.25"),
                                                "amount": "0.72"},
                                               {"name": "Austin City Tax", "percentage": 2, "amount": "0.10"}]},
    "lineItems": [{"name": "Latte — Large", "quantity": 2, "price": "4.10", "total": "8.71"},
                  {"name": "Crème brûlée with a name far too long for the paper", "quantity": 1, "price": "4.60",
                   "total": "3.91"}],
    "paymentMethods": [{"paymentType": "credit_card", "amount": "2.62"},
                       {"paymentType": "cash", "amount": "10.00", "change": "10.00"}],
    "posData": {"employee": "64f1c2a9e3b0d4a1c2e3f4a5"},  # an id on the wire: the name comes with the sale
    "notes": [{"note": "Latte — Large: oat milk"}],
}
STORE = {"name": "Congress Avenue", "address": "600 Congress Ave", "city": "Austin", "state": "TX",
         "postCode": "78701", "phone": "+1 512 555 0100"}


def test_receipt_content() -> None:
    receipt = build_receipt(ORDER, store=STORE, station_name="Austin Register 1",
                            when=datetime(2026, 11, 22, 14, 5), cashier="Dana")
    text = render_text(receipt, width=42)
    assert all(len(line) <= 42 for line in text)
    joined = "\n".join(text)
    for expected in ("Congress Avenue", "Austin TX 78701", "R1-20261122-0001-AB12", "2026-11-22 14:05",
                     "Cashier", "Dana", "Austin Register 1", "Latte — Large", "2 x 4.10", "* oat milk",
                     "Discounts", "-1.00", "TX State Tax 6.25%", "0.72", "Austin City Tax 2%", "TOTAL USD",
                     "12.62", "Card", "2.62", "Cash", "20.00", "Change", "10.00"):
        assert expected in joined, expected
    assert "64f1c2a9" not in joined  # never the employee id
    long_line = next(line for line in text if line.startswith("Crème brûlée"))
    assert "…" in long_line and long_line.endswith(" 3.91") and len(long_line) == 42
    assert receipt.opens_drawer


def test_fees_are_printed_between_the_discounts_and_the_taxes() -> None:
    order = {**ORDER, "cartFees": [{"label": "Bag fee", "amount": "0.10"}, {"label": "Loyalty", "amount": "-0.50"}]}
    text = render_text(build_receipt(order), width=42)
    bag = next(n for n, line in enumerate(text) if line.startswith("Bag fee"))
    assert text[bag].endswith(" 0.10") and text[bag + 1].startswith("Loyalty") and text[bag + 1].endswith("-0.50")
    assert next(n for n, line in enumerate(text) if line.startswith("Discounts")) < bag
    assert bag < next(n for n, line in enumerate(text) if line.startswith("TX State Tax"))


def test_jpy_amounts_have_no_decimals() -> None:
    receipt = build_receipt({**ORDER, "currency": "JPY", "summary": {**ORDER["summary"], "total": "1250"}})
    assert any(line.endswith(" 1,250") for line in render_text(receipt))


@pytest.mark.parametrize(
    ("url", "kind", "target", "port"),
    [("tcp://192.0.2.10:9100", "tcp", "192.0.2.10", 9100), ("tcp://printer.local", "tcp", "printer.local", 9100),
     ("serial:///dev/ttyUSB0?baud=19200", "serial", "/dev/ttyUSB0", 9100),
     ("usb://04b8:0202", "usb", "04b8:0202", 9100)],
)
def test_printer_urls(url: str, kind: str, target: str, port: int) -> None:
    spec = parse_printer(url)
    assert (spec.kind, spec.target, spec.port) == (kind, target, port)


@pytest.mark.parametrize("url", ["lpt1", "tcp://", "usb://zz:01", "serial://"])
def test_bad_printer_urls(url: str) -> None:
    with pytest.raises(ValueError, match="printer"):
        parse_printer(url)


def _fake_printer() -> tuple[int, list[bytes], threading.Thread]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    received: list[bytes] = []

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(65536):
                received.append(chunk)
        server.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return server.getsockname()[1], received, thread


def test_escpos_bytes_reach_a_network_printer_with_the_drawer_kick() -> None:
    port, received, thread = _fake_printer()
    lines = render_text(build_receipt(ORDER, store=STORE))
    print_receipt(parse_printer(f"tcp://127.0.0.1:{port}"), lines, open_drawer=True, timeout=5)
    thread.join(5)
    data = b"".join(received)
    assert b"\x1bp\x00" in data  # ESC p 0: pulse the cash drawer on pin 2
    assert data.index(b"\x1bp\x00") < data.index(b"R1-20261122-0001-AB12")
    assert b"TOTAL USD" in data and data.rstrip().endswith(b"\x1dV\x00")  # GS V 0: full cut


def test_a_missing_printer_is_a_clear_error_not_a_hang() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = sock.getsockname()[1]
    with pytest.raises(PrinterError, match=r"Check that it is on.*The sale is saved"):
        asyncio.run(print_receipt_async(parse_printer(f"tcp://127.0.0.1:{dead}"), ["x"], timeout=2))


@pytest.mark.parametrize("inclusive", [False, True])
def test_line_amounts_add_up_the_way_the_store_prices(inclusive: bool) -> None:
    """Each line as the cart screen shows it, price × quantity less its discount: net where prices are without
    tax (the lines then add up to the subtotal less the discounts, the taxes apart), with its tax otherwise."""
    from register.pricing import Cart, Discount, Line, TaxRate, summarize

    rates = (TaxRate("s", "State", Decimal("6.25")), TaxRate("c", "City", Decimal(2), priority=2))
    cart = Cart("USD", prices_include_tax=inclusive, lines=(
        Line(price=Decimal("1.25"), quantity=Decimal(2), taxes=rates, name="Avocado"),
        Line(price=Decimal("0.84"), quantity=Decimal(1), taxes=rates, name="Cilantro",
             discount=Discount(percentage=Decimal(10))),
        Line(price=Decimal("24.00"), quantity=Decimal(1), taxes=rates, name="T-shirt")))
    order = {**summarize(cart).to_wire(), "currency": "USD"}
    receipt = build_receipt(order)
    amounts = {line.name: line.total for line in receipt.lines}
    assert amounts == {"Avocado": Decimal("2.50"), "Cilantro": Decimal("0.76"), "T-shirt": Decimal("24.00")}
    if not inclusive:
        assert sum(amounts.values()) == receipt.subtotal - receipt.discounts
        assert sum(amounts.values()) + sum(t for _, t in receipt.taxes) == receipt.total


def test_a_refund_line_without_total_tax_is_net_of_its_taxes() -> None:
    refund = {"currency": "USD", "lineItems": [{"name": "Latte", "quantity": 1, "price": "4.10", "total": "4.44",
                                                "taxes": [{"name": "State", "amount": "0.26"},
                                                          {"name": "City", "amount": "0.08"}]}],
              "summary": {"total": "4.44", "subTotal": "4.10", "totalTaxes": "0.34"}}
    (line,) = build_receipt(refund).lines
    assert line.total == Decimal("4.10")
