"""Per-station provisioning: ``register provision`` and IT's provisioning file, without network or Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from register.config import Mode, Paths
from register.provisioning import (
    PROVISION_FILE_ENV,
    Provisioning,
    ProvisioningError,
    apply_provisioning_file,
    find_provision_file,
    provision,
    provision_file_candidates,
    provisioned_connection,
    system_provision_file,
)
from register.services.context import PAIRING
from register.services.provision_cli import main
from register.store import Database
from register.store.outbox import EntryState, Outbox
from register.store.records import get_setting

ROOT = Path(__file__).resolve().parents[2]
LIVE = ["--api-url", "https://api.example.com", "--outlet", "outlet-1", "--station", "station-00ab12"]


def _settings(data_dir: Path, *keys: str) -> list[Any]:
    db = Database.open(data_dir / "station.sqlite3")
    try:
        return db.call(lambda c: [get_setting(c, k) for k in keys])
    finally:
        db.close()


def _entries(data_dir: Path) -> list[Any]:
    db = Database.open(data_dir / "station.sqlite3")
    try:
        return Outbox(db).entries()
    finally:
        db.close()


def test_provision_records_connection_pairing_and_queues_the_station_update(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "station"
    assert main([*LIVE, "--data", str(data), "--device-name", "till-3"]) == 0
    assert "provisioned station station-00ab12" in capsys.readouterr().out
    connection, pairing, device_id = _settings(data, "connection", PAIRING, "device_id")
    assert connection == {"mode": "live", "apiUrl": "https://api.example.com"}
    assert pairing == {"outlet_id": "outlet-1", "station_id": "station-00ab12", "station_name": "",
                       "outlet_name": "", "device_id": device_id, "device_name": "till-3", "short": "AB12"}
    assert len(device_id) == 32
    [entry] = _entries(data)
    assert (entry.kind, entry.target, entry.state) == ("station.update", "srv:station-00ab12", EntryState.PENDING)
    assert entry.body == {"deviceId": device_id, "deviceName": "till-3"}  # the status is left alone
    assert entry.depends_on == set()  # posted as soon as the register is online


def test_provisioning_again_is_idempotent_and_keeps_the_device_id(tmp_path: Path) -> None:
    data = tmp_path / "station"
    assert main([*LIVE, "--data", str(data)]) == 0
    [first] = _settings(data, "device_id")
    assert main([*LIVE, "--data", str(data)]) == 0
    assert _settings(data, "device_id") == [first]
    assert len(_entries(data)) == 1, "the same station is not queued twice"


def test_another_station_replaces_the_pairing_and_releases_the_old_one(tmp_path: Path) -> None:
    data = tmp_path / "station"
    assert main([*LIVE, "--data", str(data)]) == 0
    assert main(["--api-url", "https://api.example.com", "--outlet", "o2", "--station", "s2", "--data", str(data)]) == 0
    [pairing] = _settings(data, PAIRING)
    assert pairing["station_id"] == "s2"
    entries = _entries(data)
    assert [(e.target, e.body.get("status"), e.body["deviceId"]) for e in entries] == [
        ("srv:station-00ab12", None, pairing["device_id"]), ("srv:station-00ab12", "AVAILABLE", ""),
        ("srv:s2", None, pairing["device_id"])]


def test_demo_mode_needs_no_station(tmp_path: Path) -> None:
    data = tmp_path / "station"
    assert main(["--demo", "--data", str(data)]) == 0
    assert _settings(data, "connection", PAIRING) == [{"mode": "demo"}, None]
    assert _entries(data) == []
    connection = provisioned_connection(data)
    assert connection is not None and connection.mode is Mode.DEMO


@pytest.mark.parametrize(("argv", "words"), [
    (["--api-key", "sk-123", *LIVE], "command line"),
    ([*LIVE, "--api-key=sk-123"], "command line"),
    ([], "--api-url URL (live) or --demo"),
    (["--api-url", "ftp://x", "--outlet", "o", "--station", "s"], "not a web address"),
    (["--api-url", "http://pos.example.com", "--outlet", "o", "--station", "s"], "clear text"),
    (["--api-url", "https://user:sk-1@api.example.com", "--outlet", "o", "--station", "s"], "credentials"),
    (["--api-url", "https://api.example.com?key=sk-1", "--outlet", "o", "--station", "s"], "credentials"),
    (["--api-url", "https://api.example.com"], "outlet and the station are needed"),
    (["--demo", "--station", "s"], "both the outlet and the station"),
    (["--demo", "--api-url", "https://api.example.com"], "either demo mode or an API URL"),
])
def test_refusals_exit_2_and_write_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
                                           words: str) -> None:
    data = tmp_path / "station"
    assert main([*argv, "--data", str(data)]) == 2
    assert words in capsys.readouterr().err
    assert not data.exists()


@pytest.mark.parametrize("mode", [0o644, 0o600])
def test_a_key_file_is_refused_and_never_read(tmp_path: Path, capsys: pytest.CaptureFixture[str], mode: int) -> None:
    key_file = tmp_path / "key"
    key_file.write_text("sk-secret\n")
    key_file.chmod(mode)
    assert main([*LIVE, "--api-key-file", str(key_file), "--data", str(tmp_path / "station")]) == 2
    err = capsys.readouterr().err
    assert "never read from a file" in err
    assert ("readable by every user" in err) == bool(mode & 0o004)
    assert "sk-secret" not in err


def test_store_key_from_env_needs_the_variable_and_a_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "station"
    assert main([*LIVE, "--store-key-from-env", "--data", str(data)]) == 2
    assert "FINALPOS_API_KEY is not set" in capsys.readouterr().err
    monkeypatch.setenv("FINALPOS_API_KEY", "sk-from-env")
    assert main([*LIVE, "--store-key-from-env", "--data", str(data)]) == 2  # the test keyring stores nothing
    err = capsys.readouterr().err
    assert "keyring did not take the key" in err and "sk-from-env" not in err
    assert not data.exists()


def test_store_key_from_env_writes_the_keyring_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stored: list[str] = []
    monkeypatch.setattr("register.services.provision_cli.store_api_key", lambda key: stored.append(key.reveal()))
    monkeypatch.setenv("FINALPOS_API_KEY", "sk-from-env")
    data = tmp_path / "station"
    assert main([*LIVE, "--store-key-from-env", "--data", str(data)]) == 0
    assert stored == ["sk-from-env"]
    for path in data.rglob("*"):  # the database, its WAL: nowhere on disk
        if path.is_file():
            assert b"sk-from-env" not in path.read_bytes(), path
    connection = provisioned_connection(data)
    assert connection is not None and connection.mode is Mode.LIVE
    assert connection.api_url == "https://api.example.com"
    assert connection.api_key is not None and connection.api_key.reveal() == "sk-from-env"  # from the env


# the provisioning file ---------------------------------------------------------------------------
def _file(tmp_path: Path, content: Any, mode: int = 0o644) -> Path:
    path = tmp_path / "provision.json"
    path.write_text(json.dumps(content) if not isinstance(content, str) else content)
    path.chmod(mode)
    return path


FILE = {"apiUrl": "https://api.example.com/", "outletId": "outlet-1", "stationId": "station-00ab12"}


def test_the_first_start_applies_the_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PROVISION_FILE_ENV, str(_file(tmp_path, FILE)))
    data = tmp_path / "station"
    assert provisioned_connection(data) is None
    assert apply_provisioning_file(data) is True
    connection, pairing = _settings(data, "connection", PAIRING)
    assert connection == {"mode": "live", "apiUrl": "https://api.example.com"}
    assert pairing["station_id"] == "station-00ab12"
    assert apply_provisioning_file(data) is False, "applied again at every start"
    assert len(_entries(data)) == 1
    # IT changes the file: the next start applies it
    _file(tmp_path, {**FILE, "stationId": "station-2"})
    assert apply_provisioning_file(data) is True
    assert _settings(data, PAIRING)[0]["station_id"] == "station-2"


def test_no_file_no_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PROVISION_FILE_ENV, str(tmp_path / "missing.json"))
    assert apply_provisioning_file(tmp_path / "station") is False
    assert not (tmp_path / "station").exists()


@pytest.mark.parametrize(("content", "mode", "words"), [
    ({**FILE, "apiKey": "sk-1"}, 0o600, "never goes in a file"),
    ({**FILE, "x-api-key": "sk-1"}, 0o600, "never goes in a file"),
    ({**FILE, "token": "sk-1"}, 0o600, "never goes in a file"),
    ({**FILE, "colour": "red"}, 0o644, "unknown fields colour"),
    ({**FILE, "demo": "yes"}, 0o644, "demo must be true or false"),
    ({**FILE, "stationId": 12}, 0o644, "stationId must be a string"),
    ("{not json", 0o644, "not valid JSON"),
    (["a list"], 0o644, "JSON object"),
    (FILE, 0o666, "writable by every user"),
])
def test_a_bad_file_is_refused_and_nothing_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: Any,
                                                   mode: int, words: str) -> None:
    monkeypatch.setenv(PROVISION_FILE_ENV, str(_file(tmp_path, content, mode)))
    with pytest.raises(ProvisioningError, match=words) as caught:
        apply_provisioning_file(tmp_path / "station")
    assert "sk-1" not in str(caught.value)
    assert not (tmp_path / "station").exists()


def test_the_command_applies_a_file_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "station"
    assert main(["--file", str(_file(tmp_path, {**FILE, "apiKey": "sk-1"})), "--data", str(data)]) == 2
    assert "never goes in a file" in capsys.readouterr().err
    assert main(["--file", str(_file(tmp_path, FILE)), "--data", str(data)]) == 0
    assert _settings(data, PAIRING)[0]["outlet_id"] == "outlet-1"
    capsys.readouterr()
    assert main(["--show", "--data", str(data)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["apiKey"] == "missing" and shown["connection"]["mode"] == "live"


def test_where_the_file_is_looked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = Paths(data=tmp_path / "d", config=tmp_path / "c", logs=tmp_path / "l")
    monkeypatch.delenv(PROVISION_FILE_ENV, raising=False)
    assert provision_file_candidates(paths) == [tmp_path / "c" / "provision.json", system_provision_file()]
    if sys.platform.startswith("linux"):
        assert system_provision_file() == Path("/etc/register/provision.json")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "provision.json").write_text("{}")
    assert find_provision_file(paths) == tmp_path / "c" / "provision.json"  # the user's file first


def test_an_open_session_blocks_another_station(tmp_path: Path) -> None:
    data = tmp_path / "station"
    provision(data, Provisioning(outlet_id="o", station_id="s1", api_url="https://api.example.com"))
    db = Database.open(data / "station.sqlite3")
    try:
        db.call(lambda c: c.execute("INSERT INTO sessions (local_id, number, station_id, opened_at, closed_at, body)"
                                    " VALUES ('l', 'S-1', 's1', '2026-01-01', NULL, '{}')"))
    finally:
        db.close()
    with pytest.raises(ProvisioningError, match="session is open"):
        provision(data, Provisioning(outlet_id="o", station_id="s2", api_url="https://api.example.com"))
    assert _settings(data, PAIRING)[0]["station_id"] == "s1"
    provision(data, Provisioning(outlet_id="o", station_id="s1", api_url="https://api.example.com"))  # same: fine


def test_the_provision_command_never_imports_qt(tmp_path: Path) -> None:
    code = (
        "import sys, json\n"
        "from register.services.provision_cli import main\n"
        f"rc = main(['--demo', '--data', {str(tmp_path / 'station')!r}])\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'qasync', 'ui'))\n"
        "print(json.dumps({'rc': rc, 'bad': bad}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            check=False, env=dict(os.environ))
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"rc": 0, "bad": []}, result.stderr


def test_register_provision_is_a_subcommand() -> None:
    """`register provision` (register/cli.py's SUBCOMMANDS names this module)."""
    from register.cli import SUBCOMMANDS

    assert SUBCOMMANDS.get("provision", ("",))[0] == "register.services.provision_cli", (
        "register/cli.py: add \"provision\": (\"register.services.provision_cli\", ...) to SUBCOMMANDS")


def test_a_damaged_database_is_reported_not_crashed_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "station"
    data.mkdir()
    (data / "station.sqlite3").write_bytes(b"not a database at all" * 100)
    assert provisioned_connection(data) is None
    monkeypatch.setenv(PROVISION_FILE_ENV, str(_file(tmp_path, FILE)))
    with pytest.raises(ProvisioningError, match="was not applied"):
        apply_provisioning_file(data)
    assert (data / "station.sqlite3").read_bytes() == b"not a database at all" * 100


# the store's money ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("flags", "pricing"), [
    (["--currency", "CHF", "--cash-increment", "0.05"], {"currency": "CHF", "cashIncrement": "0.05"}),
    (["--currency", "chf"], {"currency": "CHF", "cashIncrement": "0.05"}),  # CLDR's cash rounding for CHF
    (["--currency", "CAD", "--cash-increment", "0.1"], {"currency": "CAD", "cashIncrement": "0.10"}),
    (["--currency", "EUR"], {"currency": "EUR", "cashIncrement": ""}),
    (["--currency", "EUR", "--cash-increment", "0.05"], {"currency": "EUR", "cashIncrement": "0.05"}),
    (["--currency", "JPY", "--cash-increment", "0"], {"currency": "JPY", "cashIncrement": ""}),
    (["--currency", "CHF", "--cash-increment", "none"], {"currency": "CHF", "cashIncrement": ""}),
])
def test_provision_sets_the_stores_currency_and_cash_rounding(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                              flags: list[str], pricing: dict[str, str]) -> None:
    from register.services.context import PRICING, pricing_from_json

    data = tmp_path / "station"
    assert main([*LIVE, "--data", str(data), *flags]) == 0
    assert f"store money: {pricing['currency']}" in capsys.readouterr().out
    [recorded] = _settings(data, PRICING)
    assert recorded == pricing
    settings = pricing_from_json(recorded)  # as the core reads it at every start
    assert settings.currency == pricing["currency"]
    assert settings.cash_increment == (Decimal(pricing["cashIncrement"]) if pricing["cashIncrement"] else None)
    assert main(["--show", "--data", str(data)]) == 0
    assert json.loads(capsys.readouterr().out)["pricing"] == pricing


