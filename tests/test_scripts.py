"""The scripts the README points at keep working."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_headless_shift_script_runs_a_whole_shift() -> None:
    result = subprocess.run([sys.executable, "scripts/headless_shift.py"], cwd=ROOT, capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "opened S-" in out and out.count("sale R") == 3 and "refund of one unit" in out
    assert '"orderCount": 3' in out
    assert "synced: OutboxCounts(pending=0, in_flight=0, done=" in out and "attention=0, unconfirmed=0)" in out
