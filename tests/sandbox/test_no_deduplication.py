"""The sandbox de-duplicates nothing, as the real server is assumed not to (the reference documents no
Idempotency-Key, no uniqueness of ``receiptId`` or ``externalId``): every POST that arrives is a record."""

from __future__ import annotations

from pathlib import Path

import httpx

from register.sandbox.testing import running_sandbox
from tests.sandbox.bodies import VALID, order
from tests.sandbox.conftest import make_client


def test_a_repeated_idempotency_key_is_ignored(client: httpx.Client) -> None:
    headers = {"Idempotency-Key": "sale-0001"}
    first = client.post("/v1/api/order", json=order("R-1"), headers=headers)
    again = client.post("/v1/api/order", json=order("R-1"), headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] != again.json()["id"]
    assert "idempotent-replayed" not in again.headers
    assert len(client.get("/v1/api/orders").json()) == 2


def test_every_post_twice_makes_two_records(client: httpx.Client) -> None:
    for name, (path, body, _) in VALID.items():
        first = client.post(f"/v1/api/{path}", json=body)
        again = client.post(f"/v1/api/{path}", json=body)
        assert first.status_code == again.status_code == 201, (name, again.text)
        assert first.json()["id"] != again.json()["id"], name
    assert len(client.get("/v1/api/categories").json()) == 2
    assert len(client.get("/v1/api/customers").json()) == 2


def test_a_repeated_receipt_id_is_a_second_order(client: httpx.Client) -> None:
    first = client.post("/v1/api/order", json=order("R-7")).json()
    second = client.post("/v1/api/order", json=order("R-7", status="pending")).json()
    assert first["id"] != second["id"]
    assert [o["receiptId"] for o in client.get("/v1/api/orders").json()] == ["R-7", "R-7"]
    updated = client.put(f"/v1/api/order/{second['id']}", json={"receiptId": "R-7"})
    assert updated.status_code == 200  # nothing unique to protect on update either


def test_two_orders_with_one_receipt_survive_a_restart(data_dir: Path) -> None:
    with running_sandbox(data_dir, seed="empty") as sandbox, make_client(sandbox) as client:
        client.post("/v1/api/order", json=order("R-3"))
        client.post("/v1/api/order", json=order("R-3"))
    with running_sandbox(data_dir, seed="empty") as sandbox, make_client(sandbox) as client:
        assert [o["receiptId"] for o in client.get("/v1/api/orders").json()] == ["R-3", "R-3"]
