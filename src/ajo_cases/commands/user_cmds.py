"""`user add | edit | passwd | remove | list`."""

from __future__ import annotations

import argparse

from ajo_cases.commands import common, rotate_cmds
from ajo_cases.services.access import profiles, users
from ajo_cases.vault.keys import ROLES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    user = sub.add_parser("user", help="manage accounts (administrator)")
    actions = user.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add an account")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    _profile_options(add)
    add.set_defaults(handler=run_add)

    edit = actions.add_parser(
        "edit", help="set an account's full name, position or phone (printed on papers)"
    )
    edit.add_argument("name")
    _profile_options(edit)
    edit.set_defaults(handler=run_edit)

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


def _profile_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--full-name", help='as printed, e.g. "Nigora Rahimova"')
    parser.add_argument("--position", help='e.g. "Case worker"')
    parser.add_argument("--phone", help="a work phone printed on referral forms")


def _profile(args: argparse.Namespace, current: profiles.Profile) -> profiles.Profile:
    return profiles.Profile(
        current.user,
        args.full_name if args.full_name is not None else current.full_name,
        args.position if args.position is not None else current.position,
        args.phone if args.phone is not None else current.phone,
    )


def run_add(args: argparse.Namespace) -> int:
    with common.opened(args) as vault:
        profile = _profile(args, profiles.Profile(args.name))
        info = users.add_user(vault, args.name, args.role, common.new_password(), profile)
    print(f"Added {info.name!r} as {info.role}.")
    return 0


def run_edit(args: argparse.Namespace) -> int:
    with common.opened(args) as vault:
        profile = _profile(args, profiles.get_profile(vault, args.name))
        profiles.set_profile(vault, profile)
    print(f"Saved the details of {args.name!r}.")
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
        if vault.on_server:
            print("Their login on the office server is disabled and its open sessions ended.")
        rotate_cmds.offer_after_removal(vault, args)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with common.opened(args) as vault:
        for info in users.list_users(vault):
            print("\t".join((info.name, info.role, info.full_name, info.position, info.phone)))
    return 0
