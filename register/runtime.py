"""Process-wide runtime policy for a till: the garbage collector never scans what start-up made.

CPython's cyclic garbage collector pauses every thread while it scans; a full (generation 2) pass over
what a register holds once it is up (modules, the API models' schemas, Qt's wrappers) took 60-80 ms here, a
visible freeze at the counter, about every ten seconds while a catalog sync ran. Those objects live as long
as the process: once start-up is done they are *frozen*, never scanned again, and later passes only look at
what is new (the catalog itself is in SQLite, not in Python objects); full passes are made rarer too. And
the GIL changes hands every millisecond, so that background threads never hold up the event loop longer.
"""

from __future__ import annotations

import gc
import sys
from typing import Final

FULL_PASS_EVERY: Final = 100
"""Generation-1 passes between two full ones (CPython: 10). What a till makes after start-up is mostly freed by
reference counting (a page of records, a priced cart); a full pass every few seconds found nothing to free and
cost the counter 7-30 ms each: one every half minute or so is plenty."""


GIL_SWITCH_S: Final = 0.001
"""How soon a thread holding the GIL hands it over (CPython: 5 ms). The catalog's and the database's threads
run Python between their SQLite calls (a page of records to store, a build's rows): the event loop waits at
most this long for its turn."""


def settle() -> None:
    """Start-up is done: what exists now is long-lived, never scan it again, and full passes are rarer; the GIL
    changes hands within a millisecond (cheap; call it more than once)."""
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_PASS_EVERY)
    sys.setswitchinterval(GIL_SWITCH_S)
