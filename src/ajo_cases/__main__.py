"""`ajo-cases` with no sub-command opens the desktop app; otherwise the command line runs."""

from __future__ import annotations

import sys

# Global options that take a value, and options only the desktop app understands. Kept here so
# that deciding between the app and the command line imports nothing heavy.
GLOBAL_FLAGS_WITH_VALUE = frozenset({"--data-dir", "--user", "--password-file", "--lang"})
GUI_FLAGS = frozenset({"--demo", "--smoke-test"})


def wants_gui(argv: list[str]) -> bool:
    """True when only global options are given: then the desktop app opens."""
    args = iter(argv)
    for arg in args:
        if arg in GLOBAL_FLAGS_WITH_VALUE:
            next(args, None)
        elif arg not in GUI_FLAGS and arg.split("=", 1)[0] not in GLOBAL_FLAGS_WITH_VALUE:
            return False  # a sub-command, --help, --version: the command line handles it
    return True


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if wants_gui(args):
        from ajo_cases import app

        return app.main(args)
    from ajo_cases import cli

    return cli.main(args)


if __name__ == "__main__":
    sys.exit(main())
