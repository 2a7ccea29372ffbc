"""Money for people: Decimal amounts in the store's currency, written and read the locale's way (Babel, CLDR).

``MoneyFormatter("EUR", "de_DE").format(Decimal("-1234567.5"))`` is ``-1.234.567,50 €``; en_IN groups in lakhs
(``₹12,34,567.50``), de_CH writes ``CHF 1'234.50``, ja_JP ``￥1,250``. The number of decimals is the currency's
(:func:`register.money.currency_exponent`, CLDR's too), every rounding here is half up and named, and a float
is a TypeError. :meth:`MoneyFormatter.parse` reads what a cashier typed, the locale's way (``22,00`` in de_DE)
or plain (``22.00``), into the plain decimal text the core reads.
"""

from __future__ import annotations

from decimal import Decimal

from babel import Locale
from babel.numbers import format_currency, get_currency_name, get_currency_symbol, get_plus_sign_symbol

from register.money import Rounding, currency_exponent, parse_typed_decimal, quantize
from ui import i18n

_REMEMBERED = 4096
"""Amounts a formatter remembers (then it starts again)."""


def _bound(cache: dict[Decimal, str]) -> None:
    if len(cache) > _REMEMBERED:
        cache.clear()


class MoneyFormatter:
    """Formats and reads Decimal amounts of one currency in one locale (the register's, by default)."""

    def __init__(self, currency: str, locale: str | Locale | None = None) -> None:
        self.currency = currency.strip().upper()
        self.locale = str(locale) if locale is not None else i18n.current().locale
        self.exponent = currency_exponent(self.currency)
        self.symbol = get_currency_symbol(self.currency, self.locale)
        self._formatted: dict[Decimal, str] = {}
        self._numbers: dict[Decimal, str] = {}

    def _exact(self, value: Decimal) -> Decimal:
        if isinstance(value, float) or not isinstance(value, Decimal | int):
            raise TypeError("money is never a float: pass a Decimal")
        return quantize(Decimal(value), self.exponent, Rounding.HALF_UP)

    def number(self, value: Decimal) -> str:
        """``1,234.50`` / ``1.234,50``: the amount at the currency's exponent, without the symbol."""
        exact = self._exact(value)
        text = self._numbers.get(exact)
        if text is None:
            text = self._numbers[exact] = i18n.number(exact, self.exponent, self.locale)
            _bound(self._numbers)
        return text

    def format(self, value: Decimal) -> str:
        """``$1,234.50``, ``1.234,50 €``, ``-$3.00``: where the locale puts the symbol and the sign.

        Remembered per amount (a cart repaints the same prices on every scan; Babel takes ~40 µs an amount)."""
        exact = self._exact(value)
        text = self._formatted.get(exact)
        if text is None:
            text = self._formatted[exact] = self._spaced(format_currency(exact, self.currency, locale=self.locale))
            _bound(self._formatted)
        return text

    def _spaced(self, text: str) -> str:
        """CLDR's currency spacing, which Babel leaves out: a symbol made of letters (``CHF``, ``SEK``) is kept
        apart from the digits by a no-break space (``CHF 12.50``, not ``CHF12.50``; ``$12.50`` stays)."""
        symbol = self.symbol
        at = text.find(symbol)
        if at < 0 or not symbol:
            return text
        end = at + len(symbol)
        if symbol[-1].isalpha() and end < len(text) and text[end].isdigit():
            text = text[:end] + "\xa0" + text[end:]
        if symbol[0].isalpha() and at > 0 and text[at - 1].isdigit():
            text = text[:at] + "\xa0" + text[at:]
        return text

    def signed(self, value: Decimal) -> str:
        """``+$5.00`` / ``-$3.00`` / ``$0.00``: for differences."""
        exact = self._exact(value)
        text = self.format(exact)
        return get_plus_sign_symbol(self.locale) + text if exact > 0 else text

    def example(self, value: str = "2.50") -> str:
        """How to type an amount here (``2,50`` in fr_FR): for placeholders."""
        return self.number(Decimal(value))

    def name(self) -> str:
        """The currency's name in the locale's language (``franc suisse``)."""
        return get_currency_name(self.currency, locale=self.locale)

    def parse(self, text: str) -> str:
        """What a cashier typed, as the plain decimal text the core reads (``"1.234,50"`` → ``"1234.50"`` in de_DE).

        Text that is no number either way goes to the core unchanged: its parser says what to type."""
        stripped = text.strip()
        if not stripped:
            return ""
        try:
            return format(parse_typed_decimal(stripped, self.locale, self.currency), "f")
        except ValueError:
            return stripped

    def parse_decimal(self, text: str) -> Decimal:
        """What a cashier typed, as a Decimal; ValueError when it is no number."""
        return parse_typed_decimal(text, self.locale, self.currency)
