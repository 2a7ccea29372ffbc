"""The packaged register: ``packaging/build`` makes the bundle and the .deb; the unpacked package runs; an
upgrade keeps the offline backlog and every order reaches Final POS exactly once.

One module-scoped fixture runs ``packaging/build`` twice, concurrently (PyInstaller is single-threaded):
version A (pyproject's version, gzip) and version B (the same plus ``+upgrade.test``, no compression),
each into its own temporary folder. Figures (build time, sizes, start-up time) are printed (``-s``).
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tarfile
import time
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.pricing.test_summary import PRICING_EXAMPLE

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
SUFFIX_B = "+upgrade.test"
BUNDLE_BUDGET_MB = 250
BUILD_BUDGET_S = 600
UNUSED_QT = ("Qml", "Quick", "3D", "WebEngine", "Multimedia", "Charts", "Pdf", "Designer", "Sql", "Test")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(900),
    pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None,
                       reason="the .deb is built on Debian/Ubuntu"),
]


@dataclass(frozen=True)
class Build:
    """One run of packaging/build."""

    version: str
    bundle: Path
    deb: Path
    seconds: float
    log: str


def _start_build(out: Path, *args: str) -> subprocess.Popen[str]:
    # Each build its own PyInstaller cache: two builds at once must not share one.
    env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(out / "pyinstaller-cache"))
    return subprocess.Popen([str(ROOT / "packaging" / "build"), "--out", str(out), *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Build]]:
    """Versions A and B, built at the same time (about 1 GB on disk, removed afterwards)."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    plans = {"A": ("", "gzip"), "B": (SUFFIX_B, "none")}
    started = time.monotonic()
    procs = {}
    for name, (suffix, compression) in plans.items():
        out = tmp_path_factory.mktemp(f"build-{name}")
        args = ["--deb-compression", compression] + (["--version-suffix", suffix] if suffix else [])
        procs[name] = (out, suffix, _start_build(out, *args))
    result = {}
    for name, (out, suffix, proc) in procs.items():
        log, _ = proc.communicate(timeout=BUILD_BUDGET_S)
        assert proc.returncode == 0, log
        version = VERSION + suffix
        result[name] = Build(version, out / "register", out / f"register_{version}_{arch}.deb",
                             time.monotonic() - started, log)
        print("".join(f"\n[{name}] {line}" for line in log.splitlines() if line.startswith("build:")))
        shutil.rmtree(out / "build")  # PyInstaller's work files
        shutil.rmtree(out / "pyinstaller-cache", ignore_errors=True)
    assert max(b.seconds for b in result.values()) < BUILD_BUDGET_S
    yield result
    for name in plans:
        shutil.rmtree(result[name].bundle.parent, ignore_errors=True)


@pytest.fixture(scope="module")
def unpacked(builds: dict[str, Build], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Version A's .deb extracted into a temporary root."""
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(builds["A"].deb), str(root)], check=True)
    yield root
    shutil.rmtree(root, ignore_errors=True)


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTEST_", "COV_"))}
    env.update(QT_QPA_PLATFORM="offscreen", **extra)
    return env


def _run(exe: Path | str, *args: str, input: str | None = None, env: dict[str, str] | None = None,
         timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(exe), *args], input=input, capture_output=True, text=True, timeout=timeout,
                          env=env or _env(), check=False)


