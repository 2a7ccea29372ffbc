"""Runs benchmarks/offline_core.py (50,000 products, 1,000-order backlog) and prints its figures.

Budgets are checked at three times their value, to catch a real regression without flaking on a busy machine;
the printed table shows the figures against the real budgets. The 1,000,000-product figures come from
``uv run python -m benchmarks.offline_core --products 1000000`` (about three quarters of an hour).
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
    assert figures["products"] >= 50_000 and figures["items"] >= 50_000
    for name, budget in budgets(50_000).items():
        if name.endswith("per_s"):
            assert figures[name] >= budget / 2, (name, figures[name])
        else:
            assert figures[name] <= 3 * budget, (name, figures[name])
