"""The sell screen: products (tiles and search) on the left, the cart and its totals on the right.

A plain widget: it shows what it is given (a priced cart, the catalog) and emits what the cashier asks
for; :class:`ui.sell_flow.SellFlow` turns the requests into checkout calls. A barcode scanner works
wherever the focus is (:mod:`ui.scanner`); typing outside a field goes to the search box.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from register.services.catalog import CatalogIndex
from register.services.checkout import Priced
from ui.cart_model import CartTableModel, totals_rows
from ui.cart_table import CartTable
from ui.catalog_panel import CatalogPanel
from ui.money_format import MoneyFormatter
from ui.scanner import BarcodeScanner
from ui.widgets import NoticeLabel, PlainLabel, action_button


class SellView(QWidget):
    """Catalog, cart, totals and the line actions, each with its key."""

    back_requested = Signal()
    code_scanned = Signal(str)
    item_chosen = Signal(object)
    variants_requested = Signal(object)
    """A product with several variants was tapped: its variants (a tuple of :class:`CatalogItem`)."""
    quantity_step_requested = Signal(str, int)
    """(line id, +1 or −1)."""
    quantity_requested = Signal(str)
    remove_requested = Signal(str)
    pay_requested = Signal()
    park_requested = Signal()
    parked_requested = Signal()
    orders_requested = Signal()
    discount_requested = Signal(str)
    cart_discount_requested = Signal()
    customer_requested = Signal()
    note_requested = Signal(str)
    price_requested = Signal(str)
    custom_sale_requested = Signal()
    fee_requested = Signal()
    priced_shown = Signal(object)
    """The :class:`Priced` cart now on screen (the customer display follows it)."""

    def __init__(self, fmt: MoneyFormatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.priced: Priced | None = None
        self.model = CartTableModel(fmt)
        self._totals_labels: list[tuple[QLabel, QLabel]] = []
        self._setup_ui()
        self.scanner = BarcodeScanner(self)
        self.scanner.scanned.connect(self.code_scanned)
        self.scanner.typed.connect(self.catalog.search_for)
        self._update_buttons()

    def _setup_ui(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(16)
        self.catalog = CatalogPanel(self.fmt)
        self.catalog.item_chosen.connect(self.item_chosen)
        self.catalog.variants_requested.connect(self.variants_requested)
        self.catalog.code_entered.connect(self.code_scanned)
        layout.addWidget(self.catalog, 4)

        right = QVBoxLayout()
        right.setSpacing(8)
        self.customer_label = PlainLabel(objectName="cartCustomer")
        right.addWidget(self.customer_label)
        self.table = CartTable(objectName="cartTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # fixed widths from the font, never "resize to contents": that reads every row of the cart on each change
        metrics = self.table.fontMetrics()
        widest = {1: self.tr("Qty") + " 9999.5", 2: self.fmt.format(Decimal("99999.99")),
                  3: self.fmt.format(Decimal("-999999.99"))}
        titles = header.fontMetrics()
        for column, sample in widest.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))  # "Prix unitaire" is wider
            header.resizeSection(column, max(metrics.horizontalAdvance(sample),
                                             titles.horizontalAdvance(title) + 8) + 28)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self._emit_for_line(self.quantity_requested))
        right.addWidget(self.table, 1)

        buttons = QWidget(objectName="sellButtons")
        grid = QGridLayout(buttons)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.minus_button = action_button("−", "Ctrl+-", name="minusButton", role="secondary")
        self.minus_button.clicked.connect(lambda: self._step(-1))
        self.plus_button = action_button("+", "Ctrl++", name="plusButton", role="secondary")
        self.plus_button.clicked.connect(lambda: self._step(1))
        self.quantity_button = action_button(self.tr("Quantity"), "F4", name="quantityButton", role="secondary")
        self.quantity_button.clicked.connect(lambda: self._emit_for_line(self.quantity_requested))
        self.remove_button = action_button(self.tr("Remove"), "Del", name="removeButton", role="secondary")
        self.remove_button.clicked.connect(lambda: self._emit_for_line(self.remove_requested))
        self.discount_button = action_button(self.tr("Discount"), "F6", name="discountButton", role="secondary")
        self.discount_button.clicked.connect(lambda: self._emit_for_line(self.discount_requested))
        self.search_button = action_button(self.tr("Search"), "F3", name="searchButton", role="secondary")
        self.search_button.clicked.connect(self.focus_search)
        self.cart_discount_button = action_button(self.tr("Cart discount"), "F5", name="cartDiscountButton",
                                                  role="secondary")
        self.cart_discount_button.clicked.connect(self.cart_discount_requested)
        self.customer_button = action_button(self.tr("Customer"), "F7", name="customerButton", role="secondary")
        self.customer_button.clicked.connect(self.customer_requested)
        self.note_button = action_button(self.tr("Note"), "Ctrl+N", name="noteButton", role="secondary")
        self.note_button.clicked.connect(lambda: self._emit_for_line(self.note_requested))
        self.price_button = action_button(self.tr("Price"), "Ctrl+O", name="priceButton", role="secondary")
        self.price_button.setToolTip(self.tr("Override the price: a manager approves") + " (Ctrl+O)")
        self.price_button.clicked.connect(lambda: self._emit_for_line(self.price_requested))
        self.custom_button = action_button(self.tr("Custom sale"), "F2", name="customSaleButton", role="secondary")
        self.custom_button.clicked.connect(self.custom_sale_requested)
        self.fee_button = action_button(self.tr("Fee"), "Ctrl+E", name="feeButton", role="secondary")
        self.fee_button.setToolTip(self.tr("A fee on the whole sale, e.g. delivery") + " (Ctrl+E)")
        self.fee_button.clicked.connect(self.fee_requested)
        for n, button in enumerate((self.minus_button, self.plus_button, self.quantity_button, self.discount_button,
                                    self.remove_button, self.search_button, self.cart_discount_button,
                                    self.customer_button, self.note_button, self.price_button, self.custom_button,
                                    self.fee_button)):
            grid.addWidget(button, n // 4, n % 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        right.addWidget(buttons)

        totals = QFrame(objectName="card")
        totals_layout = QVBoxLayout(totals)
        totals_layout.setContentsMargins(16, 10, 16, 10)
        self.totals_grid = QGridLayout()
        self.totals_grid.setColumnStretch(0, 1)
        totals_layout.addLayout(self.totals_grid)
        total_row = QHBoxLayout()
        total_row.addWidget(PlainLabel(self.tr("Total"), objectName="totalCaption"))
        total_row.addStretch(1)
        self.total_label = PlainLabel(self.fmt.format(Decimal(0)), objectName="cartTotal")
        total_row.addWidget(self.total_label)
        totals_layout.addLayout(total_row)
        right.addWidget(totals)
        self.notice = NoticeLabel(self)
        right.addWidget(self.notice)

        actions_box = QWidget(objectName="sellActions")
        actions = QHBoxLayout(actions_box)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(8)
        self.back_button = action_button(self.tr("Home"), "Esc", name="sellBackButton", role="secondary")
        self.back_button.clicked.connect(self.back_requested)
        actions.addWidget(self.back_button)
        self.park_button = action_button(self.tr("Park"), "F8", name="parkButton", role="secondary")
        self.park_button.clicked.connect(self.park_requested)
        self.parked_button = action_button(self.tr("Parked"), "F9", name="parkedButton", role="secondary")
        self.parked_button.clicked.connect(self.parked_requested)
        self.orders_button = action_button(self.tr("Orders"), "F10", name="ordersButton", role="secondary")
        self.orders_button.clicked.connect(self.orders_requested)
        for button in (self.park_button, self.parked_button, self.orders_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.pay_button = action_button(self.tr("Pay"), "F12", name="payButton")
        self.pay_button.setMinimumHeight(64)
        self.pay_button.clicked.connect(self.pay_requested)
        actions.addWidget(self.pay_button)
        self.actions_row = actions
        right.addWidget(actions_box)
        layout.addLayout(right, 6)

    # showing -------------------------------------------------------------------------------------
    def set_catalog(self, index: CatalogIndex, categories: Sequence[Mapping[str, Any]]) -> None:
        """The products to sell."""
        self.catalog.set_catalog(index, categories)

    def set_priced(self, priced: Priced) -> None:
        """Show the cart as the engine priced it; the line that changed is selected (else the same one)."""
        # by identity: an unchanged line is the very same object (hashing 200 frozen lines costs a millisecond)
        before = {id(line) for line in self.priced.state.lines} if self.priced is not None else set()
        changed = [line.line_id for line in priced.state.lines if id(line) not in before]
        keep = changed[-1] if changed else self.selected_line_id()
        old_row = self.table.currentIndex().row()
        self.priced = priced
        self.model.set_priced(priced)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount():
            row = min(max(old_row, 0), self.model.rowCount() - 1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        rows = totals_rows(priced, self.fmt)
        while len(self._totals_labels) < len(rows):  # labels are reused: no widget churn on every scan
            caption, value = PlainLabel(objectName="totalsCaption"), PlainLabel(objectName="totalsValue")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            n = len(self._totals_labels)
            self.totals_grid.addWidget(caption, n, 0)
            self.totals_grid.addWidget(value, n, 1)
            self._totals_labels.append((caption, value))
        for n, (caption, value) in enumerate(self._totals_labels):
            shown = n < len(rows)
            caption.setText(rows[n][0] if shown else "")
            value.setText(rows[n][1] if shown else "")
            caption.setVisible(shown)
            value.setVisible(shown)
        self.total_label.setText(self.fmt.format(priced.total))
        customer = priced.state.customer_name
        self.customer_label.setText(self.tr("Customer: {name}").format(name=customer) if customer else "")
        self.customer_label.setVisible(bool(customer))
        self._update_buttons()
        self.priced_shown.emit(priced)

    def totals_text(self) -> str:
        """The totals panel as text (for tests and screen readers)."""
        rows = [f"{caption.text()}\t{value.text()}" for caption, value in self._totals_labels if caption.text()]
        return "\n".join([*rows, self.tr("Total") + "\t" + self.total_label.text()])

    def show_message(self, text: str, kind: str = "error") -> None:
        """A message under the totals (never a modal box: the queue keeps moving)."""
        self.notice.show_message(text, kind)

    def focus_search(self) -> None:
        """F3: the search box, its text selected."""
        self.catalog.search_edit.setFocus()
        self.catalog.search_edit.selectAll()

    def selected_line_id(self) -> str | None:
        """The selected cart line (None: no line)."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.line(rows[0].row()).line_id if rows else None

    def select_line(self, line_id: str) -> None:
        """Select a cart line."""
        row = self.model.row_of(line_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        has_line = self.selected_line_id() is not None
        self.pay_button.setEnabled(self.model.rowCount() > 0)
        self.park_button.setEnabled(self.model.rowCount() > 0)
        for button in (self.minus_button, self.plus_button, self.quantity_button, self.discount_button,
                       self.remove_button, self.note_button, self.price_button):
            button.setEnabled(has_line)
        self.cart_discount_button.setEnabled(self.model.rowCount() > 0)
        # fees stay when the last line goes: the button stays too, to take them off
        self.fee_button.setEnabled(self.model.rowCount() > 0 or bool(self.priced and self.priced.state.fees))

    def _step(self, delta: int) -> None:
        line_id = self.selected_line_id()
        if line_id is not None:
            self.quantity_step_requested.emit(line_id, delta)

    def _emit_for_line(self, signal: Any) -> None:
        line_id = self.selected_line_id()
        if line_id is not None:
            signal.emit(line_id)

