"""``python -m tests.server.load_client PLAN.json``: one office PC working a server vault.

A child process of the concurrency and fault tests, with the test suite's cheap key derivation.
For the plan's number of seconds it registers people and opens their cases, edits the shared
cases, admits its people to the shared beds (and discharges them), and imports small registers.
Every change the server acknowledged is appended to the plan's ``out`` file as one JSON line the
moment the call returns; a call cut off by a lost server is written as ``doubt`` (it may or may
not have committed). ``"hold_in": "case_file"`` makes the client stop forever inside the first
transaction that audits a new row of that table, right after the audit entry (every row of the
change written, the commit not sent), so a test can kill it there.
"""

from __future__ import annotations

import contextlib
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ajo_cases.vault import kdf

kdf.use_weak_test_parameters()

from ajo_cases.domain.errors import DomainError  # noqa: E402
from ajo_cases.domain.records import CaseForm, PersonForm  # noqa: E402
from ajo_cases.errors import AjoError, ServerUnreachable  # noqa: E402
from ajo_cases.services.access.opening import open_vault  # noqa: E402
from ajo_cases.services.casework import cases, shelter  # noqa: E402
from ajo_cases.services.exchange.importer import import_file  # noqa: E402
from ajo_cases.services.open_vault import OpenVault  # noqa: E402
from ajo_cases.services.people import people  # noqa: E402

TODAY = date(2026, 6, 30)
_SPELT = "бвгдзклмнп"  # digits as syllables: name matching ignores digits and doubled letters
IMPORT_HEADER = "ref,family_name,given_name,sex,category,opened_on"


def _spelt(digits: str) -> str:
    return "".join(_SPELT[int(d)] + "а" for d in digits if d.isdigit()) + "р"


