"""`server init`, `server profile` and `connect`: a vault on the office server (PostgreSQL)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ajo_cases.commands import common
from ajo_cases.services.access import server_migration, server_vault
from ajo_cases.storage import server_engine

_CA_HELP = (
    "the PEM certificate of the CA that signed the server's certificate; pinned in the profile "
    "(required for any server other than localhost)"
)


def _ca(args: argparse.Namespace) -> str:
    return server_engine.read_ca_file(Path(args.ca).expanduser()) if args.ca else ""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = sub.add_parser("server", help="a vault on the office server (PostgreSQL)")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="set up an empty database as a vault; this folder becomes its profile"
    )
    init.add_argument(
        "--url",
        required=True,
        help="postgresql://OWNER@HOST:PORT/DATABASE (owner password from PGPASSWORD)",
    )
    first = init.add_mutually_exclusive_group(required=True)
    first.add_argument("--admin", help="name of the first administrator account (a new vault)")
    first.add_argument(
        "--from-vault",
        metavar="LOCAL_DIR",
        help="move this local vault onto the empty database (unlocked with --user, an "
        "administrator); it stays on this PC read-only",
    )
    init.add_argument("--ca", help=_CA_HELP)
    init.set_defaults(handler=run_server_init)

    upgrade = actions.add_parser(
        "upgrade",
        help="bring the server's database to this version (owner password from PGPASSWORD)",
    )
    upgrade.set_defaults(handler=run_server_upgrade)

    profile = actions.add_parser("profile", help="write the connection file another PC joins with")
    profile.add_argument("-o", "--output", required=True, help="the .ajoconnect file to write")
    profile.add_argument("--ca", help="pin this CA (PEM) in the file, not the profile's")
    profile.set_defaults(handler=run_server_profile)

    connect = sub.add_parser("connect", help="make this folder a profile of an office-server vault")
    connect.add_argument("file", help="the .ajoconnect file an administrator wrote")
    connect.set_defaults(handler=run_connect)


def run_server_init(args: argparse.Namespace) -> int:
    folder = common.data_dir(args)
    ca_pem = _ca(args)
    if args.from_vault:
        return _move_vault(args, folder, ca_pem)
    vault, code = server_vault.create_server_vault(
        folder, args.url, args.admin, common.new_password("password"), ca_pem=ca_pem
    )
    vault.close()
    print(f"Created a vault on the office server with administrator {args.admin!r}.")
    print(f"This PC's profile is in {folder}.")
    print()
    print("Recovery code (write it down and keep it locked away; it is shown only once):")
    print()
    print(f"    {code}")
    print()
    return 0


def run_server_upgrade(args: argparse.Namespace) -> int:
    changed = server_vault.upgrade_server(common.data_dir(args))
    print("The office server's database was upgraded." if changed else "Already up to date.")
    return 0


def run_server_profile(args: argparse.Namespace) -> int:
    with common.opened(args) as vault:
        written = server_vault.write_connection_file(vault, Path(args.output), ca_pem=_ca(args))
    print(f"Connection file written: {written}")
    return 0


def run_connect(args: argparse.Namespace) -> int:
    folder = common.data_dir(args)
    server_vault.connect(folder, Path(args.file))
    print(f"This PC now opens the office-server vault through {folder}.")
    return 0


def _move_vault(args: argparse.Namespace, folder: Path, ca_pem: str) -> int:
    local = Path(args.from_vault).expanduser()
    result = server_migration.migrate_to_server(
        folder, args.url, local, common.user_name(args), common.password(args), ca_pem=ca_pem
    )
    counts = result.counts
    print("The vault was moved onto the office server in one step and checked.")
    print(
        f"  {counts.get('beneficiary', 0)} people, {counts.get('case_file', 0)} cases, "
        f"{counts.get('audit_log', 0)} audit entries"
    )
    print(f"This PC's profile is in {folder}.")
    print(f"The vault in {local} is now read-only; keep it as it is (or remove it later).")
    print("Your password and the recovery code are unchanged.")
    if result.temporary_passwords:
        print()
        print("Temporary passwords (hand each to its owner, who should change it at once;")
        print("shown only once):")
        for name, password in sorted(result.temporary_passwords.items()):
            print(f"    {name}: {password}")
    print()
    return 0
