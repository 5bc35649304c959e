"""Two PCs drawing the same thing at the same moment: case codes stay unique, a bed is given
once, and the loser gets the domain's own answer (never a database error)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.server_vault import create_server_vault
from ajo_cases.services.casework import cases, shelter
from ajo_cases.services.people import people
from ajo_cases.vault.layout import SERVER_PROFILE_FILE
from tests.support import ADMIN, ADMIN_PASSWORD

OPENED = date(2026, 3, 1)


def _two_pcs(tmp_path: Path, url: str):
    first = tmp_path / "first"
    vault, _code = create_server_vault(first, url, ADMIN, ADMIN_PASSWORD)
    vault.close()
    second = tmp_path / "second"
    second.mkdir()
    (second / SERVER_PROFILE_FILE).write_bytes((first / SERVER_PROFILE_FILE).read_bytes())
    return open_vault(first, ADMIN, ADMIN_PASSWORD), open_vault(second, ADMIN, ADMIN_PASSWORD)


def _person(vault, name: str) -> str:
    form = PersonForm(sex="female", category="returnee_migrant", given_name=name)
    return people.register(vault, form, allow_duplicate=True)[0].id


def _at_once(*jobs: Callable[[], object]) -> list[BaseException | None]:
    start = threading.Barrier(len(jobs))
    results: list[BaseException | None] = [None] * len(jobs)

    def run(index: int, job: Callable[[], object]) -> None:
        start.wait()
        try:
            job()
        except BaseException as exc:  # asserted by the caller
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def test_case_codes_drawn_at_once_on_two_pcs_are_unique(tmp_path, empty_database) -> None:
    a, b = _two_pcs(tmp_path, empty_database)
    try:
        ids = {pc: [_person(pc, f"Н{i}") for i in range(12)] for pc in (a, b)}

        def open_all(pc) -> Callable[[], None]:
            return lambda: [cases.open_case(pc, pid, CaseForm(opened_on=OPENED)) for pid in ids[pc]]

        assert _at_once(open_all(a), open_all(b)) == [None, None]
        all_codes = _codes(a)
        assert len(all_codes) == 24 and len(set(all_codes)) == 24
        assert sorted(all_codes)[-1] == "SH-2026-0024"  # no number lost or drawn twice
    finally:
        a.close()
        b.close()


def _codes(vault) -> list[str]:
    from sqlalchemy import select

    from ajo_cases.storage.models import Case

    with vault.read_session() as session:
        return list(session.scalars(select(Case.code)))


def test_one_bed_asked_for_by_two_pcs_at_once_is_given_once(tmp_path, empty_database) -> None:
    a, b = _two_pcs(tmp_path, empty_database)
    try:
        bed, _ = shelter.add_bed(a, "B-1")
        shelter.add_bed(a, "B-2")  # room in the shelter: only the bed itself is contested
        case_ids = []
        for pc, name in ((a, "Зарина"), (b, "Малика")):
            case, _ = cases.open_case(pc, _person(pc, name), CaseForm(opened_on=OPENED))
            case_ids.append(case.id)
        on = date(2026, 3, 2)
        results = _at_once(
            lambda: shelter.admit(a, case_ids[0], bed.id, on),
            lambda: shelter.admit(b, case_ids[1], bed.id, on),
        )
        losers = [r for r in results if r is not None]
        assert len(losers) == 1, results
        # the domain's own answer, as on one PC: not a database error
        assert isinstance(losers[0], RuleViolation) and losers[0].code == "shelter.bed_occupied"
        occupied = [s for s in shelter.list_beds(a, on=on) if s.id == bed.id]
        assert occupied and occupied[0].occupied
    finally:
        a.close()
        b.close()
