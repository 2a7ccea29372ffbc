"""Small building blocks shared by the screens: buttons that show their shortcut, headings, notices."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShortcutEvent,
    QShowEvent,
)
from PySide6.QtGui import Qt as QtGuiQt  # QtGui's Qt namespace has the text helpers (convertFromPlainText)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QWidget,
)

from register.text import printable

translate = QCoreApplication.translate


class PlainLabel(QLabel):
    """The one kind of label the register shows: its text is always plain text, never markup, and never carries
    control or bidirectional formatting characters. A customer named ``<img src='/dev/zero'>Eve`` shows as
    typed (QLabel's default, "auto", would render it and read /dev/zero), and so do fake links and banners."""

    def __init__(self, text: Any = "", parent: QWidget | None = None, **properties: Any) -> None:
        if isinstance(text, QWidget):  # PlainLabel(parent), as QLabel allows
            text, parent = "", text
        super().__init__(parent, **properties)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if text:
            self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(printable(text, lines=True))

    def setTextFormat(self, format: Qt.TextFormat) -> None:
        super().setTextFormat(Qt.TextFormat.PlainText)  # whatever is asked: plain is the rule


class FigureLabel(PlainLabel):
    """A figure that changes on every scan (the total, a tax row): it keeps a fixed size while its text fits, so a
    new amount repaints the label alone. A QLabel asks its layout again on each new text, which lays out the
    whole sell screen before the next paint (half a millisecond a scan); a fixed-size widget does not ask. The size
    is that of the text, or of ``widest`` when wider (a sample of the widest usual figure, so the column does
    not move as the total grows), and it grows when a wider text comes."""

    def __init__(self, text: Any = "", parent: QWidget | None = None, *, widest: str = "", **properties: Any) -> None:
        self._widest = widest
        self._fixed = QSize()
        self._metrics: QFontMetrics | None = None
        self._room = 0
        """How wide a text may be and still fit the fixed size."""
        self._backdrop: QColor | None = None
        super().__init__(text, parent, **properties)

    def setText(self, text: str) -> None:
        before = self.text()
        super().setText(text)
        shown = self.text()
        if self._metrics is None or (shown != before and self._metrics.horizontalAdvance(shown) > self._room):
            self._fit()

    def _fit(self) -> None:
        self.ensurePolished()
        metrics = self._metrics = self.fontMetrics()
        box, margin = self.contentsMargins(), 2 * self.margin()
        chrome = box.left() + box.right() + margin + 2  # a pixel either side: no rounding ever clips it
        width = chrome + max(metrics.horizontalAdvance(self.text()), metrics.horizontalAdvance(self._widest))
        height = max(metrics.height() + box.top() + box.bottom() + margin, self.sizeHint().height())
        if width > self._fixed.width() or height != self._fixed.height():
            self._fixed = QSize(max(width, self._fixed.width()), height)
            self.setFixedSize(self._fixed)  # asks the layout once; every text that fits after it, never
        self._room = self._fixed.width() - chrome

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # the size is measured again
            self._fixed, self._metrics = QSize(), None
            self.setMinimumSize(0, 0)
            self.setMaximumSize(16777215, 16777215)
            self._fit()
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange, QEvent.Type.ParentChange):
            self._find_backdrop()

    def showEvent(self, event: QShowEvent) -> None:
        self._find_backdrop()
        super().showEvent(event)

    def _find_backdrop(self) -> None:
        """A label without a background of its own, on a plain opaque one, paints that colour itself: Qt then
        repaints the label alone for a new figure, not the card (its border, its rounded corners) under it."""
        parent = self.parentWidget()
        own = self.palette().color(self.backgroundRole())
        under = parent.palette().color(parent.backgroundRole()) if parent is not None else None
        plain = under is not None and under.alpha() == 255 and (own.alpha() == 0 or own == under)
        self._backdrop = under if plain else None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, plain)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._backdrop is not None:
            painter = QPainter(self)
            painter.fillRect(event.rect(), self._backdrop)
            painter.end()
        super().paintEvent(event)


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as typed (tooltips are rich text whenever they look like markup)."""
    if not text:
        return ""
    return QtGuiQt.convertFromPlainText(printable(text, lines=True), QtGuiQt.WhiteSpaceMode.WhiteSpaceNormal)


def tip_text(tip: str) -> str:
    """What a tooltip shows, as plain text (for tests and screen readers)."""
    from PySide6.QtGui import QTextDocumentFragment

    return QTextDocumentFragment.fromHtml(tip).toPlainText() if QtGuiQt.mightBeRichText(tip) else tip


_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TouchButton(QPushButton):
    """The register's push button: Enter (and Return) press it when it has the focus, as Space does (a Qt button
    outside a dialog's default answers Space only, yet the labels say Enter)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in _ENTER and mods == Qt.KeyboardModifier.NoModifier and self.isEnabled():
            event.accept()
            self.click()
            return
        super().keyPressEvent(event)


