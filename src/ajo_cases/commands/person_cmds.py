"""`person export CODE -o FILE` (a person's copy of their data), `person erase CODE` and
`retention [--apply] [--years N]`: the duties to a person whose data the vault holds."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ajo_cases.commands import common
from ajo_cases.commands.print_cmds import UNENCRYPTED_WARNING
from ajo_cases.errors import InvalidInput
from ajo_cases.reports.texts import LANGUAGES
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import erasure, person_export, retention
from ajo_cases.services.printing import DEFAULT_LANGUAGE

OLDER_COPIES = (
    "Backups made before today still hold the person until they are deleted (automatic ones "
    "within about 13 months); restoring one erases the person again at once."
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    person = sub.add_parser("person", help="a person's copy of their data, or erase it")
    actions = person.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help="everything held about the person of case CODE, as PDF or JSON"
    )
    export.add_argument("code", metavar="CODE", help="the code of any case of the person")
    export.add_argument("-o", "--output", type=Path, required=True,
                        help="FILE.pdf or FILE.json (the format follows the suffix)")  # fmt: skip
    export.add_argument(
        "--lang", dest="doc_lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE,
        help="language of the PDF (default tg)",
    )  # fmt: skip
    export.set_defaults(handler=run_export)
    erase = actions.add_parser(
        "erase", help="erase the personal data of the person of case CODE, for good (admin)"
    )
    erase.add_argument("code", metavar="CODE", help="the code of any case of the person")
    erase.add_argument("--reason", required=True,
                       help="why (kept in the audit log: never the person's name)")  # fmt: skip
    erase.add_argument("--yes", action="store_true", help="do not ask to confirm")
    erase.set_defaults(handler=run_erase)

    keep = sub.add_parser(
        "retention",
        help="list the people past the retention period; --apply anonymises them (admin)",
    )
    keep.add_argument("--years", type=int, help="set the retention period (years after the "
                      "last case of a person was closed)")  # fmt: skip
    keep.add_argument("--apply", action="store_true", help="anonymise the people listed")
    keep.add_argument("--yes", action="store_true", help="do not ask to confirm --apply")
    keep.set_defaults(handler=run_retention)


def _format(output: Path) -> str:
    suffix = output.suffix.casefold().lstrip(".")
    if suffix not in person_export.FORMATS:
        raise InvalidInput(f"{output.name}: the file name must end in .pdf or .json")
    return suffix


def run_export(args: argparse.Namespace) -> int:
    output: Path = args.output
    file_format = _format(output)
    if output.is_dir():
        raise InvalidInput(f"{output} is a folder; give a file name ending in .pdf or .json")
    with common.opened(args) as vault:
        person_id = erasure.person_for_case_code(vault, args.code)
        data = person_export.export_person(vault, person_id, file_format, args.doc_lang)
    try:
        person_export.save_copy(output, data)
    except OSError as exc:
        raise InvalidInput(f"cannot write {output} ({exc.strerror})") from None
    print(f"Wrote {output} ({len(data):,} bytes).")
    print(UNENCRYPTED_WARNING.format(path=output), file=sys.stderr)
    return 0


def _confirm(question: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        raise InvalidInput("add --yes to confirm (there is no terminal to ask)")
    return input(f"{question} Type YES to go on: ").strip() == "YES"


def _erase_plan(vault: OpenVault, code: str) -> tuple[str, str]:
    person_id = erasure.person_for_case_code(vault, code)
    plan = erasure.erasure_plan(vault, person_id)
    what = (
        f"This erases for good the personal data of the person of case {', '.join(plan.case_codes)}"
        f": names, birth date, contacts, documents, every free text and {plan.attachments} "
        "attachment(s). The facts counted in statistics stay; this cannot be undone."
    )
    if plan.older_copies:
        what += (
            f"\n{len(plan.older_copies)} older copies in the vault folder still hold the person "
            "(encrypted; restoring one erases the person again): "
            + ", ".join(str(p.relative_to(vault.data_dir)) for p in plan.older_copies[:5])
            + (", …" if len(plan.older_copies) > 5 else "")
        )
    return person_id, what


def run_erase(args: argparse.Namespace) -> int:
    with common.opened(args) as vault:
        vault.require_role(*erasure.ERASE_ROLES)
        person_id, what = _erase_plan(vault, args.code)
        print(what)
        if not args.yes and not _confirm("Erase?"):
            print("Nothing was erased.")
            return 1
        result = erasure.erase_person(vault, person_id, args.reason)
    on = result.erased_at.strftime("%d.%m.%Y")
    print(f"Erased on {on}: {result.cases} case(s) kept for statistics, "
          f"{result.attachments} attachment(s) destroyed.")  # fmt: skip
    print(OLDER_COPIES)
    return 0


def run_retention(args: argparse.Namespace) -> int:
    with common.opened(args) as vault:
        vault.require_role(*erasure.ERASE_ROLES)
        if args.years is not None:
            retention.set_years(vault, args.years)
        setting = retention.get_setting(vault)
        found = retention.due(vault)
        default = " (the default; set yours with --years N)" if setting.is_default else ""
        print(f"Retention: {setting.years} years after a person's last case was closed{default}.")
        if not found:
            print("No one is past it.")
            return 0
        print(f"{len(found):,} people are past it:")
        for person in found:
            print(f"  {', '.join(person.case_codes)}\tlast closed "
                  f"{person.last_closed.strftime('%d.%m.%Y')}")  # fmt: skip
        if not args.apply:
            print("Run `ajo-cases retention --apply` to anonymise them.")
            return 0
        if not args.yes and not _confirm(
            f"This erases for good the personal data of these {len(found):,} people (the facts "
            "counted in statistics stay)."
        ):
            print("Nothing was erased.")
            return 1
        result = retention.apply(vault)
    print(f"Anonymised {len(result.person_ids):,} people.")
    print(OLDER_COPIES)
    return 0
