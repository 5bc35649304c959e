"""Setting up an office of client processes on one server vault, and checking what they leave.

Used by the concurrency and fault tests: ``office()`` builds the vault (accounts, beds, shared
cases) and a PC folder per client; ``start()`` runs ``tests.server.load_client`` children;
``Outcome`` reads their journals and checks the vault against every acknowledged change.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.server_vault import create_server_vault
from ajo_cases.services.casework import cases, shelter
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import people
from ajo_cases.storage.models import AuditEntry, Beneficiary, Case, ShelterStay
from ajo_cases.vault.layout import SERVER_PROFILE_FILE
from tests.support import ADMIN, ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
WORKER_PASSWORD = "a long enough worker passphrase"
FIRST_NIGHT = date(2026, 7, 1)
NIGHTS = 20


@dataclass
class Office:
    root: Path
    admin_dir: Path
    shared_cases: list[str]
    beds: list[str]
    family: str  # a random family name every person of the run carries (looked for in dumps)
    clients: list[Path] = field(default_factory=list)  # each client's plan file

    def pc(self, name: str) -> Path:
        folder = self.root / name
        folder.mkdir()
        (folder / SERVER_PROFILE_FILE).write_bytes(
            (self.admin_dir / SERVER_PROFILE_FILE).read_bytes()
        )
        return folder

    def plan(self, client: int, user: str, seconds: float, **extra: Any) -> Path:
        password = ADMIN_PASSWORD if user == ADMIN else WORKER_PASSWORD
        plan = {
            "dir": str(self.pc(f"pc{client}")), "user": user, "password": password,
            "out": str(self.root / f"journal{client}.jsonl"), "seconds": seconds,
            "seed": client, "client": client, "given": "Гулнора", "family": self.family,
            "shared_cases": self.shared_cases, "beds": self.beds,
            "first_night": FIRST_NIGHT.isoformat(), "nights": NIGHTS, **extra,
        }  # fmt: skip
        path = self.root / f"plan{client}.json"
        path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
        self.clients.append(path)
        return path

    def admin(self) -> OpenVault:
        return open_vault(self.admin_dir, ADMIN, ADMIN_PASSWORD)


def office(root: Path, url: str, workers: int) -> Office:
    """A server vault with `workers` case workers, three beds and three shared cases."""
    admin_dir = root / "office-admin"
    vault, _code = create_server_vault(admin_dir, url, ADMIN, ADMIN_PASSWORD)
    family = "Qz" + secrets.token_hex(4)
    try:
        for i in range(1, workers + 1):
            users.add_user(vault, f"worker{i}", "case_worker", WORKER_PASSWORD)
        beds = [shelter.add_bed(vault, f"B-{i}")[0].id for i in (1, 2, 3)]
        shared = []
        for i in range(3):
            form = PersonForm(sex="female", category="returnee_migrant",
                              given_name=f"Умеда{i}", family_name=family)  # fmt: skip
            person, _ = people.register(vault, form, allow_duplicate=True)
            case, _ = cases.open_case(vault, person.id, CaseForm(opened_on=date(2026, 1, 5)))
            shared.append(case.id)
    finally:
        vault.close()
    return Office(root, admin_dir, shared, beds, family)


def start(plan: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.server.load_client", str(plan)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=None,
    )


def journal(plan: Path) -> list[dict[str, Any]]:
    out = Path(json.loads(plan.read_text(encoding="utf-8"))["out"])
    if not out.exists():
        return []
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line]


class Outcome:
    """Every client's journal, and the checks of the vault against it."""

    def __init__(self, plans: list[Path]) -> None:
        self.entries = [entry for plan in plans for entry in journal(plan)]

    def summary(self) -> Counter[str]:
        """How many of each outcome (refusals by their code): what a failing test shows."""
        return Counter(
            f"{e['kind']} {e['of']} {e.get('code', '')}".strip()
            if e["kind"] in ("refused", "doubt")
            else e["kind"]
            for e in self.entries
        )

    def after(self, moment: float, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.of(kind) if e["t"] > moment]

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.entries if e["kind"] == kind]

    def doubts(self, of: str) -> list[dict[str, Any]]:
        return [e for e in self.of("doubt") if e["of"] == of]

    def names_tried(self) -> set[str]:
        """Every name a client sent (acknowledged, refused or cut off)."""
        found = {e["name"] for e in self.entries if "name" in e}
        found |= {n for e in self.entries if "names" in e for n in e["names"]}
        return found

    def check_people_and_cases(self, vault: OpenVault) -> None:
        names = _all_given_names(vault)
        acked = {e["name"] for e in self.of("person")}
        acked |= {n for e in self.of("import") for n in e["names"]}
        missing = acked - set(names.values())
        assert not missing, f"acknowledged but missing: {sorted(missing)[:5]}"
        # nothing the clients did not send, and nothing twice
        counts = Counter(names.values())
        assert [n for n, c in counts.items() if c > 1] == []
        ours = {n for n in names.values() if n.startswith("Гулнора")}
        in_doubt = {e["name"] for e in self.doubts("person")}
        in_doubt |= {n for e in self.doubts("import") for n in e["names"]}
        assert ours <= acked | in_doubt
        # a register is written whole or not at all, also when the server went away meanwhile
        present = set(names.values())
        for entry in self.of("import") + self.doubts("import"):
            found = [n in present for n in entry["names"]]
            assert all(found) or not any(found), f"half a register written: {found}"
        for entry in self.of("case"):
            assert cases.get_case(vault, entry["id"]).code == entry["code"]
        with vault.read_session() as session:
            codes = list(session.scalars(select(Case.code)))
        assert len(codes) == len(set(codes)), "a case code was given twice"
        numbers = sorted(int(code.rsplit("-", 1)[1]) for code in codes)
        assert numbers == list(range(1, len(codes) + 1)), "a case number was lost"
        assert len({e["code"] for e in self.of("case")}) == len(self.of("case"))

    def check_edits(self, vault: OpenVault, shared: list[str]) -> None:
        """Each acknowledged save moved its case one version on; none was overwritten unseen."""
        for case_id in shared:
            acked = [e for e in self.of("edit") if e["case"] == case_id]
            doubts = [e for e in self.doubts("edit") if e["case"] == case_id]
            versions = [e["version"] for e in acked]
            assert len(versions) == len(set(versions)), "two saves acknowledged one version"
            record = cases.get_case(vault, case_id)
            with vault.read_session() as session:
                updates = session.scalar(
                    select(func.count())
                    .select_from(AuditEntry)
                    .where(AuditEntry.event == "update", AuditEntry.target_id == case_id)
                )
            assert len(acked) <= (updates or 0) <= len(acked) + len(doubts)
            assert record.version == 1 + (updates or 0)
            if acked and not doubts:
                newest = max(acked, key=lambda e: e["version"])
                assert record.form.narrative == newest["text"]
                assert record.version == newest["version"]

    def check_beds(self, vault: OpenVault) -> None:
        with vault.read_session() as session:
            stays = list(session.scalars(select(ShelterStay)))
        by_id = {s.id: s for s in stays}
        for entry in self.of("stay"):
            row = by_id[entry["id"]]
            assert (row.bed_id, row.admitted_on.isoformat()) == (entry["bed"], entry["on"])
        for entry in self.of("discharge"):
            assert by_id[entry["stay"]].discharged_on.isoformat() == entry["on"]
        nights: defaultdict[tuple[str, date], list[str]] = defaultdict(list)
        for stay in stays:
            end = stay.discharged_on or FIRST_NIGHT + timedelta(days=NIGHTS + 10)
            end = max(end, stay.admitted_on + timedelta(days=1))
            night = stay.admitted_on
            while night < end:
                nights[(stay.bed_id, night)].append(stay.id)
                night += timedelta(days=1)
        double = {k: v for k, v in nights.items() if len(v) > 1}
        assert not double, f"a bed given twice on a night: {next(iter(double))}"

    def check_all(self, vault: OpenVault, shared: list[str]) -> None:
        self.check_people_and_cases(vault)
        self.check_edits(vault, shared)
        self.check_beds(vault)


