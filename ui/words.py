"""Words the core names by key, in the screens' language: payment methods, their references, roles, station states.

The core (Qt-free) keeps English names for logs and the wire; the screens show these instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from register.services.payments import method
from register.services.policy import Action

translate = QCoreApplication.translate


def method_words(payment_type: str | None) -> str:
    """``gift_card`` → "Gift card" / "Tarjeta regalo" / "Carte cadeau"; ``card`` (a closing key) → "Card"."""
    found = method(payment_type)
    names = {
        "cash": translate("Payments", "Cash"),
        "credit_card": translate("Payments", "Card"),
        "card": translate("Payments", "Card"),
        "debit_card": translate("Payments", "Debit card"),
        "gift_card": translate("Payments", "Gift card"),
        "check": translate("Payments", "Check"),
        "voucher": translate("Payments", "Voucher"),
        "store_credit": translate("Payments", "Store credit"),
    }
    return names.get(found.key, names.get(found.closing, found.name))


def reference_words(key: str, english: str) -> str:
    """What a payment's reference is ("Gift card number"), by payment method."""
    words = {
        "credit_card": translate("Payments", "Terminal reference"),
        "debit_card": translate("Payments", "Terminal reference"),
        "gift_card": translate("Payments", "Gift card number"),
        "check": translate("Payments", "Check number"),
        "voucher": translate("Payments", "Voucher code"),
        "store_credit": translate("Payments", "Credit note number"),
    }
    return words.get(key, translate("Payments", "Reference") if english == "Reference" else english)


def role_words(role: str) -> str:
    """``manager`` / ``cashier`` in words."""
    return {"manager": translate("Roles", "manager"), "cashier": translate("Roles", "cashier")}.get(role, role)


def station_status_words(status: str) -> str:
    """A station's state on Final POS (``AVAILABLE``, ``IN_USE``)."""
    words = {"AVAILABLE": translate("Stations", "Available"), "IN_USE": translate("Stations", "In use")}
    return words.get(status, status.title() or translate("Stations", "Unknown"))


def action_words(action: Action) -> str:
    """What a manager is asked to approve, in a phrase ("a refund", "closing the session")."""
    words = {
        Action.VOID_LINE: translate("Policy", "voiding a line"),
        Action.VOID_AFTER_PAYMENT: translate("Policy", "voiding after a payment"),
        Action.VOID_CART: translate("Policy", "voiding the sale"),
        Action.LINE_DISCOUNT: translate("Policy", "a line discount"),
        Action.CART_DISCOUNT: translate("Policy", "a cart discount"),
        Action.PRICE_OVERRIDE: translate("Policy", "a price override"),
        Action.CUSTOM_SALE: translate("Policy", "a custom sale"),
        Action.REFUND: translate("Policy", "a refund"),
        Action.CASH_IN: translate("Policy", "cash in"),
        Action.CASH_OUT: translate("Policy", "cash out"),
        Action.NO_SALE: translate("Policy", "opening the drawer"),
        Action.X_REPORT: translate("Policy", "the X report"),
        Action.BLIND_CLOSE_OFF: translate("Policy", "turning blind close off"),
        Action.CLOSE_SESSION: translate("Policy", "closing the session"),
        Action.RECOUNT: translate("Policy", "a recount"),
        Action.ADD_PERSON: translate("Policy", "adding a person"),
        Action.RELEASE_STATION: translate("Policy", "releasing the station"),
        Action.CHANGE_POLICY: translate("Policy", "changing who may do what"),
        Action.AUDIT_LOG: translate("Policy", "the audit log"),
        Action.CHANGE_SETTINGS: translate("Policy", "changing the settings"),
        Action.SELL_BEYOND_STOCK: translate("Policy", "selling beyond the stock"),
    }
    return words.get(action, action.words)


def summary_field_words(field: str) -> str:
    """An order summary's field (``total``, ``totalTaxes``…) in words."""
    words = {"total": translate("Summary", "the total"), "subTotal": translate("Summary", "the subtotal"),
             "totalTaxes": translate("Summary", "the tax"), "discountTotal": translate("Summary", "the discounts")}
    return words.get(field, field)


def outbox_kind_words(kind: str) -> str:
    """An outbox entry's kind (``order.create``, ``transaction.create``…) as the thing it writes."""
    words = {
        "order": translate("Outbox", "sale"), "refund": translate("Outbox", "refund"),
        "transaction": translate("Outbox", "payment"), "customer": translate("Outbox", "customer"),
        "session": translate("Outbox", "cash session"), "station": translate("Outbox", "station change"),
    }
    return words.get(kind.partition(".")[0], translate("Outbox", "record"))


def audit_action_words(action: str) -> str:
    """An audit log entry's action (``session_open``, ``pin_failed``…) in words; an unknown one as it is."""
    words = {
        "approval": translate("Audit", "Manager's approval"), "approval_used": translate("Audit", "Approval used"),
        "approval_refused": translate("Audit", "Approval refused"), "refused": translate("Audit", "Refused"),
        "audit_read": translate("Audit", "Audit log read"), "blind_close": translate("Audit", "Blind close changed"),
        "blind_count": translate("Audit", "Blind count"), "recount": translate("Audit", "Recount"),
        "cashier_add": translate("Audit", "Person added"), "customer_create": translate("Audit", "Customer added"),
        "drawer_open": translate("Audit", "Drawer opened"), "cash_in": translate("Audit", "Cash in"),
        "cash_out": translate("Audit", "Cash out"), "override": translate("Audit", "Price override"),
        "discount": translate("Audit", "Discount"), "void": translate("Audit", "Void"),
        "pair": translate("Audit", "Station paired"), "release": translate("Audit", "Station released"),
        "park": translate("Audit", "Cart parked"), "resume": translate("Audit", "Cart resumed"),
        "park_delete": translate("Audit", "Parked cart deleted"), "pin_failed": translate("Audit", "Wrong PIN"),
        "pin_locked_out": translate("Audit", "PIN locked"), "policy_changed": translate("Audit", "Policy changed"),
        "provision": translate("Audit", "Station provisioned"), "refund": translate("Audit", "Refund"),
        "sale": translate("Audit", "Sale"), "session_open": translate("Audit", "Session opened"),
        "session_close": translate("Audit", "Session closed"),
        "settings_changed": translate("Audit", "Settings changed"), "sign_in": translate("Audit", "Signed in"),
        "sign_out": translate("Audit", "Signed out"), "sync_confirmed": translate("Audit", "Confirmed by a person"),
        "sync_refused": translate("Audit", "Refused by Final POS"),
        "sync_unconfirmed": translate("Audit", "Not confirmed by Final POS"),
        "sync_resent": translate("Audit", "Sent again"), "duplicate_found": translate("Audit", "Duplicate found"),
        "duplicate_removed": translate("Audit", "Duplicate removed"),
        "totals_mismatch": translate("Audit", "Totals differ on Final POS"),
        "worker_failed": translate("Audit", "Background task restarted"), "online": translate("Audit", "Online"),
        "offline": translate("Audit", "Offline"), "interrupted": translate("Audit", "Interrupted"),
        "stock_override": translate("Audit", "Sold beyond the stock"),
    }
    return words.get(action, action)
