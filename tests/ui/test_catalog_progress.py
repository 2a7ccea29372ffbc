"""The first catalog sync shows itself: on the sign-in screen that waits for it and in the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from register.sandbox.testing import running_sandbox
from tests.ui import flows


def test_the_first_sync_shows_its_progress_where_the_cashier_waits(qtbot: Any, qloop: Any, qapp: Any,
                                                                   tmp_path: Path) -> None:
    with running_sandbox(tmp_path / "sandbox", products=3000, latency_ms=10) as sandbox:
        app = flows.make_app(qtbot, qapp, sandbox.base_url, sandbox.api_key)
        try:
            qtbot.waitUntil(lambda: app.workflow is not None, timeout=flows.WAIT)
            workflow = app.workflow
            assert workflow is not None
            waiting, status = workflow.sign_in_view.catalog_label, app.window.status.catalog
            assert waiting.isHidden() and status.isHidden()
            shown: list[tuple[str, bool, str, bool]] = []
            workflow.events.catalog_progress.connect(  # after the workflow's own slot: what it has just shown
                lambda _: shown.append((waiting.text(), not waiting.isHidden(), status.text(), not status.isHidden())))

            flows.pair_first_station(qtbot, app)
            qtbot.waitUntil(lambda: len(app.core.catalog.index) >= 3000, timeout=60_000)  # type: ignore[union-attr]

            products = [s for s in shown if s[0].startswith("Catalog: products")]
            assert products, shown
            text, visible, in_bar, bar_visible = products[-1]
            assert visible and bar_visible and in_bar == text
            assert " a second · page " in text
            assert any(s[0] == "Catalog: building the search index…" for s in shown)
            # done: the sign-in screen's field goes; the status bar says the catalog is ready, in its own field (a
            # status bar message would hide the demo badge and the station while it shows)
            assert waiting.isHidden() and "items ready" in status.text() and not status.isHidden()
            assert app.window.statusBar().currentMessage() == ""
        finally:
            flows.close_app(qtbot, app)
