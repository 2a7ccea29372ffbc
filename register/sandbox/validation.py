"""Request-body validation with the client's own wire models (``register.api.models``).

The sandbox checks a body with the same pydantic model the register uses to build it
(``CategoryCreate`` for ``POST /category``, ``CategoryUpdate`` for ``PUT``), validating the JSON text
itself so that JSON numbers and strings are told apart exactly as on the wire. Every problem goes into
one 400 message in the docs' style, naming each field by its wire name::

    Validation failed: Field `name` is required. Field `amount` must be a decimal string.

Nested fields are named with dots and indexes (``summary.taxes[0].amount``).
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from register.sandbox.errors import ApiError
from register.sandbox.resources import Resource

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

__all__ = ["validate_body"]

_PHRASES: dict[str, str] = {
    "missing": "is required",
    "extra_forbidden": "is not allowed",
    "string_type": "must be a string",
    "string_too_short": "must not be empty",
    "bool_type": "must be a boolean",
    "bool_parsing": "must be a boolean",
    "int_type": "must be an integer",
    "int_parsing": "must be an integer",
    "int_from_float": "must be an integer",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "decimal_type": "must be a number",
    "decimal_parsing": "must be a number",
    "list_type": "must be an array",
    "dict_type": "must be an object",
    "model_type": "must be an object",
    "model_attributes_type": "must be an object",
}
_SEGMENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")


@cache
def _model(name: str) -> type[BaseModel]:
    models = importlib.import_module("register.api.models")
    model: type[BaseModel] = getattr(models, name)
    return model


def _field_name(loc: tuple[int | str, ...]) -> str:
    name = ""
    for part in loc:
        if isinstance(part, int):
            name += f"[{part}]"
        elif _SEGMENT.fullmatch(part):  # skips pydantic's union/validator tags like "function-after[...]"
            name += f".{part}" if name else part
    return name or "body"


def _phrase(error: Any) -> str:
    kind = str(error["type"])
    if kind in _PHRASES:
        return _PHRASES[kind]
    message = str(error.get("msg", "is invalid"))
    lowered = message.lower()
    if "decimal string" in lowered:
        return "must be a decimal string"
    if kind == "value_error" and "number" in lowered:
        return "must be a number"
    message = message.removeprefix("Value error, ").removeprefix("Assertion failed, ").rstrip(".")
    return f"is invalid ({message})"


def _sentences(error: ValidationError, *, ignore_extra: bool) -> list[str]:
    """One sentence per bad field (a union reports one field several times: kept once)."""
    sentences: list[str] = []
    for item in error.errors():
        if item["type"] == "json_invalid":
            raise ApiError(
                400, f"Request body is not valid JSON: {item['msg'].removeprefix('Invalid JSON: ')}."
            )
        if ignore_extra and item["type"] == "extra_forbidden" and len(item["loc"]) == 1:
            continue
        sentence = f"Field `{_field_name(tuple(item['loc']))}` {_phrase(item)}."
        if sentence not in sentences:
            sentences.append(sentence)
    return sentences


def validate_body(resource: Resource, raw: bytes, body: dict[str, Any], *, partial: bool) -> None:
    """Raise a 400 :class:`ApiError` unless ``body`` (parsed from ``raw``) is a valid request."""
    from pydantic import ValidationError

    sentences = [
        f"Field `{name}` is not allowed." for name in sorted(resource.server_fields.intersection(body))
    ]
    model = _model(f"{resource.model}{'Update' if partial else 'Create'}")
    try:
        model.model_validate_json(raw)
    except ValidationError as err:
        sentences += [s for s in _sentences(err, ignore_extra=resource.extra_fields) if s not in sentences]
    if sentences:
        raise ApiError(400, "Validation failed: " + " ".join(sentences))
