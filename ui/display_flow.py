"""Opens and feeds the customer-facing display (home: Ctrl+D turns it on and off)."""

from __future__ import annotations

import contextlib
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from register.services.completion import CompletedSale
from ui.customer_display import CustomerDisplayWindow
from ui.home_view import SessionHomeView
from ui.payment_flow import PaymentFlow
from ui.screen import ScreenContext
from ui.sell_flow import SellFlow

translate = QCoreApplication.translate


class DisplayFlow:
    """Follows the cart shown on the sell and payment screens; thanks the customer after a sale."""

    def __init__(self, ctx: ScreenContext, selling: SellFlow, payment: PaymentFlow, home: SessionHomeView) -> None:
        self.ctx, self.home = ctx, home
        self.payment = payment
        self.selling = selling
        self.window: CustomerDisplayWindow | None = None
        self.selling.view.priced_shown.connect(self._on_priced_shown)
        payment.view.priced_shown.connect(self._on_priced_shown)
        payment.sale_completed.append(self._on_sale_completed)
        home.display_requested.connect(self.toggle)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # a screen plugged in while the display is open: it moves there
            app.screenAdded.connect(self._on_screens_changed)
            app.screenRemoved.connect(self._on_screens_changed)

    def toggle(self) -> None:
        """Open the display (on a second screen if there is one), or close it."""
        if self.window is not None and self.window.isVisible():
            self.close()
            self.home.show_message(translate("DisplayFlow", "Customer display closed."), "ok")
            return
        station = self.ctx.core.station
        self.window = CustomerDisplayWindow(self.ctx.fmt, station.outlet_name if station else "")
        self.window.show_priced(self.ctx.core.checkout.price())
        own_screen = self.window.place(self.ctx.window)
        self.ctx.window.activateWindow()  # the keyboard stays with the register
        if own_screen:
            said = translate("DisplayFlow", "Customer display open on the second screen (Ctrl+D closes it).")
        else:
            said = translate("DisplayFlow", "There is no second screen: the customer display opened behind the "
                             "register window. Connect a screen and it goes there (Ctrl+D closes it).")
        self.home.show_message(said, "ok")

    def _on_screens_changed(self, *_: Any) -> None:
        if self.window is not None and self.window.isVisible():
            self.window.place(self.ctx.window)
            self.ctx.window.activateWindow()

    def detach(self) -> None:
        """The register is closing: close the display and stop following the screens."""
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            for signal in (app.screenAdded, app.screenRemoved):
                with contextlib.suppress(RuntimeError, TypeError):  # never connected
                    signal.disconnect(self._on_screens_changed)
        self.close()

    def close(self) -> None:
        """Close the display window."""
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def _on_priced_shown(self, priced: Any) -> None:
        if self.window is not None:
            self.window.show_priced(priced)

    def _on_sale_completed(self, sale: CompletedSale) -> None:
        if self.window is None:
            return
        paid = self.payment.view.priced
        tendered = sum((t.tendered for t in paid.state.tenders), Decimal(0)) if paid is not None else sale.total
        self.window.show_sale(sale, tendered)
