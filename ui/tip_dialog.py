"""The tip: a preset percentage in one tap (each shows what it comes to), a typed amount, or no tip.

``submitted`` carries ``percentage`` and ``amount`` (one of them, or both empty for no tip); the dialog stays
open until the caller says it worked (``accept``) or why not (``show_error``).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from ui import i18n
from ui.form_dialog import FormDialog
from ui.widgets import action_button

translate = QCoreApplication.translate

COLUMNS = 2


class TipDialog(FormDialog):
    """Presets (Ctrl+1, Ctrl+2…), No tip (Ctrl+0), or an amount and Set tip (Ctrl+Return)."""

    def __init__(self, presets: Sequence[tuple[Decimal, str]], current: str, parent: QWidget | None = None, *,
                 example: str = "2.00") -> None:
        """``presets``: (percentage, what it comes to, formatted); ``current``: the tip now ("" for none)."""
        guidance = translate("TipDialog", "A percentage of the items (before tax), or type an amount.")
        if current:
            guidance += " " + translate("TipDialog", "The tip now: {amount}.").format(amount=current)
        super().__init__(translate("TipDialog", "Tip"), guidance, translate("TipDialog", "Set tip"), parent)
        self.setObjectName("tipDialog")
        self.set_min_width(600)
        panel = QWidget(objectName="tipPresets")
        grid = QGridLayout(panel)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.preset_buttons: list[QPushButton] = []
        for n, (percentage, amount) in enumerate(presets):
            button = action_button(self.tr("{percent}  ({amount})").format(percent=i18n.percent(percentage),
                                                                             amount=amount), f"Ctrl+{n + 1}",
                                   name="tipPresetButton", role="secondary")
            button.clicked.connect(lambda _=False, p=percentage: self._choose(format(p.normalize(), "f"), ""))
            self.preset_buttons.append(button)
        self.no_tip_button = action_button(self.tr("No tip"), "Ctrl+0", name="noTipButton", role="secondary")
        self.no_tip_button.clicked.connect(lambda: self._choose("", ""))
        for n, button in enumerate((*self.preset_buttons, self.no_tip_button)):
            grid.addWidget(button, n // COLUMNS, n % COLUMNS)
        self.form.addRow(panel)
        self.amount_edit = self.add_field("amount", self.tr("&Amount"), numeric=True,
                                          placeholder=self.tr("a tip amount, e.g. {example}").format(example=example))

    def _choose(self, percentage: str, amount: str) -> None:
        self.notice.clear_message()
        self.submitted.emit({"percentage": percentage, "amount": amount})

    def values(self) -> dict[str, str]:
        """The typed amount (no percentage: the presets submit at once)."""
        return {"percentage": "", "amount": self.amount_edit.text().strip()}

    def _on_confirm_clicked(self) -> None:
        if not self.amount_edit.text().strip():
            self.show_error(self.tr("Type the tip amount, or choose a percentage or No tip."))
            self.amount_edit.setFocus()
            return
        super()._on_confirm_clicked()
