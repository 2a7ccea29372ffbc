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


@pytest.fixture(autouse=True)
def _english(qapp: Any) -> Iterator[None]:
    """Every UI test starts with the screens in English, as the register installs it (its plural forms included:
    "1 needs attention"), and a test that ran them in another language leaves them so."""
    from ui import i18n

    i18n.apply(None)
    yield
    if i18n.current().language != "en" or i18n.current().locale != "en_US":
        i18n.apply(None)
