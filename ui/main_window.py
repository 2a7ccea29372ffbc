"""The register's main window: one stack of screens, and a status bar that says where and who we are."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRect, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from register import __version__
from register.config import Mode
from ui.status_panel import StatusBarPanel
from ui.widgets import PlainLabel, heading

translate = QCoreApplication.translate


class StartingView(QWidget):
    """Shown while the register starts (the database opens, the demo shop starts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.addWidget(heading(self.tr("Register")))
        card = QFrame(objectName="card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 20, 24, 20)
        self.backend_label = PlainLabel(objectName="backendLabel")
        self.backend_label.setWordWrap(True)
        card_layout.addWidget(self.backend_label)
        layout.addWidget(card)
        layout.addStretch(1)


def opens_maximized(available: QRect, window: QRect, restored: bool, platform: str) -> bool:
    """Whether the window opens maximized: on every first start (no remembered geometry), whatever the screen: a
    till's register uses the whole screen (1024×768 or 1920×1080), and a geometry it had last time is kept. Never
    on the offscreen platform, whose 800×600 "screen" shows nothing."""
    del available, window  # the screen's size does not matter: a first start fills it
    return not restored and platform != "offscreen"


class MainWindow(QMainWindow):
    """Screens in a stack; geometry and state remembered in ``settings`` (an INI file)."""

    def __init__(self, mode: Mode, settings: QSettings | None = None) -> None:
        super().__init__()
        self._mode = mode
        self._settings = settings
        self._setup_ui()
        self.set_backend_state("starting", self.tr("Starting…"))

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Register {version} — {mode}").format(version=__version__, mode=self._mode_text()))
        self.setMinimumSize(900, 640)
        self.resize(1180, 780)
        self.stack = QStackedWidget(self)
        self.starting = StartingView()
        self.stack.addWidget(self.starting)
        self.setCentralWidget(self.stack)
        self.status = StatusBarPanel(self.statusBar(), self._mode)
        self.about_action = QAction(self.tr("About Register"), self, shortcut=QKeySequence("Ctrl+Shift+A"),
                                    shortcutContext=Qt.ShortcutContext.ApplicationShortcut)
        self.about_action.triggered.connect(self._on_about_triggered)
        self.addAction(self.about_action)
        self.restored = False
        """Whether the window took the size and place it had last time (else it opens at its default size)."""
        if self._settings is not None:
            geometry = self._settings.value("window/geometry")
            if geometry is not None:
                self.restored = bool(self.restoreGeometry(geometry))
            state = self._settings.value("window/state")
            if state is not None:
                self.restoreState(state)

    def show_on_screen(self) -> None:
        """Show the window. A first start opens maximized (a 1024×768 till or a 1920×1080 desk); a remembered
        geometry is Qt's to restore (on a screen). The offscreen platform (tests, smoke runs) has no real screen:
        its fixed 800×600 bounds nothing."""
        screen = self.screen()
        if screen is not None and opens_maximized(screen.availableGeometry(), self.frameGeometry(), self.restored,
                                                  QGuiApplication.platformName()):
            self.setGeometry(screen.availableGeometry())  # what "maximized" means where no window manager runs
            self.showMaximized()
        else:
            self.show()

    def _on_about_triggered(self) -> None:
        """The About box: the version (the one from pyproject, as in the logs and ``register --version``)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Register"),
                          self.tr("Register {version}\n\nA point-of-sale register for the Final POS cloud.\n"
                                  "Mode: {mode}.  Keys: Ctrl+Shift+A shows this box.").format(
                              version=__version__, mode=self._mode_text()), parent=self)
        box.setObjectName("aboutBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        self.about_box = box

    def _mode_text(self) -> str:
        return self.tr("Demo mode") if self._mode is Mode.DEMO else self.tr("Live")

    @property
    def backend_label(self) -> QLabel:
        """The starting screen's message."""
        return self.starting.backend_label

    def set_mode(self, mode: Mode) -> None:
        """Demo or live (known once the first run has been answered)."""
        self._mode = mode
        self.setWindowTitle(self.tr("Register {version} — {mode}").format(version=__version__, mode=self._mode_text()))
        self.status.set_mode(mode)

    def set_backend_state(self, state: str, text: str) -> None:
        """The start-up state (``starting``, ``ready`` or ``error``) on the starting screen."""
        label = self.backend_label
        label.setProperty("state", state)
        label.setText(text)
        label.style().unpolish(label)
        label.style().polish(label)
        if state == "error":
            self.status.set_online(False, text)

    def show_view(self, view: QWidget) -> None:
        """Bring a screen to the front (added to the stack the first time)."""
        if self.stack.indexOf(view) < 0:
            self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)

    def current_view(self) -> QWidget:
        """The screen in front."""
        return self.stack.currentWidget()

    def save_state(self) -> None:
        """Remember size, position and state."""
        if self._settings is not None:
            self._settings.setValue("window/geometry", self.saveGeometry())
            self._settings.setValue("window/state", self.saveState())
            self._settings.sync()

    close_guard: Callable[[], str] | None = None
    """Asked before the window closes: why closing needs a word (a sale in progress), or "" to close at once."""
    _closing_confirmed = False

    def closeEvent(self, event: QCloseEvent) -> None:
        reason = self.close_guard() if self.close_guard is not None and not self._closing_confirmed else ""
        if reason:
            event.ignore()
            self._ask_before_closing(reason)
            return
        self.save_state()
        super().closeEvent(event)

    def _ask_before_closing(self, reason: str) -> None:
        """A sale is in progress: close only when the person says so (never ``exec()``: the loop keeps running)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close the register?"), reason, parent=self)
        box.setObjectName("closeConfirmBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        keep = box.addButton(self.tr("Keep selling"), QMessageBox.ButtonRole.RejectRole)
        leave = box.addButton(self.tr("Close the register"), QMessageBox.ButtonRole.DestructiveRole)
        keep.setObjectName("keepSellingButton")
        leave.setObjectName("closeRegisterButton")
        leave.setProperty("role", "secondary")  # the safe answer is the one that stands out
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(button: object) -> None:
            if button is leave:
                self._closing_confirmed = True
                self.close()
            else:
                self.activateWindow()

        box.buttonClicked.connect(answered)
        self.close_box = box
        box.open()
