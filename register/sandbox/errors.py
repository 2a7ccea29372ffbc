"""Error bodies in the NestJS shape the Final POS API uses: ``{statusCode, message, error}``."""

from __future__ import annotations

from http import HTTPStatus

from register.sandbox import jsonio

__all__ = ["ApiError", "error_body", "not_found", "route_not_found"]

NOT_FOUND_MESSAGE = "The resource was not found."


class ApiError(Exception):
    """Raised by a handler to answer with an error body."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def error_body(status: int, message: str) -> str:
    """The JSON text of an error response, e.g. ``{"statusCode":404,"message":"…","error":"Not Found"}``."""
    return jsonio.dumps({"statusCode": status, "message": message, "error": HTTPStatus(status).phrase})


def not_found() -> ApiError:
    """The error for an id that is not stored."""
    return ApiError(404, NOT_FOUND_MESSAGE)


def route_not_found(method: str, path: str) -> ApiError:
    """NestJS's answer to a path or method it has no route for: ``Cannot GET /v1/api/nope``."""
    return ApiError(404, f"Cannot {method} {path}")
