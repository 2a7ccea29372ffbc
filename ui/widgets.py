"""Small building blocks shared by the screens: buttons that show their shortcut, headings, notices."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QWidget


def action_button(text: str, shortcut: str | None = None, *, name: str | None = None,
                  role: str = "primary", parent: QWidget | None = None) -> QPushButton:
    """A button that shows its keyboard shortcut in its label ("Open session  F2") and answers to it."""
    label = f"{text}  {QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)}" if shortcut else text
    button = QPushButton(label, parent)
    if shortcut:
        button.setShortcut(QKeySequence(shortcut))
        button.setToolTip(f"{text} ({shortcut})")
    button.setProperty("role", role)
    button.setAutoDefault(False)
    if name:
        button.setObjectName(name)
    return button


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A screen title."""
    label = QLabel(text, parent)
    label.setObjectName("heading")
    return label


def hint(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A line of guidance under a title."""
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class NoticeLabel(QLabel):
    """An inline message: ``error`` (red, bold), ``info`` or ``ok``; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str, kind: str = "error") -> None:
        """Show ``text`` in the style of ``kind``."""
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        """Hide the message."""
        self.setText("")
        self.hide()


class TouchFormLayout(QFormLayout):
    """A form whose text labels sit level with their tall, touch-sized fields (and are their buddies)."""

    def addRow(self, label: object, field: object = None) -> None:  # type: ignore[override]
        if isinstance(label, str) and isinstance(field, QWidget):
            text = QLabel(label)
            text.setMinimumHeight(40)
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            text.setBuddy(field)  # "&Name" → Alt+N focuses the field
            super().addRow(text, field)
        elif field is None:
            super().addRow(label)  # type: ignore[call-overload]
        else:
            super().addRow(label, field)  # type: ignore[call-overload]


def form_layout() -> QFormLayout:
    """A form whose labels sit level with their (tall, touch-sized) fields."""
    form = TouchFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(10)
    return form
