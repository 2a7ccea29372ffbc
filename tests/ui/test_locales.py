"""Amounts, percentages and dates the locale's way (Babel, CLDR), typed amounts read back, and the screens'
language: en_US, de_DE, fr_FR, de_CH, ja_JP (and en_IN, whose lakh grouping a hand-made formatter got wrong)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from register.receipts import build_receipt
from register.services.cart import InputError
from register.services.wire_bodies import sale_from_body
from ui import i18n
from ui.errors import plain_words, set_money
from ui.money_format import MoneyFormatter
from ui.receipt_html import receipt_html, receipt_lines

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(("locale", "currency", "positive", "negative", "number"), [
    ("en_US", "USD", "$1,234.50", "-$1,234.50", "1,234.50"),
    ("de_DE", "EUR", f"1.234,50{NBSP}€", f"-1.234,50{NBSP}€", "1.234,50"),
    ("fr_FR", "EUR", f"1{NNBSP}234,50{NBSP}€", f"-1{NNBSP}234,50{NBSP}€", f"1{NNBSP}234,50"),
    ("de_CH", "CHF", f"CHF{NBSP}1'234.50", "CHF-1'234.50", "1'234.50"),
    ("fr_CH", "CHF", f"1'234,50{NBSP}CHF", f"-1'234,50{NBSP}CHF", "1'234,50"),
    ("ja_JP", "JPY", "￥1,235", "-￥1,235", "1,235"),  # no decimals: 1234.5 rounds half up
    ("en_IN", "INR", "₹1,234.50", "-₹1,234.50", "1,234.50"),
])
def test_amounts_are_written_the_locales_way(locale: str, currency: str, positive: str, negative: str,
                                             number: str) -> None:
    fmt = MoneyFormatter(currency, locale)
    assert fmt.format(Decimal("1234.5")) == positive
    assert fmt.format(Decimal("-1234.5")) == negative
    assert fmt.number(Decimal("1234.5")) == number
    with pytest.raises(TypeError):
        fmt.format(1234.5)  # type: ignore[arg-type]


def test_lakhs_and_the_currencys_own_decimals() -> None:
    assert MoneyFormatter("INR", "en_IN").format(Decimal("1234567.5")) == "₹12,34,567.50"
    assert MoneyFormatter("EUR", "de_DE").format(Decimal("-1234567.505")) == f"-1.234.567,51{NBSP}€"  # half up
    assert MoneyFormatter("KWD", "en_US").format(Decimal("1.2345")) == "KWD\u00a01.235"  # three decimals
    assert MoneyFormatter("USD", "en_US").signed(Decimal("5")) == "+$5.00"
    assert MoneyFormatter("CHF", "de_CH").signed(Decimal("-3")) == "CHF-3.00"


@pytest.mark.parametrize(("locale", "currency", "typed", "plain"), [
    ("en_US", "USD", "1,234.50", "1234.50"), ("en_US", "USD", "22.00", "22.00"), ("en_US", "USD", "$3", "3"),
    ("de_DE", "EUR", "22,00", "22.00"), ("de_DE", "EUR", "1.234,50 €", "1234.50"), ("de_DE", "EUR", "22.00", "22.00"),
    ("fr_FR", "EUR", "1 234,50", "1234.50"), ("fr_FR", "EUR", "12,5", "12.5"), ("fr_FR", "EUR", "12.50", "12.50"),
    ("de_CH", "CHF", "1'234.50", "1234.50"), ("de_CH", "CHF", "CHF 0.05", "0.05"),
    ("ja_JP", "JPY", "￥1,250", "1250"), ("ja_JP", "JPY", "2000", "2000"),
])
def test_typed_amounts_become_the_cores_plain_decimals(locale: str, currency: str, typed: str, plain: str) -> None:
    fmt = MoneyFormatter(currency, locale)
    assert fmt.parse(typed) == plain
    assert fmt.parse(fmt.format(Decimal(plain))) == format(Decimal(plain).quantize(
        Decimal(1).scaleb(-fmt.exponent)), "f")  # what the screen shows reads back
    assert fmt.parse("") == "" and fmt.parse("12,3,4") == "12,3,4"  # no number: the core says what to type


@pytest.mark.parametrize(("locale", "percent", "when", "clock"), [
    ("en_US", "6.25%", "Mar 5, 2026, 2:30:00\u202fPM", "2:30\u202fPM"),
    ("de_DE", f"6,25{NBSP}%", "05.03.2026, 14:30:00", "14:30"),
    ("fr_FR", f"6,25{NBSP}%", "5 mars 2026, 14:30:00", "14:30"),
    ("de_CH", "6.25%", "05.03.2026, 14:30:00", "14:30"),
    ("ja_JP", "6.25%", "2026/03/05 14:30:00", "14:30"),
])
def test_percentages_and_dates_the_locales_way(locale: str, percent: str, when: str, clock: str) -> None:
    moment = datetime(2026, 3, 5, 14, 30)
    assert i18n.percent(Decimal("6.25"), locale) == percent
    assert i18n.percent(Decimal("20"), locale) == percent.replace("6.25", "20").replace("6,25", "20")
    assert i18n.date_time(moment, locale) == when
    assert i18n.clock(moment, locale) == clock
    assert i18n.quantity(Decimal("1.500"), locale) in ("1.5", "1,5")


@pytest.mark.parametrize(("chosen", "system", "language", "locale"), [
    (None, "en_US", "en", "en_US"), (None, "fr_FR", "fr", "fr_FR"), (None, "es_US", "es", "es_US"),
    (None, "de_CH", "en", "de_CH"),  # no German screens yet: English words, Swiss figures
    ("es", "en_US", "es", "es_US"),  # a US store's Spanish-first cashier: Spanish words, US figures
    ("fr", "de_CH", "fr", "fr_CH"), ("fr", "ja_JP", "fr", "fr"), ("en", "fr_FR", "en", "en_FR"),
    ("xx", "fr_FR", "fr", "fr_FR"), (None, "C", "en", "en_US"),
])
def test_the_language_follows_the_os_unless_chosen(chosen: str | None, system: str, language: str,
                                                   locale: str) -> None:
    assert i18n.resolve(chosen, system) == i18n.Localization(language, locale, chosen if chosen in i18n.LANGUAGES
                                                             else None)


def test_the_translations_load_and_switch(qapp: Any) -> None:
    translate = QCoreApplication.translate
    try:
        for language, sell, options in (("es", "Vender", "1 opción"), ("fr", "Vendre", "1 option"),
                                        ("en", "Sell", "1 option")):
            loc = i18n.apply(language)
            assert loc.language == language
            assert translate("SessionHomeView", "Sell") == sell
            assert translate("CatalogPanel", "%n options", "", 1) == options  # English has its plural forms too
        assert translate("CatalogPanel", "%n options", "", 3) == "3 options"
    finally:
        i18n.apply(None)


def test_the_cores_refusals_are_said_in_the_screens_language(qapp: Any) -> None:
    try:
        i18n.apply("fr", system="fr_FR")
        set_money(MoneyFormatter("EUR").format)
        assert plain_words(InputError("12.50 is still due")) == f"Il reste 12,50{NBSP}€ à payer"
        assert plain_words(InputError("quantity: must be more than zero (to take an item off, remove the line)")) \
            .startswith("Quantité : elle doit être supérieure à zéro")
        assert plain_words(InputError("tip: must be between 0 and 100")) == \
            "Pourboire : doit être compris entre 0 et 100"
        assert plain_words(InputError("something new")) == "Something new"  # not one of the core's: as it is
        i18n.apply("es", system="es_US")
        assert plain_words(InputError("That name and PIN do not match.")) == "Ese nombre y ese PIN no coinciden."
    finally:
        set_money(None)
        i18n.apply(None)


def test_a_receipt_in_french_on_screen_and_on_paper(qapp: Any) -> None:
    order = {"currency": "EUR", "receiptId": "R1-7", "cartDiscount": {"label": "Fidélité", "amount": "10.00"},
             "summary": {"subTotal": "1234.50", "total": "1291.85", "discountTotal": "10.00",
                         "taxes": [{"name": "TVA", "percentage": "5.5", "amount": "67.35"}]},
             "lineItems": [{"name": "Café crème", "quantity": "1.5", "price": "823.00", "total": "1291.85",
                            "totalTax": "67.35"}],
             "paymentMethods": [{"paymentType": "cash", "amount": "1291.85", "change": "8.15"}],
             "_receipt": {"lines": [{"amount": "1234.50", "discount": "0.00"}]}}
    try:
        i18n.apply("fr", system="fr_FR")
        receipt = build_receipt(sale_from_body(order), cashier="Dana", when=datetime(2026, 3, 5, 14, 30))
        fmt = MoneyFormatter("EUR")
        html = receipt_html(receipt, fmt)
        assert receipt.adds_up()
        for text in ("Ticket", "Caissier", "Sous-total", "Remise Fidélité", f"TVA 5,5{NBSP}%", f"1,5 × 823,00{NBSP}€",
                     f"1{NNBSP}291,85{NBSP}€", "Espèces", "Monnaie", "5 mars 2026, 14:30:00", "Merci !"):
            assert text in html, text
        paper = "\n".join(receipt_lines(receipt, fmt, width=42))
        for text in ("Ticket", "Date", "5 mars 2026", "Sous-total", "-10,00", "TVA 5,5 %", "67,35",
                     "TOTAL EUR", "1 291,85", "Espèces", "1 300,00", "Monnaie", "8,15", "Merci !"):
            assert text in paper, text
        assert "€" not in paper and NBSP not in paper and NNBSP not in paper  # the code once; plain spaces
    finally:
        i18n.apply(None)


def test_the_language_is_read_before_the_core_opens(tmp_path: Any, run_in_loop: Any = None) -> None:
    import asyncio

    from register.services import core, preferences
    from register.store.database import Database

    assert preferences.STATION_DB == core.DB_FILE
    assert preferences.read_language(tmp_path) is None  # no station yet
    db = Database.open(tmp_path / core.DB_FILE)
    try:
        asyncio.run(preferences.save_language(db, "es"))
        assert asyncio.run(preferences.load_language(db)) == "es"
    finally:
        db.close()
    assert preferences.read_language(tmp_path) == "es"
