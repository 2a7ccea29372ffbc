"""What the support commands run on a station's files share (``register receipt``, ``register report``)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from register.services.station_files import StationFiles, open_station


def with_station(command: str, data_dir: Path | None, work: Callable[[StationFiles], int]) -> int:
    """``work(station)``'s exit code, the station's files open meanwhile and closed afterwards; 2, said on stderr
    after ``command``'s name, when the folder cannot be opened (no database, locked, damaged)."""
    station = open_station(data_dir)
    if isinstance(station, str):
        print(f"{command}: {station}", file=sys.stderr)
        return 2
    try:
        return work(station)
    finally:
        station.close()
