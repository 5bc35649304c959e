"""Helpers shared by the benchmark scripts: timing, medians, result files."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

RESULTS = Path(__file__).with_name("results")


def median_seconds(
    action: Callable[[], object], runs: int = 5, before: Callable[[], object] | None = None
) -> float:
    """Median seconds of `action`; `before` runs ahead of each sample, outside the timing."""
    samples = []
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def report(name: str, rows: list[tuple[str, float]]) -> None:
    width = max(len(label) for label, _ in rows)
    print(f"\n{name}")
    for label, seconds in rows:
        print(f"  {label:<{width}}  {seconds * 1000:10.1f} ms")
    RESULTS.mkdir(exist_ok=True)
    data = {label: seconds for label, seconds in rows}
    (RESULTS / f"{name}.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
