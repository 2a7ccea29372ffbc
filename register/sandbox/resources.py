"""The resources the sandbox serves, and the paths they use (CONTRACT.md §1-§2).

Singular paths for one record (``POST /category``, ``GET/PUT/DELETE /category/{id}``), plural paths for
lists (``GET /categories``); transactions and refunds use their plural path for everything, as the API
does. Sessions, transactions and refunds have no list, because the API has none. Nothing is unique but
the id: the reference promises no uniqueness of ``receiptId`` or ``externalId``, so a second order with a
receipt id already used is simply a second order.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BASE_FIELDS", "RESOURCES", "Resource"]

BASE_FIELDS = frozenset({"id", "_id", "createdAt", "updatedAt", "companyId"})
"""Fields the server sets on every record; a request that sends one is refused."""


@dataclass(frozen=True, slots=True)
class Resource:
    """One Final POS resource as the sandbox serves it."""

    collection: str
    """Storage name, also the singular path segment (``category``)."""
    path: str
    """Path segment of ``POST`` and ``/{id}`` (``category``; ``transactions`` for transactions)."""
    list_path: str | None
    """Path segment of the list (``categories``), None when the API has no list."""
    item_methods: tuple[str, ...] = ("GET", "PUT", "DELETE")
    """Methods on ``/{path}/{id}``."""
    from_final: bool = False
    """The record carries ``fromFinal`` (true when ``externalId`` is present)."""
    sequence_number: bool = False
    """The server numbers records 1, 2, ... in ``sequenceNumber`` (outlets)."""

    @property
    def server_fields(self) -> frozenset[str]:
        """Fields of this resource that only the server sets."""
        extra = {"fromFinal"} if self.from_final else set()
        if self.sequence_number:
            extra.add("sequenceNumber")
        return BASE_FIELDS | extra


RESOURCES: tuple[Resource, ...] = (
    Resource("category", "category", "categories"),
    Resource("station", "station", "stations"),
    Resource("session", "session", None),
    Resource("customer", "customer", "customers", from_final=True),
    Resource("product", "product", "products", from_final=True),
    Resource("variant", "variant", "variants"),
    Resource("outlet", "outlet", "outlets", sequence_number=True),
    Resource("order", "order", "orders", from_final=True),
    Resource("transaction", "transactions", None, item_methods=("GET", "DELETE")),
    Resource("refund", "refunds", None, from_final=True),
)
