"""Who may do what at the till, decided by the core whoever drives it (the screens, a script, a kiosk).

The policy is one table: for each action, for each role, whether the role may do it and up to what limit
(a discount's percentage, a custom sale's amount). The role is that of the person signed in with their PIN
(:meth:`register.services.cashiers.CashierService.sign_in`); nobody signed in has no role and may do only
what the policy does not reserve. An action the policy reserves needs an :class:`Approval`, which only
:meth:`PolicyService.approve` makes, from the name and PIN of a person whose role may do it. An approval is
for one action, up to one amount, for a few minutes, once; it is sealed with this process's secret, so a
hand-made one is refused. Every approval, every use and every refusal goes to the audit log.

The defaults are a store's usual (a manager may change them, with an approval):

============================  ==================  ============
action                        cashier             manager
============================  ==================  ============
void a line                   yes                 yes
void a line after a payment   no                  yes
void the cart                 yes                 yes
line / cart discount          up to 10 %          yes
price override                no                  yes
custom sale                   up to 100 (money)   yes
refund                        no                  yes
cash in                       yes                 yes
cash out                      no                  yes
no sale (open the drawer)     yes                 yes
X report                      no                  yes
turn blind close off          no                  yes
close the session             no                  yes
recount after a blind close   no                  yes
add a person, release, policy no                  yes
audit log                     no                  yes
============================  ==================  ============
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import time
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, Final

from register.services.cart import InputError
from register.store.database import Database, transaction
from register.store.records import audit, get_setting, set_setting

if TYPE_CHECKING:
    from register.services.cashiers import Cashier, CashierService

__all__ = ["DEFAULT_RULES", "Action", "Approval", "ApprovalRequired", "PolicyService", "Rule", "effective_percent"]

POLICY_SETTING: Final = "policy"
APPROVAL_TTL_S: Final = 300.0
"""An approval is good for five minutes (the time to finish what it was asked for), and for one use."""
ROLES: Final = ("cashier", "manager")


class Action(Enum):
    """What the policy decides on."""

    VOID_LINE = "void_line"
    VOID_AFTER_PAYMENT = "void_after_payment"
    VOID_CART = "void_cart"
    LINE_DISCOUNT = "line_discount"
    CART_DISCOUNT = "cart_discount"
    PRICE_OVERRIDE = "price_override"
    CUSTOM_SALE = "custom_sale"
    REFUND = "refund"
    CASH_IN = "cash_in"
    CASH_OUT = "cash_out"
    NO_SALE = "no_sale"
    X_REPORT = "x_report"
    BLIND_CLOSE_OFF = "blind_close_off"
    CLOSE_SESSION = "close_session"
    RECOUNT = "recount"
    ADD_PERSON = "add_person"
    RELEASE_STATION = "release_station"
    CHANGE_POLICY = "change_policy"
    AUDIT_LOG = "audit_log"
    CHANGE_SETTINGS = "change_settings"
    SELL_BEYOND_STOCK = "sell_beyond_stock"

    @property
    def words(self) -> str:
        """How the action is named to a person ("a price override")."""
        return _WORDS[self]


_WORDS: Final = {
    Action.VOID_LINE: "voiding a line", Action.VOID_AFTER_PAYMENT: "voiding after a payment",
    Action.VOID_CART: "voiding the sale", Action.LINE_DISCOUNT: "a line discount",
    Action.CART_DISCOUNT: "a cart discount", Action.PRICE_OVERRIDE: "a price override",
    Action.CUSTOM_SALE: "a custom sale", Action.REFUND: "a refund", Action.CASH_IN: "cash in",
    Action.CASH_OUT: "cash out", Action.NO_SALE: "opening the drawer", Action.X_REPORT: "the X report",
    Action.BLIND_CLOSE_OFF: "turning blind close off", Action.CLOSE_SESSION: "closing the session",
    Action.RECOUNT: "a recount", Action.ADD_PERSON: "adding a person", Action.RELEASE_STATION: "releasing the station",
    Action.CHANGE_POLICY: "changing who may do what", Action.AUDIT_LOG: "the audit log",
    Action.CHANGE_SETTINGS: "changing the settings", Action.SELL_BEYOND_STOCK: "selling beyond the stock",
}


@dataclass(frozen=True)
class Rule:
    """Whether a role may do an action by itself, and up to what (``None``: no limit)."""

    allowed: bool
    limit: Decimal | None = None

    def permits(self, amount: Decimal | None) -> bool:
        """Whether this rule lets the action through for ``amount`` (a percentage or money, by action)."""
        if not self.allowed:
            return False
        return self.limit is None or amount is None or amount <= self.limit

    def to_json(self) -> dict[str, Any]:
        return {"allowed": self.allowed, "limit": None if self.limit is None else str(self.limit)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Rule:
        limit = data.get("limit")
        return cls(bool(data.get("allowed")), None if limit in (None, "") else Decimal(str(limit)))


_NO, _YES = Rule(False), Rule(True)
DEFAULT_RULES: Final[dict[Action, dict[str, Rule]]] = {
    Action.VOID_LINE: {"cashier": _YES, "manager": _YES},
    Action.VOID_AFTER_PAYMENT: {"cashier": _NO, "manager": _YES},
    Action.VOID_CART: {"cashier": _YES, "manager": _YES},
    Action.LINE_DISCOUNT: {"cashier": Rule(True, Decimal(10)), "manager": _YES},
    Action.CART_DISCOUNT: {"cashier": Rule(True, Decimal(10)), "manager": _YES},
    Action.PRICE_OVERRIDE: {"cashier": _NO, "manager": _YES},
    Action.CUSTOM_SALE: {"cashier": Rule(True, Decimal(100)), "manager": _YES},
    Action.REFUND: {"cashier": _NO, "manager": _YES},
    Action.CASH_IN: {"cashier": _YES, "manager": _YES},
    Action.CASH_OUT: {"cashier": _NO, "manager": _YES},
    Action.NO_SALE: {"cashier": _YES, "manager": _YES},
    Action.X_REPORT: {"cashier": _NO, "manager": _YES},
    Action.BLIND_CLOSE_OFF: {"cashier": _NO, "manager": _YES},
    Action.CLOSE_SESSION: {"cashier": _NO, "manager": _YES},
    Action.RECOUNT: {"cashier": _NO, "manager": _YES},
    Action.ADD_PERSON: {"cashier": _NO, "manager": _YES},
    Action.RELEASE_STATION: {"cashier": _NO, "manager": _YES},
    Action.CHANGE_POLICY: {"cashier": _NO, "manager": _YES},
    Action.AUDIT_LOG: {"cashier": _NO, "manager": _YES},
    Action.CHANGE_SETTINGS: {"cashier": _NO, "manager": _YES},
    Action.SELL_BEYOND_STOCK: {"cashier": _NO, "manager": _YES},
}
"""The store's usual, before a manager changes anything."""
_MANAGER_ONLY: Final = frozenset({Action.CHANGE_POLICY})
"""Rules a manager cannot take away from managers (someone must be able to change them back)."""


