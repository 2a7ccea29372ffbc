"""The screens' translations: update the Qt Linguist sources from the code, compile them, check them.

    uv run python scripts/translations.py update      # pyside6-lupdate: new and changed strings into every .ts
    uv run python scripts/translations.py build [DIR] # pyside6-lrelease: the .qm files (default: beside the .ts)
    uv run python scripts/translations.py check       # exit 1 when a .ts has an unfinished or empty message

``resources/translations/register_<lang>.ts`` are the sources (in git); ``register_en.ts`` holds only English's
plural forms (``%n options``). The ``.qm`` files are built: by ``packaging/register.spec`` into the bundle, by the
register itself on a source tree's first start (``ui.i18n.qm_folder``), and by the tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def lupdate() -> Path:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    return next(p for p in (folder / "lupdate", folder / "lupdate.exe") if p.is_file())


def update() -> None:
    """Every .ts gets the strings of ``ui/`` (obsolete ones dropped); English keeps only its plural forms."""
    from ui.i18n import LANGUAGES, SOURCE_LANGUAGE, translations_dir

    for language in LANGUAGES:
        ts = translations_dir() / f"register_{language}.ts"
        extra = ["-pluralonly"] if language == SOURCE_LANGUAGE else []
        subprocess.run([str(lupdate()), "-extensions", "py", "-no-obsolete", "-locations", "relative", *extra,
                        str(ROOT / "ui"), "-source-language", SOURCE_LANGUAGE, "-target-language", language,
                        "-ts", str(ts)], check=True)


def problems() -> list[str]:
    """Messages of a .ts that are unfinished, empty, or lose a ``{placeholder}`` of their source."""
    import re
    import xml.etree.ElementTree as ET

    from ui.i18n import LANGUAGES, translations_dir

    found = []
    for language in LANGUAGES:
        ts = translations_dir() / f"register_{language}.ts"
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.find("translation")
                where = f"{ts.name} {name}: {source!r}"
                if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    found.append(f"{where} is unfinished")
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                wanted = set(re.findall(r"\{\w+\}", source))
                for form in forms:
                    if not form.strip():
                        found.append(f"{where} has an empty translation")
                    elif set(re.findall(r"\{\w+\}", form)) != wanted:
                        found.append(f"{where}: {form!r} does not keep the placeholders {sorted(wanted)}")
    return found


def main(argv: list[str]) -> int:
    from ui.i18n import compile_translations, translations_dir

    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "build":
        out = Path(argv[1]) if len(argv) > 1 else translations_dir()
        for qm in compile_translations(translations_dir(), out):
            print(f"wrote {qm}")
    elif command == "check":
        found = problems()
        print("\n".join(found) or "every message is translated")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
