"""Money for people: Decimal amounts formatted with the locale's separators and the currency's symbol.

Amounts stay Decimals to the last character (no float ever carries them); QLocale gives the decimal point
and the group separator, and the symbol when the locale's own currency is the store's.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QLocale

from register.money import currency_exponent

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "CA$", "JPY": "¥"}


def display_locale() -> QLocale:
    """The system locale, or US English when the system has none (the C locale of a bare server)."""
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return system


class MoneyFormatter:
    """Formats Decimal amounts of one currency."""

    def __init__(self, currency: str, locale: QLocale | None = None) -> None:
        self.currency = currency.upper()
        self.locale = locale or display_locale()
        self.exponent = currency_exponent(self.currency)
        own = self.locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        if own == self.currency:
            self.symbol = self.locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
        else:
            self.symbol = SYMBOLS.get(self.currency, self.currency + " ")

    def number(self, value: Decimal) -> str:
        """``1,234.50``: the amount at the currency's exponent, without symbol or sign."""
        quantum = Decimal(1).scaleb(-self.exponent)
        text = format(abs(value).quantize(quantum, ROUND_HALF_UP), "f")
        whole, _, fraction = text.partition(".")
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        result = self.locale.groupSeparator().join(groups)
        return result + (self.locale.decimalPoint() + fraction if fraction else "")

    def format(self, value: Decimal) -> str:
        """``$1,234.50``; negative amounts with a minus sign in front (``−$3.00``)."""
        if isinstance(value, float):
            raise TypeError("money is never a float")
        quantum = Decimal(1).scaleb(-self.exponent)
        sign = "−" if value.quantize(quantum, ROUND_HALF_UP) < 0 else ""
        return f"{sign}{self.symbol}{self.number(value)}"

    def signed(self, value: Decimal) -> str:
        """``+$5.00`` / ``−$3.00`` / ``$0.00``: for differences."""
        text = self.format(value)
        return text if text.startswith("−") or value == 0 else "+" + text
