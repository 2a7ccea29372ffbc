"""The Qt-free denominations, the money formatter and the report HTML, table-driven."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from register.services.denominations import DENOMINATIONS, Denomination, denominations, total
from register.services.reports import CountLine, reconcile, session_figures
from register.services.sessions import LocalSession
from register.services.wire_bodies import cash_from_body, refund_from_body, sale_from_body
from ui.money_format import MoneyFormatter
from ui.report_html import difference_words, report_html, x_report_data

US, DE = "en_US", "de_DE"


@pytest.mark.parametrize("currency", sorted(DENOMINATIONS))
def test_every_set_is_sorted_bills_then_coins_and_exact(currency: str) -> None:
    ds = denominations(currency)
    assert ds and all(isinstance(d.value, Decimal) for d in ds)
    bills = [d.value for d in ds if d.kind == "bill"]
    coins = [d.value for d in ds if d.kind == "coin"]
    assert bills == sorted(bills, reverse=True) and coins == sorted(coins, reverse=True)
    assert len({d.key for d in ds}) == len(ds)


def test_usd_set_and_total() -> None:
    usd = denominations("usd")
    assert [str(d.value) for d in usd if d.kind == "bill"] == ["100", "50", "20", "10", "5", "2", "1"]
    assert [str(d.value) for d in usd if d.kind == "coin"] == ["1.00", "0.50", "0.25", "0.10", "0.05", "0.01"]
    counts = {usd[0]: 2, usd[-4]: 3, usd[-1]: 7}  # 2 x 100 + 3 x 0.25 + 7 x 0.01
    assert total(counts) == Decimal("200.82")
    assert denominations("XXX") == ()
    with pytest.raises(ValueError):
        total({usd[0]: -1})
    with pytest.raises(TypeError):
        total({Denomination(Decimal(1), "bill"): 1.0})  # type: ignore[dict-item]


@pytest.mark.parametrize(("currency", "locale", "amount", "text"), [
    ("USD", US, "1234.5", "$1,234.50"),
    ("USD", US, "-3", "-$3.00"),
    ("USD", US, "0.005", "$0.01"),  # half up, named
    ("JPY", US, "10000", "¥10,000"),
    ("EUR", DE, "1234.5", "1.234,50\xa0€"),
    ("GBP", US, "0.1", "£0.10"),
])
def test_money_format(currency: str, locale: str, amount: str, text: str) -> None:
    fmt = MoneyFormatter(currency, locale)
    assert fmt.format(Decimal(amount)) == text
    with pytest.raises(TypeError):
        fmt.format(1.5)  # type: ignore[arg-type]


@pytest.mark.parametrize("locale", [US, DE, "en_IN", "de_CH", "fr_FR", "fr_CH", "es_US", "es_MX", "ja_JP", "sv_SE",
                                    "nl_NL", "pt_BR", "ar_EG", "fa_IR", "hi_IN", "en_CH", "he_IL", "bn_BD"])
@pytest.mark.parametrize("currency", ["USD", "EUR", "JPY", "CHF", "INR", "KWD"])
def test_the_quick_template_writes_what_babel_writes(locale: str, currency: str) -> None:
    """A new amount is written from the locale's template, not by Babel (a scan formats five new amounts): the
    same text, sign, grouping (lakhs in en_IN), symbol and spacing; a locale whose template would differ (en_CH
    groups only past eight digits, non-Latin digits) is formatted by Babel itself."""
    import random

    fmt = MoneyFormatter(currency, locale)
    rnd = random.Random(f"{locale}{currency}")
    amounts = [Decimal(0), Decimal("-0.001"), Decimal("0.01"), Decimal("-99999.995"), Decimal("1000000"),
               *(Decimal(rnd.randrange(-10**11, 10**11)) / 10 ** rnd.randrange(0, 4) for _ in range(300))]
    for amount in amounts:
        exact = fmt._exact(amount)
        assert fmt.format(amount) == fmt.babel(exact), (locale, currency, amount)
    if locale in (US, DE, "en_IN", "fr_FR", "ja_JP"):
        assert fmt._template is not None  # the quick way is the one taken where a till usually is


def test_difference_words_are_words_not_only_colours(qapp: Any) -> None:
    fmt = MoneyFormatter("USD", US)
    assert difference_words(Decimal("4"), fmt)[0] == "Over $4.00"
    assert difference_words(Decimal("-1"), fmt)[0] == "Short $1.00"
    assert difference_words(Decimal("0"), fmt) == ("Even", "")


def _figures() -> Any:
    taxes = [{"name": "TX State", "percentage": "6.25", "amount": "1.25"}]
    order = {"status": "completed",
             "summary": {"total": "21.65", "discountTotal": "1.00", "tip": {"amount": "2.00"}, "taxes": taxes},
             "paymentMethods": [{"paymentType": "cash", "amount": "11.65", "change": "8.35"},
                                {"paymentType": "credit_card", "amount": "10.00"}]}
    refund = {"summary": {"total": "5.00", "taxes": []}, "payment": [{"paymentType": "cash", "amount": "5.00"}]}
    moved = [cash_from_body({"amount": amount}, kind=kind, local_id=kind, created_at="", session_local_id="l1")
             for kind, amount in (("cash_in", "20.00"), ("cash_out", "7.50"))]
    return session_figures("USD", Decimal("100"), [sale_from_body(order), refund_from_body(refund), *moved])


def test_x_report_html_has_every_figure(qapp: Any) -> None:
    session = LocalSession("l1", "S-1-20261122-1", "st", "2026-11-22T08:00:00+00:00", "Dana", Decimal("100"))
    figures = _figures()
    html = report_html(x_report_data(session, figures), MoneyFormatter("USD", US), title="X report",
                       station="Till 1 (Congress Avenue)")
    # expected cash = 100 + 11.65 - 5.00 + 20.00 - 7.50 = 119.15; card 10.00
    for text in ("X report", "S-1-20261122-1", "Till 1 (Congress Avenue)", "$119.15", "$10.00", "$20.00", "$7.50",
                 "$21.65", "TX State 6.25%", "$1.25", "Discounts", "$1.00", "Tips", "$2.00", "Change given",
                 "$8.35", "Orders"):
        assert text in html, text
    assert "Counted at close" not in html


def test_z_report_html_shows_over_and_short_in_words(qapp: Any) -> None:
    figures = _figures()
    lines = reconcile(figures, {"cash": Decimal("120.15"), "card": Decimal("9.00")})
    assert [(line.method, line.difference) for line in lines] == [("cash", Decimal("1.00")),
                                                                  ("card", Decimal("-1.00"))]
    report = {"sessionNumber": "S-1", "openedBy": "Dana", "openTime": "2026-11-22T08:00:00+00:00",
              "closedBy": "Lee", "closeTime": "2026-11-22T17:00:00+00:00", **figures.to_json(),
              "counts": [{"method": c.method, "expected": str(c.expected), "counted": str(c.counted),
                          "difference": str(c.difference)} for c in lines],
              "closingNote": "<b>jammed</b> drawer"}
    html = report_html(report, MoneyFormatter("USD", US), title="Z report")
    assert "Over $1.00" in html and "Short $1.00" in html
    assert "Counted at close" in html and "Lee" in html
    assert "&lt;b&gt;jammed&lt;/b&gt;" in html  # notes are text, never markup
    assert CountLine("cash", Decimal(1), Decimal(1)).difference == 0


def test_a_currency_without_known_bills_is_counted_as_a_typed_total(qtbot: Any) -> None:
    from ui.counter_panel import DenominationCounterPanel

    panel = DenominationCounterPanel("SEK", MoneyFormatter("SEK", US))
    qtbot.addWidget(panel)
    assert panel.amount_edit is not None and not panel.spins
    qtbot.keyClicks(panel.amount_edit, "12,50")  # not a number in en_US: the core says what to type
    assert "use a dot" in panel.total_label.text()
    panel.amount_edit.clear()
    qtbot.keyClicks(panel.amount_edit, "1,212.50")
    assert panel.total() == Decimal("1212.50")
    assert panel.total_label.text() == "Counted cash: SEK\xa01,212.50"
    german = DenominationCounterPanel("SEK", MoneyFormatter("SEK", DE))  # typed the locale's way, or plainly
    qtbot.addWidget(german)
    assert german.amount_edit is not None
    for typed, value in (("1.212,50", "1212.50"), ("12,5", "12.5"), ("12.50", "12.50")):
        german.amount_edit.setText(typed)
        assert german.total() == Decimal(value), typed
