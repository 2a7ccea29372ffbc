"""Errors in plain words, in the screens' language: the core's error codes and messages turned into sentences for
the person at the till.

The core (Qt-free, English) raises errors with a ``code`` (``bad_input``, ``not_ready``, ``connection_error``…)
and, for the refusals that are part of normal work, an English message made from one of a fixed set of
templates ("{what}: must be more than zero"). :data:`CORE_MESSAGES` lists those templates (``QT_TRANSLATE_NOOP``:
lupdate extracts them into the context ``CoreMessages``); a message is matched against them and said again in
the screens' language, its amounts the locale's way (``12.50`` → ``12,50 €``) and its field names translated.
``tests/ui/test_translations.py`` checks that every message the core can raise has a template here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui import i18n

translate = QCoreApplication.translate

EXPECTED_CODES = frozenset({"bad_input", "not_ready", "not_allowed", "unknown_code", "printer_error",
                            "approval_required", "out_of_stock"})
"""Errors that are part of normal work (a typo, a wrong PIN): shown, not logged as failures."""

OFFLINE_CODES = frozenset({"connection_error", "timeout"})
"""Being offline is normal for an offline-first register: said, logged as a warning without a traceback."""

CORE_MESSAGES: tuple[str, ...] = (
    # register/services/cart.py: what a person typed
    QT_TRANSLATE_NOOP("CoreMessages", "{what}: not a number"),
    QT_TRANSLATE_NOOP("CoreMessages", "{what}: '{text}' has a comma; use a dot for decimals ({hint})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{what}: '{text}' has a comma; use a dot for decimals"),
    QT_TRANSLATE_NOOP("CoreMessages", "{what}: '{text}' is not a number"),
    QT_TRANSLATE_NOOP("CoreMessages", "quantity: must be more than zero (to take an item off, remove the line)"),
    QT_TRANSLATE_NOOP("CoreMessages", "quantity: {quantity} is more than the register accepts ({most})"),
    QT_TRANSLATE_NOOP("CoreMessages", "quantity: at most 3 decimals"),
    QT_TRANSLATE_NOOP("CoreMessages", "quantity: {name} is sold by the piece; type a whole number"),
    QT_TRANSLATE_NOOP("CoreMessages", "{what}: must be more than zero"),
    QT_TRANSLATE_NOOP("CoreMessages", "{what}: must be between 0 and 100"),
    # register/services/sessions.py
    QT_TRANSLATE_NOOP("CoreMessages", "No cash session is open. Open one with a counted float first."),
    QT_TRANSLATE_NOOP("CoreMessages", "{what}: a name is needed"),
    QT_TRANSLATE_NOOP("CoreMessages", "A session is already open on this station; close it first."),
    QT_TRANSLATE_NOOP("CoreMessages", "reason: say why the cash moved"),
    QT_TRANSLATE_NOOP("CoreMessages", "cash out: the drawer should hold only {amount}"),
    # register/services/cashiers.py
    QT_TRANSLATE_NOOP("CoreMessages", "PIN: 4 to 8 digits"),
    QT_TRANSLATE_NOOP("CoreMessages", "name: needed"),
    QT_TRANSLATE_NOOP("CoreMessages", "the first person on a station must be a manager"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is already on this station"),
    QT_TRANSLATE_NOOP("CoreMessages", "Too many wrong PINs for {name}: wait a minute and try again."),
    QT_TRANSLATE_NOOP("CoreMessages", "That name and PIN do not match."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is not a manager; a manager must approve {action}."),
    # register/services/policy.py and the actions it guards
    QT_TRANSLATE_NOOP("CoreMessages", "A manager must approve {action}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} may not approve {action}."),
    QT_TRANSLATE_NOOP("CoreMessages", "That approval cannot be used: it was not made by this register."),
    QT_TRANSLATE_NOOP("CoreMessages", "That approval cannot be used: it is for something else."),
    QT_TRANSLATE_NOOP("CoreMessages", "That approval cannot be used: it was used already."),
    QT_TRANSLATE_NOOP("CoreMessages", "That approval cannot be used: it is more than five minutes old."),
    QT_TRANSLATE_NOOP("CoreMessages", "That approval cannot be used: it is for a smaller amount."),
    QT_TRANSLATE_NOOP("CoreMessages", "role: one of {roles}"),
    QT_TRANSLATE_NOOP("CoreMessages", "managers must keep the right to change the policy"),
    QT_TRANSLATE_NOOP("CoreMessages", "count the drawer before closing the session"),
    QT_TRANSLATE_NOOP("CoreMessages", "the drawer was counted already: a different count is a recount, which a "
                                      "manager approves"),
    # register/services/checkout.py
    QT_TRANSLATE_NOOP("CoreMessages", "{amount} is paid already and this would bring the total to {amount_total}: "
                                      "take a payment back first"),
    QT_TRANSLATE_NOOP("CoreMessages", "No product has the code '{code}'."),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} has no price; sell it as a custom sale"),
    QT_TRANSLATE_NOOP("CoreMessages", "discount: give a percentage or an amount"),
    QT_TRANSLATE_NOOP("CoreMessages", "discount: give a percentage or an amount, not both"),
    QT_TRANSLATE_NOOP("CoreMessages", "the cart is empty: there is nothing to tip on"),
    QT_TRANSLATE_NOOP("CoreMessages", "the tip can only be changed before any payment is taken; remove the payments "
                                      "first"),
    QT_TRANSLATE_NOOP("CoreMessages", "tip: give a percentage or an amount, not both"),
    QT_TRANSLATE_NOOP("CoreMessages", "customer: a first and a last name are needed"),
    QT_TRANSLATE_NOOP("CoreMessages", "customer: '{email}' is not an email address"),
    QT_TRANSLATE_NOOP("CoreMessages", "the cart is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "the sale is already paid"),
    QT_TRANSLATE_NOOP("CoreMessages", "{method}: {amount} is more than the {amount_due} due"),
    QT_TRANSLATE_NOOP("CoreMessages", "there is nothing to complete: the cart is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "{amount} is still due"),
    QT_TRANSLATE_NOOP("CoreMessages", "the payments ({amount}) are more than the total ({amount_total}): take a "
                                      "payment back first"),
    QT_TRANSLATE_NOOP("CoreMessages", "finish or park the current cart first"),
    QT_TRANSLATE_NOOP("CoreMessages", "payments are taken on this sale: take them back before voiding it"),
    # register/services/stock.py (raised by checkout.py)
    QT_TRANSLATE_NOOP("CoreMessages", "{name}: only {quantity} in stock and it cannot be backordered"),
    # register/services/core.py, context.py
    QT_TRANSLATE_NOOP("CoreMessages", "{station} is in use by {holder}; a manager must release it there first."),
    QT_TRANSLATE_NOOP("CoreMessages", "Close the cash session before releasing the station."),
    QT_TRANSLATE_NOOP("CoreMessages", "This register is not paired with a station yet."),
    # register/services/refunds.py, parking.py
    QT_TRANSLATE_NOOP("CoreMessages", "No order with receipt '{receipt}' was sold on this station."),
    QT_TRANSLATE_NOOP("CoreMessages", "line {line}: the order has no such line"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name}: only {quantity} left to refund"),
    QT_TRANSLATE_NOOP("CoreMessages", "there is nothing left to refund on this order"),
    # register/services/returns.py
    QT_TRANSLATE_NOOP("CoreMessages", "'{code}' is not a receipt number."),
    QT_TRANSLATE_NOOP("CoreMessages", "No sale with receipt '{receipt}' was found on this station or among the store's "
                                      "recent orders on Final POS."),
    QT_TRANSLATE_NOOP("CoreMessages", "the cart is empty: nothing to park"),
    QT_TRANSLATE_NOOP("CoreMessages", "take the payments back off before parking"),
    # register/printing.py
    QT_TRANSLATE_NOOP("CoreMessages", "The printer did not answer within {seconds} s. Is it on? The sale is saved; "
                                      "print the receipt again when it is back."),
    QT_TRANSLATE_NOOP("CoreMessages", "Could not print on the network printer at {printer} ({reason}). Check that it "
                                      "is on, connected and has paper. The sale is saved; print the receipt again "
                                      "when it is ready."),
    QT_TRANSLATE_NOOP("CoreMessages", "Could not print on the printer on {printer} ({reason}). Check that it is on, "
                                      "connected and has paper. The sale is saved; print the receipt again when it "
                                      "is ready."),
    QT_TRANSLATE_NOOP("CoreMessages", "Could not print on the USB printer {printer} ({reason}). Check that it is on, "
                                      "connected and has paper. The sale is saved; print the receipt again when it "
                                      "is ready."),
    QT_TRANSLATE_NOOP("CoreMessages", "The drawer did not open: the printer did not answer within {seconds} s. Is it "
                                      "on?"),
    QT_TRANSLATE_NOOP("CoreMessages", "Could not open the drawer through the network printer at {printer} ({reason}). "
                                      "Check that the printer is on and connected; open the drawer with its key "
                                      "meanwhile."),
    QT_TRANSLATE_NOOP("CoreMessages", "Could not open the drawer through the printer on {printer} ({reason}). Check "
                                      "that the printer is on and connected; open the drawer with its key meanwhile."),
    QT_TRANSLATE_NOOP("CoreMessages", "Could not open the drawer through the USB printer {printer} ({reason}). Check "
                                      "that the printer is on and connected; open the drawer with its key meanwhile."),
    QT_TRANSLATE_NOOP("CoreMessages", "No receipt printer is set up, so the drawer cannot be opened from here: open it "
                                      "with its key."),
    QT_TRANSLATE_NOOP("CoreMessages", "printer profile '{profile}' is not known: choose default or a printer model "
                                      "such as TM-T88V"),
    QT_TRANSLATE_NOOP("CoreMessages", "printer profile '{profile}' has no code page the register can use"),
    QT_TRANSLATE_NOOP("CoreMessages", "paper {width} mm: the register prints on 80 mm or 58 mm rolls"),
    QT_TRANSLATE_NOOP("CoreMessages", "printer '{printer}': a network printer needs a host (tcp://HOST:9100)"),
    QT_TRANSLATE_NOOP("CoreMessages", "printer '{printer}': a serial printer needs a device (serial:///dev/ttyUSB0)"),
    QT_TRANSLATE_NOOP("CoreMessages", "printer '{printer}': a USB printer is usb://VENDOR:PRODUCT in hex"),
    QT_TRANSLATE_NOOP("CoreMessages", "printer '{printer}': use tcp://, serial:// or usb://"),
)


def _fields() -> dict[str, str]:
    """The core's field names (the part before a message's colon), in words."""
    return {
        "quantity": translate("CoreFields", "quantity"), "amount": translate("CoreFields", "amount"),
        "percentage": translate("CoreFields", "percentage"), "discount": translate("CoreFields", "discount"),
        "tip": translate("CoreFields", "tip"), "price": translate("CoreFields", "price"),
        "fee": translate("CoreFields", "fee"), "opened by": translate("CoreFields", "opened by"),
        "closed by": translate("CoreFields", "closed by"), "cash in": translate("CoreFields", "cash in"),
        "cash out": translate("CoreFields", "cash out"), "counted cash": translate("CoreFields", "counted cash"),
        "increment": translate("CoreFields", "increment"),
    }


def _actions() -> dict[str, str]:
    """What a manager approves, as the core names it (``Action.words``), in the screens' words."""
    from register.services.policy import Action
    from ui.words import action_words

    return {
        **{action.words: action_words(action) for action in Action},
        "cash out": translate("CoreFields", "cash out"),
        "closing the session": translate("CoreFields", "closing the session"),
        "releasing the station": translate("CoreFields", "releasing the station"),
        "adding a person": translate("CoreFields", "adding a person"),
        "a price override": translate("CoreFields", "a price override"),
        "a refund": translate("CoreFields", "a refund"),
        "changing the receipt printer": translate("CoreFields", "changing the receipt printer"),
        "changing the settings": translate("CoreFields", "changing the settings"),
        "selling beyond stock": translate("CoreFields", "selling beyond stock"),
        "voiding the cart": translate("CoreFields", "voiding the cart"),
    }


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
    return re.compile(f"^{regex}$", re.DOTALL)


