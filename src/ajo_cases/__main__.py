"""`ajo-cases` with no sub-command opens the desktop app; otherwise the command line runs."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from ajo_cases import cli

    if cli.wants_gui(args):
        from ajo_cases import app

        return app.main(args)
    return cli.main(args)


if __name__ == "__main__":
    sys.exit(main())
