"""Every tunable of the Final POS client, in one place."""

from __future__ import annotations

from typing import Final

import httpx

DEFAULT_BASE_URL: Final = "https://api.finalpos.com"
"""The official API. The sandbox runs on 127.0.0.1 and is passed as ``base_url``."""
API_PREFIX: Final = "/v1/api"
"""Prefix of every documented REST path."""
SANDBOX_PREFIX: Final = "/v1/sandbox"
"""Prefix of the sandbox's extensions (tax tables), which the REST API does not have."""

API_KEY_HEADER: Final = "x-api-key"

# Timeouts per phase, in seconds. A till on a shop's Wi-Fi: connecting should be quick, a large
# catalog page may take a while to arrive, and waiting for a pooled connection means we are flooding.
CONNECT_TIMEOUT: Final = 5.0
READ_TIMEOUT: Final = 30.0
WRITE_TIMEOUT: Final = 30.0
POOL_TIMEOUT: Final = 10.0
DEFAULT_TIMEOUT: Final = httpx.Timeout(
    connect=CONNECT_TIMEOUT, read=READ_TIMEOUT, write=WRITE_TIMEOUT, pool=POOL_TIMEOUT
)

REQUEST_DEADLINE: Final = 45.0
"""Seconds one attempt may take in all, whatever its phases do (a slow trickle of bytes resets the read
timeout on every chunk; this does not). It bounds how long a lost request can still reach the server."""

MAX_REPLY_BYTES: Final = 32 * 1024 * 1024
"""The largest answer read: a page of 100 records is a few hundred kB; anything this big is a fault (or an
attack) and is refused before it fills the till's memory."""

DEFAULT_CONNECTION_LIMITS: Final = httpx.Limits(max_connections=10, max_keepalive_connections=5)

DEFAULT_MAX_RETRIES: Final = 3
"""Retries after the first attempt (so up to four attempts)."""
INITIAL_RETRY_DELAY: Final = 0.5
"""Backoff before the first retry, in seconds; it doubles on each retry…"""
MAX_RETRY_DELAY: Final = 8.0
"""…up to this many seconds."""
RETRY_JITTER: Final = 0.25
"""Each backoff is shortened by a random fraction of up to this much, so tills do not retry in step."""
RETRY_AFTER_CAP: Final = 60.0
"""A server's Retry-After is honoured up to this many seconds."""
RETRYABLE_STATUS_CODES: Final = frozenset({408, 429})
"""Statuses worth another attempt of a GET, PUT or DELETE, besides every 5xx (a POST: 429 only)."""

DEFAULT_PAGE_LIMIT: Final = 100
"""Records asked for per page. The API documents no default and no maximum; a server that sends fewer
teaches the client its real page size (see ``resources/_base.py``)."""

ERROR_EXCERPT_CHARS: Final = 200
"""How much of an unexpected response body an error keeps."""
