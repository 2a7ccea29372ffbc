"""``register receipt`` and ``register report`` on a station's data folder, in their own processes: the receipt PDF on
its roll, the ESC/POS job decoded, a receipt printer on a socket, X and Z reports on Letter, TRAINING in demo mode."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from register.services.core import RegisterCore
from register.store import Database
from register.store.records import set_setting
from tests.escpos_decode import decode
from tests.pdf_measure import MM, measure, scan
from tests.services.conftest import open_station
from tests.test_receipts import FakePrinter

ROOT = Path(__file__).resolve().parents[2]


def _register(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "register", *args], capture_output=True, text=True, timeout=180,
                          check=False, cwd=ROOT)


@pytest.fixture
def shop(tmp_path: Path, sandbox: Any) -> tuple[Path, str, str]:
    """A station with a closed session (a cash sale with a negative fee, a customer, a line discount) and an open
    one with a card sale; the data folder, the first sale's receipt and the last's."""
    data = tmp_path / "station"

    async def prepare() -> tuple[str, str]:
        core: RegisterCore = await open_station(data, sandbox)
        try:
            codes = [i.barcode for i in core.catalog.index.items if i.barcode and i.price][:2]
            await core.sessions.open("100", opened_by="Dana")
            priced = await core.checkout.add_code(codes[0])
            await core.checkout.discount_line(priced.state.lines[0].line_id, "Dana", percentage="10")
            await core.checkout.add_fee("Loyalty", Decimal("-1.00"))
            await core.checkout.set_customer(None, "Zoë Łukasiewicz")
            await core.checkout.add_tender("cash", "100")
            first = await core.checkout.complete("Dana")
            await core.sessions.close({"cash": "150", "card": "0"}, closed_by="Dana")
            await core.sessions.open("100", opened_by="Dana")
            await core.checkout.add_code(codes[1])
            await core.checkout.add_tender("credit_card", None, reference="771234 ****4242")
            last = await core.checkout.complete("Dana")
            return first.receipt_id, last.receipt_id
        finally:
            await core.close()

    first, last = asyncio.run(prepare())
    return data, first, last


def test_a_receipt_again_as_pdf_escpos_file_and_on_a_printer(shop: tuple[Path, str, str], tmp_path: Path) -> None:
    data, first, last = shop
    pdf = tmp_path / "last.pdf"
    done = _register("receipt", "--data", str(data), "last", "--pdf", str(pdf))
    assert done.returncode == 0, done.stderr
    measured = measure(pdf)
    (width, height), = measured.pages
    assert abs(width - 80 * MM) < 1 and height > 100  # an 80 mm roll, as long as the receipt
    assert measured.smallest() >= 8, sorted((w.points, w.text) for w in measured.words)[:5]
    assert last in measured.text and "4242" in measured.text and "TRAINING" not in measured.text
    assert last in scan(pdf, tmp_path)

    job = tmp_path / "first.bin"
    done = _register("receipt", "--data", str(data), first, "--escpos-file", str(job))
    assert done.returncode == 0, done.stderr
    stream = decode(job.read_bytes())
    assert stream.names()[:2] == ["init", "codepage"] and stream.count("kick") == 0  # a reprint: never the drawer
    assert stream.count("cut") == 1 and stream.first("qr") == first
    assert stream.first("codepage") == 18 and "Zoë Łukasiewicz" in stream.text  # CP852 has ë and Ł
    assert any(line.startswith("Loyalty") and line.endswith(" -1.00") for line in stream.lines())

    printer = FakePrinter()
    try:
        done = _register("receipt", "--data", str(data), first, "--printer", printer.url + "?paper=58")
        assert done.returncode == 0, done.stderr
        stream = decode(printer.jobs[0]) if printer.jobs else None
    finally:
        printer.close()
    assert stream is not None and max(len(line) for line in stream.lines()) <= 32

    missing = _register("receipt", "--data", str(data), "R9-20260101-0001-ZZZZ", "--pdf", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and "no sale with receipt" in missing.stderr


def test_x_and_z_reports_as_pdf_and_training_marks(shop: tuple[Path, str, str], tmp_path: Path) -> None:
    data, first, _last = shop
    z = tmp_path / "z.pdf"
    done = _register("report", "z", "--data", str(data), "--pdf", str(z))
    assert done.returncode == 0, done.stderr
    measured = measure(z)
    assert measured.pages[0] == (612.0, 792.0)  # Letter: the tests run in en_US
    assert measured.smallest() >= 8 and "Z report" in measured.text and "Counted" in measured.text
    x = tmp_path / "x.pdf"
    done = _register("report", "x", "--data", str(data), "--pdf", str(x))
    assert done.returncode == 0, done.stderr
    assert "X report" in measure(x).text

    db = Database.open(data / "station.sqlite3")
    db.call(lambda c: set_setting(c, "training", True))  # the register last ran in demo mode
    db.close()
    done = _register("report", "z", "--data", str(data), "--pdf", str(z))
    assert done.returncode == 0 and measure(z).text.count("TRAINING — NOT A SALE") == 2
    receipt = tmp_path / "r.pdf"
    assert _register("receipt", "--data", str(data), first, "--pdf", str(receipt)).returncode == 0
    assert measure(receipt).text.count("TRAINING — NOT A SALE") == 2
    none = _register("report", "z", "--data", str(data), "--session", "S-nope", "--pdf", str(z))
    assert none.returncode == 1 and "no session" in none.stderr
