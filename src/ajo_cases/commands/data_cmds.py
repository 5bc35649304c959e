"""`demo`, `find` and `export` (`import` is in import_cmds)."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from ajo_cases.commands import common
from ajo_cases.errors import InvalidInput
from ajo_cases.services.demo.demo import fill_demo
from ajo_cases.services.exchange.exporter import FORMATS, export_records
from ajo_cases.services.people import search

RESTRICTED = "restricted"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo", help="fill a new vault with realistic synthetic records")
    demo.add_argument("--cases", type=int, default=300, help="number of cases (default 300)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    demo.set_defaults(handler=run_demo)

    find = sub.add_parser("find", help="find cases by code or by any spelling of a name")
    find.add_argument("query")
    find.add_argument("--json", action="store_true", help="print a JSON list")
    find.set_defaults(handler=run_find)

    exp = sub.add_parser("export", help="export records (personal data: administrator only)")
    exp.add_argument("--format", required=True, choices=FORMATS, dest="file_format")
    exp.add_argument(
        "--pseudonymized", action="store_true", help="case codes and statistical fields only"
    )
    exp.add_argument("-o", "--output", type=Path, help="output file (CSV: default stdout)")
    exp.set_defaults(handler=run_export)


def progress_printer(label: str) -> Callable[[int, int], bool] | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> bool:
        print(f"\r{label}: {done:,} of {total:,}", end="", file=sys.stderr, flush=True)
        return True

    return show


def run_demo(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    with common.opened(args) as vault:
        progress = progress_printer("cases")
        summary = fill_demo(vault, cases=args.cases, seed=args.seed, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Added {summary['cases']:,} demo cases (seed {args.seed}):")
    for key, value in summary.counts.items():
        print(f"  {key:<22}{value:>10,}")
    print(f"Took {time.perf_counter() - started:.1f} s.")
    return 0


def run_find(args: argparse.Namespace) -> int:
    with common.opened(args) as vault:
        hits = search.find(vault, args.query)
    if args.json:
        found = [
            {"case_id": h.case_id, "code": h.code, "person_id": h.person_id, "name": h.name,
             "status": h.status}
            for h in hits
        ]  # fmt: skip
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    for hit in hits:
        print(f"{hit.code}\t{hit.status}\t{hit.name if hit.name is not None else RESTRICTED}")
    if not hits:
        print("No cases found.", file=sys.stderr)
    return 0


@contextlib.contextmanager
def _stdout_utf8() -> Iterator[TextIO]:
    """Standard output as UTF-8 whatever the console code page (CSV holds Tajik letters)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        yield sys.stdout
        return
    sys.stdout.flush()
    stream = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
    try:
        yield stream
    finally:
        with contextlib.suppress(ValueError, OSError):
            stream.flush()
        stream.detach()


def run_export(args: argparse.Namespace) -> int:
    if args.output is None and args.file_format == "xlsx":
        raise InvalidInput("an XLSX export needs an output file: add -o FILE.xlsx")
    with common.opened(args) as vault, _stdout_utf8() as stdout:
        target = args.output if args.output is not None else stdout
        try:
            summary = export_records(
                vault, args.file_format, target, pseudonymized=args.pseudonymized
            )
        except BrokenPipeError:  # `export ... | head`: the reader stopped early
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
    kind = "pseudonymized " if summary.pseudonymized else ""
    left_out = f"; {summary.excluded} left out (consent to be counted withdrawn)"
    print(
        f"Exported {summary.cases:,} cases ({summary.rows:,} rows) as {kind}{summary.file_format}"
        f"{left_out if summary.excluded else ''}.",
        file=sys.stderr,
    )
    if summary.damaged:
        print(
            f"ajo-cases: {summary.damaged} damaged records were left out (a sealed field failed "
            "its check); run `ajo-cases verify --full` and tell the administrator",
            file=sys.stderr,
        )
        return 1
    return 0
