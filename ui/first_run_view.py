"""First run: try the built-in demo shop, or connect a real Final POS account (API URL and key)."""

from __future__ import annotations

from babel.numbers import get_currency_name
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from register.config import DEFAULT_API_URL, InsecureURLError, check_api_url
from register.money import cash_increment_of, check_cash_increment, currencies_in_use, default_currency
from ui import i18n
from ui.money_format import MoneyFormatter
from ui.widgets import NoticeLabel, action_button, form_layout, heading, hint, touch_combo


class FirstRunView(QWidget):
    """Two choices; the account form keeps the key masked and never shows it again."""

    demo_chosen = Signal()
    account_submitted = Signal(str, str)
    """API URL, API key."""

    def __init__(self, parent: QWidget | None = None, *, key_store: bool = True) -> None:
        super().__init__(parent)
        self._key_store = key_store
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(16)
        layout.addWidget(heading(self.tr("Welcome to Register")))
        layout.addWidget(hint(self.tr("This computer is not set up yet. Try the demo shop to learn the register "
                                      "without touching real money, or connect your Final POS account.")))

        cards = QHBoxLayout()
        cards.setSpacing(20)
        demo = QFrame(objectName="card")
        demo_layout = QVBoxLayout(demo)
        demo_layout.addWidget(heading(self.tr("Demo shop"), demo))
        demo_layout.addWidget(hint(self.tr("A realistic coffee shop runs on this computer. Nothing leaves it; "
                                           "everything is practice."), demo))
        demo_layout.addStretch(1)
        self.demo_button = action_button(self.tr("Start the demo"), "F1", name="demoButton")
        self.demo_button.clicked.connect(self._on_demo_clicked)
        demo_layout.addWidget(self.demo_button)

        account = QFrame(objectName="card")
        account_layout = QVBoxLayout(account)
        account_layout.addWidget(heading(self.tr("My Final POS account"), account))
        account_layout.addWidget(hint(self.tr("Paste the API key from your Final POS account settings. It is kept "
                                              "in this computer's key store, never in a file."), account))
        if not self._key_store:
            self.no_key_store = hint(self.tr(
                "This computer has no key store, so a key typed here works only until the register closes. For "
                "a station that keeps it, IT sets FINALPOS_API_KEY in the service that starts the register "
                "(see \"Stations without a key store\" in the README)."), account)
            self.no_key_store.setObjectName("noKeyStore")
            account_layout.addWidget(self.no_key_store)
        form = form_layout()
        self.url_edit = QLineEdit(DEFAULT_API_URL, objectName="apiUrl")
        self.key_edit = QLineEdit(objectName="apiKey")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("API key"))
        self.key_edit.returnPressed.connect(self._on_connect_clicked)
        form.addRow(self.tr("&Server"), self.url_edit)
        form.addRow(self.tr("API &key"), self.key_edit)
        account_layout.addLayout(form)
        self.connect_button = action_button(self.tr("Connect"), "F2", name="connectButton")
        self.connect_button.clicked.connect(self._on_connect_clicked)
        account_layout.addWidget(self.connect_button)

        cards.addWidget(demo, 1)
        cards.addWidget(account, 1)
        layout.addLayout(cards)

        store = QFrame(objectName="card")
        store_layout = QHBoxLayout(store)
        store_form = form_layout()
        self.currency_combo = touch_combo(QComboBox(objectName="currencyCombo"))
        self.currency_combo.setEditable(False)
        locale = i18n.current().locale
        for code in sorted(currencies_in_use()):
            self.currency_combo.addItem(f"{code} — {get_currency_name(code, locale=locale)}", code)
        self.currency_combo.currentIndexChanged.connect(self._on_currency_changed)
        self.increment_edit = QLineEdit(objectName="cashIncrement")
        self.increment_edit.setMaximumWidth(140)
        store_form.addRow(self.tr("Store &currency"), self.currency_combo)
        store_form.addRow(self.tr("Cash &rounding"), self.increment_edit)
        store_layout.addLayout(store_form, 1)
        store_layout.addWidget(hint(self.tr("The currency the store sells in and the step cash payments are rounded "
                                            "to (0.05 in Switzerland or Canada; empty for none). Set once: every "
                                            "price, payment, receipt and report uses them."), store), 1)
        layout.addWidget(store)
        self.set_currency(default_currency(locale))
        self.notice = NoticeLabel(self)
        layout.addWidget(self.notice)
        layout.addStretch(1)

    def _on_connect_clicked(self) -> None:
        url, key = self.url_edit.text().strip(), self.key_edit.text().strip()
        try:
            url = check_api_url(url)
        except InsecureURLError:
            self.notice.show_message(self.tr("Server: an address starting with https:// is needed (plain http only "
                                             "to this computer, so the API key never travels in clear text)."))
            self.url_edit.setFocus()
            return
        if not key:
            self.notice.show_message(self.tr("API key: paste the key from your Final POS account."))
            self.key_edit.setFocus()
            return
        if self.pricing() is None:
            return
        self.notice.clear_message()
        self.account_submitted.emit(url, key)

    def _on_demo_clicked(self) -> None:
        if self.pricing() is not None:
            self.demo_chosen.emit()

    def set_currency(self, code: str) -> None:
        """Choose the store's currency (its cash rounding follows, from CLDR: CHF 0.05)."""
        index = self.currency_combo.findData(code)
        self.currency_combo.setCurrentIndex(max(index, 0))
        self._on_currency_changed()

    def _on_currency_changed(self) -> None:
        code = str(self.currency_combo.currentData() or "USD")
        step = cash_increment_of(code)
        self.increment_edit.setText(MoneyFormatter(code).number(step) if step is not None else "")
        self.increment_edit.setPlaceholderText(self.tr("none"))

    def pricing(self) -> dict[str, str] | None:
        """The store's currency and cash rounding as chosen (``{"currency": "CHF", "cashIncrement": "0.05"}``);
        None, with the reason shown, when the rounding is not a step of the currency."""
        code = str(self.currency_combo.currentData() or "USD")
        fmt = MoneyFormatter(code)
        typed = self.increment_edit.text().strip()
        try:
            step = check_cash_increment(fmt.parse_decimal(typed) if typed else None, code)
        except ValueError:
            self.notice.show_message(self.tr("Cash rounding: a step such as {example} in {currency}, or empty for "
                                             "none.").format(example=fmt.example("0.05"), currency=code))
            self.increment_edit.setFocus()
            return None
        return {"currency": code, "cashIncrement": format(step, "f") if step is not None else ""}

    def show_error(self, text: str) -> None:
        """Say why the account could not be used."""
        self.notice.show_message(text)
