"""The register's language and the locale its figures follow: Qt translations, and Babel (CLDR) for numbers,
amounts, percentages and dates.

- **Language** of the screens: English, Spanish or French. It follows the OS locale (``QLocale.system()``) unless
  a manager chose one in the settings (the station setting ``language``, read through
  :mod:`register.services.preferences`). A language without a translation falls back to English.
- **Locale** of the figures: the OS locale when the screens speak its language (de_CH → ``1'234.50``, en_IN →
  ``12,34,567.50``), else the chosen language in the OS locale's country when CLDR knows it (Spanish on an
  en_US computer → es_US), else the language's own (fr → France's separators). A German computer keeps its
  German amounts around English words.

The translations are ``resources/translations/register_<lang>.ts`` (Qt Linguist sources, made and updated by
``pyside6-lupdate``, see ``scripts/translations.py``); Qt loads them compiled (``.qm``). A packaged register
carries the ``.qm`` files its build compiled (``packaging/register.spec``); a source tree compiles them with
``pyside6-lrelease`` on first use, and again whenever a ``.ts`` is newer than its ``.qm`` (they are not in git).
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

if TYPE_CHECKING:
    from babel import Locale

# Babel (its CLDR data) is imported where it is used, not with this module: the window's first paint does not
# wait for it (``register --smoke``).

log = logging.getLogger(__name__)

LANGUAGES: Final = {"en": "English", "es": "Español", "fr": "Français"}
"""The languages the screens are translated into, each named in itself."""
SOURCE_LANGUAGE: Final = "en"
FALLBACK_LOCALE: Final = "en_US"
"""The locale of a computer that has none (the C locale of a bare server)."""


def resources_dir() -> Path:
    """``resources/``: beside the package in a wheel, in the bundle when frozen, else the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [Path(bundle) / "resources"] if bundle else []
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    return next((c for c in candidates if c.is_dir()), candidates[-1])


def translations_dir() -> Path:
    """Where the ``.ts`` sources (and, compiled, the ``.qm`` files) are."""
    return resources_dir() / "translations"


