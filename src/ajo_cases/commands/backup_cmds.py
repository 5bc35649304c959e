"""`backup`, `restore` and `rotate-keys`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ajo_cases.commands import common, rotate_cmds
from ajo_cases.errors import InvalidInput
from ajo_cases.services.backup import backup, restore, restore_guard, swap
from ajo_cases.services.backup.restore import RestorePreview

_LABELS = {
    "beneficiary": "people",
    "case_file": "cases",
    "assistance": "assistance records",
    "referral": "referrals",
    "attachment": "attachments",
    "grant_plan": "grants",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    make = sub.add_parser("backup", help="write a verified, encrypted backup file (administrator)")
    make.add_argument(
        "-o", "--output", help="backup file or folder (default: <data dir>/backups/, dated name)"
    )
    make.set_defaults(handler=run_backup)

    back = sub.add_parser(
        "restore", help="check a backup, then replace the vault with it (old one kept)"
    )
    back.add_argument("file", help="the .ajobackup file")
    back.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    back.add_argument(
        "--recovery",
        action="store_true",
        help="unlock the backup with the recovery code (AJO_CASES_RECOVERY_CODE or prompt)",
    )
    back.add_argument(
        "--live-recovery",
        action="store_true",
        help="prove you may replace the current vault with its own recovery code "
        "(AJO_CASES_LIVE_RECOVERY_CODE or prompt) instead of the backup's account and password",
    )
    back.add_argument(
        "--replace-other-vault",
        action="store_true",
        help="allow replacing a vault with a backup of a different vault",
    )
    back.set_defaults(handler=run_restore)

    rotate = sub.add_parser(
        "rotate-keys",
        help="re-encrypt the database and every personal field under new keys; prints a new "
        "recovery code and temporary passwords for the other accounts (administrator)",
    )
    rotate.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    rotate_cmds.add_options(rotate)
    rotate.set_defaults(handler=rotate_cmds.run_rotate)


def counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{counts.get(name, 0)} {label}" for name, label in _LABELS.items())


def run_backup(args: argparse.Namespace) -> int:
    target = Path(args.output).expanduser() if args.output else None
    with common.opened(args) as vault:
        info = backup.create_backup(vault, target)
    print(f"Backup written and verified: {info.path}")
    print(f"  {counts_text(info.manifest.counts)}")
    print(f"  {info.size / 1_048_576:.1f} MB in {info.seconds:.1f} s")
    return 0


def _ask(question: str, answer: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        raise InvalidInput("add --yes to confirm when not running in a terminal")
    return input(f"{question} Type {answer!r} to continue: ").strip().lower() == answer


def describe(preview: RestorePreview, data_dir: Path) -> list[str]:
    lines = [
        f"Backup {preview.source.name}, made {preview.manifest.created_at} UTC "
        f"({preview.manifest.kind}), checked: intact.",
        f"  It holds {counts_text(preview.manifest.counts)}.",
    ]
    if preview.live_exists:
        lines.append(
            f"  The vault in {data_dir} will be replaced by it; the current one is kept in "
            f"{data_dir}/{swap.REPLACED_PREFIX}<time>/."
        )
        if preview.same_vault is False:
            lines.append("  Warning: the backup belongs to a DIFFERENT vault than the current one.")
        if preview.older_than_live:
            lines.append(
                "  Warning: the backup is OLDER than the current vault: everything recorded "
                "after it was made will be lost (the current vault is kept as said above)."
            )
    else:
        lines.append(f"  It will be restored into {data_dir}.")
    return lines


def run_restore(args: argparse.Namespace) -> int:
    folder = common.data_dir(args)
    if args.recovery:
        user, secret = "", common.recovery_code()
    else:
        user, secret = common.user_name(args), common.password(args)

    def confirm(preview: RestorePreview) -> bool:
        for line in describe(preview, folder):
            print(line)
        return bool(args.yes) or _ask("Restore this backup?", "restore")

    live = None
    if args.live_recovery:
        code = common.live_recovery_code()
        live = restore_guard.authorize_live(folder, "", code, use_recovery=True)
    result = restore.restore_backup(
        folder,
        Path(args.file).expanduser(),
        user,
        secret,
        use_recovery=args.recovery,
        allow_other_vault=args.replace_other_vault,
        confirm=confirm,
        live=live,
    )
    if result is None:
        print("Nothing was changed.")
        return 1
    print("Restored.", end=" ")
    if result.replaced_dir is not None:
        print(f"The previous vault is kept in {result.replaced_dir}.")
    else:
        print()
    return 0
