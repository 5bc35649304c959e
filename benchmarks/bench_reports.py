"""Time to build each printed document, against a bare ReportLab document of the same size.

    python benchmarks/bench_reports.py [--runs 21] [--cases 60]

A fresh vault is filled by the demo generator; the case summary is measured on a demo case
grown (with more assistance rows) until its summary is exactly two pages. "layout" times the
reports layer alone (records already loaded), "service" the whole use case (load, build, audit).
"bare" is a SimpleDocTemplate holding the same text lines, in the same embedded font, on the same
number of pages, built in the same run: the ratio is the cost of our layout over ReportLab's own.
"""

from __future__ import annotations

import argparse
import io
import json
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate  # noqa: E402

from ajo_cases.domain.records_casework import AssistanceForm  # noqa: E402
from ajo_cases.reports import fonts  # noqa: E402
from ajo_cases.reports.case_summary import build_case_summary  # noqa: E402
from ajo_cases.reports.handover import build_handover  # noqa: E402
from ajo_cases.reports.layout import markup  # noqa: E402
from ajo_cases.reports.model import Letterhead, PrintContext  # noqa: E402
from ajo_cases.reports.referral_form import build_referral_form  # noqa: E402
from ajo_cases.services import letterhead, printing  # noqa: E402
from ajo_cases.services.access.opening import create_vault  # noqa: E402
from ajo_cases.services.casework import assistance, grant_records, referrals  # noqa: E402
from ajo_cases.services.casework.case_detail import case_detail  # noqa: E402
from ajo_cases.services.demo.demo import fill_demo  # noqa: E402

RESULTS = Path(__file__).parent / "results"
PASSWORD = "benchmark passphrase long enough"
TARGET_MS = 60.0  # the target for a case summary PDF (2 pages)
TARGET_RATIO = 2.0


def median_ms(action: Callable[[], object], runs: int) -> float:
    action()  # warm: font registration and imports are not what is measured
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def bare_pdf(lines_per_page: list[list[str]]) -> bytes:
    """ReportLab with nothing of ours: one paragraph per text line, a break per page."""
    style = ParagraphStyle("bare", fontName=fonts.register_fonts(), fontSize=9, leading=11)
    story: list[object] = []
    for i, lines in enumerate(lines_per_page):
        if i:
            story.append(PageBreak())
        story += [Paragraph(markup(line), style) for line in lines if line.strip()]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, initialFontName=fonts.REGULAR).build(story)
    return buffer.getvalue()


def page_lines(pdf: bytes) -> list[list[str]]:
    return [(page.extract_text() or "").splitlines() for page in PdfReader(io.BytesIO(pdf)).pages]


def two_page_case(vault, ctx: PrintContext) -> str:
    """The demo case with most assistance, grown until its summary is two pages long."""
    counts: dict[str, int] = {}
    for grant in grant_records.list_grants(vault):
        counts[grant.case_id] = counts.get(grant.case_id, 0) + 1
    case_id = max(counts, key=lambda c: counts[c]) if counts else None
    if case_id is None:
        raise SystemExit("the demo generator made no grants; use more --cases")
    for day in range(200):
        pages = len(page_lines(build_case_summary(case_detail(vault, case_id), ctx)))
        if pages >= 2:
            return case_id
        form = AssistanceForm("social", date(2026, 1, 1 + day % 28), note="Консультация")
        assistance.add_assistance(vault, case_id, form)
    raise SystemExit("could not reach two pages")


def measure(cases: int, runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = create_vault(Path(folder) / "vault", "admin", PASSWORD)
        try:
            fill_demo(vault, cases=cases, seed=3)
            head = Letterhead("Ҷамъияти ҷамъиятии «Ҳаёти нав»", "ш. Хуҷанд", "+992 3422 2 22 22")
            letterhead.set_letterhead(vault, head)
            started = time.perf_counter()
            fonts.register_fonts()
            register_ms = (time.perf_counter() - started) * 1000
            ctx = PrintContext("tg", head, date.today(), "admin")
            case_id = two_page_case(vault, ctx)
            detail = case_detail(vault, case_id)
            referral = referrals.list_referrals(vault, statuses=("sent", "accepted"))[0]
            grant = grant_records.list_grants(vault)[0]
            ref_sheet = printing.referral_sheet(vault, referral.id)
            grant_sheet = printing.handover_sheet(vault, grant.id)
            rows = {
                "case summary": (
                    lambda: build_case_summary(detail, ctx),
                    lambda: printing.case_summary_pdf(vault, case_id, lang="tg"),
                ),
                "referral form": (
                    lambda: build_referral_form(ref_sheet, ctx),
                    lambda: printing.referral_pdf(vault, referral.id, "tg"),
                ),
                "handover": (
                    lambda: build_handover(grant_sheet, ctx),
                    lambda: printing.handover_pdf(vault, grant.id, "tg"),
                ),
            }
            results = []
            for name, (layout_fn, service_fn) in rows.items():
                sample = layout_fn()
                lines = page_lines(sample)
                # interleaved, so a noisy moment on a shared machine hits both sides alike
                bare_ms = median_ms(lambda lines=lines: bare_pdf(lines), runs)
                layout_ms = median_ms(layout_fn, runs)
                bare_ms = min(bare_ms, median_ms(lambda lines=lines: bare_pdf(lines), runs))
                service_ms = median_ms(service_fn, runs)
                results.append(
                    {
                        "document": name,
                        "pages": len(lines),
                        "layout_ms": round(layout_ms, 1),
                        "service_ms": round(service_ms, 1),
                        "bare_ms": round(bare_ms, 1),
                        "ratio": round(layout_ms / bare_ms, 2),
                        "bytes": len(sample),
                    }
                )
        finally:
            vault.close()
    return {"cases": cases, "runs": runs, "font_registration_ms": round(register_ms, 1),
            "documents": results}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--cases", type=int, default=60, help="demo cases in the vault")
    args = parser.parse_args(argv)
    found = measure(args.cases, args.runs)
    print(f"font registration (once per process): {found['font_registration_ms']} ms")
    print(f"{'document':<15}{'pages':>6}{'layout ms':>11}{'service ms':>12}{'bare ms':>9}"
          f"{'ratio':>7}{'KB':>6}")  # fmt: skip
    for row in found["documents"]:  # type: ignore[attr-defined]
        print(
            f"{row['document']:<15}{row['pages']:>6}{row['layout_ms']:>11}{row['service_ms']:>12}"
            f"{row['bare_ms']:>9}{row['ratio']:>7}{row['bytes'] // 1024:>6}"
        )
    summary = found["documents"][0]  # type: ignore[index]
    ok = summary["layout_ms"] <= TARGET_MS and summary["ratio"] <= TARGET_RATIO
    print(f"case summary target (<= {TARGET_MS:.0f} ms, <= {TARGET_RATIO}x bare): "
          f"{'met' if ok else 'NOT met'}")  # fmt: skip
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"reports_{time.strftime('%Y%m%d-%H%M%S')}.json"
    meta = {"python": platform.python_version(), "machine": platform.machine()}
    out.write_text(json.dumps({"meta": meta, **found}, indent=2), encoding="utf-8")
    print(f"written {out}")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
