"""The async Final POS API client, its wire models and its errors.

``register.api.models`` holds the pydantic wire models, ``register.api.errors`` the error tree, and
:class:`FinalPOSClient` the client itself.
"""

from __future__ import annotations

from . import errors, models
from .client import FinalPOSClient
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "FinalPOSClient",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "errors",
    "models",
]
