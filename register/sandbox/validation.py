"""Request-body validation against the sandbox's own schema (:mod:`register.sandbox.schema`).

Every problem goes into one 400 message in the docs' style, naming each field by its wire name::

    Validation failed: Field `name` is required. Field `amount` must be a string.

Nested fields are named with dots and indexes (``summary.taxes[0].amount``).
"""

from __future__ import annotations

from typing import Any

from register.sandbox.errors import ApiError
from register.sandbox.resources import Resource
from register.sandbox.schema import problems

__all__ = ["validate_body"]


def validate_body(resource: Resource, body: dict[str, Any], *, partial: bool) -> None:
    """Raise a 400 :class:`ApiError` unless ``body`` is a valid request for ``resource``."""
    sentences = [f"Field `{name}` is not allowed." for name in sorted(resource.server_fields.intersection(body))]
    sentences += [s for s in problems(resource.collection, body, partial=partial) if s not in sentences]
    if sentences:
        raise ApiError(400, "Validation failed: " + " ".join(sentences))