_money: Callable[[Decimal], str] | None = None


def set_money(format_money: Callable[[Decimal], str] | None) -> None:
    """How the store's amounts read in messages (the workflow sets its :class:`MoneyFormatter`'s ``format``)."""
    global _money
    _money = format_money


def _say(name: str, value: str) -> str:
    if name.startswith("amount") and _money is not None:
        try:
            return _money(Decimal(value))
        except InvalidOperation:
            return value
    if name in ("quantity", "most"):
        try:
            return i18n.quantity(Decimal(value))
        except InvalidOperation:
            return value
    if name == "what":
        return _fields().get(value, value)
    if name == "action":
        return _actions().get(value, value)
    if name == "method":
        from ui.words import method_words

        return method_words(value.replace(" ", "_"))
    return value


def core_text(message: str) -> str | None:
    """The core's English ``message`` in the screens' language, or None when it is not one of the core's."""
    for template in CORE_MESSAGES:
        found = _pattern(template).match(message)
        if found is not None:
            said = {name: _say(name, value) for name, value in found.groupdict().items()}
            return translate("CoreMessages", template).format(**said)
    return None


def _words() -> dict[str, str]:
    return {
        "connection_error": translate("Errors", "The Final POS server cannot be reached. Check the network; the "
                                      "register keeps working offline and sends everything later."),
        "timeout": translate("Errors", "The Final POS server did not answer in time. Try again in a moment."),
        "unauthorized": translate("Errors", "The API key was refused. Check the key in your Final POS account "
                                  "settings."),
        "forbidden": translate("Errors", "This API key may not do that. Check its permissions in your Final POS "
                               "account."),
        "not_found": translate("Errors", "The server does not know this record any more (it may have been "
                               "deleted)."),
        "rate_limited": translate("Errors", "The server asks the register to slow down. Try again in a minute."),
        "server_error": translate("Errors", "The Final POS server had a problem. Try again in a moment."),
        "invalid_response": translate("Errors", "The server answered something the register does not understand. "
                                      "It was logged."),
        "store_full": translate("Errors", "The disk of this computer is full. Free some space: nothing was lost."),
        "store_corrupt": translate("Errors", "The register's local data file is damaged. Call support before "
                                   "going on."),
        "store_locked": translate("Errors", "Another copy of the register is using this station's data. Close it "
                                  "first."),
        "store_version": translate("Errors", "This station's data was written by a newer register. Update the "
                                   "register."),
    }


def is_expected(err: BaseException) -> bool:
    """A refusal or an offline moment that belongs to normal work (no traceback needed in the log)."""
    return getattr(err, "code", None) in EXPECTED_CODES | OFFLINE_CODES


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def plain_words(err: BaseException) -> str:
    """What to tell a person about ``err``, in the screens' language."""
    code = getattr(err, "code", None)
    if code in EXPECTED_CODES:
        text = str(err)
        return _capital(core_text(text) or text)
    words = _words()
    if code in words:
        return words[code]
    if isinstance(err, ValueError) and code is None:  # a value refused before it reached a service (an address)
        said = core_text(str(err))
        if said is not None:
            return _capital(said)
    return translate("Errors", "Something went wrong ({kind}: {error}). It was written to the log.").format(
        kind=type(err).__name__, error=err)