class Journal:
    """Acknowledged changes, one JSON line each, flushed at once (a killed client loses none)."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("a", encoding="utf-8")

    def write(self, kind: str, **fields: Any) -> None:
        entry = {"kind": kind, "t": time.time(), **fields}
        self._file.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._file.flush()


class Client:
    def __init__(self, vault: OpenVault, plan: dict[str, Any], journal: Journal) -> None:
        self.vault, self.plan, self.journal = vault, plan, journal
        self.rng = random.Random(plan["seed"])
        self.tag = f"{plan['client']}x{self.rng.randrange(10**6)}"
        self.turn = 0
        self.free_cases: list[str] = []  # this client's cases that have no stay yet
        self.open_stays: list[tuple[str, date]] = []

    def name(self) -> str:
        self.turn += 1
        return f"{self.plan['given']} {_spelt(self.tag)} {_spelt(str(self.turn))}"

    def register(self) -> None:
        name = self.name()
        form = PersonForm(sex="female", category="returnee_migrant", given_name=name,
                          family_name=self.plan["family"])  # fmt: skip
        self.attempt("person", {"name": name}, lambda: self._register(form, name))

    def _register(self, form: PersonForm, name: str) -> None:
        person, _ = people.register(self.vault, form, allow_duplicate=True)
        self.journal.write("person", id=person.id, name=name)
        opened = date(2026, self.rng.randint(1, 6), self.rng.randint(1, 28))
        self.attempt("case", {"person": person.id},
                     lambda: self._open(person.id, opened))  # fmt: skip

    def _open(self, person_id: str, opened: date) -> None:
        case, _ = cases.open_case(self.vault, person_id, CaseForm(opened_on=opened))
        self.journal.write("case", id=case.id, code=case.code, person=person_id)
        self.free_cases.append(case.id)

    def edit(self) -> None:
        case_id = self.rng.choice(self.plan["shared_cases"])
        self.turn += 1
        text = f"edit {self.tag} {self.turn}"

        def save() -> None:
            record = cases.get_case(self.vault, case_id)
            form = replace(record.form, narrative=text)
            saved, _ = cases.update_case(self.vault, case_id, form, expected_version=record.version)
            self.journal.write("edit", case=case_id, text=text, version=saved.version)

        self.attempt("edit", {"case": case_id, "text": text}, save)

    def admit(self) -> None:
        if self.open_stays and self.rng.random() < 0.6:
            stay_id, admitted = self.open_stays.pop(0)
            out = admitted + timedelta(days=self.rng.randint(1, 4))

            def leave() -> None:
                shelter.discharge(self.vault, stay_id, out, "returned_home")
                self.journal.write("discharge", stay=stay_id, on=out.isoformat())

            self.attempt("discharge", {"stay": stay_id}, leave)
            return
        if not self.free_cases:
            return
        case_id = self.free_cases.pop()
        bed = self.rng.choice(self.plan["beds"])
        night = date.fromisoformat(self.plan["first_night"]) + timedelta(
            days=self.rng.randrange(self.plan["nights"])
        )

        def come() -> None:
            stay, _ = shelter.admit(self.vault, case_id, bed, night)
            self.journal.write("stay", id=stay.id, case=case_id, bed=bed, on=night.isoformat())
            self.open_stays.append((stay.id, night))

        self.attempt("stay", {"case": case_id}, come)

    def import_register(self) -> None:
        names = [self.name() for _ in range(3)]
        path = Path(self.plan["out"]).with_suffix(f".{self.turn}.csv")
        lines = [IMPORT_HEADER] + [
            f"R{i},{self.plan['family']},{name},F,returnee_migrant,2026-02-0{i + 1}"
            for i, name in enumerate(names)
        ]
        path.write_text("\r\n".join(lines), encoding="utf-8")

        def load() -> None:
            report = import_file(self.vault, path, today=TODAY)
            if not report.written:
                raise AssertionError(f"the register was not written: {report.problems}")
            self.journal.write("import", names=names)

        try:
            self.attempt("import", {"names": names}, load)
        finally:
            path.unlink()

    def attempt(self, kind: str, what: dict[str, Any], action: Callable[[], None]) -> None:
        try:
            action()
        except ServerUnreachable as exc:
            # cut off mid-call: the change may or may not have committed
            self.journal.write("doubt", of=kind, message=exc.message, **what)
            time.sleep(0.2)
        except (AjoError, DomainError) as exc:  # the domain's own refusal: nothing written
            code = getattr(exc, "code", type(exc).__name__)
            self.journal.write("refused", of=kind, code=code, **what)

    def run(self, seconds: float) -> None:
        actions = [self.register] * 3 + [self.edit] * 3 + [self.admit] * 3 + [self.import_register]
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.rng.choice(actions)()


def _hold_inside_transaction(journal: Journal, table: str) -> None:
    """Stop for good right after a new row of `table` is audited, before the commit."""
    from ajo_cases.storage.audit_repo import AuditRepository
    from ajo_cases.storage.models import Case

    real = AuditRepository.append

    def append(self: AuditRepository, session: Any, **kwargs: Any) -> Any:
        entry = real(self, session, **kwargs)
        if kwargs.get("target_table") != table or kwargs.get("event") != "create":
            return entry
        session.flush()  # every row of the change is on the server, uncommitted
        journal.write("holding", code=session.get(Case, kwargs["target_id"]).code)
        while True:
            time.sleep(60)

    AuditRepository.append = append  # type: ignore[method-assign]


def main(plan_file: str) -> int:
    plan = json.loads(Path(plan_file).read_text(encoding="utf-8"))
    journal = Journal(Path(plan["out"]))
    for _attempt in range(20):  # the server may be restarting when the client starts
        try:
            vault = open_vault(Path(plan["dir"]), plan["user"], plan["password"])
            break
        except ServerUnreachable:
            time.sleep(0.5)
    else:
        journal.write("crash", error="never reached the server")
        return 1
    try:
        if plan.get("hold_in"):
            _hold_inside_transaction(journal, plan["hold_in"])
        client = Client(vault, plan, journal)
        journal.write("ready")
        client.run(float(plan["seconds"]))
    except Exception as exc:  # an unexpected error fails the test, with what it was
        journal.write("crash", error=f"{type(exc).__name__}: {exc}")
        return 1
    finally:
        with contextlib.suppress(ServerUnreachable):
            vault.close()
    journal.write("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
