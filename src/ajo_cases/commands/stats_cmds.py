"""`stats`: anonymised statistics as text, CSV, JSON, XLSX or a donor report PDF (managers and
administrators)."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from ajo_cases.commands import common
from ajo_cases.domain.ages import DEFAULT_AGE_BANDS, AgeBands
from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.stats_model import StatsFilter
from ajo_cases.domain.suppression import DEFAULT_THRESHOLD
from ajo_cases.errors import InvalidInput
from ajo_cases.services.statistics import statistics as stats
from ajo_cases.services.statistics import stats_export, stats_pdf
from ajo_cases.vault.output import write_output_bytes

_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse_day(text: str) -> date:
    """dd.mm.yyyy (as shown in the app) or ISO yyyy-mm-dd."""
    found = _DOTTED.match(text.strip())
    try:
        if found:
            return date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"not a date: {text!r} (use dd.mm.yyyy or yyyy-mm-dd)") from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("stats", help="anonymised statistics (small numbers hidden by default)")
    cmd.add_argument("--from", dest="date_from", help="first day (dd.mm.yyyy or yyyy-mm-dd)")
    cmd.add_argument("--to", dest="date_to", help="last day (default: today)")
    cmd.add_argument("--project", help="project code")
    cmd.add_argument("--district", help="home district code, e.g. khujand")
    cmd.add_argument("--category", help="beneficiary category code, e.g. victim_of_trafficking")
    cmd.add_argument("--format", dest="file_format", default="text",
                     choices=(*stats_export.FORMATS, "pdf"))  # fmt: skip
    cmd.add_argument("--lang", dest="doc_lang", default=stats_pdf.DEFAULT_LANGUAGE,
                     choices=("tg", "ru", "en"), help="PDF language (default tg)")  # fmt: skip
    cmd.add_argument("--no-suppress", action="store_true",
                     help="exact small numbers, for internal use only (audited)")  # fmt: skip
    cmd.add_argument("--threshold", type=int, default=DEFAULT_THRESHOLD,
                     help=f"hide counts below this (default {DEFAULT_THRESHOLD})")  # fmt: skip
    cmd.add_argument("--age-bands", default=str(DEFAULT_AGE_BANDS),
                     help=f"age bands (default {DEFAULT_AGE_BANDS})")  # fmt: skip
    cmd.add_argument("-o", "--output", type=Path, help="output file (default: standard output)")
    cmd.set_defaults(handler=run_stats)


def stats_filter(args: argparse.Namespace) -> StatsFilter:
    try:
        bands = AgeBands.parse(args.age_bands)
    except RuleViolation:
        raise InvalidInput(f"bad age bands {args.age_bands!r} (e.g. 0-17,18-24,25+)") from None
    return StatsFilter(
        date_from=parse_day(args.date_from) if args.date_from else None,
        date_to=parse_day(args.date_to) if args.date_to else None,
        project=args.project,
        district=args.district,
        category=args.category,
        age_bands=bands,
    )


def run_stats(args: argparse.Namespace) -> int:
    if args.output is None and args.file_format in ("xlsx", "pdf"):
        raise InvalidInput(f"{args.file_format.upper()} statistics need an output file: "
                           f"add -o FILE.{args.file_format}")  # fmt: skip
    flt = stats_filter(args)
    if args.file_format == "pdf":
        return _run_pdf(args, flt)
    with common.opened(args) as vault:
        report = stats.compute(vault, flt, suppress=not args.no_suppress, threshold=args.threshold)
        if args.output is not None:
            stats_export.write_report(vault, report, args.file_format, args.output)
    if args.output is None:
        sys.stdout.flush()
        data = stats_export.render(report, args.file_format)
        if args.file_format == "csv":
            data = data.removeprefix(b"\xef\xbb\xbf")
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is not None:
            buffer.write(data)
            buffer.flush()
        else:  # a captured stream in tests
            sys.stdout.write(data.decode("utf-8"))
    else:
        print(f"Statistics written to {args.output}.", file=sys.stderr)
    if report.excluded_cases:
        print(f"{report.excluded_cases} case(s) of {report.excluded_persons} person(s) left out: "
              "consent to be counted withdrawn.", file=sys.stderr)  # fmt: skip
    if not report.suppressed:
        print("Exact numbers, small ones included: for internal use only.", file=sys.stderr)
    return 0


def _run_pdf(args: argparse.Namespace, flt: StatsFilter) -> int:
    with common.opened(args) as vault:
        data = stats_pdf.donor_report_pdf(
            vault, flt, lang=args.doc_lang, suppress=not args.no_suppress, threshold=args.threshold
        )
    write_output_bytes(args.output, data)  # no second plaintext copy
    print(f"Donor report written to {args.output} (not encrypted).", file=sys.stderr)
    return 0
