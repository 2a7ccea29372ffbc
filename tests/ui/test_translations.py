"""The translations: complete, built from their sources, in step with the code, and every message the core can
raise has a translated template in ``ui/errors.py``."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

from ui import i18n
from ui.errors import core_text

ROOT = Path(__file__).resolve().parents[2]
TS = sorted((ROOT / "resources" / "translations").glob("register_*.ts"))


def _script() -> Any:
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) → the translation's forms."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            out[(context.findtext("name") or "", message.findtext("source") or "")] = forms
    return out


def test_every_language_has_a_source_and_spanish_and_french_are_complete() -> None:
    assert [p.name for p in TS] == [f"register_{lang}.ts" for lang in sorted(i18n.LANGUAGES)]
    assert _script().problems() == []  # no unfinished, empty or placeholder-losing message
    french, spanish = _messages(TS[2]), _messages(TS[1])
    assert french.keys() == spanish.keys() and len(french) > 400
    english = _messages(TS[0])
    assert english and all("%n" in source for _, source in english)  # English: its plural forms only


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("qm")
    i18n.compile_translations(ROOT / "resources" / "translations", out)
    return out


@pytest.mark.parametrize("language", ["es", "fr"])
def test_the_qm_files_are_built_from_the_ts(qapp: Any, compiled: Path, language: str) -> None:
    ts = ROOT / "resources" / "translations" / f"register_{language}.ts"
    for folder in (compiled, i18n.qm_folder()):  # built here, and what the register loads
        translator = QTranslator()
        assert translator.load(str(folder / f"register_{language}.qm"))
        for (context, source), forms in _messages(ts).items():
            if "%n" in source:
                assert translator.translate(context, source, None, 1) == forms[0]
            else:
                assert translator.translate(context, source) in (forms[0], ""), (context, source)  # "" = identical


def test_the_ts_files_have_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate run now finds nothing new: the sources were updated with the code (scripts/translations.py update)."""
    import PySide6

    lupdate = Path(PySide6.__file__).resolve().parent / "lupdate"
    for ts in TS:
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        extra = ["-pluralonly"] if ts.name == "register_en.ts" else []
        subprocess.run([str(lupdate), "-extensions", "py", "-no-obsolete", *extra, str(ROOT / "ui"), "-ts",
                        str(copy)], check=True, capture_output=True)
        assert _messages(copy).keys() == _messages(ts).keys(), (
            f"{ts.name} is behind the code: run `uv run python scripts/translations.py update` and translate")


TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def _calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in TRANSLATING:
                yield node  # translate(...), QT_TRANSLATE_NOOP(...)
            elif isinstance(func, ast.Attribute) and (func.attr == "tr" or (
                    func.attr == "translate" and isinstance(func.value, ast.Name)
                    and func.value.id == "QCoreApplication")):
                yield node  # self.tr(...), QCoreApplication.translate(...); not str.translate


def test_every_translated_text_is_a_literal_lupdate_can_read() -> None:
    """An f-string or a variable inside tr() is extracted wrongly or not at all: the text never translates."""
    wrong = []
    for path in sorted((ROOT / "ui").glob("*.py")):
        for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            is_tr = isinstance(call.func, ast.Attribute) and call.func.attr == "tr"
            texts = call.args[:1] if is_tr else call.args[:2]
            if not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in texts):
                if path.name == "errors.py" and ast.unparse(call) == "translate('CoreMessages', template)":
                    continue  # the core's templates, each listed as a literal in CORE_MESSAGES
                wrong.append(f"{path.name}:{call.lineno}: {ast.unparse(call)}")
    assert not wrong, "\n".join(wrong)


CODED = {"InputError", "NotReadyError", "AuthError", "UnknownCodeError", "PrinterError", "NoPrinterError",
         "OutOfStockError"}


def _samples(node: ast.expr) -> list[str]:
    """The texts an error message expression can make, with sample values for its fields."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        out = [""]
        for part in node.values:
            if isinstance(part, ast.Constant):
                out = [o + str(part.value) for o in out]
            else:
                assert isinstance(part, ast.FormattedValue)
                value = "'x1'" if part.conversion == ord("r") else "12.50"
                out = [o + value for o in out]
        return out
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return [a + b for a in _samples(node.left) for b in _samples(node.right)]
    if isinstance(node, ast.IfExp):
        return _samples(node.body) + _samples(node.orelse)
    return []


def test_every_message_the_core_raises_is_translated() -> None:
    found, untranslated = 0, []
    for path in sorted((ROOT / "register").rglob("*.py")):
        if "sandbox" in path.parts or "api" in path.parts:
            continue  # the server's words and the client's codes (ui/errors.py words those by code)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
                    and isinstance(node.exc.func, ast.Name) and node.exc.func.id in CODED and node.exc.args):
                continue
            samples = _samples(node.exc.args[0])
            if not samples:
                continue  # made by a helper (printing._explain): covered below
            for text in samples:
                found += 1
                if core_text(text) is None:
                    untranslated.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    assert found > 40
    assert not untranslated, "add these to ui/errors.py CORE_MESSAGES:\n" + "\n".join(untranslated)


def test_the_printers_own_messages_are_translated() -> None:
    from register.printing import PrinterSpec, _explain, parse_printer

    for spec in (PrinterSpec("tcp", "192.0.2.1"), PrinterSpec("serial", "/dev/ttyS0"), PrinterSpec("usb", "1:2")):
        assert core_text(_explain(spec, OSError("refused"))) is not None, spec
        assert core_text(_explain(spec, OSError("refused"), "drawer")) is not None, spec
    for url in ("tcp://", "serial://", "usb://xyz", "lpt://1", "tcp://h?profile=Nope", "tcp://h?paper=70"):
        with pytest.raises(ValueError) as refused:
            parse_printer(url)
        assert core_text(str(refused.value)) is not None, url