class ApprovalRequired(PermissionError):
    """The action is reserved: a person whose role may do it must approve it with their PIN."""

    code = "approval_required"

    def __init__(self, action: Action, amount: Decimal | None = None, *, why: str = "") -> None:
        self.action = action
        self.amount = amount
        super().__init__(why or f"A manager must approve {action.words}.")


@dataclass(frozen=True)
class Approval:
    """A person's approval of one action, up to one amount: made only by :meth:`PolicyService.approve`."""

    action: Action
    approver: str
    """The approver's name (as the audit log and the reports show it)."""
    approver_id: str
    amount: Decimal | None
    made_at: float
    """``time.monotonic()`` when it was made (it lasts :data:`APPROVAL_TTL_S`)."""
    nonce: str
    seal: str = field(repr=False)


def _sealed(secret: bytes, action: Action, approver_id: str, amount: Decimal | None, made_at: float,
            nonce: str) -> str:
    text = f"{action.value}|{approver_id}|{amount}|{made_at!r}|{nonce}".encode()
    return hmac.new(secret, text, hashlib.sha256).hexdigest()


class PolicyService:
    """The policy table and the approvals that open what it reserves."""

    def __init__(self, db: Database, cashiers: CashierService) -> None:
        self.db = db
        self.cashiers = cashiers
        self._secret = secrets.token_bytes(32)
        self._used: set[str] = set()
        self._rules: dict[Action, dict[str, Rule]] = {a: dict(r) for a, r in DEFAULT_RULES.items()}

    async def load(self) -> None:
        """Read the store's changes to the defaults."""
        stored = await self.db.run(lambda c: get_setting(c, POLICY_SETTING, {})) or {}
        self._rules = _merged(stored)

    def rules(self) -> dict[Action, dict[str, Rule]]:
        """The table in force."""
        return {a: dict(r) for a, r in self._rules.items()}

    def rule(self, action: Action, role: str | None) -> Rule:
        """What ``role`` (None: nobody signed in) may do about ``action``."""
        return self._rules[action].get(role or "", _NO)

    def allows(self, action: Action, amount: Decimal | None = None) -> bool:
        """Whether the person signed in may do ``action`` (for ``amount``) without an approval."""
        person = self.cashiers.current
        return self.rule(action, person.role.value if person else None).permits(amount)

    # approvals -----------------------------------------------------------------------------------
    async def approve(self, action: Action, name: str, pin: str, *, amount: Decimal | None = None) -> Approval:
        """The approval of ``action`` by the person called ``name``, from their PIN. Refused (and the refusal
        audited) for a wrong PIN, a locked name, or a person whose role may not do the action."""
        person = await self.cashiers.verify(name, pin)  # a wrong PIN is counted, audited and may lock the name
        if not self.rule(action, person.role.value).permits(amount):
            await self._audit("approval_refused", person.name, action, amount,
                              why=f"{person.role.value} may not approve this")
            raise ApprovalRequired(action, amount, why=f"{person.name} may not approve {action.words}.")
        made_at, nonce = time.monotonic(), secrets.token_hex(8)
        seal = _sealed(self._secret, action, person.person_id, amount, made_at, nonce)
        approval = Approval(action, person.name, person.person_id, amount, made_at, nonce, seal)
        await self._audit("approval", person.name, action, amount)
        return approval

    def check(self, action: Action, *, amount: Decimal | None = None, approval: Approval | None = None) -> str:
        """Let ``action`` through, or raise :class:`ApprovalRequired`. Returns who answers for it: the person
        signed in, or the approver. Call it inside the write that does the action (see :meth:`record`)."""
        person: Cashier | None = self.cashiers.current
        if self.rule(action, person.role.value if person else None).permits(amount) and approval is None:
            return person.name if person else ""
        if approval is None:
            raise ApprovalRequired(action, amount)
        problem = self._invalid(approval, action, amount)
        if problem:
            raise ApprovalRequired(action, amount, why=f"That approval cannot be used: {problem}.")
        self._used.add(approval.nonce)
        return approval.approver

    def record(self, conn: sqlite3.Connection, action: Action, approval: Approval | None, subject: str | None,
               *, amount: Decimal | None = None) -> None:
        """Audit, in the action's own transaction, that ``approval`` was used for it."""
        if approval is not None:
            audit(conn, "approval_used", actor=approval.approver, subject=subject, approved=action.value,
                  amount=None if amount is None else str(amount),
                  cashier=self.cashiers.current.name if self.cashiers.current else None)

    def refused(self, err: ApprovalRequired, subject: str | None = None) -> None:
        """Audit a refusal (without waiting: the caller raises ``err`` straight after)."""
        person = self.cashiers.current

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "recording a refusal"):
                audit(conn, "refused", actor=person.name if person else None, subject=subject,
                      approved=err.action.value, amount=None if err.amount is None else str(err.amount),
                      why=str(err)[:200])

        self.db.spawn(write)

    def require(self, action: Action, *, amount: Decimal | None = None, approval: Approval | None = None,
                subject: str | None = None) -> str:
        """:meth:`check`, auditing a refusal."""
        try:
            return self.check(action, amount=amount, approval=approval)
        except ApprovalRequired as err:
            self.refused(err, subject)
            raise

    def _invalid(self, approval: Approval, action: Action, amount: Decimal | None) -> str:
        expected = _sealed(self._secret, approval.action, approval.approver_id, approval.amount, approval.made_at,
                           approval.nonce)
        if not hmac.compare_digest(expected, approval.seal):
            return "it was not made by this register"
        if approval.action is not action:
            return "it is for something else"
        if approval.nonce in self._used:
            return "it was used already"
        if time.monotonic() - approval.made_at > APPROVAL_TTL_S:
            return "it is more than five minutes old"
        if amount is not None and approval.amount is not None and amount > approval.amount:
            return "it is for a smaller amount"
        return ""

    async def _audit(self, action_name: str, actor: str, action: Action, amount: Decimal | None, **more: Any) -> None:
        on_behalf = self.cashiers.current.name if self.cashiers.current else None

        def write(conn: sqlite3.Connection) -> None:
            with transaction(conn, "recording an approval"):
                audit(conn, action_name, actor=actor, subject=action.value,
                      amount=None if amount is None else str(amount), cashier=on_behalf, **more)

        await self.db.run(write)

    # changing the table --------------------------------------------------------------------------
    async def set_rule(self, action: Action, role: str, rule: Rule, approval: Approval | None = None) -> None:
        """Change what ``role`` may do about ``action`` (a manager's approval unless a manager is signed in)."""
        if role not in ROLES:
            raise InputError(f"role: one of {', '.join(ROLES)}")
        if action in _MANAGER_ONLY and role == "manager" and not rule.allowed:
            raise InputError("managers must keep the right to change the policy")
        who = self.require(Action.CHANGE_POLICY, approval=approval, subject=action.value)
        changed = {a: dict(r) for a, r in self._rules.items()}
        changed[action][role] = rule

        def write(conn: sqlite3.Connection) -> None:
            set_setting(conn, POLICY_SETTING, _stored(changed))
            with transaction(conn, "recording a policy change"):
                audit(conn, "policy_changed", actor=who, subject=action.value, role=role, **rule.to_json())
                self.record(conn, Action.CHANGE_POLICY, approval, action.value)

        await self.db.run(write)
        self._rules = changed


def _stored(rules: dict[Action, dict[str, Rule]]) -> dict[str, dict[str, dict[str, Any]]]:
    return {a.value: {role: rule.to_json() for role, rule in by_role.items()
                      if rule != DEFAULT_RULES[a].get(role)} for a, by_role in rules.items()
            if any(rule != DEFAULT_RULES[a].get(role) for role, rule in by_role.items())}


def _merged(stored: dict[str, Any]) -> dict[Action, dict[str, Rule]]:
    rules = {a: dict(r) for a, r in DEFAULT_RULES.items()}
    for name, by_role in stored.items():
        try:
            action = Action(name)
        except ValueError:
            continue  # a rule of a later version: ignored, never guessed
        for role, data in by_role.items():
            if role in ROLES and isinstance(data, dict):
                rules[action] = {**rules[action], role: Rule.from_json(data)}
    return rules


def effective_percent(amount: Decimal, of: Decimal) -> Decimal:
    """An amount off ``of`` as a percentage (what the discount limits are in)."""
    if of <= 0:
        return Decimal(100)
    return (amount / of * 100).quantize(Decimal("0.01"))

