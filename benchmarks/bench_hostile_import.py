"""Hostile and odd import files at full size: time and peak memory of a dry-run import.

    python benchmarks/bench_hostile_import.py [--runs 3] [--only NAME]

Every file is within the documented limits (at most 20 MB on disk); the bound to hold is
20 s and 300 MB for each. Each case runs in its own process (peak memory is that process's
maximum resident set, the vault open included) and the median of the runs is reported, with
the problem code the import gave.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.services import crafted_xlsx as crafted  # noqa: E402

RESULTS = Path(__file__).parent / "results"
PASSWORD = "benchmark passphrase long enough"
BOUND_S, BOUND_MB = 20.0, 300.0


def _empty_rows(path: Path) -> None:
    rows = (f'<row r="{n}"/>' for n in range(2, 1_048_577))
    crafted.write(path, crafted.sheet([crafted.text_row(1, ["ref"]), *rows]))


def _strings_count_cap(path: Path) -> None:
    strings = (f"<si><t>{n:040d}</t></si>" for n in range(1_000_001))
    crafted.write(path, crafted.sheet(crafted.valid_rows(1)), strings)


def _strings_tiny(path: Path) -> None:
    strings = ("<si><t>a</t></si>" for _ in range(3_700_000))  # just under the 64 MB part cap
    crafted.write(path, crafted.sheet(crafted.valid_rows(1)), strings)


def _cells_cap(path: Path) -> None:
    row = "".join("<c><v>1</v></c>" for _ in range(100))
    rows = (f'<row r="{n}">{row}</row>' for n in range(2, 30_000))
    crafted.write(path, crafted.sheet([crafted.text_row(1, ["ref"]), *rows]))


def _junk_elements(path: Path) -> None:
    junk = "<x/>" * 1000
    rows = (f'<row r="{n}">{junk}</row>' for n in range(2, 9_000))
    crafted.write(path, crafted.sheet([crafted.text_row(1, ["ref"]), *rows]))


def _deep_nesting(path: Path) -> None:
    depth = 1_000_000
    crafted.write(path, crafted.sheet(["<x>" * depth, "</x>" * depth]))


_SYLLABLES = ("ка", "ли", "мо", "ну", "ра", "се", "ти", "фо", "хе", "шу")


def _name(number: int) -> str:
    """A different name for every number (names that differ only in digits fold alike)."""
    return "Ни" + "".join(_SYLLABLES[int(d)] for d in f"{number:05d}")


def _valid_50k(path: Path) -> None:
    def rows() -> Iterator[str]:
        yield crafted.text_row(1, crafted.HEADER)
        for n in range(2, 50_002):
            yield crafted.text_row(n, [f"R{n}", _name(n), "f", "other", "01.02.2025"])

    crafted.write(path, crafted.sheet(rows()))


def _wide_50k(path: Path) -> None:
    def rows() -> Iterator[str]:
        yield crafted.text_row(1, [*crafted.HEADER, *(f"extra {n}" for n in range(33))])
        for n in range(2, 50_002):
            values = [f"R{n}", _name(n), "f", "other", "01.02.2025"]
            yield crafted.text_row(n, values + [f"{n}-{c}" for c in range(33)])

    crafted.write(path, crafted.sheet(rows()))


def _csv_long_field(path: Path) -> None:
    path.write_bytes(b'ref,name\nR1,"' + b"x" * (19 * 2**20) + b'"\n')


def _csv_commas(path: Path) -> None:
    path.write_bytes(b"ref,name\n" + b"ab," * (6 * 2**20) + b"\n")


def _csv_newlines(path: Path) -> None:
    path.write_bytes(b"ref\n" + b"\n" * (19 * 2**20))


def _csv_valid_50k(path: Path) -> None:
    lines = ["ref,given_name,sex,category,opened_on,notes"]
    notes = "примечание " * 15
    lines += [f"R{n},{_name(n)},f,other,01.02.2025,{notes}" for n in range(50_000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


CASES: dict[str, tuple[str, Callable[[Path], None]]] = {
    "empty_rows": ("xlsx", _empty_rows),
    "shared_strings_1m": ("xlsx", _strings_count_cap),
    "shared_strings_tiny": ("xlsx", _strings_tiny),
    "filled_cells_cap": ("xlsx", _cells_cap),
    "junk_elements": ("xlsx", _junk_elements),
    "deep_nesting": ("xlsx", _deep_nesting),
    "valid_50k_rows": ("xlsx", _valid_50k),
    "wide_50k_rows": ("xlsx", _wide_50k),
    "csv_long_field": ("csv", _csv_long_field),
    "csv_commas": ("csv", _csv_commas),
    "csv_newlines": ("csv", _csv_newlines),
    "csv_valid_50k_rows": ("csv", _csv_valid_50k),
}


def _child(path: str, folder: str) -> None:
    """Runs in its own process: one dry-run import; prints seconds, peak MB and the outcome."""
    import resource

    from ajo_cases.vault import kdf

    kdf.use_weak_test_parameters()
    from ajo_cases.services.access.opening import create_vault
    from ajo_cases.services.exchange.importer import import_file

    vault, _ = create_vault(Path(folder), "admin", PASSWORD)
    try:
        started = time.perf_counter()
        report = import_file(vault, Path(path), dry_run=True)
        seconds = time.perf_counter() - started
    finally:
        vault.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    outcome = report.problems[0].code if report.problems else f"ok, {report.people} people"
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "outcome": outcome}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=sorted(CASES))
    args = parser.parse_args(argv)
    summary: dict[str, dict[str, object]] = {}
    print(f"{'case':<22} {'file MB':>8} {'median s':>9} {'peak MB':>8}  outcome")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for case, (suffix, make) in CASES.items():
            if args.only and case != args.only:
                continue
            path = folder / f"{case}.{suffix}"
            make(path)
            runs = []
            for run in range(args.runs):
                env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
                out = subprocess.run(
                    [sys.executable, __file__, "--child", str(path), str(folder / f"v{case}{run}")],
                    capture_output=True, text=True, check=True, env=env,
                )  # fmt: skip
                runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
            seconds = statistics.median(r["seconds"] for r in runs)
            peak = max(r["peak_mb"] for r in runs)
            size = path.stat().st_size / 2**20
            within = seconds <= BOUND_S and peak <= BOUND_MB
            summary[case] = {"file_mb": round(size, 2), "median_s": round(seconds, 2),
                             "peak_mb": round(peak), "outcome": runs[0]["outcome"],
                             "within_bound": within}  # fmt: skip
            flag = "" if within else "  OVER THE BOUND"
            print(f"{case:<22} {size:>8.2f} {seconds:>9.2f} {peak:>8.0f}  {runs[0]['outcome']}"
                  f"{flag}")  # fmt: skip
            path.unlink()
    RESULTS.mkdir(exist_ok=True)
    out_file = RESULTS / f"hostile_import_{time.strftime('%Y%m%d-%H%M%S')}.json"
    out_file.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print(f"written {out_file}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3])
        raise SystemExit(0)
    raise SystemExit(main())
