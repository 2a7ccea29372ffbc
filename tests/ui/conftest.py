"""Fixtures of the UI tests (the shared steps are in :mod:`tests.ui.flows`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ui.app import apply_theme


@pytest.fixture
def themed(qapp: Any) -> Iterator[None]:
    """The register's stylesheet, as the app runs with it (its fonts and paddings decide what fits and the
    touch sizes); taken off afterwards."""
    before = qapp.styleSheet()
    apply_theme(qapp)
    yield
    qapp.setStyleSheet(before)