def _all_given_names(vault: OpenVault) -> dict[str, str]:
    """Every person's given name, unsealed here (read, not viewed: no audit entry each)."""
    with vault.read_session() as session:
        rows = list(session.scalars(select(Beneficiary)))
        return {row.id: people.to_record(vault, row).form.given_name or "" for row in rows}


def given_names(vault: OpenVault) -> set[str]:
    return set(_all_given_names(vault).values())


def all_codes(vault: OpenVault) -> set[str]:
    with vault.read_session() as session:
        return set(session.scalars(select(Case.code)))


def cases_of(vault: OpenVault, person_id: str) -> list[str]:
    with vault.read_session() as session:
        return list(session.scalars(select(Case.code).where(Case.beneficiary_id == person_id)))


def verify_full(folder: Path) -> subprocess.CompletedProcess[str]:
    """``verify --full`` from the command line, as an administrator would run it."""
    return subprocess.run(
        [sys.executable, "-m", "tests.cheap_kdf_main", "--data-dir", str(folder),
         "--user", ADMIN, "verify", "--full"],
        capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT), "AJO_CASES_PASSWORD": ADMIN_PASSWORD},
    )  # fmt: skip


def dump(bindir: Path, url: str) -> bytes:
    return subprocess.run(
        [str(bindir / "pg_dump"), "--data-only", url],
        capture_output=True, check=True, timeout=120,
    ).stdout  # fmt: skip
