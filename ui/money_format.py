"""Money for people: Decimal amounts in the store's currency, written and read the locale's way (Babel, CLDR).

``MoneyFormatter("EUR", "de_DE").format(Decimal("-1234567.5"))`` is ``-1.234.567,50 €``; en_IN groups in lakhs
(``₹12,34,567.50``), de_CH writes ``CHF 1'234.50``, ja_JP ``￥1,250``. The number of decimals is the currency's
(:func:`register.money.currency_exponent`, CLDR's too), every rounding here is half up and named, and a float
is a TypeError. :meth:`MoneyFormatter.parse` reads what a cashier typed, the locale's way (``22,00`` in de_DE)
or plain (``22.00``), into the plain decimal text the core reads.
"""

from __future__ import annotations

import functools
from decimal import Decimal

from babel import Locale
from babel.numbers import (
    format_currency,
    get_currency_name,
    get_currency_symbol,
    get_group_symbol,
    get_plus_sign_symbol,
)

from register.money import Rounding, currency_exponent, parse_typed_decimal, quantize
from ui import i18n

_REMEMBERED = 4096
"""Amounts a formatter remembers (then it starts again)."""


def _bound(cache: dict[Decimal, str]) -> None:
    if len(cache) > _REMEMBERED:
        cache.clear()


_MARK = "8"
"""The integer part of the amounts formatted once by Babel to learn where the locale puts the digits."""


_PROBES = tuple(Decimal(v) for v in ("0", "0.5", "-0.5", "7.25", "999.99", "1000", "-1000", "12345.67", "-123456.78",
                                      "1234567.89", "-9876543.21", "12345678901.23", "-100000000000"))
"""Amounts a template must write exactly as Babel does before it is used."""


class _Template:
    """An amount the locale's way without Babel's per-call lookups (~40 µs an amount, and a scan changes five):
    Babel formats ±8 once; each amount then puts its own digits, grouped as Babel groups them, where the 8 and its
    fraction stood. None of it when the locale's digits are not ASCII or the 8 cannot be found once: Babel then
    formats every amount (:meth:`MoneyFormatter.format`)."""

    def __init__(self, formatter: MoneyFormatter) -> None:
        locale = Locale.parse(formatter.locale)
        pattern = locale.currency_formats["standard"]
        self.grouping = tuple(pattern.grouping)
        self.group = get_group_symbol(formatter.locale)
        exponent = formatter.exponent
        self.parts: dict[bool, tuple[str, str, str]] = {}
        for negative in (False, True):
            sample = Decimal(f"{'-' if negative else ''}{_MARK}")
            text = formatter.babel(quantize(sample, exponent, Rounding.HALF_UP))
            zeros = "0" * exponent
            if sum(ch.isdigit() for ch in text) != 1 + exponent or text.count(_MARK) != 1:
                raise ValueError("no template for this locale")
            at = text.index(_MARK)
            after = text[at + 1:]
            if exponent:
                start = after.find(zeros)
                if start < 0:
                    raise ValueError("no template for this locale")
                decimal, suffix = after[:start], after[start + exponent:]
            else:
                decimal, suffix = "", after
            self.parts[negative] = (text[:at], decimal, suffix)
        for probe in _PROBES:  # Babel has its quirks (en_CH groups only past eight digits): then Babel it is
            exact = quantize(probe, exponent, Rounding.HALF_UP)
            if self.format(exact) != formatter.babel(exact):
                raise ValueError("the template writes other text than Babel")

    def digits(self, integer: str) -> str:
        """Babel's grouping (``NumberPattern._format_int``): the first group's size, then the second's."""
        size = self.grouping[0]
        if size <= 0 or len(integer) <= size:
            return integer
        out = ""
        while len(integer) > size:
            out = self.group + integer[-size:] + out
            integer = integer[:-size]
            size = self.grouping[1]
        return integer + out

    def format(self, exact: Decimal) -> str:
        prefix, decimal, suffix = self.parts[exact < 0]
        integer, _, fraction = format(abs(exact), "f").partition(".")
        return f"{prefix}{self.digits(integer)}{decimal}{fraction}{suffix}" if fraction else \
            f"{prefix}{self.digits(integer)}{suffix}"


class MoneyFormatter:
    """Formats and reads Decimal amounts of one currency in one locale (the register's, by default)."""

    def __init__(self, currency: str, locale: str | Locale | None = None) -> None:
        self.currency = currency.strip().upper()
        self.locale = str(locale) if locale is not None else i18n.current().locale
        self.exponent = currency_exponent(self.currency)
        self.symbol = get_currency_symbol(self.currency, self.locale)
        self._formatted: dict[Decimal, str] = {}
        self._numbers: dict[Decimal, str] = {}

    @functools.cached_property
    def _template(self) -> _Template | None:
        """The locale's template, made at the first new amount (it checks itself against Babel: a millisecond)."""
        try:
            return _Template(self)
        except (ValueError, KeyError, IndexError):
            return None

    def _exact(self, value: Decimal) -> Decimal:
        if isinstance(value, float) or not isinstance(value, Decimal | int):
            raise TypeError("money is never a float: pass a Decimal")
        exact = quantize(Decimal(value), self.exponent, Rounding.HALF_UP)
        return exact if exact else exact.copy_abs()  # -0.001 is "$0.00", never "-$0.00"

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

        Remembered per amount; a new amount is written from the locale's template (:class:`_Template`), the very
        text Babel writes (a test compares them over many locales and amounts)."""
        exact = self._exact(value)
        text = self._formatted.get(exact)
        if text is None:
            template = self._template
            text = template.format(exact) if template is not None else self.babel(exact)
            self._formatted[exact] = text
            _bound(self._formatted)
        return text

    def babel(self, exact: Decimal) -> str:
        """``exact`` (at the currency's exponent) formatted by Babel, with CLDR's currency spacing."""
        return self._spaced(format_currency(exact, self.currency, locale=self.locale))

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
