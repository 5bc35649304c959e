"""The statistics' compact facts stay equal to a fresh computation after every kind of write,
on both backends, and the reports made from them equal the reports made from the wide tables.

Triggers mark the persons each write touches (storage/stats_marks_sql.py); the statistics
refresh the marked persons before reading (services/statistics/stats_refresh.py)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select, update

from ajo_cases.domain import statistics as engine
from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.domain.records_casework import AssistanceForm as Help
from ajo_cases.domain.records_casework import ConsentForm, PartnerForm, ReferralForm
from ajo_cases.domain.stats_model import StatsFilter
from ajo_cases.errors import InvalidInput
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.access.verify import verify_vault
from ajo_cases.services.casework import assistance, cases, consents, partners, referrals
from ajo_cases.services.demo.demo import fill_demo
from ajo_cases.services.exchange.importer import import_file
from ajo_cases.services.people import erasure, people
from ajo_cases.services.statistics import statistics as stats
from ajo_cases.services.statistics import stats_refresh
from ajo_cases.services.statistics.stats_facts import read_facts
from ajo_cases.storage.models import Beneficiary, StatsCase
from tests.services.test_import import GOOD, _csv
from tests.support import ADMIN, ADMIN_PASSWORD

PW = "a long enough passphrase"

TODAY = date(2026, 3, 1)
FILTERS = (
    StatsFilter(date(2025, 1, 1), date(2025, 12, 31)),
    StatsFilter(date_to=date(2025, 6, 30)),
    StatsFilter(date(2024, 1, 1), date(2025, 12, 31), district="khujand"),
    StatsFilter(date(2025, 1, 1), date(2025, 12, 31), category="returnee_migrant"),
)


def _everyone(vault) -> list[str]:
    with vault.read_session() as session:
        return stats_refresh.persons_with_rows(session.connection())


def _wrong_rows(vault) -> int:
    with vault.read_session() as session:
        return stats_refresh.differences(session.connection(), _everyone(vault))


def _check(vault) -> None:
    """The refreshed compact facts equal a fresh computation, and every report from them
    equals the report from the wide tables."""
    for flt in FILTERS:
        vault.caches.clear()
        ours = engine.compute(stats.gather_facts(vault, flt, today=TODAY), flt, today=TODAY)
        with vault.read_session() as session:
            wide = read_facts(session.connection(), flt, TODAY)
        assert ours == engine.compute(wide, flt, today=TODAY), stats.describe(flt)
    with vault.read_session() as session:
        assert stats_refresh.marked_count(session.connection()) == 0
    assert _wrong_rows(vault) == 0


@pytest.fixture
def demo(vault_dir):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    fill_demo(vault, cases=120, seed=5, today=TODAY)
    yield vault
    vault.close()


def _cases_and_people(vault):
    with vault.read_session() as session:
        rows = session.execute(
            select(StatsCase.case_id, StatsCase.person).where(StatsCase.live == 1)
        ).all()
        erased = set(
            session.scalars(select(Beneficiary.id).where(Beneficiary.erased_at.is_not(None)))
        )
    return [(case, person) for case, person in rows if person not in erased]


def _step(vault, rng, tmp_path, n):
    """One random write through the services (or import), as staff would make it."""
    kinds = ("register", "edit", "close", "withdraw", "service", "referral", "erase", "import")
    kind = rng.choice(kinds)
    pairs = _cases_and_people(vault)
    case_id, person_id = rng.choice(pairs)
    on = date(2025, rng.randint(1, 12), rng.randint(1, 28))
    if kind == "register":
        form = PersonForm(sex=rng.choice(("female", "male")), given_name=f"Step {n}",
                          category=rng.choice(("returnee_migrant", "victim_of_trafficking")),
                          birth_date=date(rng.randint(1960, 2015), 5, 5),
                          district=rng.choice(("khujand", "isfara", None)))  # fmt: skip
        person = people.register(vault, form, allow_duplicate=True)[0].id
        cases.open_case(vault, person, CaseForm(opened_on=on,
                                                exploitation_types=("forced_labour",)))  # fmt: skip
    elif kind == "edit":
        record = people.get(vault, person_id)
        people.update(vault, person_id, replace(record.form, district=rng.choice(
            ("khujand", "isfara", "panjakent")), sex=rng.choice(("female", "male"))))  # fmt: skip
    elif kind == "close":
        try:
            cases.change_status(vault, case_id, "closed", closure_reason="goals_met", force=True,
                                reason="test", on=on)  # fmt: skip
        except (RuleViolation, InvalidInput):
            return kind  # the domain refused (e.g. already closed): nothing written
    elif kind == "withdraw":
        consents.record_consent(vault, case_id, ConsentForm("statistics", rng.random() < 0.5,
                                                            on))  # fmt: skip
    elif kind == "service":
        assistance.add_assistance(vault, case_id, Help(rng.choice(("legal", "medical")), on))
    elif kind == "referral":
        partner = partners.add_partner(vault, PartnerForm(f"Partner {n}", "legal_aid"))[0].id
        consents.record_consent(vault, case_id, ConsentForm("sharing", True, on, (partner,)))
        ref = referrals.create_draft(vault, case_id, ReferralForm(partner, "legal"))[0].id
        referrals.send(vault, ref, on)
    elif kind == "erase":
        try:
            erasure.erase_person(vault, person_id, "the person asked for erasure")
        except (RuleViolation, InvalidInput):
            return kind  # in the shelter: refused, nothing written
    else:
        rows = [[*row[:10], "", *row[11:]] for row in GOOD]  # no project
        rows = [[f"{row[0]}-{n}", *row[1:]] if row[0] else row for row in rows]
        report = import_file(vault, _csv(tmp_path / f"import{n}.csv", rows), today=TODAY)
        assert report.written
    return kind


@pytest.mark.parametrize("seed", [1, 2])
def test_compact_facts_follow_every_write_and_give_the_same_reports(demo, tmp_path, seed):
    rng = random.Random(seed)
    _check(demo)  # the demo's bulk insert: every person marked, refreshed in one pass
    done = set()
    for n in range(16):
        done.add(_step(demo, rng, tmp_path, n))
        if n % 4 == 3:
            _check(demo)
    assert len(done) >= 5


def test_a_row_changed_behind_the_statistics_is_marked(demo):
    """Any SQL that changes a feeding row marks its person (the triggers, not the services)."""
    _check(demo)
    with demo.unit_of_work() as session:
        person = session.scalars(select(Beneficiary.id).limit(1)).one()
        session.execute(update(Beneficiary).where(Beneficiary.id == person)
                        .values(district="isfara"))  # fmt: skip
    with demo.read_session() as session:
        assert stats_refresh.marked_count(session.connection()) == 1
    _check(demo)


def test_verify_full_finds_a_wrong_compact_row_and_has_it_made_afresh(demo):
    """verify --full compares the compact rows with a fresh computation; a row that no longer
    matches its case fails the check and every person is marked, so the next computation
    makes the rows afresh and the next check passes."""
    _check(demo)
    with demo.unit_of_work() as session:
        session.execute(update(StatsCase).where(StatsCase.case_id.in_(
            select(StatsCase.case_id).limit(1).scalar_subquery())).values(age=99))  # fmt: skip
    assert _wrong_rows(demo) == 1
    found = {check.name: check for check in verify_vault(demo, full=True).checks}
    assert not found["statistics_facts"].ok and "1 rows" in found["statistics_facts"].detail
    _check(demo)
    found = {check.name: check for check in verify_vault(demo, full=True).checks}
    assert found["statistics_facts"].ok


def test_a_manager_computes_statistics_after_changes(vault_dir):
    """A manager's session (on the server: a manager's login with its group's grants)
    refreshes the persons marked since and gets the administrator's figures."""
    flt = FILTERS[0]
    admin = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        fill_demo(admin, cases=60, seed=7, today=TODAY)
        users.add_user(admin, "boss", "manager", PW)
        before = stats.compute(admin, flt, suppress=False, today=TODAY)
        counted = [case.code for case in stats.gather_facts(admin, flt, today=TODAY).cases
                   if case.counted and case.opened_on >= flt.date_from]  # fmt: skip
        with admin.read_session() as session:
            case_id = session.scalar(select(StatsCase.case_id).where(StatsCase.code == counted[0]))
        consents.record_consent(admin, case_id, ConsentForm("statistics", False, date(2025, 3, 3)))
    finally:
        admin.close()
    manager = open_vault(vault_dir, "boss", PW)
    try:
        with manager.read_session() as session:
            assert stats_refresh.marked_count(session.connection()) >= 1
        theirs = stats.compute(manager, flt, suppress=False, today=TODAY)
        with manager.read_session() as session:
            assert stats_refresh.marked_count(session.connection()) == 0
    finally:
        manager.close()
    admin = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        assert theirs == stats.compute(admin, flt, suppress=False, today=TODAY)
        with admin.read_session() as session:
            wide = read_facts(session.connection(), flt, TODAY)
        assert theirs == engine.compute(wide, flt, today=TODAY)
    finally:
        admin.close()
    assert theirs != before
