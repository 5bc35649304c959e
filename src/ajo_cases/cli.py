"""The command-line surface for administrators and scripts. Never imports Qt."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from ajo_cases import __version__
from ajo_cases.commands import (
    backup_cmds,
    data_cmds,
    import_cmds,
    person_cmds,
    print_cmds,
    server_cmds,
    stats_cmds,
    user_cmds,
    vault_cmds,
)
from ajo_cases.errors import AjoError

_MODULES = (
    vault_cmds, user_cmds, data_cmds, import_cmds, person_cmds, backup_cmds, print_cmds,
    stats_cmds, server_cmds,
)  # fmt: skip


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ajo-cases", description="AJO Cases: encrypted case management.")
    parser.add_argument("--version", action="version", version=f"AJO Cases {__version__}")
    parser.add_argument(
        "--data-dir", help="vault folder (default: AJO_CASES_DATA_DIR or the user data folder)"
    )
    parser.add_argument("--user", help="account name (default: AJO_CASES_USER)")
    parser.add_argument(
        "--password-file",
        help="first line of this file is the password (else AJO_CASES_PASSWORD or a prompt)",
    )
    parser.add_argument(
        "--lang", choices=("tg", "ru", "en"), help="interface language for the desktop app"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in _MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command is None:
        parser.print_help()
        return 2
    try:
        result: int = args.handler(args)
        return result
    except AjoError as exc:
        print(f"ajo-cases: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("ajo-cases: interrupted", file=sys.stderr)
        return 1
