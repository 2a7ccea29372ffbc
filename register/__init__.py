"""Register: a desktop point-of-sale register for the Final POS cloud (Qt-free core)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("register")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