@pytest.mark.parametrize(("flags", "message"), [
    (["--currency", "XYZ"], "not an ISO 4217 currency in use"),
    (["--currency", "CHE"], "not an ISO 4217 currency in use"),  # a funds code, not legal tender
    (["--currency", "JPY", "--cash-increment", "0.5"], "cash increment"),
    (["--currency", "USD", "--cash-increment", "-0.05"], "cash increment"),
    (["--currency", "USD", "--cash-increment", "five"], "cash increment"),
])
def test_a_currency_or_cash_rounding_that_cannot_be_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                               flags: list[str], message: str) -> None:
    data = tmp_path / "station"
    assert main([*LIVE, "--data", str(data), *flags]) == 2
    assert message in capsys.readouterr().err
    assert not (data / "station.sqlite3").exists()


def test_the_file_carries_the_currency_and_cash_rounding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from register.services.context import PRICING

    path = tmp_path / "provision.json"
    # a JSON number is read exactly (never through a float)
    path.write_text('{"apiUrl": "https://api.example.com", "outletId": "o", "stationId": "s-1", '
                    '"currency": "CHF", "cashIncrement": 0.05}', encoding="utf-8")
    monkeypatch.setenv(PROVISION_FILE_ENV, str(path))
    data = tmp_path / "station"
    assert apply_provisioning_file(data)
    assert _settings(data, PRICING) == [{"currency": "CHF", "cashIncrement": "0.05"}]
    path.write_text('{"demo": true, "currency": "JPY", "cashIncrement": "0.5"}', encoding="utf-8")
    with pytest.raises(ProvisioningError, match="cash increment"):
        apply_provisioning_file(data)
    path.write_text('{"demo": true, "currency": 978}', encoding="utf-8")
    with pytest.raises(ProvisioningError, match="currency must be a string"):
        apply_provisioning_file(data)
    assert _settings(data, PRICING) == [{"currency": "CHF", "cashIncrement": "0.05"}]


def test_the_currency_does_not_change_under_an_open_session(tmp_path: Path) -> None:
    from register.services.context import PRICING

    data = tmp_path / "station"
    provision(data, Provisioning("o", "s-1", "https://api.example.com", currency="USD"))
    db = Database.open(data / "station.sqlite3")
    try:
        db.call(lambda c: c.execute("INSERT INTO sessions (local_id, number, station_id, opened_at, closed_at, body)"
                                    " VALUES ('l', 'S-1', 's-1', '2026-01-01', NULL, '{}')"))
    finally:
        db.close()
    with pytest.raises(ProvisioningError, match="close it before changing the currency to EUR"):
        provision(data, Provisioning("o", "s-1", "https://api.example.com", currency="EUR"))
    provision(data, Provisioning("o", "s-1", "https://api.example.com", cash_increment="0.05"))  # the same currency
    assert _settings(data, PRICING) == [{"currency": "USD", "cashIncrement": "0.05"}]
