"""The ``register`` command.

``register`` alone opens the GUI; the subcommands are headless and never import Qt, except ``receipt`` and
``report``, which render with the GUI's own code (Qt, offscreen) once they have found what to render. Those two
and the GUI are ``ui``'s modules, named here by module name only: this composition root is the one place of
``register`` that knows the GUI exists, and it never imports it unless it runs it.

    register                       open the register (demo mode against the built-in sandbox by default)
    register sandbox ...           run the local Final POS sandbox server
    register quote FILE|-          price a cart as the register would (see docs/pricing.md)
    register outbox ...            inspect and flush a station's outbox without the GUI
    register receipt ...           a sale's receipt again (PDF, ESC/POS file, receipt printer)
    register report (x|z) ...      a session's X or Z report as a PDF
    register sync ...              fetch the catalog into a station (IT preloads a till)
    register --version             print the version

Each subcommand lives in its own package and is imported only when it runs, so that a headless
command never pays for (or depends on) Qt, and the GUI never pays for the sandbox's web framework.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from importlib import import_module

from register import __version__

# name -> (module with ``main(argv) -> int``, one-line help)
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "sandbox": ("register.sandbox.cli", "run the local Final POS sandbox (demo, training, tests)"),
    "quote": ("register.pricing.cli", "price a cart from JSON and print the order fragment"),
    "outbox": ("register.services.outbox_cli", "inspect and flush a station's outbox (status, list, retry, flush)"),
    "sync": ("register.services.catalog_cli", "fetch the catalog into a station, with a progress bar (resumable)"),
    "tax-tables": ("register.services.tax_tables_cli", "import or show the store's tax tables (JSON file)"),
    "provision": ("register.services.provision_cli", "set this station up for IT (API URL, outlet, station), offline"),
    "audit": ("register.services.audit_cli", "verify the audit log's hash chain, or list its newest entries"),
    "receipt": ("ui.receipt_cli", "a sale's receipt again: PDF, ESC/POS file or a receipt printer"),
    "report": ("ui.report_cli", "a session's X or Z report as a PDF"),
}

USAGE = """usage: register [--version] [--smoke] [--demo] [COMMAND ...]

Without a command, opens the register window.

commands:
{commands}

Run 'register COMMAND --help' for a command's options.
"""


def _usage() -> str:
    width = max(len(name) for name in SUBCOMMANDS)
    lines = [f"  {name:<{width}}  {help_}" for name, (_, help_) in SUBCOMMANDS.items()]
    return USAGE.format(commands="\n".join(lines))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``register`` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("-h", "--help"):
        print(_usage(), end="")
        return 0
    if args and args[0] == "--version":
        print(f"register {__version__}")
        return 0
    if args and args[0] in SUBCOMMANDS:
        module_name, _ = SUBCOMMANDS[args[0]]
        entry: Callable[[list[str]], int] = import_module(module_name).main
        return entry(args[1:])
    if args and not args[0].startswith("-"):
        print(f"register: unknown command {args[0]!r}\n", file=sys.stderr)
        print(_usage(), end="", file=sys.stderr)
        return 2
    # The GUI: the one place the core hands over to Qt. Imported here so headless commands stay Qt-free.
    gui = import_module("ui.app")
    result: int = gui.main(args)
    return result
