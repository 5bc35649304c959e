"""Which of a built folder's shared libraries the frozen app actually loads (Linux).

    python packaging/trace_loads.py dist/ajo-cases [--no-server] [--no-xcb]

Runs the built program with the dynamic loader's trace (`LD_DEBUG=files`) through what staff
do: the smoke test's commands, a case summary PDF, statistics, an XLSX export, a backup, the
first window on the offscreen platform and on X11 (xcb, under `xvfb-run`), and an office
server vault (`server init` on a throw-away PostgreSQL cluster from the tests, then `verify`
and `find` through it). Prints every bundled library that no run loaded, largest first: the
candidates for the spec's DROP list. A library only some other platform or printer path needs
may still show up here; read the list, do not drop it blindly.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "frozen build check 2026"  # noqa: S105 - a throw-away vault's, as the smoke test's
_OPENED = re.compile(r"calling init: (\S+)")  # every object the loader mapped, by full path


def _run(exe: Path, args: list[str], env: dict[str, str], log: Path, wrap: list[str]) -> str:
    trace = {**env, "LD_DEBUG": "files", "LD_DEBUG_OUTPUT": str(log)}
    done = subprocess.run(
        [*wrap, str(exe), *args], env=trace, capture_output=True, text=True, timeout=600
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr[-800:]}")
    return done.stdout


def _server_runs(exe: Path, env: dict[str, str], work: Path, log: Path) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from pg_cluster import start_cluster

    cluster = start_cluster()
    try:
        cluster.sql("CREATE DATABASE ajo_trace OWNER ajo_owner")
        server = {**env, "AJO_CASES_DATA_DIR": str(work / "server"),
                  "PGPASSWORD": cluster.owner_password}  # fmt: skip
        _run(exe, ["server", "init", "--url", cluster.url("ajo_trace"), "--admin", "smoke"],
             server, log, [])  # fmt: skip
        server.pop("PGPASSWORD")
        _run(exe, ["verify", "--full"], server, log, [])
        _run(exe, ["demo", "--cases", "5", "--seed", "2"], server, log, [])
        _run(exe, ["find", "a", "--json"], server, log, [])
    finally:
        cluster.stop()


def trace(app_dir: Path, server: bool, xcb: bool) -> set[str]:
    exe = app_dir / "ajo-cases"
    work = Path(tempfile.mkdtemp(prefix="ajo-trace-"))
    log = work / "ld"
    env = {**os.environ, "AJO_CASES_DATA_DIR": str(work / "vault"), "AJO_CASES_USER": "smoke",
           "AJO_CASES_PASSWORD": PASSWORD, "AJO_CASES_NEW_PASSWORD": PASSWORD,
           "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    try:
        _run(exe, ["--version"], env, log, [])
        _run(exe, ["init", "--admin", "smoke"], env, log, [])
        _run(exe, ["verify", "--full"], env, log, [])
        _run(exe, ["demo", "--cases", "20", "--seed", "1"], env, log, [])
        found = _run(exe, ["find", "a", "--json"], env, log, [])
        code = re.search(r'"code":\s*"([^"]+)"', found)
        if code:
            _run(exe, ["print", "case", code.group(1), "-o", str(work / "case.pdf")], env, log, [])
        _run(exe, ["stats", "--format", "pdf", "-o", str(work / "s.pdf")], env, log, [])
        _run(exe, ["export", "--format", "xlsx", "-o", str(work / "x.xlsx")], env, log, [])
        _run(exe, ["backup", "-o", str(work / "b.ajobackup")], env, log, [])
        _run(exe, ["--smoke-test"], env, log, [])
        if xcb and shutil.which("xvfb-run"):
            x11 = {**env, "QT_QPA_PLATFORM": "xcb"}
            _run(exe, ["--smoke-test"], x11, log, ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24"])
        if server:
            _server_runs(exe, env, work, log)
        loaded: set[str] = set()
        for part in work.glob("ld.*"):
            for match in _OPENED.finditer(part.read_text(errors="replace")):
                loaded.add(os.path.realpath(match.group(1)))
        return loaded
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("app_dir", type=Path)
    parser.add_argument("--no-server", action="store_true")
    parser.add_argument("--no-xcb", action="store_true")
    args = parser.parse_args()
    app_dir = args.app_dir.resolve()
    loaded = trace(app_dir, not args.no_server, not args.no_xcb)
    unused = []
    for path in app_dir.rglob("*.so*"):
        if path.is_file() and not path.is_symlink() and str(path.resolve()) not in loaded:
            unused.append((path.stat().st_size, path.relative_to(app_dir)))
    total = sum(size for size, _ in unused)
    for size, path in sorted(unused, reverse=True):
        print(f"{size / 1e6:8.2f} MB  {path}")
    print(f"never loaded: {len(unused)} libraries, {total / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
