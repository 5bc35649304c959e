"""Cold start to the first window, against a bare PySide6 window in the same environment.

Run: python benchmarks/bench_startup.py   (uses the offscreen platform; 5 runs each, median)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import median_seconds, report

BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication(sys.argv)\n"
    "w = QWidget(); w.show()\n"
    "QTimer.singleShot(500, app.quit)\n"
    "app.exec()\n"
)


def main() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    folder = Path(tempfile.mkdtemp())
    vault = folder / "vault"
    env_init = {**env, "AJO_CASES_NEW_PASSWORD": "startup bench passphrase"}
    subprocess.run(
        [sys.executable, "-m", "ajo_cases", "--data-dir", str(vault), "init", "--admin", "a"],
        env=env_init, check=True, capture_output=True,
    )  # fmt: skip

    def bare() -> None:
        subprocess.run([sys.executable, "-c", BARE], env=env, check=True, capture_output=True)

    def app() -> None:
        # --smoke-test shows the unlock window, then quits after the same 500 ms as the bare one.
        command = [sys.executable, "-m", "ajo_cases", "--smoke-test", "--data-dir", str(vault)]
        subprocess.run(command, env=env, check=True, capture_output=True)

    bare_s, app_s = median_seconds(bare), median_seconds(app)
    report(
        "startup",
        [
            ("bare PySide6 window (incl. 500 ms wait)", bare_s),
            ("AJO Cases unlock window (incl. 500 ms wait)", app_s),
            ("bare, start only", bare_s - 0.5),
            ("AJO Cases, start only", app_s - 0.5),
        ],
    )
    print(f"\n  ratio (start only): {(app_s - 0.5) / (bare_s - 0.5):.2f}x  (target <= 3x)")


if __name__ == "__main__":
    main()
