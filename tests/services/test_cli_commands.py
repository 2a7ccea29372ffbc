"""``register outbox`` and ``register tax-tables`` on a station's data folder."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from register.services.core import DB_FILE, RegisterCore
from register.store import Database, transaction
from register.store.outbox import add

ROOT = Path(__file__).resolve().parents[2]


def _register(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "register", *args], capture_output=True, text=True, timeout=120,
                          check=False, cwd=ROOT, env=env)


def test_tax_tables_import_and_show(tmp_path: Path) -> None:
    Database.open(tmp_path / DB_FILE).close()
    done = _register("tax-tables", "--data", str(tmp_path), "import", str(ROOT / "resources/tax-tables.example.json"))
    assert done.returncode == 0 and "imported 2 tax table(s)" in done.stdout
    shown = _register("tax-tables", "--data", str(tmp_path), "show")
    assert "Austin City Tax" in shown.stdout and "compound" in shown.stdout and "787*" in shown.stdout
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"id": "t", "rates": [{"name": "x"}]}]))
    refused = _register("tax-tables", "--data", str(tmp_path), "import", str(bad))
    assert refused.returncode == 2 and "tax tables[0].rates[0]" in refused.stderr


def test_outbox_status_list_retry_and_flush(tmp_path: Path, sandbox: Any) -> None:
    import os

    async def prepare() -> None:
        core = await RegisterCore.open(tmp_path, api_url=sandbox.base_url, api_key=sandbox.api_key)
        await core.pair((await core._client.stations.list_all())[0].id)
        await core.sync_catalog()
        await core.sessions.open("50", opened_by="Dana")
        await core.close()

    asyncio.run(prepare())

    def refused_entry(conn: Any) -> None:
        with transaction(conn, "test"):
            add(conn, kind="customer.create", local_id="c-bad", body={"firstName": "No", "lastName": "Email"})

    db = Database.open(tmp_path / DB_FILE)
    db.call(refused_entry)
    db.close()
    status = _register("outbox", "--data", str(tmp_path), "status")
    assert status.returncode == 0 and "pending 2" in status.stdout  # the session and the customer
    env = dict(os.environ, FINALPOS_API_KEY=sandbox.api_key)
    flushed = _register("outbox", "--data", str(tmp_path), "flush", "--api-url", sandbox.base_url, "--timeout", "30",
                        env=env)
    assert flushed.returncode == 1 and "still waiting 1 (needs attention 1)" in flushed.stdout
    listing = _register("outbox", "--data", str(tmp_path), "list", "--state", "attention")
    assert "customer.create" in listing.stdout and "email" in listing.stdout
    again = _register("outbox", "--data", str(tmp_path), "retry", "c-bad")
    assert again.returncode == 0 and "back in line (pending)" in again.stdout
    assert _register("outbox", "--data", str(tmp_path), "retry", "nope").returncode == 2
    assert _register("outbox", "--data", str(tmp_path / "missing"), "status").returncode == 2
    no_key = _register("outbox", "--data", str(tmp_path), "flush")
    assert no_key.returncode == 2 and "no API key" in no_key.stderr
