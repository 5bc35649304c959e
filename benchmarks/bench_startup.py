"""Cold start to the first window painted, against a bare PySide6 window in the same run.

    python benchmarks/bench_startup.py [--runs 9]

Each run starts a fresh process and times process start to the line the process prints when its
first window is painted (the app's `--smoke-test` prints it; so does the bare script). Bare and
app runs alternate, so both see the same load on a shared machine. The time from the window to
the process end (the smoke test waits 500 ms, then the worker finishes loading the database
layer behind the window) is printed too, for reference. Target: app <= 3 x bare (median).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import report

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.isWindow()):
            print("first window painted", flush=True)
            app.removeEventFilter(self)
        return False

app = QApplication(sys.argv)
painted = FirstPaint()
app.installEventFilter(painted)
w = QWidget(); w.show()
QTimer.singleShot(500, app.quit)
app.exec()
"""
TARGET = 3.0


def time_to_paint(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from process start to the 'first window painted' line, and to its end."""
    started = time.perf_counter()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        painted = None
        for line in process.stdout:
            if painted is None and "first window painted" in line:
                painted = time.perf_counter() - started
        process.wait()
    ended = time.perf_counter() - started
    if painted is None or process.returncode != 0:
        raise RuntimeError(f"{command[1:3]} did not paint a window (exit {process.returncode})")
    return painted, ended


def measure(runs: int) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    vault = Path(tempfile.mkdtemp()) / "vault"
    env_init = {**env, "AJO_CASES_NEW_PASSWORD": "startup bench passphrase"}
    subprocess.run(
        [sys.executable, "-m", "ajo_cases", "--data-dir", str(vault), "init", "--admin", "a"],
        env=env_init, check=True, capture_output=True,
    )  # fmt: skip
    bare_cmd = [sys.executable, "-c", BARE]
    app_cmd = [sys.executable, "-m", "ajo_cases", "--smoke-test", "--data-dir", str(vault)]
    time_to_paint(bare_cmd, env), time_to_paint(app_cmd, env)  # warm the file cache
    bare, app, app_end, ratios = [], [], [], []
    for _ in range(runs):
        b, _end = time_to_paint(bare_cmd, env)
        a, end = time_to_paint(app_cmd, env)
        bare.append(b), app.append(a), app_end.append(end), ratios.append(a / b)
    return {
        "bare": statistics.median(bare),
        "app": statistics.median(app),
        "app_end": statistics.median(app_end),
        "ratio": statistics.median(ratios),
        "ratio_min": min(ratios),
        "ratio_max": max(ratios),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    found = measure(args.runs)
    report(
        "startup",
        [
            ("bare PySide6 window painted", found["bare"]),
            ("AJO Cases unlock window painted", found["app"]),
            ("AJO Cases process end (500 ms wait, services loaded)", found["app_end"]),
        ],
    )
    ok = "ok" if found["ratio"] <= TARGET else "SLOW"
    print(
        f"\n  ratio app/bare: median {found['ratio']:.2f}x "
        f"(runs {found['ratio_min']:.2f}-{found['ratio_max']:.2f}x), target <= {TARGET:.0f}x: {ok}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
