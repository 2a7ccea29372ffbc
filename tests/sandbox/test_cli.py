"""``register sandbox``: options, and a real process started with ``uv run``."""

from __future__ import annotations

import os
import queue
import shutil
import signal
import socket
import subprocess
import threading
from pathlib import Path
from typing import IO

import httpx
import pytest

from register.sandbox.cli import main


@pytest.mark.parametrize(
    "argv",
    [
        ["--port", "x"],
        ["--port", "70000"],
        ["--fail-rate", "2"],
        ["--drop-after-commit", "-0.1"],
        ["--seed", "lots"],
        ["--products", "-3"],
        ["--latency-ms", "fast"],
        ["--fault-seed", "1.5"],
        ["--api-key", ""],
        ["--bogus"],
    ],
)
def test_bad_options_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "error:" in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "--drop-after-commit" in capsys.readouterr().out


def test_a_port_in_use_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        assert main(["--port", str(port), "--data", str(tmp_path), "--seed", "empty"]) == 1
    assert "cannot start" in capsys.readouterr().err


def _lines(stream: IO[str], into: queue.Queue[str]) -> None:
    for line in stream:
        into.put(line)


@pytest.mark.skipif(shutil.which("uv") is None, reason="uv is not installed")
def test_uv_run_register_sandbox(tmp_path: Path) -> None:
    env = {**os.environ, "FINALPOS_SANDBOX_API_KEY": "from-env"}
    process = subprocess.Popen(
        ["uv", "run", "register", "sandbox", "--port", "0", "--seed", "empty", "--data", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=Path(__file__).parents[2],
    )
    try:
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=_lines, args=(process.stdout, lines), daemon=True).start()
        line = lines.get(timeout=60)
        assert line.startswith("Final POS sandbox listening on http://127.0.0.1:")
        assert line.rstrip().endswith(f"(data: {tmp_path.resolve()})")
        base_url = line.split(" on ", 1)[1].split(" ", 1)[0]
        with httpx.Client(base_url=base_url, headers={"x-api-key": "from-env"}) as client:
            assert client.get("/v1/api/categories").json() == []
            assert client.post("/v1/api/category", json={"name": "T", "description": "d"}).status_code == 201
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=30)
        assert process.stderr is not None
        assert code == 0, process.stderr.read()
        assert (tmp_path / "sandbox.sqlite3").is_file()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
