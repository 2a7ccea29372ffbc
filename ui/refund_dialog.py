"""A refund against one order: how many of each line come back, to the original tender or in cash, why,
and a manager's approval. The amounts are the core's (proportional to what was paid)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QCheckBox, QWidget

from ui.form_dialog import FormDialog
from ui.money_format import MoneyFormatter


def order_lines(order: dict[str, Any]) -> list[dict[str, Any]]:
    """The refundable lines of an order body, in the refund service's index order."""
    return [*(order.get("lineItems") or []), *(order.get("customSales") or [])]


class RefundDialog(FormDialog):
    """One quantity field per line of the order (0: not refunded), a reason, manager and PIN."""

    def __init__(self, receipt_id: str, order: dict[str, Any], fmt: MoneyFormatter, parent: QWidget | None = None,
                 *, manager: str = "") -> None:
        super().__init__(f"Refund {receipt_id}", "How many of each line come back? 0 keeps the line. The money goes "
                         "back to the original payment (cards first) unless you tick cash.", "Refund", parent)
        self.setObjectName("refundDialog")
        self.receipt_id = receipt_id
        self.line_count = 0
        for i, line in enumerate(order_lines(order)):
            sold = Decimal(str(line.get("quantity") or 0)).normalize()
            name = str(line.get("name") or "Item").replace("&", "&&")  # not a mnemonic
            label = f"{name}  (sold {sold:f}, {fmt.format(Decimal(str(line.get('total') or 0)))})"
            self.add_field(f"line_{i}", label, text="0")
            self.line_count += 1
        self.add_field("reason", "&Reason", placeholder="damaged, wrong size…")
        self.to_cash = QCheckBox("Give the money back in &cash", objectName="toCashCheck")
        self.form.addRow(self.to_cash)
        self.add_field("manager", "&Manager", text=manager)
        self.add_field("pin", "&PIN", pin=True)

    def quantities(self) -> dict[int, str]:
        """Line index → quantity typed, for the lines not left at 0."""
        values = self.values()
        out = {}
        for i in range(self.line_count):
            text = values[f"line_{i}"]
            if text and text not in ("0", "0.0", "0.00"):
                out[i] = text
        return out
