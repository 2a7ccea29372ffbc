"""A small form in a window-modal dialog, shown with ``open()``: it emits what was typed and stays open
until the caller says it worked (``accept``) or why not (``show_error``)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLayout, QLineEdit, QVBoxLayout, QWidget

from ui.sign_in_view import pin_edit
from ui.widgets import NoticeLabel, PinPad, PlainLabel, action_button, dismiss_button, form_layout, hint


class FormDialog(QDialog):
    """Title, guidance, a form, an inline notice, Cancel (Esc) and a confirm button (Ctrl+Return). A form with a
    PIN field has a PIN pad under it (a touch till has no keyboard): its keys type into the field that has the
    focus (the PIN, or an amount), else into the first PIN field."""

    submitted = Signal(dict)
    """The fields' texts by name."""

    def __init__(self, title: str, guidance: str, confirm: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("formDialog")
        self.fields: dict[str, QLineEdit] = {}
        self.pin_pad: PinPad | None = None
        self.keep_notice = False
        """The notice says something the dialog is about (a scan behind it does not replace it)."""
        layout = QVBoxLayout(self)
        # the dialog is never smaller than its form (an explicit minimum height let a list overlap the fields
        # below it once a message showed); the width's floor is a strut of the layout
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addStrut(520)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.guide = hint(guidance)
        layout.addWidget(self.guide)
        self.form = form_layout()
        layout.addLayout(self.form)
        self._layout = layout
        self.notice = NoticeLabel(self)
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.cancel_button = dismiss_button(self)
        self.confirm_button = action_button(confirm, "Ctrl+Return", name="dialogConfirm")
        self.confirm_button.clicked.connect(self._on_confirm_clicked)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        layout.addLayout(row)

    def set_min_width(self, width: int) -> None:
        """The dialog at least ``width`` pixels wide (its height is its form's)."""
        self._layout.addStrut(width)

    def add_field(self, key: str, label: str, *, pin: bool = False, text: str = "",
                  placeholder: str = "", numeric: bool = False) -> QLineEdit:
        """A line of the form; Return in the last field confirms. A PIN field, or a ``numeric`` one (an amount, a
        quantity), brings the pad for a touch till (with the locale's decimal key for a number)."""
        edit = pin_edit(key) if pin else QLineEdit(text, objectName=key)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        edit.returnPressed.connect(self._on_return)
        self.form.addRow(label, edit)
        self.fields[key] = edit
        if pin or numeric:
            self._add_pin_pad(decimal=numeric)
        return edit

    def _add_pin_pad(self, *, decimal: bool = False) -> None:
        if self.pin_pad is not None and (not decimal or self._pad_decimal):
            return
        if self.pin_pad is not None:  # a number field after a PIN field: the pad gets its decimal key
            self._layout.removeWidget(self.pin_pad)
            self.pin_pad.deleteLater()
        from ui import i18n

        self._pad_decimal = decimal
        separator = i18n.number(Decimal("0.5"), 1)[1:2] if decimal else ""
        self.pin_pad = PinPad(self._pad_target, self, columns=7 if decimal else 6, decimal=separator)
        self._layout.insertWidget(self._layout.indexOf(self.notice), self.pin_pad)

    _pad_decimal = False

    def add_fields_row(self, specs: list[tuple[str, str]], *, pins: tuple[str, ...] = (),
                       text: dict[str, str] | None = None) -> list[QLineEdit]:
        """Several short fields on one line of the form ("First name … Last name …"), each with its label; those
        named in ``pins`` are PIN fields (and bring the PIN pad). They take part in Return and the values as
        :meth:`add_field`'s do."""
        row = QWidget(objectName="fieldsRow")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(10)
        edits = []
        for n, (key, label) in enumerate(specs):
            edit = pin_edit(key) if key in pins else QLineEdit((text or {}).get(key, ""), objectName=key)
            edit.returnPressed.connect(self._on_return)
            caption = PlainLabel(label)
            caption.setBuddy(edit)
            edit.setAccessibleName(caption.text().replace("&", ""))
            if n:
                line.addSpacing(6)
            line.addWidget(caption)
            line.addWidget(edit, 1)
            self.fields[key] = edit
            edits.append(edit)
        self.form.addRow(row)
        if pins:
            self._add_pin_pad()
        return edits

    def _pad_target(self) -> QLineEdit | None:
        """Where the pad types: the focused field of the form, else the first PIN field, else the first field."""
        focus = self.focusWidget()
        if isinstance(focus, QLineEdit) and focus in self.fields.values():
            return focus
        pins = [e for e in self.fields.values() if e.echoMode() == QLineEdit.EchoMode.Password]
        return next(iter(pins or self.fields.values()), None)

    def _on_return(self) -> None:
        edits = list(self.fields.values())
        current = self.focusWidget()
        if current in edits and edits.index(current) < len(edits) - 1:
            edits[edits.index(current) + 1].setFocus()
        else:
            self._on_confirm_clicked()

    def values(self) -> dict[str, str]:
        """The typed texts (PINs as typed, others stripped)."""
        return {k: e.text() if e.echoMode() == QLineEdit.EchoMode.Password else e.text().strip()
                for k, e in self.fields.items()}

    def _on_confirm_clicked(self) -> None:
        self.notice.clear_message()
        self.confirm_button.setEnabled(False)
        self.submitted.emit(self.values())

    def show_error(self, text: str) -> None:
        """Why it did not work; PINs are emptied."""
        self.confirm_button.setEnabled(True)
        self.notice.show_message(text)
        for edit in self.fields.values():
            if edit.echoMode() == QLineEdit.EchoMode.Password:
                edit.clear()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self.fields:
            next(iter(self.fields.values())).setFocus()
