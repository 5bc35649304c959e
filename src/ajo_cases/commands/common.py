"""What every command needs: the data folder, the account, the password, an open vault."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from ajo_cases.commands import warnings
from ajo_cases.domain.passwords import normalise_password
from ajo_cases.errors import InvalidInput
from ajo_cases.paths import resolve_data_dir
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.open_vault import OpenVault

PASSWORD_ENV = "AJO_CASES_PASSWORD"  # noqa: S105 - a variable name, not a password
NEW_PASSWORD_ENV = "AJO_CASES_NEW_PASSWORD"  # noqa: S105
USER_ENV = "AJO_CASES_USER"
RECOVERY_ENV = "AJO_CASES_RECOVERY_CODE"
LIVE_RECOVERY_ENV = "AJO_CASES_LIVE_RECOVERY_CODE"


def data_dir(args: argparse.Namespace) -> Path:
    return resolve_data_dir(args.data_dir)


def user_name(args: argparse.Namespace) -> str:
    name = args.user or os.environ.get(USER_ENV)
    if not name:
        raise InvalidInput("say which account to use with --user NAME or AJO_CASES_USER")
    return str(name)


def _prompt(label: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise InvalidInput(f"no {label} given: use --password-file, the environment or a terminal")
    return getpass.getpass(f"{label.capitalize()}: ")


# Every secret read here is NFC-normalised: a terminal or a file may hand over decomposed
# letters (и + combining macron for ӣ) for the password that was set composed.
def password(args: argparse.Namespace) -> str:
    if args.password_file:
        try:
            with open(args.password_file, encoding="utf-8-sig") as handle:
                return normalise_password(handle.readline().rstrip("\r\n"))
        except OSError as exc:
            raise InvalidInput(f"cannot read the password file ({exc.strerror})") from None
    return normalise_password(os.environ.get(PASSWORD_ENV) or _prompt("password"))


def new_password(label: str = "new password") -> str:
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given:
        return normalise_password(given)
    first = normalise_password(_prompt(label))
    if normalise_password(_prompt(f"{label} again")) != first:
        raise InvalidInput("the two passwords differ")
    return first


def recovery_code() -> str:
    return normalise_password(os.environ.get(RECOVERY_ENV) or _prompt("recovery code"))


def live_recovery_code() -> str:
    """The current vault's recovery code, when a restore replaces it (`restore --live-recovery`)."""
    return os.environ.get(LIVE_RECOVERY_ENV) or _prompt("recovery code of the current vault")


@contextlib.contextmanager
def opened(args: argparse.Namespace) -> Iterator[OpenVault]:
    vault = open_vault(data_dir(args), user_name(args), password(args))
    warnings.show(vault.warnings)
    shown = len(vault.warnings)
    if vault.password_is_temporary and getattr(args, "name", None) != vault.user:
        print(
            f"ajo-cases: the password of {vault.user!r} was set by an administrator; choose "
            f"your own: ajo-cases user passwd {vault.user}",
            file=sys.stderr,
        )
    try:
        yield vault
    finally:
        from ajo_cases.services.backup.autobackup import maybe_backup

        maybe_backup(vault)  # the daily rotating backup; never raises
        vault.close()
        warnings.show(vault.warnings[shown:])  # found while open (a truncated audit log)
