"""Stored records survive a restart on the same data directory; the seed is not loaded twice."""

from __future__ import annotations

from pathlib import Path

from register.sandbox.store import DATABASE_NAME
from register.sandbox.testing import running_sandbox
from tests.sandbox.bodies import VALID
from tests.sandbox.conftest import make_client


def test_records_survive_a_restart(data_dir: Path) -> None:
    with running_sandbox(data_dir) as sandbox, make_client(sandbox) as client:
        created = {
            name: client.post(f"/v1/api/{path}", json=body).json() for name, (path, body, _) in VALID.items()
        }
        updated = client.put(f"/v1/api/category/{created['category']['id']}", json={"name": "Renamed"}).json()
        client.delete(f"/v1/api/outlet/{created['outlet']['id']}")
        counts = {
            path: len(client.get(f"/v1/api/{path}").json()) for path in ("products", "customers", "outlets")
        }
    assert (data_dir / DATABASE_NAME).is_file()

    with running_sandbox(data_dir) as sandbox, make_client(sandbox) as client:
        for name, (path, _, _) in VALID.items():
            record = created[name]
            response = client.get(f"/v1/api/{path}/{record['id']}")
            if name == "outlet":
                assert response.status_code == 404
            elif name == "category":
                assert response.json() == updated
            else:
                assert response.json() == record, name
        assert {path: len(client.get(f"/v1/api/{path}").json()) for path in counts} == counts
        later = client.post("/v1/api/category", json={"name": "After", "description": "restart"}).json()
        assert later["id"] > max(record["id"] for record in created.values())
        assert later["companyId"] == created["category"]["companyId"]
        outlet = client.post("/v1/api/outlet", json=VALID["outlet"][1]).json()
        assert outlet["sequenceNumber"] == 4  # 2 demo outlets, 1 created (then deleted) before the restart


def test_seed_options_do_not_reseed_an_existing_database(data_dir: Path) -> None:
    with running_sandbox(data_dir, seed="empty") as sandbox, make_client(sandbox) as client:
        assert client.get("/v1/api/products").json() == []
    with running_sandbox(data_dir, seed="demo", products=10) as sandbox, make_client(sandbox) as client:
        assert client.get("/v1/api/products").json() == []
