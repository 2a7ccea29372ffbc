"""The station's settings as a manager sees them: the store's currency and cash rounding (set at first run or by
provisioning, shown here), and the screens' language (the OS locale's, or one chosen here; a manager approves)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from register.services.cart import PricingSettings
from ui import i18n
from ui.form_dialog import FormDialog
from ui.money_format import MoneyFormatter
from ui.widgets import PlainLabel, touch_combo

translate = QCoreApplication.translate


class SettingsDialog(FormDialog):
    """Currency and cash rounding (read-only), language (a choice), manager and PIN."""

    def __init__(self, pricing: PricingSettings, chosen: str | None, parent: QWidget | None = None, *,
                 manager: str = "") -> None:
        super().__init__(translate("SettingsDialog", "Settings"),
                         translate("SettingsDialog", "The store's currency and cash rounding are set when the register "
                                   "is set up (first run or provisioning). The language applies from the next start."),
                         translate("SettingsDialog", "Save settings"), parent)
        self.setObjectName("settingsDialog")
        fmt = MoneyFormatter(pricing.currency)
        self.currency_label = PlainLabel(f"{pricing.currency} — {fmt.name()}", objectName="settingsCurrency")
        self.form.addRow(self.tr("Currency"), self.currency_label)
        step = pricing.cash_increment
        rounding = fmt.format(step) if step else self.tr("none (to the {unit})").format(
            unit=fmt.format(Decimal(1).scaleb(-fmt.exponent)))
        self.rounding_label = PlainLabel(rounding, objectName="settingsCashRounding")
        self.form.addRow(self.tr("Cash rounding"), self.rounding_label)
        self.figures_label = PlainLabel(fmt.format(Decimal("-1234.5")) + "   " + i18n.date_time(datetime.now()),
                                    objectName="settingsFigures")
        self.form.addRow(self.tr("Figures"), self.figures_label)
        self.language_combo = touch_combo(QComboBox(objectName="languageCombo"))
        system = i18n.resolve(None)
        self.language_combo.addItem(self.tr("As this computer ({language})").format(
            language=i18n.LANGUAGES[system.language]), "")
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(chosen or "")))
        self.form.addRow(self.tr("&Language"), self.language_combo)
        self.add_field("manager", self.tr("&Manager"), text=manager)
        self.add_field("pin", self.tr("&PIN"), pin=True)

    def values(self) -> dict[str, str]:
        """Manager, PIN and ``language`` ("" to follow the computer)."""
        return {**super().values(), "language": str(self.language_combo.currentData() or "")}
