"""Fixtures: real sandboxes on loopback and plain httpx clients talking to them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from register.sandbox.testing import SandboxHandle, running_sandbox


def make_client(sandbox: SandboxHandle) -> httpx.Client:
    """An httpx client with the sandbox's base URL and API key."""
    return httpx.Client(base_url=sandbox.base_url, headers=sandbox.headers, timeout=10.0)


@pytest.fixture(scope="module")
def demo_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxHandle]:
    """One demo-seeded sandbox shared by a module's tests (they must not depend on each other's writes)."""
    with running_sandbox(tmp_path_factory.mktemp("demo")) as sandbox:
        yield sandbox


@pytest.fixture(scope="module")
def demo_client(demo_sandbox: SandboxHandle) -> Iterator[httpx.Client]:
    with make_client(demo_sandbox) as client:
        yield client


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "sandbox-data"


@pytest.fixture
def sandbox(data_dir: Path) -> Iterator[SandboxHandle]:
    """A fresh, empty sandbox for one test."""
    with running_sandbox(data_dir, seed="empty") as running:
        yield running


@pytest.fixture
def client(sandbox: SandboxHandle) -> Iterator[httpx.Client]:
    with make_client(sandbox) as http:
        yield http