# the bundle and the package ----------------------------------------------------------------------
def test_the_bundle_fits_the_budget_and_leaves_out_unused_qt(builds: dict[str, Build]) -> None:
    bundle = builds["A"].bundle
    size = sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"\nbundle: {size / 1e6:.0f} MB unpacked ({size / 2**20:.0f} MiB); "
          f".deb (gzip) {builds['A'].deb.stat().st_size / 1e6:.0f} MB; "
          f"uncompressed .deb {builds['B'].deb.stat().st_size / 1e6:.0f} MB")
    assert size <= BUNDLE_BUDGET_MB * 2**20
    internal = bundle / "_internal"
    assert (bundle / "register").is_file() and os.access(bundle / "register", os.X_OK)
    assert (internal / "resources" / "theme.qss").is_file()
    assert (internal / "resources" / "icons" / "register.svg").is_file()
    for language in ("en", "es", "fr"):  # compiled by the build from the .ts sources
        qm = internal / "resources" / "translations" / f"register_{language}.qm"
        ts = ROOT / "resources" / "translations" / f"register_{language}.ts"
        assert qm.is_file() and qm.stat().st_size > 0 and qm.stat().st_mtime >= ts.stat().st_mtime, qm
    assert (internal / f"register-{VERSION}.dist-info" / "METADATA").is_file()
    assert [p.name for p in internal.glob("register-*.dist-info")] == [f"register-{VERSION}.dist-info"]
    assert (internal / "escpos" / "capabilities.json").is_file()  # receipt printing reads it at import
    names = [p.name for p in internal.rglob("*")]
    assert not [n for n in names if n.startswith("libQt6") and any(f"Qt6{m}" in n for m in UNUSED_QT)]
    assert not [n for n in names if n.startswith("Qt") and n.endswith(".so") and any(m in n for m in UNUSED_QT)]
    assert not [n for n in names if n in ("tkinter", "_tkinter.cpython-311-x86_64-linux-gnu.so", "pytest")]


