"""`user add | passwd | remove | list`."""

from __future__ import annotations

import argparse

from ajo_cases.commands import common, rotate_cmds
from ajo_cases.services.access import users
from ajo_cases.vault.keys import ROLES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    user = sub.add_parser("user", help="manage accounts (administrator)")
    actions = user.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add an account")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.set_defaults(handler=run_add)

    passwd = actions.add_parser(
        "passwd", help="set a new password (AJO_CASES_NEW_PASSWORD or prompt)"
    )
    passwd.add_argument("name")
    passwd.set_defaults(handler=run_passwd)

    remove = actions.add_parser("remove", help="remove an account and its key slot")
    remove.add_argument("name")
    remove.add_argument(
        "--rotate",
        action="store_true",
        help="rotate the keys right after (completes the removal; see rotate-keys)",
    )
    rotate_cmds.add_options(remove)
    remove.set_defaults(handler=run_remove)

    listing = actions.add_parser("list", help="list accounts and roles")
    listing.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace) -> int:
    with common.opened(args) as vault:
        info = users.add_user(vault, args.name, args.role, common.new_password())
    print(f"Added {info.name!r} as {info.role}.")
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    with common.opened(args) as vault:
        users.change_password(vault, args.name, common.new_password())
    print(f"Password changed for {args.name!r}.")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    with common.opened(args) as vault:
        users.remove_user(vault, args.name)
        print(f"Removed {args.name!r}; their key slot is deleted.")
        rotate_cmds.offer_after_removal(vault, args)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with common.opened(args) as vault:
        for info in users.list_users(vault):
            print(f"{info.name}\t{info.role}")
    return 0
