"""The errors of the Final POS client: one tree, each error with a stable ``code`` for the UI.

::

    APIError                              code "api_error"
     ├── APIConnectionError               "connection_error"   no response (DNS, refused, reset…)
     │    └── APITimeoutError             "timeout"            a connect/read/write/pool timeout
     ├── APIResponseValidationError       "invalid_response"   a 2xx body that breaks the contract
     └── APIStatusError                   "http_error"         any other non-2xx status
          ├── BadRequestError             "bad_request"        400
          ├── AuthenticationError         "unauthorized"       401
          ├── PermissionDeniedError       "forbidden"          403
          ├── NotFoundError               "not_found"          404
          ├── ConflictError               "conflict"           409
          ├── UnprocessableEntityError    "unprocessable"      422
          ├── RateLimitError              "rate_limited"       429 (``retry_after`` seconds)
          └── InternalServerError         "server_error"       5xx

The UI turns ``code`` into words; ``message`` is for logs (for a status error it is the server's
message). :func:`certainly_not_sent` tells whether a failed request provably never reached the server
(the only case in which a POST may simply be sent again). httpx exceptions are wrapped in one place,
the client's send, with ``raise … from err``. No error carries request headers, so the API key never
travels with an exception.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "certainly_not_sent",
    "status_error_class",
]


class APIError(Exception):
    """Something went wrong talking to the Final POS API."""

    code: ClassVar[str] = "api_error"

    def __init__(self, message: str, *, method: str | None = None, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        """What happened, for logs."""
        self.method = method
        """The HTTP method of the request, when there was one."""
        self.path = path
        """The path of the request (no host, no query), when there was one."""

    def __str__(self) -> str:
        where = f" ({self.method} {self.path})" if self.method and self.path else ""
        return f"{self.message}{where}"


class APIConnectionError(APIError):
    """No response arrived: the network, DNS or the server's socket failed."""

    code: ClassVar[str] = "connection_error"

    def __init__(self, message: str, *, sent: bool = True, method: str | None = None, path: str | None = None) -> None:
        super().__init__(message, method=method, path=path)
        self.sent = sent
        """False only when the request certainly never left (no connection was made); True means it may
        have reached the server."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool). A write may or may not have happened."""

    code: ClassVar[str] = "timeout"


class APIResponseValidationError(APIError):
    """A successful response whose body does not match the contract (bad JSON, shape or types)."""

    code: ClassVar[str] = "invalid_response"

    def __init__(
        self, message: str, *, status_code: int, excerpt: str, method: str | None = None, path: str | None = None
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.status_code = status_code
        """The HTTP status of the offending response."""
        self.excerpt = excerpt
        """The first characters of the body, for logs."""


class APIStatusError(APIError):
    """The server answered with a non-2xx status."""

    code: ClassVar[str] = "http_error"

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        error: str | None = None,
        body: Any = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.status_code = status_code
        """The HTTP status."""
        self.error = error
        """The status phrase of the error body (``"Not Found"``), when the server sent one."""
        self.body = body
        """The decoded JSON body, or an excerpt of the text when it was not JSON."""

    def __str__(self) -> str:
        return f"{self.status_code} {self.error or 'Error'}: {super().__str__()}"


class BadRequestError(APIStatusError):
    """400: the server refused the body (its message says which field)."""

    code: ClassVar[str] = "bad_request"


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or revoked."""

    code: ClassVar[str] = "unauthorized"


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""

    code: ClassVar[str] = "forbidden"


class NotFoundError(APIStatusError):
    """404: no such record."""

    code: ClassVar[str] = "not_found"


class ConflictError(APIStatusError):
    """409: the write conflicts with the current state (or an in-flight duplicate)."""

    code: ClassVar[str] = "conflict"


class UnprocessableEntityError(APIStatusError):
    """422: the body is well formed but not acceptable."""

    code: ClassVar[str] = "unprocessable"


class RateLimitError(APIStatusError):
    """429: too many requests."""

    code: ClassVar[str] = "rate_limited"

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after
        """Seconds the server asked us to wait (Retry-After), when it said."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""

    code: ClassVar[str] = "server_error"


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def certainly_not_sent(err: BaseException) -> bool:
    """Whether the failed request provably never reached the server: no connection was ever made, or the
    server refused it unread with 429. Everything else (a timeout after sending, a reset, 5xx, 408, 409, a
    malformed 2xx) may have been acted on."""
    if isinstance(err, RateLimitError):
        return True
    return isinstance(err, APIConnectionError) and not err.sent


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The error class for an HTTP status."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)
