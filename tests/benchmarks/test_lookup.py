"""Runs benchmarks/lookup.py: resolving one ambiguous order with 20,000 orders on the server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.benchmark
def test_an_ambiguous_write_is_resolved_in_a_few_requests(capsys: pytest.CaptureFixture[str]) -> None:
    result = subprocess.run([sys.executable, "-m", "benchmarks.lookup"], cwd=ROOT, capture_output=True, text=True,
                            timeout=600, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    with capsys.disabled():
        print("\n" + result.stdout)
    figures = json.loads(result.stdout.split("JSON ", 1)[1])
    assert figures["orders_on_server"] == 20_000
    assert figures["lookup_requests"] <= 5  # a count, not a time: the same on any machine
