"""Pricing speed: a 1,000-line cart, and one line added to a 200-line cart.

Budgets on a 2-core CI machine: median <= 10 ms and <= 2 ms. The suite runs with ``--benchmark-disable``
(each benchmark runs once, as a plain test); every test also takes its own median with
``time.perf_counter`` and prints it, so the figures show either way:

    uv run pytest tests/pricing/test_benchmark.py --benchmark-enable -s

The budgets are asserted only when benchmarking is enabled (pytest-benchmark's median), so that a busy
machine cannot make the ordinary suite flaky.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from register.pricing import Cart, CartDiscount, Line, Pricer, TaxRate, summarize

pytestmark = pytest.mark.benchmark

RATES = (
    TaxRate("state", "State", Decimal("6"), priority=1),
    TaxRate("county", "County", Decimal("1.5"), priority=2),
    TaxRate("city", "City", Decimal("2"), priority=3, compound=True),
)
BUDGET_1000_MS = 10.0
BUDGET_ADD_ONE_MS = 2.0


def _lines(count: int, start: int = 0) -> tuple[Line, ...]:
    return tuple(
        Line(
            price=Decimal(f"{i % 97 + 1}.{i % 100:02d}"),
            quantity=Decimal(i % 3 + 1),
            taxes=RATES,
            name=f"Item {i}",
            product_id=f"p{i}",
            variant_id=f"v{i}",
            sku=f"SKU-{i}",
        )
        for i in range(start, start + count)
    )


def _cart(lines: tuple[Line, ...]) -> Cart:
    return Cart("USD", lines=lines, cart_discount=CartDiscount(percentage=Decimal("10"), label="10 % off"))


def _median_ms(run: Callable[[], Any], setup: Callable[[], Any] | None = None, rounds: int = 30) -> float:
    times = []
    for _ in range(rounds):
        if setup is not None:
            setup()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _report(capsys: pytest.CaptureFixture[str], benchmark: Any, label: str, own_ms: float, budget: float) -> None:
    line = f"\n[pricing benchmark] {label}: median {own_ms:.2f} ms (perf_counter, 30 runs; budget {budget} ms)"
    stats = getattr(benchmark, "stats", None)
    if not benchmark.disabled and stats is not None:
        line += f"; pytest-benchmark median {stats.stats.median * 1000:.2f} ms"
    with capsys.disabled():
        print(line)
    if not benchmark.disabled and stats is not None:
        assert stats.stats.median * 1000 <= budget, line


def test_summarize_1000_lines(benchmark: Any, capsys: pytest.CaptureFixture[str]) -> None:
    cart = _cart(_lines(1000))

    def full() -> Any:  # the whole order fragment, lineItems dicts included (they are built lazily)
        return summarize(cart).to_wire()

    wire = benchmark(full)
    assert len(wire["lineItems"]) == 1000
    assert wire["cartDiscount"] is not None
    _report(
        capsys,
        benchmark,
        "summarize to the full order fragment, 1,000 lines, 3 rates (1 compound), 10 % cart discount",
        _median_ms(full),
        BUDGET_1000_MS,
    )


def test_add_one_line_to_200_and_recompute(benchmark: Any, capsys: pytest.CaptureFixture[str]) -> None:
    base = _cart(_lines(200))
    pricer = Pricer()
    state: dict[str, Cart] = {}

    def setup() -> tuple[tuple[()], dict[str, Any]]:
        pricer.summarize(base)  # the sell screen has just priced the 200-line cart
        state["next"] = base.with_line(_lines(1, start=200 + len(state))[0])
        return (), {}

    def add_and_recompute() -> Any:
        return pricer.summarize(state["next"]).to_wire()

    wire = benchmark.pedantic(add_and_recompute, setup=setup, rounds=100)
    assert len(wire["lineItems"]) == 201
    assert wire == summarize(state["next"]).to_wire()
    own = _median_ms(add_and_recompute, setup=setup)
    cold = _median_ms(lambda: summarize(state["next"]))
    with capsys.disabled():
        print(f"\n[pricing benchmark] 201 lines from scratch with summarize(): median {cold:.2f} ms")
    _report(capsys, benchmark, "add one line to a 200-line cart and recompute (Pricer)", own, BUDGET_ADD_ONE_MS)