class ActionButton(TouchButton):
    """A button whose label names its shortcut ("Cart discount  F5") and still fits a small station's screen.

    Where the full label does not fit the width the layout gives it, the shortcut goes on a second line; where
    two lines do not fit either, the caption stands alone (the tooltip still names the key). The button asks its
    layout for room for the full label, but accepts the width of the shortest form: a 1024-pixel-wide screen
    fits every screen of the register without a label cut in the middle of a word.
    """

    def __init__(self, text: str, key: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption, self._key = text, key
        self._fitted: tuple[int, int] | None = None
        super().setText(self.full_text())

    def full_text(self) -> str:
        """The label when there is room: the caption and its key."""
        return f"{self._caption}  {self._key}" if self._key else self._caption

    def forms(self) -> list[str]:
        """The labels to try, widest first."""
        if not self._key:
            return [self._caption]
        return [self.full_text(), f"{self._caption}\n{self._key}", self._caption]

    def setText(self, text: str) -> None:
        """A new label; "Caption  Key" (two spaces) keeps the key apart, as ``action_button`` writes it."""
        caption, sep, key = text.rpartition("  ")
        self._caption, self._key = (caption, key) if sep else (text, "")
        self._fitted = None
        super().setText(self.full_text())
        self._fit()

    def needed(self, text: str) -> QSize:
        """The size the button asks for to show ``text`` (its style's paddings and borders included)."""
        self.ensurePolished()  # the stylesheet's font and paddings apply from here on
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.state |= QStyle.StateFlag.State_HasFocus  # room for the focus frame, as ``fits`` counts it
        option.text = text
        content = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text)
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, content, self)

    def fits(self, text: str) -> bool:
        """Whether ``text`` fits inside the button at its present size, within its borders and paddings (as they
        are when it has the focus: a label that fits then fits always)."""
        self.ensurePolished()
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.state |= QStyle.StateFlag.State_HasFocus  # the focus frame is the theme's widest border
        room = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self).size()
        need = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text)
        return need.width() <= room.width() and need.height() <= room.height()

    def sizeHint(self) -> QSize:
        return self.needed(self.full_text()).expandedTo(self.minimumSize())

    def minimumSizeHint(self) -> QSize:
        forms = self.forms()
        width = self.needed(forms[-1]).width()
        return QSize(width, self.needed(forms[0]).height()).expandedTo(self.minimumSize())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        size = (self.width(), self.height())
        if size == self._fitted:
            return
        self._fitted = size
        forms = self.forms()
        chosen = next((f for f in forms if self.fits(f)), forms[-1])
        if chosen != self.text():
            keys = self.shortcut()  # Qt's setText() replaces the shortcut with the label's mnemonic
            super().setText(chosen)
            self.setShortcut(keys)

    def event(self, event: QEvent) -> bool:
        # Qt "animates" a shortcut's click: it lands 100 ms after the key. The keys typed in that time went to
        # the screen the shortcut was leaving (F3 then "flat white" searched "t white"): click at once.
        if (isinstance(event, QShortcutEvent) and event.type() == QEvent.Type.Shortcut and not event.isAmbiguous()
                and self.isEnabled()):
            self.click()
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fitted = None
            self._fit()


