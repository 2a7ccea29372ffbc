"""``register quote FILE|-``: price a cart from JSON and print the order fragment (see docs/pricing.md)."""

from __future__ import annotations

import sys
from pathlib import Path

from register.pricing.quote import QuoteError, quote

__all__ = ["main"]

USAGE = """usage: register quote [--compact] FILE|-

Read a cart as JSON from FILE (or standard input with -) and print the order fragment that would be
posted: summary, lineItems, customSales, cartDiscount, cartFees. Money is printed as decimal strings at
the currency's exponent; percentages as the wire has them (tax rates and custom-sale discounts in percent
points, 15 for 15 %; tip, cartDiscount and cartFees as fractions, 0.15). The input format is in
docs/pricing.md.

Bad input is reported on standard error, naming the field, with exit status 2.
"""


def _error(message: str) -> int:
    print(f"register quote: {message}", file=sys.stderr)
    return 2


def main(argv: list[str]) -> int:
    """Run ``register quote``; returns the exit status."""
    args = list(argv)
    if any(a in ("-h", "--help") for a in args):
        print(USAGE, end="")
        return 0
    compact = "--compact" in args
    args = [a for a in args if a != "--compact"]
    if len(args) != 1 or (args[0].startswith("-") and args[0] != "-"):
        print(USAGE, end="", file=sys.stderr)
        return 2
    source = args[0]
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        return _error(f"cannot read {source}: {err}")
    try:
        output = quote(text, indent=None if compact else 2)
    except QuoteError as err:
        return _error(str(err))
    print(output)
    return 0
