"""Where the register keeps its files, how it finds its API key, and which mode it runs in.

- Paths come from platformdirs (per user, per OS); ``REGISTER_HOME`` moves everything under one folder
  (tests, kiosks, a second station on one machine).
- The API key lives in the OS keyring (service ``register``, user ``finalpos-api-key``) or, for CI and
  kiosks, in the environment variable ``FINALPOS_API_KEY``. It is never written to a settings file and
  never logged: :class:`ApiKey` hides it from ``repr``/``str``.
- With no key the register runs in demo (training) mode against the built-in sandbox.
"""

from __future__ import annotations

import ipaddress
import logging
import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Final

APP_NAME: Final = "register"
KEYRING_SERVICE: Final = "register"
KEYRING_USER: Final = "finalpos-api-key"
API_KEY_ENV: Final = "FINALPOS_API_KEY"
API_URL_ENV: Final = "FINALPOS_API_URL"
HOME_ENV: Final = "REGISTER_HOME"
DEFAULT_API_URL: Final = "https://api.finalpos.com"

log = logging.getLogger(__name__)


class InsecureURLError(ValueError):
    """An API address that would send the key in clear text, or is not an address at all."""

    code = "insecure_url"


def is_loopback(host: str) -> bool:
    """``localhost`` or a loopback address (127.0.0.0/8, ::1): traffic that never leaves this computer."""
    name = host.strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_api_url(url: str) -> str:
    """``url`` (without a trailing slash) when it is a safe place to send the API key: https for every host,
    plain http only to this computer (the demo sandbox). Anything else raises :class:`InsecureURLError`."""
    from urllib.parse import urlsplit

    text = (url or "").strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError:
        raise InsecureURLError(f"{text!r} is not a web address (expected https://host)") from None
    if parts.scheme not in ("http", "https") or not host:
        raise InsecureURLError(f"{text!r} is not a web address (expected https://host)")
    if parts.username or parts.password:
        raise InsecureURLError("the address must not carry a user name or password")
    if parts.scheme == "http" and not is_loopback(host):
        raise InsecureURLError(f"{text} is plain http: the API key would travel in clear text. Use https:// "
                               "(plain http is allowed only to this computer, for the demo sandbox).")
    return text.rstrip("/")


class Mode(Enum):
    """How the register talks to Final POS."""

    DEMO = "demo"
    """Against the built-in sandbox on 127.0.0.1: training, demos, tests."""
    LIVE = "live"
    """Against a real Final POS account."""


class ApiKey:
    """An API key that never shows itself in logs, reprs or tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not value or not value.strip():
            raise ValueError("an API key cannot be empty")
        self._value = value.strip()

    def reveal(self) -> str:
        """The key itself, for the one header that needs it."""
        return self._value

    def __repr__(self) -> str:
        return "ApiKey('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ApiKey) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class Paths:
    """The folders the register writes to."""

    data: Path
    """Databases (local store, demo sandbox)."""
    config: Path
    """Settings that IT may provision."""
    logs: Path
    """Log files."""

    @classmethod
    def default(cls) -> Paths:
        """Paths from ``REGISTER_HOME`` if set, else the platform's per-user folders."""
        home = os.environ.get(HOME_ENV)
        if home:
            root = Path(home).expanduser()
            return cls(data=root / "data", config=root / "config", logs=root / "logs")
        import platformdirs  # a few ms; only paid by commands that need paths

        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    def ensure(self) -> Paths:
        """Create the folders (owner-only where the OS honours it) and return self."""
        for folder in (self.data, self.config, self.logs):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self

    @property
    def demo_sandbox(self) -> Path:
        """Where the built-in sandbox keeps the demo shop."""
        return self.data / "demo-sandbox"


def load_api_key() -> ApiKey | None:
    """The API key from ``FINALPOS_API_KEY`` or the OS keyring; None when neither has one."""
    from_env = os.environ.get(API_KEY_ENV, "").strip()
    if from_env:
        return ApiKey(from_env)
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            stored = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
        except KeyringError as err:  # no usable backend (a headless Linux box, say)
            log.info("OS keyring unavailable (%s); no stored API key", type(err).__name__)
            return None
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    return ApiKey(stored) if stored else None


def keyring_usable() -> bool:
    """Whether this computer has an OS key store the register can keep the key in (a headless Linux station
    often has none: keyring then falls back to a backend that refuses everything)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - keyring is a dependency
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is as good as none
        return False
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


def store_api_key(key: ApiKey) -> None:
    """Save the key in the OS keyring (raises keyring's error when no backend is available)."""
    import keyring

    keyring.set_password(KEYRING_SERVICE, KEYRING_USER, key.reveal())


@dataclass(frozen=True)
class Connection:
    """Which server the register talks to, and with which key."""

    mode: Mode
    api_url: str | None
    """None in demo mode until the sandbox has started."""
    api_key: ApiKey | None


def resolve_connection(*, force_demo: bool = False) -> Connection:
    """Live when an API key is configured (env or keyring), demo otherwise or when forced."""
    if force_demo:
        return Connection(Mode.DEMO, None, None)
    key = load_api_key()
    if key is None:
        return Connection(Mode.DEMO, None, None)
    return Connection(Mode.LIVE, check_api_url(os.environ.get(API_URL_ENV, DEFAULT_API_URL)), key)