def test_the_package_installs_under_opt_with_a_launcher_a_desktop_entry_and_an_icon(
        builds: dict[str, Build], unpacked: Path) -> None:
    deb = builds["A"].deb
    control = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    fields = dict(re.findall(r"^(\S+): (.*)$", control, re.M))
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout
    assert fields["Package"] == "register"
    assert fields["Version"] == VERSION
    assert fields["Architecture"] == arch.strip()
    assert fields["Depends"] == "libc6 (>= 2.36), libfontconfig1, libgl1, libegl1, libxkbcommon0"
    assert fields["Maintainer"] and fields["Description"]
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    assert all(" root/root " in line for line in listing.splitlines()), "files must belong to root"
    assert not [line for line in listing.splitlines() if "/home/" in line or "/root/" in line.split()[-1]]

    launcher = unpacked / "usr" / "bin" / "register"
    assert launcher.is_symlink() and os.readlink(launcher) == "../../opt/register/register"
    assert launcher.resolve() == (unpacked / "opt" / "register" / "register").resolve()
    desktop = (unpacked / "usr/share/applications/register.desktop").read_text()
    assert "\nExec=register\n" in desktop and "\nIcon=register\n" in desktop and "\nType=Application\n" in desktop
    svg = (unpacked / "usr/share/icons/hicolor/scalable/apps/register.svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    scripts = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(deb)], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(scripts)) as tar:
        members = {Path(m.name).name for m in tar.getmembers() if m.isfile()}
    assert members <= {"control", "postrm", "md5sums"}, members


def test_the_unpacked_register_paints_offscreen(unpacked: Path, tmp_path: Path) -> None:
    started = time.perf_counter()
    result = _run(unpacked / "usr/bin/register", "--smoke", env=_env(REGISTER_HOME=str(tmp_path)), timeout=60)
    wall = time.perf_counter() - started
    assert result.returncode == 0, result.stdout + result.stderr
    match = re.search(r"first paint: (\d+) ms", result.stdout)
    assert match, result.stdout
    print(f"\npackaged --smoke: first paint {match.group(1)} ms after the GUI module loaded; "
          f"{wall * 1000:.0f} ms wall, process start to exit")
    assert f"register {VERSION} starting" in (tmp_path / "logs" / "register.log").read_text()


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (apt-get install xvfb)")
def test_the_unpacked_register_paints_on_x11(unpacked: Path, tmp_path: Path) -> None:
    """The xcb platform plugin and the libraries the bundle carries for it load on a real X server."""
    env = _env(REGISTER_HOME=str(tmp_path))
    env.pop("QT_QPA_PLATFORM")
    result = _run("xvfb-run", "-a", str(unpacked / "usr/bin/register"), "--smoke", env=env, timeout=60)
    assert result.returncode == 0 and "first paint" in result.stdout, result.stdout + result.stderr


def test_the_unpacked_register_knows_its_version_and_prices_a_cart(unpacked: Path) -> None:
    exe = unpacked / "usr/bin/register"
    assert _run(exe, "--version").stdout.strip() == f"register {VERSION}"
    quote = _run(exe, "quote", "-", input=json.dumps(PRICING_EXAMPLE))
    assert quote.returncode == 0, quote.stderr
    out = json.loads(quote.stdout)
    assert out["summary"]["total"] == "219.63"
    assert out["lineItems"][0]["quantity"] == 2


def test_the_unpacked_headless_commands_run(unpacked: Path, tmp_path: Path) -> None:
    exe = unpacked / "usr/bin/register"
    assert "provision" in _run(exe, "--help").stdout
    status = _run(exe, "outbox", "--data", str(tmp_path / "none"), "status")
    assert status.returncode == 2 and "no station database" in status.stderr
    assert _run(exe, "sandbox", "--help").returncode == 0
    demo = _run(exe, "provision", "--demo", "--data", str(tmp_path / "station"))
    assert demo.returncode == 0, demo.stderr
    refused = _run(exe, "provision", "--api-key", "sk-1", "--api-url", "https://x.example", "--outlet", "o",
                   "--station", "s", "--data", str(tmp_path / "other"))
    assert refused.returncode == 2 and "command line" in refused.stderr


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status  # a zombie has exited


def test_packaged_demo_mode_runs_its_sandbox_from_the_same_executable(unpacked: Path, tmp_path: Path) -> None:
    """`register --demo` starts `register sandbox` (sys.executable is the bundle) and stops it on exit."""
    proc = subprocess.Popen([str(unpacked / "usr/bin/register"), "--demo"], env=_env(REGISTER_HOME=str(tmp_path)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    log = tmp_path / "logs" / "register.log"
    try:
        deadline = time.monotonic() + 60
        while not (log.exists() and "demo sandbox ready" in log.read_text()):
            assert proc.poll() is None, "the register exited"
            assert time.monotonic() < deadline, log.read_text() if log.exists() else "no log"
            time.sleep(0.2)
        children = [int(c) for c in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
        assert children
        assert Path(f"/proc/{children[0]}/cmdline").read_bytes().split(b"\0")[1] == b"sandbox"
    finally:
        proc.terminate()
        proc.wait(30)
    deadline = time.monotonic() + 15
    while any(_alive(c) for c in children):
        assert time.monotonic() < deadline, "the demo sandbox outlived the register"
        time.sleep(0.2)


# the upgrade ----------------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def _packaged_sandbox(exe: Path | str, data: Path, key: str) -> Iterator[str]:
    """The bundle's own ``register sandbox`` (what demo mode starts), on ``data``."""
    port = _free_port()
    proc = subprocess.Popen([str(exe), "sandbox", "--port", str(port), "--data", str(data)],
                            env=_env(FINALPOS_SANDBOX_API_KEY=key), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.communicate()[0]
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(url + "/v1/sandbox/health", timeout=2).status_code == 200:
                    break
            assert time.monotonic() < deadline, "the packaged sandbox did not answer"
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.communicate(timeout=30)


async def _sell_offline(data_dir: Path, n: int) -> dict[str, Decimal]:
    """Open a session and ring ``n`` sales with nothing listening at the API URL: all stay in the outbox."""
    from register.services.core import RegisterCore

    core = await RegisterCore.open(data_dir, api_url=f"http://127.0.0.1:{_free_port()}", api_key="unused")
    try:
        await core.sessions.open("100", opened_by="Dana")
        items = [i for i in core.catalog.index.items if i.barcode and i.price]
        totals = {}
        for k in range(n):
            for item in items[k % len(items): k % len(items) + 1 + k % 3]:
                await core.checkout.add_code(item.barcode or "")
            await core.checkout.add_tender("cash", "500")
            sale = await core.checkout.complete("Dana")
            totals[sale.receipt_id] = sale.total
        return totals
    finally:
        await core.close()


async def _sync_catalog(data_dir: Path, url: str, key: str) -> None:
    from register.services.core import RegisterCore

    core = await RegisterCore.open(data_dir, api_url=url, api_key=key)
    try:
        await core.sync_catalog()
    finally:
        await core.close()


def _waiting(exe: Path | str, data_dir: Path, env: dict[str, str]) -> int:
    status = _run(exe, "outbox", "--data", str(data_dir), "status", env=env)
    assert status.returncode == 0, status.stderr
    match = re.search(r"pending (\d+)\s+in flight (\d+)\s+needs attention (\d+)", status.stdout)
    assert match, status.stdout
    return sum(int(g) for g in match.groups())


def _upgrade_in_root(old: Path, new: Path, root: Path) -> None:
    """What ``dpkg -i new`` does to the files of ``old``: what the new package lacks goes (files, then the
    folders left empty: an old ``register-A.dist-info`` must not survive), then the new one is unpacked."""
    def members(deb: Path) -> dict[str, bool]:
        tar_bytes = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True, check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(tar_bytes)) as tar:
            return {os.path.normpath(m.name): m.isdir() for m in tar.getmembers()}

    old_members, new_members = members(old), members(new)
    gone = sorted(set(old_members) - set(new_members), key=lambda n: n.count("/"), reverse=True)
    for name in gone:
        path = root / name
        if not old_members[name]:
            path.unlink()
        elif not any(path.iterdir()):
            path.rmdir()
    subprocess.run(["dpkg-deb", "-x", str(new), str(root)], check=True)


@contextlib.contextmanager
def _system_package_slot() -> Iterator[None]:
    """Hold the machine's one `register` package for this test (a concurrent run waits)."""
    with open("/tmp/register-packaging-test.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        installed = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "register"], capture_output=True,
                                   text=True, check=False).stdout
        if "install ok installed" in installed:
            pytest.skip("a register package is already installed on this machine; not touching it")
        try:
            yield
        finally:
            subprocess.run(["dpkg", "--purge", "register"], capture_output=True, check=False)


@pytest.mark.parametrize("install", ["unpacked", "dpkg"])
def test_an_upgrade_keeps_the_backlog_and_every_order_arrives_once(
        builds: dict[str, Build], tmp_path: Path, install: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from register.sandbox.testing import running_sandbox

    if install == "dpkg" and (os.geteuid() != 0 or shutil.which("dpkg") is None):
        pytest.skip("installing the package for real needs root (CI runs as root)")
    a, b = builds["A"], builds["B"]
    home = tmp_path / "home"  # the station user's home: data in ~/.local/share/register, as installed
    station = home / ".local" / "share" / "register" / "station"
    monkeypatch.delenv("REGISTER_HOME")
    env = _env(HOME=str(home))
    env.pop("REGISTER_HOME", None)
    key = "upgrade-key"
    root = tmp_path / "root"
    slot = _system_package_slot() if install == "dpkg" else contextlib.nullcontext()

    with slot:
        if install == "dpkg":
            done = subprocess.run(["dpkg", "-i", str(a.deb)], capture_output=True, text=True, check=False)
            assert done.returncode == 0, done.stdout + done.stderr
            exe: Path | str = "/usr/bin/register"
        else:
            subprocess.run(["dpkg-deb", "-x", str(a.deb), str(root)], check=True)
            exe = root / "usr" / "bin" / "register"
        assert _run(exe, "--version", env=env).stdout.strip() == f"register {a.version}"

        # Version A: provision the station (packaged command), sync the catalog while online.
        with running_sandbox(tmp_path / "server", api_key=key) as server:
            stations = httpx.get(server.base_url + "/v1/api/stations", headers=server.headers).json()
            target = stations[0]
            done = _run(exe, "provision", "--api-url", server.base_url, "--outlet", target["outletId"],
                        "--station", target["id"], "--device-name", "till-7", env=env)
            assert done.returncode == 0, done.stderr
            asyncio.run(_sync_catalog(station, server.base_url, key))
        # The server is gone: sales pile up in the outbox. The source tree's RegisterCore rings them on
        # version A's data folder (the packaged headless commands cannot sell; the GUI would do the same).
        totals = asyncio.run(_sell_offline(station, 6))
        waiting_a = _waiting(exe, station, env)
        assert waiting_a >= 2 + 6 * 2  # pairing, session; 6 × (order + payment)
        db_before = (station / "station.sqlite3").stat().st_size

        # Install version B over A.
        if install == "dpkg":
            done = subprocess.run(["dpkg", "-i", str(b.deb)], capture_output=True, text=True, check=False)
            assert done.returncode == 0, done.stdout + done.stderr
            version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "register"], capture_output=True,
                                     text=True, check=True).stdout
            assert version == b.version
        else:
            _upgrade_in_root(a.deb, b.deb, root)
        assert _run(exe, "--version", env=env).stdout.strip() == f"register {b.version}"
        smoke = _run(exe, "--smoke", env=env, timeout=60)
        assert smoke.returncode == 0 and "first paint" in smoke.stdout, smoke.stdout + smoke.stderr
        assert _waiting(exe, station, env) == waiting_a, "the upgrade changed the backlog"
        assert (station / "station.sqlite3").stat().st_size >= db_before

        # The server is back (B's own sandbox, on the same data): B flushes the backlog.
        with _packaged_sandbox(exe, tmp_path / "server", key) as url:
            flush = _run(exe, "outbox", "--data", str(station), "flush", "--api-url", url, "--timeout", "90",
                         env={**env, "FINALPOS_API_KEY": key})
            assert flush.returncode == 0, flush.stdout + flush.stderr
            again = _run(exe, "outbox", "--data", str(station), "flush", "--api-url", url, env={**env,
                         "FINALPOS_API_KEY": key})
            assert again.returncode == 0, again.stdout + again.stderr
            orders = _all(url, key, "orders")
            on_server = httpx.get(f"{url}/v1/api/station/{target['id']}", headers={"x-api-key": key}).json()

        receipts = Counter(o["receiptId"] for o in orders)
        assert [r for r, n in receipts.items() if n > 1] == [], "an order arrived twice"
        assert set(receipts) == set(totals) and len(orders) == len(totals)
        for order in orders:
            assert Decimal(str(order["summary"]["total"])) == totals[order["receiptId"]]
        assert on_server["deviceName"] == "till-7" and on_server["deviceId"]
        print(f"\nupgrade {a.version} -> {b.version} ({install}): {len(totals)} orders, "
              f"{waiting_a} outbox entries kept and posted once")

        if install == "dpkg":
            removed = subprocess.run(["dpkg", "-r", "register"], capture_output=True, text=True, check=False)
            assert removed.returncode == 0, removed.stdout + removed.stderr
            assert not Path("/opt/register").exists() and not Path("/usr/bin/register").exists()
            assert (station / "station.sqlite3").is_file(), "removing the package deleted a user's data"
            assert _all_done(station), "the user's outbox changed on removal"
            purged = subprocess.run(["dpkg", "--purge", "register"], capture_output=True, text=True, check=False)
            assert purged.returncode == 0, purged.stdout + purged.stderr
            assert (station / "station.sqlite3").is_file(), "purging the package deleted a user's data"
    shutil.rmtree(root, ignore_errors=True)


def _all(url: str, key: str, collection: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    with httpx.Client(base_url=url, headers={"x-api-key": key}) as client:
        while True:
            page = client.get(f"/v1/api/{collection}", params={"skip": len(found), "limit": 100}).json()
            found += page
            if len(page) < 100:
                return found


def _all_done(station: Path) -> bool:
    from register.store import Database
    from register.store.outbox import Outbox

    db = Database.open(station / "station.sqlite3")
    try:
        counts = Outbox(db).counts()
        return counts.waiting == 0 and counts.done > 0
    finally:
        db.close()
