"""CRUD over real HTTP for every resource: create, read, partial update, delete, list."""

from __future__ import annotations

import re
from datetime import datetime

import httpx
import pytest

from register.sandbox.resources import RESOURCES
from tests.sandbox.bodies import VALID

ID = re.compile(r"[0-9a-f]{24}")
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00")
BY_NAME = {resource.collection: resource for resource in RESOURCES}


@pytest.mark.parametrize("name", sorted(VALID))
def test_create_read_update_delete(client: httpx.Client, name: str) -> None:
    resource = BY_NAME[name]
    path, body, update = VALID[name]

    created = client.post(f"/v1/api/{path}", json=body)
    assert created.status_code == 201, created.text
    record = created.json()
    assert ID.fullmatch(record["id"])
    assert TIMESTAMP.fullmatch(record["createdAt"]) and record["updatedAt"] == record["createdAt"]
    assert ID.fullmatch(record["companyId"])
    for key, value in body.items():
        assert record[key] == value, key
    if resource.from_final:
        assert record["fromFinal"] is False
    else:
        assert "fromFinal" not in record
    assert ("sequenceNumber" in record) == (resource.sequence_number or "sequenceNumber" in body)

    url = f"/v1/api/{path}/{record['id']}"
    assert client.get(url).json() == record

    if "PUT" in resource.item_methods:
        updated = client.put(url, json=update)
        assert updated.status_code == 200, updated.text
        after = updated.json()
        assert after == {**record, **update, "updatedAt": after["updatedAt"]}
        assert datetime.fromisoformat(after["updatedAt"]) > datetime.fromisoformat(record["updatedAt"])
        assert client.get(url).json() == after
    else:
        assert client.put(url, json={}).status_code == 404

    if resource.list_path:
        listed = client.get(f"/v1/api/{resource.list_path}")
        assert listed.status_code == 200
        assert [item["id"] for item in listed.json()] == [record["id"]]

    deleted = client.delete(url)
    assert deleted.status_code == 200
    assert deleted.json() == {
        "statusCode": 200,
        "message": f"Resource with Id {record['id']} deleted successfully",
    }
    assert client.get(url).status_code == 404
    assert client.delete(url).status_code == 404


def test_ids_increase_and_lists_follow_creation_order(client: httpx.Client) -> None:
    ids = [
        client.post("/v1/api/category", json={"name": f"C{n}", "description": "d"}).json()["id"]
        for n in range(5)
    ]
    assert ids == sorted(ids) and len(set(ids)) == 5
    client.put(f"/v1/api/category/{ids[0]}", json={"name": "renamed"})
    assert [c["id"] for c in client.get("/v1/api/categories").json()] == ids


def test_external_id_sets_from_final(client: httpx.Client) -> None:
    customer = client.post(
        "/v1/api/customer",
        json={"email": "a@example.com", "firstName": "A", "lastName": "B", "externalId": "woo-17"},
    ).json()
    assert customer["fromFinal"] is True
    product = client.post("/v1/api/product", json={"name": "P", "productType": "simple"}).json()
    assert product["fromFinal"] is False
    assert (
        client.put(f"/v1/api/product/{product['id']}", json={"externalId": "x"}).json()["fromFinal"] is True
    )


def test_outlets_are_numbered(client: httpx.Client) -> None:
    _, body, _ = VALID["outlet"]
    numbers = [client.post("/v1/api/outlet", json=body).json()["sequenceNumber"] for _ in range(3)]
    assert numbers == [1, 2, 3]


def test_customers_keep_unknown_fields(client: httpx.Client) -> None:
    body = {"email": "c@example.com", "firstName": "C", "lastName": "D", "loyaltyTier": "gold"}
    created = client.post("/v1/api/customer", json=body)
    assert created.status_code == 201, created.text
    assert created.json()["loyaltyTier"] == "gold"
    updated = client.put(f"/v1/api/customer/{created.json()['id']}", json={"favouriteDrink": "latte"})
    assert updated.json()["loyaltyTier"] == "gold" and updated.json()["favouriteDrink"] == "latte"


def test_money_round_trips_digit_for_digit(client: httpx.Client) -> None:
    content = b'{"productId":"p","price":2.50,"costPrice":1.125,"salePrice":10}'
    created = client.post("/v1/api/variant", content=content, headers={"content-type": "application/json"})
    assert created.status_code == 201, created.text
    assert b'"price":2.50,"costPrice":1.125,"salePrice":10' in created.content
