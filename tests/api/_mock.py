"""A scripted ``httpx.MockTransport`` for the client tests: it records requests and plays replies."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

import httpx

from register.api import FinalPOSClient

API_KEY = "sk_test_SECRET_1234567890"
BASE_URL = "https://pos.example.test"

T = TypeVar("T")

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def reply(status: int = 200, body: Any = None, *, text: str | None = None, headers: dict[str, str] | None = None
          ) -> httpx.Response:
    """A canned response: JSON ``body`` or raw ``text``."""
    if text is not None:
        return httpx.Response(status, text=text, headers=headers)
    if body is None:
        return httpx.Response(status, headers=headers)
    return httpx.Response(status, content=json.dumps(body, default=str).encode(), headers=headers)


class Script:
    """Plays ``replies`` in order (the last one repeats); records every request and every sleep."""

    def __init__(self, replies: Iterable[Reply] = ()) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []
        self.sleeps: list[float] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(request.read())
        index = min(len(self.requests) - 1, len(self.replies) - 1)
        current = self.replies[index]
        if isinstance(current, Exception):
            raise current
        if isinstance(current, httpx.Response):
            return httpx.Response(current.status_code, content=current.content, headers=current.headers)
        return current(request)

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def client(self, **kwargs: Any) -> FinalPOSClient:
        kwargs.setdefault("base_url", BASE_URL)
        return FinalPOSClient(API_KEY, transport=httpx.MockTransport(self.handler), sleep=self.sleep, **kwargs)

    @property
    def calls(self) -> list[tuple[str, str]]:
        """``(method, path with query)`` of every request."""
        return [(r.method, r.url.raw_path.decode()) for r in self.requests]


def run(script: Script, action: Callable[[FinalPOSClient], Awaitable[T]], **client_kwargs: Any) -> T:
    """Run ``action`` with a fresh client on ``script`` in a fresh event loop."""

    async def main() -> T:
        async with script.client(**client_kwargs) as client:
            return await action(client)

    return asyncio.run(main())
