"""Key rotation on the command line: `rotate-keys`, and the offer after `user remove`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping

from ajo_cases.commands import common
from ajo_cases.errors import InvalidInput
from ajo_cases.services.access import rotation, rotation_online
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.vault.layout import is_server_vault

QUESTION = (
    "Re-encrypt the vault under new keys (the database and every personal field)? Every other "
    "account gets a temporary password and the recovery code changes."
)
SERVER_QUESTION = (
    "Seal every personal field again under a new personal-data key, online (the other PCs "
    "keep working)? Every other account that reads personal data gets a temporary password "
    "and its open sessions end; the recovery code changes."
)
COMPLETES = (
    "Removing an account takes effect at once in AJO Cases; key rotation completes it: someone "
    "who kept a copy of the old key file or a backup could otherwise still derive the old keys "
    "with that password."
)


def add_options(parser: argparse.ArgumentParser) -> None:
    old = parser.add_mutually_exclusive_group()
    old.add_argument(
        "--delete-old-copies",
        action="store_true",
        help="after rotating, make a new backup and delete the copies still under the old keys "
        "(backups in the vault's and the second folder, replaced vaults)",
    )
    old.add_argument(
        "--keep-old-copies", action="store_true", help="keep those copies (do not ask)"
    )


def ask(question: str, answer: str) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        raise InvalidInput("add --yes to confirm when not running in a terminal")
    return input(f"{question} Type {answer!r} to continue: ").strip().lower() == answer


def may_ask() -> bool:
    return bool(sys.stdin) and sys.stdin.isatty()


class _Percent:
    """Progress on stderr, every tenth (rotation of a large vault takes a while)."""

    def __init__(self) -> None:
        self.shown = -1

    def __call__(self, done: int, total: int) -> bool:
        tenth = done * 10 // total if total else 10
        if tenth != self.shown:
            self.shown = tenth
            print(f"  personal fields re-sealed: {tenth * 10}%", file=sys.stderr)
        return True


def rotate_on_server(vault: OpenVault, secret: str) -> None:
    """The online rotation of an office-server vault: progress, then the secrets once."""
    if vault.keys.previous_pii:
        print("A key rotation begun earlier is not finished: continuing it.", file=sys.stderr)
    result = rotation_online.rotate_online(vault, secret, progress=_Percent())
    print(
        f"Personal-data key rotated: {result.fields_resealed} fields sealed again under the "
        "new key; the old key is gone from the key slots."
    )
    if result.rows_retried:
        print(f"{result.rows_retried} records saved by others meanwhile were done again.")
    _print_secrets(result.recovery_code, result.temporary_passwords)
    print()
    print("Dumps and backups of the server made before keep the old key: replace them.")


def rotate(vault: OpenVault, secret: str, args: argparse.Namespace) -> None:
    """Rotate, print the secrets once, then deal with the copies under the old keys."""
    if vault.on_server:
        rotate_on_server(vault, secret)
        return
    result = rotation.rotate_keys(vault, secret, progress=_Percent())
    print("Keys rotated; the database and every personal field are re-encrypted and verified.")
    _print_secrets(result.recovery_code, result.temporary_passwords)
    print()
    if not result.old_copies:
        print("Make a new backup now: older backups still open with the old passwords.")
        return
    print("These copies are still encrypted under the old keys and open with the old passwords:")
    for path in result.old_copies:
        print(f"    {path}")
    delete = bool(getattr(args, "delete_old_copies", False))
    if not delete and not getattr(args, "keep_old_copies", False) and may_ask():
        delete = ask("Make a new backup and delete them?", "delete")
    if delete:
        info = rotation.forget_old_copies(vault, result.old_copies)
        print(f"New backup written: {info.path}; the old copies are deleted.")
    else:
        print("Kept. Delete them once you have a new backup (rotate-keys --delete-old-copies).")


def run_rotate(args: argparse.Namespace) -> int:
    secret = common.password(args)
    question = SERVER_QUESTION if is_server_vault(common.data_dir(args)) else QUESTION
    if not args.yes and not ask(question, "rotate"):
        print("Nothing was changed.")
        return 1
    with common.opened(args) as vault:
        rotate(vault, secret, args)
    return 0


def offer_after_removal(vault: OpenVault, args: argparse.Namespace) -> None:
    """`user remove`: say that rotation completes the removal, and offer it."""
    print(COMPLETES)
    wanted = bool(args.rotate) or (may_ask() and ask("Rotate keys now?", "rotate"))
    if wanted:
        rotate(vault, common.password(args), args)
    elif vault.on_server:
        print(
            "Run `ajo-cases --user ADMIN rotate-keys` when you can (online: a new personal-data "
            "key; every other account that reads personal data gets a temporary password)."
        )
    else:
        print("Run `ajo-cases rotate-keys` when you can (all accounts get temporary passwords).")


def _print_secrets(recovery_code: str | None, temporary_passwords: Mapping[str, str]) -> None:
    """Shown once: the new recovery code and each account's temporary password."""
    if recovery_code:
        print()
        print("New recovery code (write it down; the old one no longer works; shown only once):")
        print(f"    {recovery_code}")
    if temporary_passwords:
        print()
        print("Temporary passwords (hand each to its owner, who should change it at once):")
        for name, password in sorted(temporary_passwords.items()):
            print(f"    {name}: {password}")
