"""Fixtures shared by the whole suite.

- Everything the register writes goes under a per-test ``REGISTER_HOME``; the real user folders and
  keyring are never touched.
- Qt runs offscreen. ``qloop`` gives a test a qasync loop that asyncio believes is running, with the
  teardown that QT-NOTES.md found necessary (no ``loop.stop()``; the loop's timer QObject deleted in
  the GUI thread) so that suites creating many loops never segfault.
- ``sandbox`` runs the real Final POS sandbox on a loopback socket with the demo shop.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("register-home")
    monkeypatch.setenv("REGISTER_HOME", str(home))
    monkeypatch.setenv("REGISTER_PROVISION_FILE", str(home / "provision.json"))  # never this machine's /etc
    monkeypatch.delenv("FINALPOS_API_KEY", raising=False)
    monkeypatch.delenv("FINALPOS_API_URL", raising=False)
    # keyring: a backend that stores nothing and finds nothing, whatever the machine has
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("REGISTER_LOCALE", "en_US")  # the screens in English, whatever this machine's locale is
    return home


@pytest.fixture
def qloop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """A running qasync loop for a synchronous pytest-qt test (see QT-NOTES.md)."""
    import qasync
    import shiboken6

    class QasyncTestLoop(qasync.QEventLoop):  # type: ignore[misc]
        def close(self) -> None:
            super().close()
            timer = getattr(self, "_timer", None)
            if timer is not None and shiboken6.isValid(timer):
                shiboken6.delete(timer)

    loop = QasyncTestLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    end = loop.time() + 1.0
    while any(not t.done() for t in pending) and loop.time() < end:
        qapp.processEvents()
    loop._QEventLoop__is_running = False  # what stop() does, without QApplication.exit()
    asyncio.events._set_running_loop(None)
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[Any]:
    """The real sandbox with the demo shop, on 127.0.0.1, for one test."""
    from register.sandbox.testing import running_sandbox

    with running_sandbox(tmp_path / "sandbox") as handle:
        yield handle
