"""Sign in by name and PIN; on a new station, create the first manager instead.

The name list starts on whoever signed in last at this station (the next shift's person picks theirs); the PIN is
typed or tapped on the PIN pad (a touch till has no keyboard)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ui.widgets import NoticeLabel, PinPad, action_button, form_layout, heading, hint, key_text, touch_combo

translate = QCoreApplication.translate


def pin_edit(name: str) -> QLineEdit:
    """A masked field for a 4 to 8 digit PIN."""
    edit = QLineEdit(objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(8)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    edit.setPlaceholderText(translate("SignInView", "4 to 8 digits"))
    return edit


class SignInView(QWidget):
    """Who is at the till. With nobody on the station yet, the form creates the first manager."""

    sign_in_requested = Signal(str, str)
    first_manager_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first_run = False
        self._setup_ui()

    def _setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 16, 40, 16)
        card = QFrame(objectName="card")
        card.setMaximumWidth(560)
        card.setMinimumWidth(480)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 16, 28, 16)
        layout.setSpacing(8)
        self.title = heading(self.tr("Sign in"))
        self.guide = hint()
        layout.addWidget(self.title)
        layout.addWidget(self.guide)
        self.catalog_label = hint()
        self.catalog_label.setObjectName("catalogProgress")
        self.catalog_label.setVisible(False)
        layout.addWidget(self.catalog_label)
        form = form_layout()
        self.name_combo = QComboBox(objectName="nameCombo")
        self.name_combo.setEditable(True)
        self.name_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        touch_combo(self.name_combo)
        self.pin_edit = pin_edit("pinEdit")
        self.confirm_edit = pin_edit("pinConfirmEdit")
        self.pin_edit.returnPressed.connect(self._on_submit)
        self.confirm_edit.returnPressed.connect(self._on_submit)
        form.addRow(self.tr("&Name"), self.name_combo)
        form.addRow(self.tr("&PIN"), self.pin_edit)
        form.addRow(self.tr("PIN &again"), self.confirm_edit)
        self._form = form
        layout.addLayout(form)
        self.pin_pad = PinPad(self._pad_target, self)
        pad_row = QHBoxLayout()
        pad_row.addStretch(1)
        pad_row.addWidget(self.pin_pad, 3)
        pad_row.addStretch(1)
        layout.addLayout(pad_row)
        self.notice = NoticeLabel(self)  # "Too many wrong PINs for …": its own room, never over the PIN field
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        row.addStretch(1)
        self.submit_button = action_button(self.tr("Sign in"), "Return", name="signInButton")
        self.submit_button.setShortcut("")  # Return in the PIN field submits; Enter on the button too
        self.submit_button.clicked.connect(self._on_submit)
        row.addWidget(self.submit_button)
        layout.addLayout(row)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.set_people([])

    def _pad_target(self) -> QLineEdit:
        """The PIN pad types into the second PIN field once it has the focus, else into the PIN field."""
        return self.confirm_edit if self.confirm_edit.hasFocus() else self.pin_edit

    def set_people(self, names: Sequence[str], last: str | None = None) -> None:
        """The station's people, ``last`` (who signed in last here) chosen; none means the first manager is
        created here."""
        self._first_run = not names
        self.name_combo.clear()
        self.name_combo.addItems(list(names))
        chosen = names.index(last) if last in names else 0
        self.name_combo.setCurrentIndex(-1 if self._first_run else chosen)
        self.name_combo.setEditText("" if self._first_run else names[chosen])
        self._form.setRowVisible(self.confirm_edit, self._first_run)
        if self._first_run:
            self.title.setText(self.tr("Create the first manager"))
            self.guide.setText(self.tr("Nobody works at this station yet. The first person is a manager: they open "
                                       "and close sessions and approve cash out. Choose a PIN only you know."))
            self.submit_button.setText(self.tr("Create manager and sign in") + "  " + key_text("Enter"))
        else:
            self.title.setText(self.tr("Sign in"))
            self.guide.setText(self.tr("Choose your name and type your PIN. Signing out keeps the session open."))
            self.submit_button.setText(self.tr("Sign in") + "  " + key_text("Enter"))
        self.reset()

    def reset(self) -> None:
        """Empty PINs, focus on the right field."""
        self.pin_edit.clear()
        self.confirm_edit.clear()
        self.notice.clear_message()
        self.setEnabled(True)
        (self.name_combo if self._first_run else self.pin_edit).setFocus()

    def _on_submit(self) -> None:
        name, pin = self.name_combo.currentText().strip(), self.pin_edit.text()
        if not name:
            self.notice.show_message(self.tr("Name: type your name."))
            self.name_combo.setFocus()
            return
        if self._first_run:
            if pin != self.confirm_edit.text():
                self.notice.show_message(self.tr("The two PINs differ. Type the same PIN twice."))
                self.confirm_edit.clear()
                self.confirm_edit.setFocus()
                return
            self.first_manager_requested.emit(name, pin)
        else:
            self.sign_in_requested.emit(name, pin)

    def set_catalog_progress(self, text: str | None) -> None:
        """The first catalog sync under way, while the cashier waits here (None: hidden)."""
        self.catalog_label.setText(text or "")
        self.catalog_label.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        """A refused PIN or name: say so, empty the PIN."""
        self.notice.show_message(text)
        self.pin_edit.clear()
        self.confirm_edit.clear()
        self.pin_edit.setFocus()
