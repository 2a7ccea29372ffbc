"""Errors in plain words: the core's error codes turned into sentences for the person at the till."""

from __future__ import annotations

EXPECTED_CODES = frozenset({"bad_input", "not_ready", "not_allowed", "unknown_code", "printer_error"})
"""Errors that are part of normal work (a typo, a wrong PIN): shown, not logged as failures."""

_WORDS = {
    "connection_error": "The Final POS server cannot be reached. Check the network; the register keeps "
                        "working offline and sends everything later.",
    "timeout": "The Final POS server did not answer in time. Try again in a moment.",
    "unauthorized": "The API key was refused. Check the key in your Final POS account settings.",
    "forbidden": "This API key may not do that. Check its permissions in your Final POS account.",
    "not_found": "The server does not know this record any more (it may have been deleted).",
    "rate_limited": "The server asks the register to slow down. Try again in a minute.",
    "server_error": "The Final POS server had a problem. Try again in a moment.",
    "invalid_response": "The server answered something the register does not understand. It was logged.",
    "store_full": "The disk of this computer is full. Free some space: nothing was lost.",
    "store_corrupt": "The register's local data file is damaged. Call support before going on.",
    "store_locked": "Another copy of the register is using this station's data. Close it first.",
    "store_version": "This station's data was written by a newer register. Update the register.",
}


OFFLINE_CODES = frozenset({"connection_error", "timeout"})
"""Being offline is normal for an offline-first register: said, logged as a warning without a traceback."""


def is_expected(err: BaseException) -> bool:
    """A refusal or an offline moment that belongs to normal work (no traceback needed in the log)."""
    return getattr(err, "code", None) in EXPECTED_CODES | OFFLINE_CODES


def plain_words(err: BaseException) -> str:
    """What to tell a person about ``err``."""
    code = getattr(err, "code", None)
    if code in EXPECTED_CODES:
        text = str(err)
        return text[:1].upper() + text[1:]
    if code in _WORDS:
        return _WORDS[code]
    return f"Something went wrong ({type(err).__name__}: {err}). It was written to the log."
