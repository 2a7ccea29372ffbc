"""The frozen executable's entry point: exactly what ``register`` (``python -m register``) does."""

from __future__ import annotations

import sys

from register.cli import main

if __name__ == "__main__":
    sys.exit(main())
