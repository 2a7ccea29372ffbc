"""The checks that keep the codebase honest, run by the same ``uv run pytest`` as everything else:
ruff, mypy --strict on the core, the layering contracts, and Qt-free headless commands."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_MODULES = ("PySide6", "shiboken6", "qasync", "ui")


def _run(*cmd: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False)


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def test_ruff() -> None:
    result = _run(_tool("ruff"), "check", "--no-cache", "register", "ui", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_strict_on_the_core() -> None:
    result = _run(_tool("mypy"), "register", "--cache-dir", str(ROOT / ".mypy_cache"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts() -> None:
    """import-linter: register/ never imports Qt, qasync or ui; pricing depends only on money."""
    result = _run(_tool("lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_core_module_pulls_qt_at_runtime() -> None:
    """Importing every module of register/ leaves Qt, qasync and ui out of sys.modules."""
    code = (
        "import importlib, pkgutil, sys, json, register\n"
        "names = [m.name for m in pkgutil.walk_packages(register.__path__, 'register.')\n"
        "         if not m.name.endswith('__main__')]\n"
        "for n in names: importlib.import_module(n)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r})\n"
        "print(json.dumps({'imported': len(names), 'bad': bad}))\n"
    )
    result = _run(sys.executable, "-c", code)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["imported"] > 5
    assert report["bad"] == []


HEADLESS = [["--version"], ["--help"], ["sandbox", "--help"], ["quote", "--help"], ["outbox", "--help"],
            ["tax-tables", "--help"], ["provision", "--help"], ["sync", "--help"]]
PAPER = [["receipt", "--help"], ["report", "--help"],
         ["receipt", "--data", "/nonexistent/station", "last", "--pdf", "/nonexistent/r.pdf"],
         ["report", "z", "--data", "/nonexistent/station", "--pdf", "/nonexistent/z.pdf"]]
"""The two support commands that render with the GUI's code (they live in ui/): they import Qt only once they
have something to render."""


@pytest.mark.parametrize("argv", [*HEADLESS, *PAPER])
def test_headless_commands_do_not_import_qt(argv: list[str]) -> None:
    banned = QT_MODULES if argv in HEADLESS else ("PySide6", "shiboken6", "qasync")
    code = (
        "import sys, json\n"
        "from register.cli import main\n"
        "try:\n"
        f"    rc = main({argv!r})\n"
        "except SystemExit as e:\n"
        "    rc = e.code\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {banned!r})\n"
        "print(json.dumps({'rc': rc, 'bad': bad}))\n"
    )
    result = _run(sys.executable, "-c", code)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["rc"] in ((2,) if "/nonexistent/station" in argv else (0, None)), result.stdout + result.stderr
    assert report["bad"] == []


def test_no_core_module_reaches_qt_or_ui_even_inside_a_function() -> None:
    """The import-linter contract keeps Qt and ui out of the core with no exception; this also looks inside
    functions (an import there is an import all the same). The paper commands that render with the GUI's code
    are ui's (ui/receipt_cli.py, ui/report_cli.py); ``register`` names them by module, as it names the GUI."""
    import ast
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = config["tool"]["importlinter"]["contracts"][0]
    assert "ignore_imports" not in contract
    reaching = set()
    for path in sorted((ROOT / "register").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(n.split(".")[0] in QT_MODULES for n in names):
                reaching.add(path.relative_to(ROOT).as_posix())
    assert reaching == set()


def test_register_command_rejects_unknown_subcommand() -> None:
    result = _run(sys.executable, "-m", "register", "frobnicate")
    assert result.returncode == 2
    assert "unknown command 'frobnicate'" in result.stderr


def test_version_comes_from_the_package_metadata() -> None:
    from register import __version__

    result = _run(sys.executable, "-m", "register", "--version")
    assert result.stdout.strip() == f"register {__version__}"
    assert __version__ != "0.0.0+unknown"


def test_every_label_of_the_screens_is_a_plain_label() -> None:
    """Names from outside are never markup: every label the screens make is ``ui.widgets.PlainLabel`` (always
    plain text), and no code asks a label or a message box for rich text."""
    offenders = []
    for path in sorted((ROOT / "ui").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            if re.search(r"\bQLabel\(", line) and path.name != "widgets.py":
                offenders.append(f"{path.name}:{number}: a bare QLabel (use PlainLabel)")
            if re.search(r"TextFormat\.(RichText|AutoText|MarkdownText)", line):
                offenders.append(f"{path.name}:{number}: rich text asked for")
    assert offenders == []


WIRE_KEYS = re.compile(r'"(?:lineItems|customSales|paymentMethods|cartDiscount|cartFees|posData|_receiptId'
                       r'|_lineIndexes)"|\.get\("summary"\)|\["summary"\]|\$\.lineItems')
"""The field names of a Final POS order or refund body, and the local bookkeeping once stored beside them."""
WIRE_EDGE = ("register/services/wire_bodies.py", "register/api/", "register/sandbox/", "register/pricing/")
"""Where wire bodies may be read: the outbox's edge, the API models, the sandbox (the server's side) and the
pricing engine (whose output, and its ``quote`` command, speak the wire's names)."""


def test_no_module_outside_the_outbox_edge_reads_a_wire_body() -> None:
    """A sale is a typed record everywhere else (:mod:`register.services.sale_record`): refunds, reports, receipts,
    stock and the screens never look inside an order body."""
    offenders = []
    for path in sorted([*(ROOT / "register").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]):
        name = path.relative_to(ROOT).as_posix()
        if name.startswith(WIRE_EDGE):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if WIRE_KEYS.search(line):
                offenders.append(f"{name}:{number}: {line.strip()}")
    assert offenders == []


FLOWS = ("sessions", "selling", "payment", "receipts", "orders", "extras", "display", "audit")


def test_the_flows_are_siblings_handed_one_screen_context() -> None:
    """Each flow takes the :class:`ui.screen.ScreenContext` first and its peers by name; none reaches through a
    peer to another flow or to what the context holds (``self.selling.sessions``, ``payment.selling.window``)."""
    import ast
    import re

    names = "|".join(FLOWS)
    chain = re.compile(rf"\b(?:self\.)?(?:{names})\.(?:{names}|window|tasks|core|fmt|cashier|asker)\b")
    for path in sorted((ROOT / "ui").glob("*_flow.py")):
        text = path.read_text(encoding="utf-8")
        assert not chain.findall(text), f"{path.name}: {sorted(set(chain.findall(text)))}"
        classes = [n for n in ast.parse(text).body if isinstance(n, ast.ClassDef) and n.name.endswith("Flow")]
        assert classes, path.name
        for cls in classes:
            init = next(f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "__init__")
            first = init.args.args[1]
            assert ast.unparse(first.annotation or ast.Constant(None)) == "ScreenContext", f"{path.name}: {cls.name}"
