"""Demo fill time and name-search latency at 1k / 10k (and 100k with --full) cases.

    python benchmarks/bench_demo_find.py [--full] [--queries 50]

Each scale gets a fresh vault (cheap KDF: the benchmark measures the data, not Argon2id).
The search timing includes the first call, which builds the in-memory name index, reported
apart as "index build".
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from ajo_cases.services.access.opening import create_vault  # noqa: E402
from ajo_cases.services.demo import demo_names  # noqa: E402
from ajo_cases.services.demo.demo import fill_demo  # noqa: E402
from ajo_cases.services.people import search  # noqa: E402

RESULTS = Path(__file__).parent / "results"
PASSWORD = "benchmark passphrase long enough"


def queries(count: int, seed: int = 99) -> list[str]:
    """Partial names as typed: Cyrillic, Tajik letters, Latin and Russian-passport spellings."""
    rng = random.Random(seed)
    stems = [
        *demo_names.TAJIK_MALE, *demo_names.TAJIK_FEMALE, *demo_names.TAJIK_STEMS,
        *demo_names.UZBEK_MALE,
    ]  # fmt: skip
    out = []
    for i in range(count):
        word = rng.choice(stems)
        latin = demo_names.transliterate_to_latin(word)
        passport = demo_names.transliterate_to_latin(word.translate(demo_names._PASSPORT_STYLE))
        text = (word, latin, passport, word.lower())[i % 4]
        out.append(text[: rng.randint(2, max(2, min(6, len(text))))])
    return out


def measure(cases: int, n_queries: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = create_vault(Path(folder) / "vault", "admin", PASSWORD)
        try:
            started = time.perf_counter()
            summary = fill_demo(vault, cases=cases, seed=1)
            fill_s = time.perf_counter() - started
            started = time.perf_counter()
            search.name_index(vault)
            index_s = time.perf_counter() - started
            times, hits = [], []
            for query in queries(n_queries):
                started = time.perf_counter()
                found = search.find(vault, query)
                times.append((time.perf_counter() - started) * 1000)
                hits.append(len(found))
        finally:
            vault.close()
    return {
        "cases": cases,
        "rows_added": sum(summary.counts.values()),
        "demo_s": round(fill_s, 2),
        "index_build_s": round(index_s, 3),
        "find_median_ms": round(statistics.median(times), 2),
        "find_p90_ms": round(statistics.quantiles(times, n=10)[-1], 2),
        "find_max_ms": round(max(times), 2),
        "median_hits": statistics.median(hits),
        "queries": n_queries,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--full", action="store_true", help="also 100,000 cases")
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--scales", type=int, nargs="*", help="explicit case counts")
    args = parser.parse_args(argv)
    scales = args.scales or ([1_000, 10_000, 100_000] if args.full else [1_000, 10_000])
    rows = []
    print(
        f"{'cases':>8} {'demo s':>8} {'index s':>8} {'find med ms':>12} {'p90 ms':>8} {'hits':>6}"
    )
    for cases in scales:
        row = measure(cases, args.queries)
        rows.append(row)
        cells = (row["demo_s"], row["index_build_s"], row["find_median_ms"], row["find_p90_ms"])
        print(
            f"{cases:>8,} {cells[0]:>8} {cells[1]:>8} {cells[2]:>12} {cells[3]:>8} "
            f"{row['median_hits']:>6}"
        )
        sys.stdout.flush()
    if len(rows) > 1:
        growth = rows[-1]["find_median_ms"] / max(rows[0]["find_median_ms"], 1e-6)  # type: ignore[operator]
        print(f"find median growth {rows[0]['cases']:,} -> {rows[-1]['cases']:,}: {growth:.1f}x")
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"demo_find_{time.strftime('%Y%m%d-%H%M%S')}.json"
    meta = {"python": platform.python_version(), "machine": platform.machine()}
    out.write_text(json.dumps({"meta": meta, "results": rows}, indent=2), encoding="utf-8")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
