"""The station's sales and refunds with their sync state (this session, or every session of the station); reprint a
receipt or a refund slip, refund an order, or find any receipt of the store (typed or scanned) for a return."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from register.services.orders import OrderRow
from register.text import printable
from ui.home_view import local_time
from ui.money_format import MoneyFormatter
from ui.scanner import BarcodeScanner
from ui.widgets import NoticeLabel, action_button, heading, hint

translate = QCoreApplication.translate

def sync_words(state: str) -> str:
    """An order's state on the way to Final POS, in words."""
    return {"done": translate("OrdersView", "Sent"), "pending": translate("OrdersView", "Waiting to send"),
            "in_flight": translate("OrdersView", "Sending…"),
            "attention": translate("OrdersView", "Needs attention")}.get(state, state)


def column_titles() -> tuple[str, ...]:
    """The orders table's columns: when, the receipt (a refund: of which receipt), what, the amount, its sync."""
    return (translate("OrdersView", "Time"), translate("OrdersView", "Receipt"), translate("OrdersView", "Kind"),
            translate("OrdersView", "Total"), translate("OrdersView", "Final POS"))


COLUMNS = 5


class OrdersView(QWidget):
    """A table of this session's orders and refunds, newest first."""

    back_requested = Signal()
    refresh_requested = Signal()
    reprint_requested = Signal(str)
    refund_requested = Signal(str)
    slip_requested = Signal(str)
    """A refund's slip again (its local id)."""
    scope_toggled = Signal(bool)
    """Every session of the station (True) or this session only."""
    find_requested = Signal()
    code_scanned = Signal(str)

    def __init__(self, fmt: MoneyFormatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.rows: list[OrderRow] = []
        self.every_session = False
        self._setup_ui()
        self.scanner = BarcodeScanner(self)
        self.scanner.scanned.connect(self.code_scanned)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(10)
        self.heading = heading(self.tr("Orders of this session"))
        layout.addWidget(self.heading)
        layout.addWidget(hint(self.tr("Reprint a receipt, or refund an order (a manager approves). Scan a receipt, or "
                                      "find it (F3), to refund a sale of any session or till.")))
        self.table = QTableWidget(0, COLUMNS, objectName="ordersTable")
        self._top_row = QHBoxLayout()
        layout.addLayout(self._top_row)
        self.table.setAccessibleName(self.tr("Orders of this session"))
        self.table.setHorizontalHeaderLabels(column_titles())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        header = self.table.horizontalHeader()
        for column in range(COLUMNS - 1):  # each as wide as what it holds; the sync state takes what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.notice = NoticeLabel(self)
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.back_button = action_button(self.tr("Back to the cart"), "Esc", name="ordersBackButton",
                                         role="secondary")
        self.back_button.clicked.connect(self.back_requested)
        self.refresh_button = action_button(self.tr("Refresh"), "F5", name="ordersRefreshButton", role="secondary")
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.scope_button = action_button(self.tr("Every session"), "F6", name="ordersScopeButton", role="secondary")
        self.scope_button.clicked.connect(lambda: self.scope_toggled.emit(not self.every_session))
        self.find_button = action_button(self.tr("Find a receipt"), "F3", name="ordersFindButton", role="secondary")
        self.find_button.clicked.connect(self.find_requested)
        self._top_row.addWidget(self.scope_button)
        self._top_row.addWidget(self.find_button)
        self._top_row.addStretch(1)
        self.reprint_button = action_button(self.tr("Reprint receipt"), "F7", name="ordersReprintButton",
                                            role="secondary")
        self.reprint_button.clicked.connect(lambda: self._emit(self.reprint_requested))
        self.refund_button = action_button(self.tr("Refund"), "F9", name="refundButton")
        self.refund_button.clicked.connect(lambda: self._emit(self.refund_requested))
        row.addWidget(self.back_button)
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        row.addWidget(self.reprint_button)
        row.addWidget(self.refund_button)
        layout.addLayout(row)
        self._update_buttons()

    def set_scope(self, every_session: bool) -> None:
        """This session's orders, or every session's of the station."""
        self.every_session = every_session
        self.heading.setText(self.tr("Orders of every session of this station") if every_session
                             else self.tr("Orders of this session"))
        keys = self.scope_button.shortcut()  # setText() puts the label's mnemonic in its place
        self.scope_button.setText((self.tr("This session") if every_session else self.tr("Every session")) + "  F6")
        self.scope_button.setShortcut(keys)

    def set_rows(self, rows: Sequence[OrderRow]) -> None:
        """Show the orders (the selection stays on the same receipt if it is still there)."""
        keep = self.selected()
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        receipts = {o.local_id: o.receipt_id for o in self.rows if o.kind == "order"}
        for r, order in enumerate(self.rows):
            refund = order.kind == "refund"
            state = sync_words(order.sync_state)
            if order.sync_error and order.sync_state == "attention":
                state += f": {order.sync_error}"
            # the refund records the receipt it gives back (a sale of another session or till included)
            of = order.refund_of_receipt or receipts.get(order.refund_of_order, "")
            receipt = order.receipt_id if not refund else (self.tr("of {receipt}").format(receipt=of) if of else "")
            texts = (local_time(order.created_at, time_only=not self.every_session), receipt,
                     self.tr("Refund") if refund else self.tr("Sale"),
                     self.fmt.format(-order.total if refund else order.total), state)
            for c, text in enumerate(texts):
                item = QTableWidgetItem(printable(text))
                if c == 3:
                    item.setTextAlignment(right)
                self.table.setItem(r, c, item)
        index = next((i for i, o in enumerate(self.rows) if keep and o.local_id == keep.local_id), 0)
        if self.rows:
            self.table.selectRow(index)
        self._update_buttons()

    def selected(self) -> OrderRow | None:
        """The selected order or refund."""
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def select_receipt(self, receipt_id: str) -> None:
        """Select the sale with this receipt."""
        for r, order in enumerate(self.rows):
            if order.kind == "order" and order.receipt_id == receipt_id:
                self.table.selectRow(r)

    def show_message(self, text: str, kind: str = "error") -> None:
        """A message under the table."""
        self.notice.show_message(text, kind)

    def _update_buttons(self) -> None:
        order = self.selected()
        is_sale = order is not None and order.kind == "order"
        self.reprint_button.setEnabled(order is not None)
        self.refund_button.setEnabled(is_sale)

    def _emit(self, signal: Signal) -> None:
        order = self.selected()
        if order is not None and order.kind == "order":
            signal.emit(order.receipt_id)  # type: ignore[attr-defined]
        elif order is not None and order.kind == "refund" and signal is self.reprint_requested:
            self.slip_requested.emit(order.local_id)
