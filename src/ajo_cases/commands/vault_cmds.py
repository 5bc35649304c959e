"""`init`, `recover` and `verify`."""

from __future__ import annotations

import argparse

from ajo_cases.commands import common, warnings
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import create_vault, open_vault
from ajo_cases.services.access.verify import verify_vault


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = sub.add_parser("init", help="create a new vault and print its recovery code once")
    init.add_argument("--admin", required=True, help="name of the first administrator account")
    init.set_defaults(handler=run_init)

    recover = sub.add_parser(
        "recover", help="unlock with the recovery code and set a new password for an account"
    )
    recover.add_argument("name", help="the account whose password is reset")
    recover.set_defaults(handler=run_recover)

    verify = sub.add_parser("verify", help="check database, encryption, audit chain and key slots")
    verify.add_argument("--full", action="store_true", help="also run the slow page-by-page check")
    verify.set_defaults(handler=run_verify)


def run_init(args: argparse.Namespace) -> int:
    folder = common.data_dir(args)
    vault, code = create_vault(folder, args.admin, common.new_password("password"))
    vault.close()
    print(f"Created a vault in {folder} with administrator {args.admin!r}.")
    print()
    print("Recovery code (write it down and keep it locked away; it is shown only once):")
    print()
    print(f"    {code}")
    print()
    return 0


def run_recover(args: argparse.Namespace) -> int:
    vault = open_vault(common.data_dir(args), "", common.recovery_code(), use_recovery=True)
    warnings.show(vault.warnings)
    try:
        users.change_password(vault, args.name, common.new_password())
    finally:
        vault.close()
    print(f"New password set for {args.name!r}.")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    with common.opened(args) as vault:
        report = verify_vault(vault, full=args.full)
    for check in report.checks:
        status = "ok" if check.ok else "FAILED"
        print(f"{check.name:<18} {status}{'  ' + check.detail if check.detail else ''}")
    print(
        "Vault verified: no problems found."
        if report.ok
        else "Problems found: restore from a backup."
    )
    return 0 if report.ok else 1
