"""List paging: bare arrays, creation order, ``skip`` exactly as given, pages capped at 100 records."""

from __future__ import annotations

import httpx
import pytest

from tests.sandbox.test_errors import assert_error


@pytest.fixture
def names(client: httpx.Client) -> list[str]:
    created = [f"Category {n:02d}" for n in range(7)]
    for name in created:
        assert client.post("/v1/api/category", json={"name": name, "description": "d"}).status_code == 201
    return created


def _names(client: httpx.Client, **params: int) -> list[str]:
    response = client.get("/v1/api/categories", params=params)
    assert response.status_code == 200, response.text
    assert isinstance(response.json(), list)
    return [item["name"] for item in response.json()]


def test_empty_list_is_an_empty_array(client: httpx.Client) -> None:
    assert client.get("/v1/api/categories").json() == []


def test_pages_with_a_short_last_page(client: httpx.Client, names: list[str]) -> None:
    pages = [_names(client, skip=skip, limit=3) for skip in (0, 3, 6, 9)]
    assert pages == [names[0:3], names[3:6], names[6:7], []]


def test_no_limit_or_zero_gives_a_page_of_at_most_100(client: httpx.Client, names: list[str]) -> None:
    assert _names(client) == names
    assert _names(client, skip=0, limit=0) == names
    assert _names(client, skip=5) == names[5:]
    assert _names(client, limit=100) == names


@pytest.mark.parametrize(("limit", "size"), [(None, 100), (0, 100), (100, 100), (101, 100), (10_000, 100), (37, 37)])
def test_pages_are_capped_at_100(demo_client: httpx.Client, limit: int | None, size: int) -> None:
    params = {} if limit is None else {"limit": limit}
    assert len(demo_client.get("/v1/api/variants", params=params).json()) == size  # the demo shop has 209


def test_skip_is_taken_exactly_as_given(demo_client: httpx.Client) -> None:
    everything = [v["id"] for v in _every(demo_client, "variants")]
    assert [v["id"] for v in demo_client.get("/v1/api/variants", params={"skip": 7, "limit": 5}).json()] == \
        everything[7:12]  # not rounded to a page boundary
    assert demo_client.get("/v1/api/variants", params={"skip": 5000}).json() == []


def _every(client: httpx.Client, path: str) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    while page := client.get(f"/v1/api/{path}", params={"skip": len(records), "limit": 100}).json():
        records += page
    return records


def test_deleted_records_leave_the_list(client: httpx.Client, names: list[str]) -> None:
    first = client.get("/v1/api/categories", params={"limit": 1}).json()[0]
    client.delete(f"/v1/api/category/{first['id']}")
    assert _names(client) == names[1:]


@pytest.mark.parametrize(
    "query",
    [
        "skip=-1",
        "limit=-5",
        "skip=abc",
        "limit=1.5",
        "skip=",
        "limit=+3",
        "limit=99999999999999999999",
        "skip=1e3",
        "limit=%D9%A3",
    ],
)
def test_bad_paging_is_a_400(demo_client: httpx.Client, query: str) -> None:
    body = assert_error(demo_client.get(f"/v1/api/customers?{query}"), 400)
    assert body["message"].startswith("Validation failed: Query parameter `")


def test_every_list_pages(demo_client: httpx.Client) -> None:
    for path in ("categories", "stations", "customers", "products", "variants", "outlets", "orders"):
        everything = _every(demo_client, path)
        paged: list[object] = []
        skip = 0
        while True:
            page = demo_client.get(f"/v1/api/{path}", params={"skip": skip, "limit": 4}).json()
            paged += page
            if len(page) < 4:
                break
            skip += 4
        assert paged == everything, path


def test_pages_read_in_any_order_around_deletes_and_additions_are_what_skip_says(client: httpx.Client,
                                                                                 names: list[str]) -> None:
    """The server reads on from where the page before ended (a million products would cost the square of their
    number with OFFSET alone): pages in order, out of order, after a delete and after an addition are still
    exactly the records ``skip`` and ``limit`` name."""
    assert [_names(client, skip=s, limit=2) for s in (0, 2, 4, 6)] == [names[0:2], names[2:4], names[4:6], names[6:]]
    assert [_names(client, skip=s, limit=2) for s in (4, 0, 6, 2)] == [names[4:6], names[0:2], names[6:], names[2:4]]
    third = client.get("/v1/api/categories", params={"skip": 2, "limit": 1}).json()[0]
    assert client.delete(f"/v1/api/category/{third['id']}").status_code in (200, 204)
    left = names[:2] + names[3:]
    assert [_names(client, skip=s, limit=2) for s in (2, 4, 0)] == [left[2:4], left[4:6], left[0:2]]
    assert client.post("/v1/api/category", json={"name": "Category 99", "description": "d"}).status_code == 201
    assert [_names(client, skip=s, limit=2) for s in (4, 6)] == [left[4:6], [*left[6:], "Category 99"]]
