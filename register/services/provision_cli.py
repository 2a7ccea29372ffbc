"""``register provision``: set this station up for IT, without the first-run screens and without the network.

    register provision --api-url URL --outlet ID --station ID [--data DIR] [--store-key-from-env]
                       [--currency CHF] [--cash-increment 0.05]
    register provision --demo [--outlet ID --station ID] [--data DIR]
    register provision --file PROVISION.json [--data DIR]     apply a provisioning file now (as the GUI would)
    register provision --show [--data DIR]                    what is recorded (never the key)

``--currency`` sets the store's currency (ISO 4217) and ``--cash-increment`` its cash rounding (``0`` for none;
left out with ``--currency``: CLDR's for the currency, CHF and CAD 0.05). Run it as the user who will run the
register (the station database is per user, see ``register.config``).
The pairing is recorded locally and the "station in use" update is queued in the outbox: the register
posts it when it is online. The API key is never an argument and never read from a file: it comes from
``FINALPOS_API_KEY`` or the OS keyring; ``--store-key-from-env`` copies ``FINALPOS_API_KEY`` into the
keyring (the only place it is ever written). Exit status: 0 done, 2 refused (nothing written).
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
from pathlib import Path

from register.config import API_KEY_ENV, ApiKey, load_api_key, store_api_key
from register.provisioning import (
    CONNECTION,
    Provisioning,
    ProvisioningError,
    default_station_dir,
    find_provision_file,
    provision,
    read_provision_file,
)

PROG = "register provision"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, allow_abbrev=False,
                                     description="Set this station up without the first-run screens.")
    parser.add_argument("--api-url", help="the Final POS API URL (live mode)")
    parser.add_argument("--outlet", default="", help="the outlet's id")
    parser.add_argument("--station", default="", help="the station's id")
    parser.add_argument("--demo", action="store_true", help="demo (training) mode against the built-in sandbox")
    parser.add_argument("--data", type=Path, default=None, help="the station's data folder (default: this user's)")
    parser.add_argument("--device-name", default=None, help="how Final POS names this computer (default: hostname)")
    parser.add_argument("--store-key-from-env", action="store_true",
                        help=f"store ${API_KEY_ENV} in the OS keyring (the key is never an argument)")
    parser.add_argument("--currency", default=None, help="the store's currency, ISO 4217 (USD, EUR, CHF, JPY…)")
    parser.add_argument("--cash-increment", default=None,
                        help="cash rounding step, e.g. 0.05 (0 for none; default: the currency's, from CLDR)")
    parser.add_argument("--file", type=Path, default=None, help="apply this provisioning file now")
    parser.add_argument("--show", action="store_true", help="print what is recorded and exit")
    # Accepted only to be refused with a clear message (argparse would otherwise say "unrecognized").
    parser.add_argument("--api-key", dest="refused_key", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--api-key-file", dest="refused_key_file", type=Path, default=None, help=argparse.SUPPRESS)
    return parser


def _refuse(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return 2


def _key_file_message(path: Path) -> str:
    try:
        world = bool(path.stat().st_mode & stat.S_IROTH)
    except OSError:
        world = False
    leaked = (f"{path} is readable by every user of this computer: treat the key as leaked and rotate it. "
              if world else "")
    return (f"{leaked}The API key is never read from a file. Use `{API_KEY_ENV}=... {PROG} ... "
            f"--store-key-from-env` (stored in the OS keyring) or set {API_KEY_ENV} for the register.")


def main(argv: list[str]) -> int:
    """Entry point of ``register provision``."""
    args = _parser().parse_args(argv)
    if args.refused_key is not None:
        return _refuse("an API key on the command line is visible to every user (ps, shell history) and is "
                       f"refused. Set {API_KEY_ENV} and add --store-key-from-env to keep it in the OS keyring.")
    if args.refused_key_file is not None:
        return _refuse(_key_file_message(args.refused_key_file))
    data_dir: Path = args.data or default_station_dir()
    if args.show:
        return _show(data_dir)

    try:
        if args.file is not None:
            if args.api_url or args.demo or args.outlet or args.station or args.currency or args.cash_increment:
                return _refuse("--file carries everything: give no --api-url, --demo, --outlet, --station, "
                               "--currency or --cash-increment")
            prov, digest = read_provision_file(args.file)
            source = str(args.file.resolve())
        else:
            if not args.api_url and not args.demo:
                return _refuse("give --api-url URL (live) or --demo, with --outlet ID --station ID")
            prov = Provisioning(outlet_id=args.outlet.strip(), station_id=args.station.strip(),
                                api_url=(args.api_url or "").strip().rstrip("/") or None, demo=args.demo,
                                currency=args.currency, cash_increment=args.cash_increment)
            digest, source = None, "command"
    except ProvisioningError as err:
        return _refuse(str(err))

    if args.store_key_from_env:
        raw = os.environ.get(API_KEY_ENV, "").strip()
        if not raw:
            return _refuse(f"--store-key-from-env: {API_KEY_ENV} is not set")
        try:
            store_api_key(ApiKey(raw))
        except Exception as err:  # keyring raises its own tree; any failure means "not stored"
            return _refuse(f"the OS keyring did not take the key ({type(err).__name__}); nothing was written. "
                           f"On a kiosk without a keyring, set {API_KEY_ENV} in the register's environment.")

    try:
        applied = provision(data_dir, prov, device_name=args.device_name, source=source, file_digest=digest)
    except ProvisioningError as err:
        return _refuse(str(err))

    where = "demo mode (built-in sandbox)" if prov.demo else prov.api_url
    if applied.station is not None:
        print(f"provisioned station {applied.station.station_id} (outlet {applied.station.outlet_id}) "
              f"for {where}")
        print(f"device {applied.station.device_name} ({applied.station.device_id})")
    else:
        print(f"provisioned for {where}; the station is picked at first start")
    if prov.currency is not None or prov.cash_increment is not None:
        print(f"store money: {applied.currency}, cash rounding {applied.cash_increment or 'none'}")
    if applied.queued:
        print("queued for Final POS: station in use by this device (posted when the register is online)")
    print(f"station data: {data_dir}")
    if not prov.demo and load_api_key() is None:
        print(f"note: no API key yet on this computer: set {API_KEY_ENV} for the register, or store it with "
              f"{API_KEY_ENV}=... {PROG} ... --store-key-from-env", file=sys.stderr)
    return 0


def _show(data_dir: Path) -> int:
    from register.services.context import PAIRING, PRICING
    from register.services.core import DB_FILE
    from register.store import Database, StoreError
    from register.store.records import get_setting

    path = data_dir / DB_FILE
    if not path.exists():
        print(f"not provisioned: no station database at {path}")
        file = find_provision_file()
        if file is not None:
            print(f"provisioning file waiting for the first start: {file}")
        return 0
    try:
        db = Database.open(path)
    except StoreError as err:
        return _refuse(str(err))
    try:
        connection, pairing, pricing = db.call(lambda c: (get_setting(c, CONNECTION), get_setting(c, PAIRING),
                                                          get_setting(c, PRICING)))
    finally:
        db.close()
    key = "present" if load_api_key() is not None else "missing"
    print(json.dumps({"connection": connection, "pairing": pairing, "pricing": pricing, "apiKey": key}, indent=2))
    return 0


if __name__ == "__main__":  # ``python -m register.services.provision_cli`` (the same as ``register provision``)
    raise SystemExit(main(sys.argv[1:]))
