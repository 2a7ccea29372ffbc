"""``register quote FILE|-`` end to end, in a subprocess, with good and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from tests.pricing.test_summary import PRICING_EXAMPLE

ROOT = Path(__file__).resolve().parents[2]


def _quote(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "register", "quote", *args],
        input=stdin,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_quote_from_stdin() -> None:
    result = _quote("-", stdin=json.dumps(PRICING_EXAMPLE))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout, parse_float=Decimal)
    assert out["summary"]["total"] == "219.63"
    assert out["summary"]["taxes"][1]["percentage"] == 2
    assert out["lineItems"][0]["quantity"] == 2
    assert result.stderr == ""


def test_quote_from_a_file_and_compact(tmp_path: Path) -> None:
    path = tmp_path / "cart.json"
    path.write_text(json.dumps(PRICING_EXAMPLE), encoding="utf-8")
    pretty = _quote(str(path))
    compact = _quote("--compact", str(path))
    assert pretty.returncode == compact.returncode == 0
    assert json.loads(pretty.stdout) == json.loads(compact.stdout)
    assert len(compact.stdout.strip().splitlines()) == 1


def test_numbers_are_read_exactly() -> None:
    # 0.1 + 0.2 as binary floats is 0.30000000000000004; as JSON numbers read exactly it is 0.30.
    cart = '{"currency": "USD", "lines": [{"price": 0.1, "quantity": 1}, {"price": 0.2, "quantity": 1}]}'
    result = _quote("-", stdin=cart)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["total"] == "0.30"


def test_help() -> None:
    result = _quote("--help")
    assert result.returncode == 0
    assert "FILE|-" in result.stdout


BAD: list[tuple[str, str, str]] = [
    ("malformed-json", '{"currency": "USD", "lines": [', "malformed JSON"),
    ("not-an-object", "[1, 2]", "must be an object"),
    (
        "negative-quantity",
        '{"currency": "USD", "lines": [{"price": "1", "quantity": -2}]}',
        "lines[0].quantity: must not be negative",
    ),
    ("price-not-a-number", '{"currency": "USD", "lines": [{"price": "abc", "quantity": 1}]}', "lines[0].price"),
    ("price-boolean", '{"currency": "USD", "lines": [{"price": true, "quantity": 1}]}', "lines[0].price"),
    ("unknown-field", '{"currency": "USD", "colour": "red"}', "colour: unknown field"),
    (
        "unknown-line-field",
        '{"currency": "USD", "lines": [{"price": "1", "quantity": 1, "qty": 2}]}',
        "lines[0].qty: unknown field",
    ),
    (
        "discount-both-keys",
        '{"currency": "USD", "cartDiscount": {"percentage": "10", "amount": "1"}}',
        "cartDiscount: give either percentage or amount, not both",
    ),
    (
        "line-discount-both-keys",
        '{"currency": "USD", "lines": [{"price": "1", "quantity": 1, "discount": {"percentage": "1", "amount": "1"}}]}',
        "lines[0].discount",
    ),
    ("discount-over-100", '{"currency": "USD", "cartDiscount": {"percentage": "150"}}', "must not exceed 100"),
    ("unknown-currency", '{"currency": "XYZ"}', "currency: unknown currency"),
    ("missing-currency", '{"lines": []}', "currency: is required"),
    (
        "bad-tax-rounding",
        '{"currency": "USD", "taxRounding": "sometimes"}',
        "taxRounding: must be 'line' or 'subtotal'",
    ),
    ("bad-prices-include-tax", '{"currency": "USD", "pricesIncludeTax": "yes"}', "pricesIncludeTax"),
    ("nan", '{"currency": "USD", "lines": [{"price": NaN, "quantity": 1}]}', "lines[0].price: NaN is not a finite"),
    (
        "too-many-decimals",
        '{"currency": "USD", "lines": [{"price": "1.0000000000001", "quantity": 1}]}',
        "lines[0].price: out of range",
    ),
    ("nan-string", '{"currency": "USD", "lines": [{"price": "NaN", "quantity": 1}]}', "lines[0].price"),
    ("huge", '{"currency": "USD", "lines": [{"price": "1e999999", "quantity": 1}]}', "lines[0].price: out of range"),
    (
        "rate-priority-not-integer",
        '{"currency": "USD", "lines": [{"price": "1", "quantity": 1, '
        '"taxes": [{"name": "T", "percentage": "5", "priority": 1.5}]}]}',
        "lines[0].taxes[0].priority: must be an integer",
    ),
    (
        "rate-negative",
        '{"currency": "USD", "lines": [{"price": "1", "quantity": 1, "taxes": [{"name": "T", "percentage": "-5"}]}]}',
        "lines[0].taxes[0].percentage: must not be negative",
    ),
    ("tip-both", '{"currency": "USD", "tip": {"percentage": "10", "amount": "1"}}', "tip"),
    ("fee-neither", '{"currency": "USD", "fees": [{"label": "x"}]}', "fees[0]: give percentage or amount"),
    ("lines-not-a-list", '{"currency": "USD", "lines": {"price": "1"}}', "lines: must be a list"),
    ("missing-price", '{"currency": "USD", "lines": [{"quantity": 1}]}', "lines[0].price: is required"),
]


@pytest.mark.parametrize(("text", "message"), [(t, m) for _, t, m in BAD], ids=[n for n, _, _ in BAD])
def test_bad_input_exits_2_naming_the_field(text: str, message: str) -> None:
    result = _quote("-", stdin=text)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("register quote: ")
    assert message in lines[0]


def test_missing_file_and_bad_usage_exit_2(tmp_path: Path) -> None:
    missing = _quote(str(tmp_path / "nope.json"))
    assert missing.returncode == 2
    assert "cannot read" in missing.stderr
    assert _quote().returncode == 2
    assert _quote("a.json", "b.json").returncode == 2


def test_main_in_process(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from register.pricing.cli import main

    monkeypatch.setattr(sys, "stdin", io.StringIO('{"currency": "JPY", "lines": [{"price": 1250, "quantity": 1}]}'))
    assert main(["-"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["total"] == "1250"
