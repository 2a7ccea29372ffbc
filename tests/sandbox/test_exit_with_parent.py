"""A demo sandbox never outlives the register that started it, even when the register is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="parent watching is POSIX only")

PARENT = """
import subprocess, sys
child = subprocess.Popen([sys.executable, "-m", "register", "sandbox", "--port", "0", "--data", sys.argv[1],
                          "--exit-with-parent"], stdout=subprocess.PIPE, text=True)
print(child.stdout.readline().strip(), flush=True)
print(child.pid, flush=True)
import time
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie still answers kill(0): read its state
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z")


def test_the_sandbox_stops_when_its_parent_is_killed(tmp_path: Path) -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT, str(tmp_path / "data")], stdout=subprocess.PIPE,
                              text=True)
    assert parent.stdout is not None
    assert "listening on" in parent.stdout.readline()
    child = int(parent.stdout.readline())
    assert _alive(child)
    parent.send_signal(signal.SIGKILL)
    parent.wait(10)
    parent.stdout.close()
    deadline = time.monotonic() + 15
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(child), "the sandbox outlived its parent"
