"""The donor report PDF for one year at 10k demo cases, as a manager.

    python benchmarks/bench_donor_pdf.py [--cases 10000] [--runs 5] [--keep DIR]

A fresh vault (cheap KDF: the benchmark measures the report, not Argon2id) filled by
services.demo.fill_demo. Timed, median of --runs, for the last full calendar year: computing
the statistics, building the PDF from the report (charts and tables), and the whole
`donor_report_pdf` call. Target: the PDF build <= 500 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from ajo_cases.domain.charts import charts_for  # noqa: E402
from ajo_cases.domain.stats_model import StatsFilter  # noqa: E402
from ajo_cases.reports.donor_report import build_donor_report  # noqa: E402
from ajo_cases.reports.model import Letterhead  # noqa: E402
from ajo_cases.services.access import users  # noqa: E402
from ajo_cases.services.access.opening import create_vault, open_vault  # noqa: E402
from ajo_cases.services.demo.demo import fill_demo  # noqa: E402
from ajo_cases.services.statistics import statistics as stats  # noqa: E402
from ajo_cases.services.statistics.stats_pdf import donor_report_pdf  # noqa: E402

PASSWORD = "benchmark passphrase long enough"
TARGET_MS = 500


def _median_ms(action: object, runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        samples.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(samples), 1)


def measure(cases: int, runs: int, today: date, keep: Path | None) -> dict[str, object]:
    flt = StatsFilter(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    with tempfile.TemporaryDirectory() as folder:
        data = keep / f"donor_{cases}" if keep else Path(folder) / "vault"
        if not (data / "cases.db").exists():
            admin, _code = create_vault(data, "admin", PASSWORD)
            fill_demo(admin, cases=cases, seed=1, today=today)
            users.add_user(admin, "boss", "manager", PASSWORD)
            admin.close()
        vault = open_vault(data, "boss", PASSWORD)
        try:
            donor_report_pdf(vault, flt, lang="tg", today=today)  # fonts registered, caches warm
            report = stats.compute(vault, flt, today=today)
            head = Letterhead(name="AJO")
            row: dict[str, object] = {"cases": cases, "year": today.year - 1}
            row["compute_ms"] = _median_ms(lambda: stats.compute(vault, flt, today=today), runs)
            for lang in ("tg", "ru", "en"):
                row[f"pdf_{lang}_ms"] = _median_ms(
                    lambda lang=lang: build_donor_report(report, charts_for(report), head, lang),
                    runs,
                )
            row["donor_report_pdf_ms"] = _median_ms(
                lambda: donor_report_pdf(vault, flt, lang="tg", today=today), runs
            )
            row["pdf_bytes"] = len(donor_report_pdf(vault, flt, lang="tg", today=today))
        finally:
            vault.close()
    row["target_ms"] = TARGET_MS
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep the filled vault here between runs")
    args = parser.parse_args()
    print(json.dumps(measure(args.cases, args.runs, date.today(), args.keep), indent=2))


if __name__ == "__main__":
    main()
