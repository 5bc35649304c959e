"""Child for the crash tests: imports once, then forks one worker per command read from stdin.

A command is ``<mode> <data dir> <extra>``; the worker prints ``pid <n>``, ``ready`` and one line
per acknowledged step (``committed <n> <case id>``, ``backup <path>``, ``restored``,
``changed <i>``, ``rotated``) and keeps going until the test kills it with SIGKILL. The parent
then gets ``exit <pid> <status>``. Forking after the imports keeps each round short.
Uses the test suite's cheap key derivation (a code switch: the program reads none).
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from ajo_cases.domain.records import CaseForm, PersonForm  # noqa: E402
from ajo_cases.services.access import rotation, users  # noqa: E402
from ajo_cases.services.access.opening import open_vault  # noqa: E402
from ajo_cases.services.backup import backup, restore  # noqa: E402
from ajo_cases.services.casework import cases  # noqa: E402
from ajo_cases.services.people import people  # noqa: E402

ADMIN = "admin"
PASSWORDS = ("correct horse battery staple", "another quite long passphrase")


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())  # unbuffered: nothing is lost or doubled at a kill


def write_cases(data_dir: Path) -> None:
    vault = open_vault(data_dir, ADMIN, PASSWORDS[0])
    say("ready")
    n = 0
    while True:
        n += 1
        person, _ = people.register(
            vault,
            PersonForm(
                sex="male", category="returnee_migrant", given_name=f"Crash {n}", family_name="Test"
            ),
            allow_duplicate=True,
        )
        case, _ = cases.open_case(vault, person.id, CaseForm(opened_on=date(2026, 1, 2)))
        say(f"committed {n} {case.id}")


def make_backups(data_dir: Path, folder: Path) -> None:
    vault = open_vault(data_dir, ADMIN, PASSWORDS[0])
    say("ready")
    while True:
        info = backup.create_backup(vault, folder)
        say(f"backup {info.path}")


def restore_loop(data_dir: Path, source: Path) -> None:
    say("ready")
    while True:
        restore.restore_backup(data_dir, source, ADMIN, PASSWORDS[0])
        say("restored")


def change_passwords(data_dir: Path, current: int) -> None:
    vault = open_vault(data_dir, ADMIN, PASSWORDS[current])
    say("ready")
    while True:
        current = 1 - current
        users.change_password(vault, ADMIN, PASSWORDS[current])
        say(f"changed {current}")


def rotate_loop(data_dir: Path) -> None:
    vault = open_vault(data_dir, ADMIN, PASSWORDS[0])
    say("ready")
    while True:
        rotation.rotate_keys(vault, PASSWORDS[0])
        say("rotated")


def work(mode: str, data_dir: Path, extra: str) -> None:
    if mode == "write":
        write_cases(data_dir)
    elif mode == "backup":
        make_backups(data_dir, Path(extra))
    elif mode == "restore":
        restore_loop(data_dir, Path(extra))
    elif mode == "passwd":
        change_passwords(data_dir, int(extra))
    elif mode == "rotate":
        rotate_loop(data_dir)
    else:
        raise SystemExit(f"unknown mode {mode}")


def main() -> None:
    for line in sys.stdin:
        mode, data_dir, extra = [*line.rstrip("\n").split(" ", 2), "", ""][:3]
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            try:
                say(f"pid {os.getpid()}")
                work(mode, Path(data_dir), extra)
            except BaseException as exc:  # a failure the parent should see, not a kill
                say(f"error {type(exc).__name__}: {exc}")
            finally:
                os._exit(3)
        _pid, status = os.waitpid(pid, 0)
        say(f"exit {pid} {status}")


if __name__ == "__main__":
    main()
