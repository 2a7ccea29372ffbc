"""First run: try the built-in demo shop, or connect a real Final POS account (API URL and key)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from register.config import DEFAULT_API_URL, InsecureURLError, check_api_url
from ui.widgets import NoticeLabel, action_button, form_layout, heading, hint


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
        layout.addWidget(heading("Welcome to Register"))
        layout.addWidget(hint("This computer is not set up yet. Try the demo shop to learn the register without "
                              "touching real money, or connect your Final POS account."))

        cards = QHBoxLayout()
        cards.setSpacing(20)
        demo = QFrame(objectName="card")
        demo_layout = QVBoxLayout(demo)
        demo_layout.addWidget(heading("Demo shop", demo))
        demo_layout.addWidget(hint("A realistic coffee shop runs on this computer. Nothing leaves it; "
                                   "everything is practice.", demo))
        demo_layout.addStretch(1)
        self.demo_button = action_button("Start the demo", "F1", name="demoButton")
        self.demo_button.clicked.connect(self.demo_chosen)
        demo_layout.addWidget(self.demo_button)

        account = QFrame(objectName="card")
        account_layout = QVBoxLayout(account)
        account_layout.addWidget(heading("My Final POS account", account))
        account_layout.addWidget(hint("Paste the API key from your Final POS account settings. It is kept in "
                                      "this computer's key store, never in a file.", account))
        if not self._key_store:
            self.no_key_store = hint(
                "This computer has no key store, so a key typed here works only until the register closes. For "
                "a station that keeps it, IT sets FINALPOS_API_KEY in the service that starts the register "
                "(see \"Stations without a key store\" in the README).", account)
            self.no_key_store.setObjectName("noKeyStore")
            account_layout.addWidget(self.no_key_store)
        form = form_layout()
        self.url_edit = QLineEdit(DEFAULT_API_URL, objectName="apiUrl")
        self.key_edit = QLineEdit(objectName="apiKey")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("API key")
        self.key_edit.returnPressed.connect(self._on_connect_clicked)
        form.addRow("&Server", self.url_edit)
        form.addRow("API &key", self.key_edit)
        account_layout.addLayout(form)
        self.connect_button = action_button("Connect", "F2", name="connectButton")
        self.connect_button.clicked.connect(self._on_connect_clicked)
        account_layout.addWidget(self.connect_button)

        cards.addWidget(demo, 1)
        cards.addWidget(account, 1)
        layout.addLayout(cards)
        self.notice = NoticeLabel(self)
        layout.addWidget(self.notice)
        layout.addStretch(1)

    def _on_connect_clicked(self) -> None:
        url, key = self.url_edit.text().strip(), self.key_edit.text().strip()
        try:
            url = check_api_url(url)
        except InsecureURLError as err:
            self.notice.show_message(f"Server: {err}")
            self.url_edit.setFocus()
            return
        if not key:
            self.notice.show_message("API key: paste the key from your Final POS account.")
            self.key_edit.setFocus()
            return
        self.notice.clear_message()
        self.account_submitted.emit(url, key)

    def show_error(self, text: str) -> None:
        """Say why the account could not be used."""
        self.notice.show_message(text)
