"""`print case|referral|handover ID -o FILE.pdf`: the documents the desktop app prints;
`letterhead`: show or set the organisation's letterhead printed on them (admin)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ajo_cases.commands import common
from ajo_cases.errors import InvalidInput
from ajo_cases.reports.case_summary import SECTIONS
from ajo_cases.reports.model import Letterhead
from ajo_cases.reports.texts import LANGUAGES
from ajo_cases.services import letterhead, printing
from ajo_cases.vault.output import write_output_bytes

UNENCRYPTED_WARNING = (
    "warning: {path} is not encrypted and holds personal data; keep it safe and delete it "
    "when it is no longer needed"
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "print",
        help="write a case summary, referral form or grant handover certificate as PDF",
        description=(
            "ID is a case code (SH-2026-0042) for 'case', a referral id for 'referral', and a "
            "grant id (or the code of a case with exactly one grant) for 'handover'."
        ),
    )
    cmd.add_argument("document", choices=printing.DOCUMENTS)
    cmd.add_argument("id", metavar="ID")
    cmd.add_argument("-o", "--output", type=Path, required=True, help="PDF file to write")
    cmd.add_argument(
        "--lang", dest="doc_lang", choices=LANGUAGES, default=printing.DEFAULT_LANGUAGE,
        help="language of the document (default tg)",
    )  # fmt: skip
    cmd.add_argument(
        "--sections",
        help=f"case summary only: comma-separated, from {','.join(SECTIONS)} (default all)",
    )
    cmd.set_defaults(handler=run_print)

    head = sub.add_parser(
        "letterhead", help="show, or set (admin), the organisation's letterhead on documents"
    )
    head.add_argument("--name", help="organisation name")
    head.add_argument("--address", help="postal address (use \\n for a line break)")
    head.add_argument("--contact", help="phone / e-mail printed as the case worker's contact")
    logo = head.add_mutually_exclusive_group()
    logo.add_argument("--logo", type=Path, help="PNG logo (at most 512 KB)")
    logo.add_argument("--no-logo", action="store_true", help="remove the logo")
    head.set_defaults(handler=run_letterhead)


def _sections(text: str | None) -> tuple[str, ...]:
    if text is None:
        return SECTIONS
    picked = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = [p for p in picked if p not in SECTIONS]
    if unknown or not picked:
        raise InvalidInput(
            f"unknown section(s) {', '.join(unknown) or '(none given)'}; "
            f"choose from {', '.join(SECTIONS)}"
        )
    return picked


def run_print(args: argparse.Namespace) -> int:
    if args.sections is not None and args.document != "case":
        raise InvalidInput("--sections applies to the case summary only")
    sections = _sections(args.sections)
    output: Path = args.output
    if output.is_dir():
        raise InvalidInput(f"{output} is a folder; give a file name ending in .pdf")
    with common.opened(args) as vault:
        if args.document == "case":
            case_id = printing.case_id_for_code(vault, args.id)
            pdf = printing.case_summary_pdf(vault, case_id, sections, args.doc_lang)
        elif args.document == "referral":
            pdf = printing.referral_pdf(vault, args.id, args.doc_lang)
        else:
            grant_id = printing.grant_id_for(vault, args.id)
            pdf = printing.handover_pdf(vault, grant_id, args.doc_lang)
    try:
        write_output_bytes(output, pdf)  # no second plaintext copy
    except OSError as exc:
        raise InvalidInput(f"cannot write {output} ({exc.strerror})") from None
    print(f"Wrote {output} ({len(pdf):,} bytes).")
    print(UNENCRYPTED_WARNING.format(path=output), file=sys.stderr)
    return 0


def run_letterhead(args: argparse.Namespace) -> int:
    changing = any(v is not None for v in (args.name, args.address, args.contact, args.logo))
    with common.opened(args) as vault:
        current = letterhead.get_letterhead(vault)
        if changing or args.no_logo:
            logo = current.logo_png
            if args.logo is not None:
                try:
                    logo = args.logo.read_bytes()
                except OSError as exc:
                    raise InvalidInput(f"cannot read {args.logo} ({exc.strerror})") from None
            current = Letterhead(
                name=current.name if args.name is None else args.name,
                address=current.address
                if args.address is None
                else args.address.replace("\\n", "\n"),
                contact=current.contact if args.contact is None else args.contact,
                logo_png=None if args.no_logo else logo,
            )
            letterhead.set_letterhead(vault, current)
    print(f"name:    {current.name}")
    print(f"address: {current.address}")
    print(f"contact: {current.contact}")
    print(f"logo:    {f'PNG, {len(current.logo_png):,} bytes' if current.logo_png else 'none'}")
    return 0