# compiling -----------------------------------------------------------------------------------------
def lrelease() -> Path | None:
    """Qt's ``lrelease`` shipped inside PySide6 (None when absent, as in a packaged register)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return folder / name
    import shutil

    found = shutil.which("pyside6-lrelease")
    return Path(found) if found else None


def compile_translations(source: Path, target: Path) -> list[Path]:
    """Compile every ``register_*.ts`` of ``source`` to ``target/register_*.qm`` with lrelease (the build
    and the tests call it; a source tree's first start too, through :func:`qm_folder`)."""
    tool = lrelease()
    if tool is None:
        raise RuntimeError("pyside6-lrelease is not installed: run `uv sync`")
    target.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(source.glob("register_*.ts")):
        qm = target / (ts.stem + ".qm")
        partial = target / f".{ts.stem}.{os.getpid()}.qm"  # whole or not at all: another register may be loading it
        subprocess.run([str(tool), "-silent", "-nounfinished", "-removeidentical", str(ts), "-qm", str(partial)],
                       check=True, capture_output=True)
        os.replace(partial, qm)
        made.append(qm)
    return made


def _stale(folder: Path, source: Path) -> bool:
    for ts in source.glob("register_*.ts"):
        qm = folder / (ts.stem + ".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            return True
    return False


def qm_folder() -> Path:
    """Where the compiled translations are: beside the ``.ts`` (a bundle; a source tree, compiled there when
    missing or older than their ``.ts``), or a per-user cache when that folder cannot be written."""
    source = translations_dir()
    if getattr(sys, "frozen", False) or not _stale(source, source):
        return source
    if os.access(source, os.W_OK):
        try:
            compile_translations(source, source)
            return source
        except (OSError, RuntimeError, subprocess.CalledProcessError) as err:
            log.warning("translations not compiled in %s: %s", source, err)
    import tempfile

    cache = Path(tempfile.gettempdir()) / f"register-translations-{os.getuid() if hasattr(os, 'getuid') else 0}"
    if _stale(cache, source):
        try:
            compile_translations(source, cache)
        except (OSError, RuntimeError, subprocess.CalledProcessError) as err:
            log.warning("translations not compiled: %s (the screens stay in English)", err)
    return cache


# choosing --------------------------------------------------------------------------------------------
def system_locale_name() -> str:
    """The OS locale as ``ll_CC`` (en_US on a computer that has none); ``REGISTER_LOCALE`` overrides it (a kiosk
    whose OS locale is wrong, the tests)."""
    forced = os.environ.get("REGISTER_LOCALE", "").strip()
    if forced:
        return forced
    system = QLocale.system()
    if system.language() == QLocale.Language.C:
        return FALLBACK_LOCALE
    return system.name()


@functools.cache
def _locale_data() -> Path:
    """Babel's CLDR locale files, found without importing Babel (the window's first paint does not wait for it)."""
    spec = importlib.util.find_spec("babel")
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent / "locale-data"


def _known(name: str) -> bool:
    """Whether CLDR has the locale ``name`` (``fr_CH`` yes, ``fr_US`` no): ``babel.localedata.exists``."""
    return bool(name) and "/" not in name and (_locale_data() / f"{name}.dat").is_file()


@dataclass(frozen=True)
class Localization:
    """The screens' language and the locale of their figures."""

    language: str
    """``en``, ``es`` or ``fr``."""
    locale: str
    """A CLDR locale name (``fr_CH``): separators, symbols' places, date formats."""
    chosen: str | None = None
    """The language a manager chose in the settings (None: the OS locale's)."""

    @property
    def babel(self) -> Locale:
        """The figures' locale, for Babel."""
        from babel import Locale

        return Locale.parse(self.locale)


def resolve(chosen: str | None, system: str | None = None) -> Localization:
    """The language and the figures' locale for a choice (``None``: follow ``system``, the OS locale)."""
    system = system or system_locale_name()
    if not _known(system):
        system = FALLBACK_LOCALE
    own, _, country = system.partition("_")
    wanted = chosen if chosen in LANGUAGES else None
    language = wanted or (own if own in LANGUAGES else SOURCE_LANGUAGE)
    if wanted is None or wanted == own:
        locale = system
    elif country and _known(f"{wanted}_{country}"):
        locale = f"{wanted}_{country}"
    else:
        from babel import Locale

        locale = str(Locale.parse(wanted))
    return Localization(language, locale, wanted)


_current = Localization(SOURCE_LANGUAGE, FALLBACK_LOCALE)
_translators: list[QTranslator] = []


def current() -> Localization:
    """The localization in force (en_US until :func:`apply` runs)."""
    return _current


def apply(chosen: str | None = None, *, system: str | None = None) -> Localization:
    """Install the translations of the chosen language (or the OS locale's) into the Qt application, and
    make its locale the one every formatter uses. Call before the screens are built: they translate their
    texts as they are made (a new choice in the settings applies at the next start)."""
    global _current
    loc = resolve(chosen, system)
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _translators:
            app.removeTranslator(translator)
        _translators.clear()
        folder = qm_folder()
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted = [Path(qt_folder) / f"qtbase_{loc.language}.qm"] if loc.language != SOURCE_LANGUAGE else []
        for path in (*wanted, folder / f"register_{loc.language}.qm"):
            translator = QTranslator(app)
            if path.is_file() and translator.load(str(path)):
                app.installTranslator(translator)
                _translators.append(translator)
            elif path.name.startswith("register_") and loc.language != SOURCE_LANGUAGE:
                log.warning("no translation %s: the screens stay in English", path)
    QLocale.setDefault(QLocale(loc.locale))
    _current = loc
    log.info("language %s, figures as in %s", loc.language, loc.locale)
    return loc


# figures for people ----------------------------------------------------------------------------------
def number(value: Decimal, places: int | None = None, locale: str | None = None) -> str:
    """``1.234,5`` (de_DE): a plain number the locale's way; ``places`` fixes the decimals (else up to 3)."""
    from babel import Locale
    from babel.numbers import parse_pattern

    if isinstance(value, float):
        raise TypeError("never a float")
    loc = Locale.parse(locale or _current.locale)
    pattern = parse_pattern(loc.decimal_formats[None].pattern)
    low, high = (places, places) if places is not None else (0, max(3, -int(value.normalize().as_tuple().exponent)))
    pattern.frac_prec = (low, high)
    return pattern.apply(value, loc, decimal_quantization=places is not None)


def quantity(value: Decimal, locale: str | None = None) -> str:
    """``2`` or ``1,25`` (fr): a quantity without trailing zeros."""
    return _quantity(value, locale or _current.locale)


@functools.lru_cache(maxsize=4096)
def _quantity(value: Decimal, locale: str) -> str:  # a cart repaints the same quantities on every scan
    from babel.numbers import format_decimal

    return str(format_decimal(value.normalize(), locale=locale, decimal_quantization=False))


def percent(points: Decimal, locale: str | None = None) -> str:
    """``6.25%`` (en_US), ``6,25 %`` (fr_FR): a rate in points (6.25 = 6.25 %), as many decimals as it has."""
    return _percent(points, locale or _current.locale)


@functools.lru_cache(maxsize=1024)
def _percent(points: Decimal, locale: str) -> str:
    from babel import Locale
    from babel.numbers import parse_pattern

    loc = Locale.parse(locale)
    pattern = parse_pattern(loc.percent_formats[None].pattern)
    value = (points / 100).normalize()
    pattern.frac_prec = (0, max(0, -int(value.as_tuple().exponent) - 2))
    return pattern.apply(value, loc, decimal_quantization=False)


def date_time(when: datetime, locale: str | None = None) -> str:
    """A receipt's or report's date and time: ``Mar 5, 2025, 2:30 PM`` (en_US), ``5 mars 2025, 14:30`` (fr)."""
    from babel.dates import format_datetime

    return format_datetime(when, "medium", locale=locale or _current.locale)


def short_date(when: datetime, locale: str | None = None) -> str:
    """``Mar 5, 2025`` (en_US), ``5 mars 2025`` (fr): a day, the locale's way."""
    from babel.dates import format_date

    return format_date(when, "medium", locale=locale or _current.locale)


def clock(when: datetime, locale: str | None = None) -> str:
    """``2:30 PM`` / ``14:30``."""
    from babel.dates import format_time

    return format_time(when, "short", locale=locale or _current.locale)
