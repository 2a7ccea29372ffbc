"""Idempotent writes: Idempotency-Key replays, receiptId de-duplication, key reuse refused."""

from __future__ import annotations

from pathlib import Path

import httpx

from register.sandbox.testing import running_sandbox
from tests.sandbox.bodies import VALID, order
from tests.sandbox.conftest import make_client
from tests.sandbox.test_errors import assert_error


def test_replay_with_the_same_key_returns_the_first_response(client: httpx.Client) -> None:
    headers = {"Idempotency-Key": "sale-0001"}
    first = client.post("/v1/api/order", json=order("R-1"), headers=headers)
    again = client.post("/v1/api/order", json=order("R-1"), headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    assert len(client.get("/v1/api/orders").json()) == 1


def test_every_post_honours_the_key(client: httpx.Client) -> None:
    for name, (path, body, _) in VALID.items():
        headers = {"Idempotency-Key": f"key-{name}"}
        first = client.post(f"/v1/api/{path}", json=body, headers=headers)
        again = client.post(f"/v1/api/{path}", json=body, headers=headers)
        assert (again.status_code, again.json()) == (first.status_code, first.json()), name
    assert len(client.get("/v1/api/categories").json()) == 1
    assert len(client.get("/v1/api/customers").json()) == 1


def test_key_order_of_the_json_does_not_matter(client: httpx.Client) -> None:
    headers = {"Idempotency-Key": "k", "content-type": "application/json"}
    first = client.post("/v1/api/category", content=b'{"name":"A","description":"d"}', headers=headers)
    again = client.post("/v1/api/category", content=b'{ "description": "d", "name": "A" }', headers=headers)
    assert again.json() == first.json()


def test_same_key_with_another_body_is_a_422(client: httpx.Client) -> None:
    headers = {"Idempotency-Key": "sale-0002"}
    assert client.post("/v1/api/order", json=order("R-2"), headers=headers).status_code == 201
    assert_error(client.post("/v1/api/order", json=order("R-2", status="parked"), headers=headers), 422)
    assert_error(
        client.post("/v1/api/category", json={"name": "x", "description": "y"}, headers=headers), 422
    )
    assert len(client.get("/v1/api/orders").json()) == 1
    assert client.get("/v1/api/categories").json() == []


def test_a_failed_request_does_not_use_up_its_key(client: httpx.Client) -> None:
    headers = {"Idempotency-Key": "sale-0003"}
    assert client.post("/v1/api/order", json={"receiptId": "R-3"}, headers=headers).status_code == 400
    assert client.post("/v1/api/order", json=order("R-3"), headers=headers).status_code == 201


def test_a_repeated_receipt_id_returns_the_first_order(client: httpx.Client) -> None:
    first = client.post("/v1/api/order", json=order("R-4"))
    assert first.status_code == 201
    again = client.post(
        "/v1/api/order", json=order("R-4", status="parked"), headers={"Idempotency-Key": "other"}
    )
    assert again.status_code == 200
    assert again.json() == first.json()
    assert len(client.get("/v1/api/orders").json()) == 1
    # the new key now remembers that answer too
    replay = client.post(
        "/v1/api/order", json=order("R-4", status="parked"), headers={"Idempotency-Key": "other"}
    )
    assert (replay.status_code, replay.json()) == (200, first.json())


def test_receipt_ids_stay_unique_on_update(client: httpx.Client) -> None:
    client.post("/v1/api/order", json=order("R-5"))
    second = client.post("/v1/api/order", json=order("R-6")).json()
    assert_error_409 = client.put(f"/v1/api/order/{second['id']}", json={"receiptId": "R-5"})
    assert assert_error_409.status_code == 409
    assert assert_error_409.json()["error"] == "Conflict"
    moved = client.put(f"/v1/api/order/{second['id']}", json={"receiptId": "R-7"})
    assert moved.status_code == 200
    assert client.post("/v1/api/order", json=order("R-7")).json()["id"] == second["id"]
    assert client.post("/v1/api/order", json=order("R-6")).status_code == 201  # R-6 is free again


def test_restart_keeps_idempotency(data_dir: Path) -> None:
    headers = {"Idempotency-Key": "sale-0005"}
    with running_sandbox(data_dir, seed="empty") as sandbox, make_client(sandbox) as client:
        first = client.post("/v1/api/order", json=order("R-9"), headers=headers)
    with running_sandbox(data_dir, seed="empty") as sandbox, make_client(sandbox) as client:
        again = client.post("/v1/api/order", json=order("R-9"), headers=headers)
        assert (again.status_code, again.json()) == (201, first.json())
        assert client.post("/v1/api/order", json=order("R-9")).json() == first.json()
        assert_error(client.post("/v1/api/order", json=order("R-10"), headers=headers), 422)
        assert len(client.get("/v1/api/orders").json()) == 1


def test_put_and_delete_honour_the_key_too(client: httpx.Client) -> None:
    record = client.post("/v1/api/category", json={"name": "A", "description": "d"}).json()
    url = f"/v1/api/category/{record['id']}"
    first = client.put(url, json={"name": "B"}, headers={"Idempotency-Key": "put-1"})
    again = client.put(url, json={"name": "B"}, headers={"Idempotency-Key": "put-1"})
    assert again.json() == first.json()  # updatedAt did not move a second time
    assert_error(client.put(url, json={"name": "C"}, headers={"Idempotency-Key": "put-1"}), 422)

    deleted = client.delete(url, headers={"Idempotency-Key": "delete-1"})
    replay = client.delete(url, headers={"Idempotency-Key": "delete-1"})
    assert (
        (replay.status_code, replay.json()) == (deleted.status_code, deleted.json()) == (200, deleted.json())
    )
    assert_error(client.delete(url, headers={"Idempotency-Key": "delete-2"}), 404)


def test_bad_keys_are_a_400(client: httpx.Client) -> None:
    body = {"name": "A", "description": "d"}
    assert_error(client.post("/v1/api/category", json=body, headers={"Idempotency-Key": ""}), 400)
    assert_error(client.post("/v1/api/category", json=body, headers={"Idempotency-Key": "k" * 256}), 400)
    assert client.get("/v1/api/categories").json() == []
