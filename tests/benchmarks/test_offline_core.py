"""Runs benchmarks/offline_core.py (50,000 products, 1,000-order backlog) and prints its figures.

Budgets are checked at twice their value, to catch a real regression without flaking on a busy machine;
the printed table shows the figures against the real budgets.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

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
    assert figures["products"] >= 50_000 and figures["items"] >= 50_000
    assert figures["sync_s"] <= 2 * 60
    assert figures["lookup_p99_ms"] <= 2 * 1
    assert figures["search_p99_ms"] <= 2 * 30
    assert figures["rss_mb"] <= 2 * 300
    assert figures["flush_orders_per_s"] >= 30 / 2
