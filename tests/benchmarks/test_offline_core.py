"""Runs benchmarks/offline_core.py (50,000 products, 1,000-order backlog) and prints its figures.

The printed table shows the figures against the budgets; only what does not depend on the machine is asserted.
The 1,000,000-product figures come from ``uv run python -m benchmarks.offline_core --products 1000000`` (about
seven minutes, most of it the sandbox making its million products).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.offline_core import budgets

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.benchmark
def test_offline_core_benchmarks(capsys: pytest.CaptureFixture[str]) -> None:
    result = subprocess.run([sys.executable, "-m", "benchmarks.offline_core"], cwd=ROOT, capture_output=True,
                            text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    with capsys.disabled():
        print("\n" + result.stdout)
    figures = json.loads(result.stdout.split("JSON ", 1)[1])
    # the counts are asserted; the times are printed against their budgets (a timed assertion flakes on a
    # shared 2-core machine: ready_s went from 0.87 to 1.93 s between two runs of the same code)
    assert figures["products"] >= 50_000 and figures["items"] >= 50_000
    assert figures["orders"] == 1000 and figures["outbox_entries"] >= 2000
    assert set(budgets(50_000)) <= set(figures)  # every budgeted figure is measured and printed
