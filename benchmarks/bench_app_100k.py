"""The desktop app on a large vault: unlock to first list page, open a case, search, memory.

    python benchmarks/bench_app_100k.py --vault DIR --user NAME --password PW
    python benchmarks/bench_app_100k.py --cases 10000        (builds a demo vault first)
    python benchmarks/bench_app_100k.py --vault DIR --unlock-only   (one JSON line; used by
                                                                     bench_targets.py)

Runs the real main window on the offscreen platform in this process. The page modules are
imported before the clock starts, as the app imports them on its worker while the person types
the password. Unlock beyond the key derivation = opening (with a cheap KDF, so it is all checks)
+ main window to the first case-list page shown; target <= 0.5 s at 100,000 cases.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import report

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ajo_cases.services.access.opening import create_vault, open_vault  # noqa: E402
from ajo_cases.services.casework import case_detail  # noqa: E402
from ajo_cases.services.people import search  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def wait_until(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        QCoreApplication.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError
        time.sleep(0.002)


def build(cases: int) -> tuple[Path, str, str]:
    from ajo_cases.services.demo.demo import fill_demo

    folder = Path(tempfile.mkdtemp()) / "vault"
    vault, _ = create_vault(folder, "admin", "benchmark passphrase long enough")
    fill_demo(vault, cases=cases, seed=1)
    vault.close()
    return folder, "admin", "benchmark passphrase long enough"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vault")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="benchmark passphrase long enough")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--unlock-only", action="store_true")
    args = parser.parse_args()
    folder, user, password = (
        (Path(args.vault), args.user, args.password) if args.vault else build(args.cases)
    )
    app = QApplication([])
    from ajo_cases.ui.app.main_window import MainWindow
    from ajo_cases.ui.app.pages import default_registry

    registry = default_registry()  # the app imports the pages while the password is typed
    base_rss = rss_mb()
    started = time.perf_counter()
    vault = open_vault(folder, user, password)
    opened = time.perf_counter()
    window = MainWindow(vault, registry)
    window.show()
    window.show_page("cases")  # at once, as a search straight after unlocking does
    page = window.pages["cases"]
    wait_until(lambda: page.model.rowCount() > 0)
    first_page = time.perf_counter()
    if args.unlock_only:
        print(json.dumps({"open_s": opened - started, "first_page_s": first_page - opened}))
        close(window, vault, app)
        return

    with vault.read_session() as session:
        from sqlalchemy import select

        from ajo_cases.storage.models import Case

        ids = list(session.scalars(select(Case.id)))
    rng = random.Random(5)
    samples = []
    for case_id in rng.sample(ids, 30):
        t = time.perf_counter()
        case_detail.case_detail(vault, case_id)
        samples.append(time.perf_counter() - t)
    t = time.perf_counter()
    search.name_index(vault)
    index_s = time.perf_counter() - t
    rss = rss_mb()
    list_s = time.perf_counter()
    from ajo_cases.domain.records import CaseFilter
    from ajo_cases.services.casework import case_list

    case_list.list_cases(vault, CaseFilter(), sort="code", limit=200)
    list_s = time.perf_counter() - list_s
    report(
        f"app_{len(ids)}",
        [
            ("unlock (cheap KDF) + checks", opened - started),
            ("main window to first list page shown", first_page - opened),
            ("unlock beyond the KDF (target <= 500 ms)", first_page - started),
            ("first list page, service alone", list_s),
            ("open a case with all tabs (service, median of 30)", statistics.median(samples)),
            ("name index build (first search)", index_s),
        ],
    )
    print(
        f"\n  cases: {len(ids):,}; RSS before unlock {base_rss:.0f} MB, with the list, "
        f"30 cases opened and the name index {rss:.0f} MB (target <= 400 MB)"
    )
    close(window, vault, app)


def close(window, vault, app) -> None:
    window.close()
    from ajo_cases.ui.runtime import tasks

    tasks.shutdown()  # the worker ends before the vault closes and Qt goes
    vault.close()
    app.quit()


if __name__ == "__main__":
    main()