def key_text(key: str) -> str:
    """How a key is named on a button (``F2``, ``Esc``; ``Échap`` on a French register, as its keyboards say)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def action_button(text: str, shortcut: str | None = None, *, name: str | None = None,
                  role: str = "primary", parent: QWidget | None = None) -> ActionButton:
    """A button that shows its keyboard shortcut in its label ("Open session  F2") and answers to it."""
    key = key_text(shortcut) if shortcut else ""
    button = ActionButton(text, key, parent)
    if shortcut:
        button.setShortcut(QKeySequence(shortcut))
        button.setToolTip(plain_tip(f"{text} ({shortcut})"))
    button.setProperty("role", role)
    button.setAutoDefault(False)
    if name:
        button.setObjectName(name)
    return button


def dismiss_button(dialog: QDialog, text: str | None = None) -> ActionButton:
    """A dialog's "Cancel  Esc" (or "Close  Esc"): it rejects the dialog, as Esc already does (no second
    shortcut for the key)."""
    button = action_button(text or translate("Dialog", "Cancel"), "Esc", name="dialogCancel", role="secondary")
    button.setShortcut("")
    button.clicked.connect(dialog.reject)
    return button


def heading(text: str, parent: QWidget | None = None) -> PlainLabel:
    """A screen title."""
    label = PlainLabel(text, parent)
    label.setObjectName("heading")
    return label


class WrappedLabel(PlainLabel):
    """A label that wraps and asks for the height its text needs at its width: Qt does not pass height-for-width
    up through a dialog's or a stacked screen's layout, which then counted one line and squeezed what came below."""

    def __init__(self, text: Any = "", parent: QWidget | None = None, **properties: Any) -> None:
        super().__init__(text, parent, **properties)
        self.setWordWrap(True)

    def _fit_height(self) -> None:
        # only once laid out (shown): a label not yet placed is as narrow as a new widget, and its height for that
        # width would inflate the screen's minimum for good
        needed = self.heightForWidth(self.width()) if self.text() and self.isVisible() and self.width() > 0 else 0
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fit_height()


def hint(text: str = "", parent: QWidget | None = None) -> PlainLabel:
    """A line of guidance under a title (as many lines as it takes)."""
    label = WrappedLabel(text, parent)
    label.setObjectName("hint")
    return label


class NoticeLabel(PlainLabel):
    """An inline message: ``error`` (red, bold), ``info`` or ``ok``; hidden when empty.

    Its room is kept while it is hidden (``lines`` lines of text): a message that comes or goes moves nothing
    under a finger. A longer message is never cut: the label asks for the height its text needs at its width
    (the stack of screens does not pass Qt's height-for-width down, so it says so itself), and the screens put it
    beside a part that gives way (the cart, a list, an empty stretch), not above their buttons."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = 2) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines = lines
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        self.setSizePolicy(policy)
        self.hide()
        self._fit_height()

    def reserved_height(self) -> int:
        """The height kept for the message: ``lines`` lines, its padding and border."""
        self.ensurePolished()
        margins = self.contentsMargins()
        return self.fontMetrics().lineSpacing() * self.lines + margins.top() + margins.bottom() + 4

    def _fit_height(self) -> None:
        needed = self.reserved_height()
        if self.text() and self.isVisible() and self.width() > 0:  # laid out: its width is the real one
            needed = max(needed, self.heightForWidth(self.width()))
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def show_message(self, text: str, kind: str = "error") -> None:
        """Show ``text`` in the style of ``kind``."""
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.setAccessibleDescription(self.text())
        self.setVisible(bool(text))
        self._fit_height()

    def clear_message(self) -> None:
        """Hide the message (its room stays)."""
        self.setText("")
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()


class TouchFormLayout(QFormLayout):
    """A form whose text labels sit level with their tall, touch-sized fields (and are their buddies)."""

    def addRow(self, label: object, field: object = None) -> None:  # type: ignore[override]
        if isinstance(label, str) and isinstance(field, QWidget):
            text = PlainLabel(label)
            text.setMinimumHeight(40)
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            text.setBuddy(field)  # "&Name" → Alt+N focuses the field
            if not field.accessibleName():  # what a screen reader says of the field: its label's words
                field.setAccessibleName(text.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))
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


def touch_combo(combo: QComboBox) -> QComboBox:
    """A drop-down whose rows a finger can hit: the theme's 44-pixel rows apply only to a styled item delegate
    (Qt's combo popup otherwise draws its own 18-26 pixel rows), the typing popup of an editable one too."""
    combo.setItemDelegate(QStyledItemDelegate(combo))
    completer = combo.completer()
    if completer is not None:
        popup = QListView(objectName="touchPopup")
        popup.setItemDelegate(QStyledItemDelegate(popup))
        completer.setPopup(popup)
    return combo


PIN_KEY_SIZE = QSize(60, 52)
"""A PIN pad key: wider and taller than the 44-pixel touch minimum (a thumb, quickly, several times)."""


class PinPad(QWidget):
    """Digits to tap, for a till without a keyboard: each key types into ``target()`` (a PIN field, or whichever
    field of the form has the focus: an amount, a count). ``decimal``: the locale's decimal separator gets a key
    (amounts). ``columns=12`` lays the keys out in one row. The keys never take the focus: the keyboard and a
    scanner keep working."""

    def __init__(self, target: Callable[[], QWidget | None], parent: QWidget | None = None, *,
                 columns: int = 3, decimal: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("pinPad")
        self._target = target
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        keys = [*"123456789"]
        back = translate("PinPad", "Delete the last digit")
        clear = translate("PinPad", "Clear the field")
        if columns == 3:
            keys += ["C", "0", "⌫"]
        elif columns >= 12:
            keys += ["0", *([decimal] if decimal else []), "⌫"]
        else:
            keys += ["0", *([decimal] if decimal else []), "⌫", "C"]
        self.buttons: dict[str, TouchButton] = {}
        for n, key in enumerate(keys):
            button = TouchButton(key, objectName="pinKey")
            button.setMinimumSize(PIN_KEY_SIZE if columns < 12 else QSize(44, 44))  # known before the stylesheet
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setAccessibleName({"⌫": back, "C": clear}.get(key, key))
            if key in ("⌫", "C"):
                button.setToolTip(plain_tip({"⌫": back, "C": clear}[key]))
                button.setProperty("role", "secondary")
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, n // columns, n % columns)
            self.buttons[key] = button

    def press(self, key: str) -> None:
        """What a tap on ``key`` does to the target field (a line edit, or a count box's line)."""
        target = self._target()
        edit = target.findChild(QLineEdit) if isinstance(target, QAbstractSpinBox) else target
        if not isinstance(edit, QLineEdit) or edit.isReadOnly() or not edit.isEnabled():
            return
        if key == "⌫":
            edit.backspace()
        elif key == "C":
            edit.clear()
        else:
            edit.insert(key)
