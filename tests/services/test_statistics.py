"""Statistics from a real vault: SQL facts only, the same figures for a manager without K_pii."""

from datetime import date

import pytest
from sqlalchemy import select

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.domain.records_casework import (
    ActivityForm,
    ConsentForm,
    PartnerForm,
    ProjectForm,
    ReferralForm,
)
from ajo_cases.domain.records_casework import AssistanceForm as Help
from ajo_cases.domain.records_grants import BudgetLine, GrantForm, PurchaseForm
from ajo_cases.domain.stats_model import TOTAL, StatsFilter
from ajo_cases.errors import InvalidInput, PermissionDenied
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import (
    activities,
    assistance,
    cases,
    consents,
    grants,
    partners,
    referrals,
    shelter,
)
from ajo_cases.services.demo.demo import fill_demo
from ajo_cases.services.people import people
from ajo_cases.services.statistics import statistics as stats
from ajo_cases.storage.models import AuditEntry
from tests.support import ADMIN, ADMIN_PASSWORD

PW = "a long enough passphrase"
YEAR = StatsFilter(date(2025, 1, 1), date(2025, 12, 31))
TODAY = date(2026, 3, 1)


def _person(vault, sex, category, birth, name):
    form = PersonForm(sex=sex, category=category, given_name=name, birth_date=birth,
                      district="khujand")  # fmt: skip
    return people.register(vault, form, allow_duplicate=True)[0].id


def _case(vault, person, opened, project=None, **kw):
    return cases.open_case(vault, person, CaseForm(opened_on=opened, project_id=project, **kw))[0]


@pytest.fixture
def filled(vault_dir):
    """Two people counted (a girl with two cases, a man), one who withdrew consent."""
    v = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        return _fill(v)
    finally:
        v.close()


@pytest.fixture
def admin(vault_dir, filled):
    vault = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    yield vault
    vault.close()


def _fill(v):
    project = partners.add_project(v, ProjectForm("IOM-CT", "Counter-trafficking"))[0].id
    girl = _person(v, "female", "victim_of_trafficking", date(2009, 3, 1), "Zarina")
    first = _case(v, girl, date(2025, 2, 1), project, exploitation_types=("sexual_exploitation",),
                  country_exploitation="RU")  # fmt: skip
    second = _case(v, girl, date(2025, 9, 1), project, exploitation_types=("forced_labour",))
    man = _person(v, "male", "returnee_migrant", date(1985, 6, 1), "Rustam")
    his = _case(v, man, date(2025, 3, 1))
    gone = _case(v, _person(v, "female", "returnee_migrant", date(1990, 1, 1), "Nigora"),
                 date(2025, 4, 1))  # fmt: skip
    consents.record_consent(v, gone.id, ConsentForm("statistics", False, date(2025, 4, 2)))
    assistance.add_assistance(v, gone.id, Help("legal", date(2025, 4, 3)))
    for case_id, kind, on in ((first.id, "legal", date(2025, 2, 5)),
                              (first.id, "psychological", date(2025, 2, 6)),
                              (second.id, "legal", date(2025, 9, 5)),
                              (his.id, "medical", date(2025, 3, 5))):  # fmt: skip
        assistance.add_assistance(v, case_id, Help(kind, on))
    partner = partners.add_partner(v, PartnerForm("Legal aid centre", "legal_aid"))[0].id
    consents.record_consent(v, first.id, ConsentForm("sharing", True, date(2025, 2, 1), (partner,)))
    ref = referrals.create_draft(v, first.id, ReferralForm(partner, "legal"))[0].id
    referrals.send(v, ref, date(2025, 2, 10))
    referrals.accept(v, ref, date(2025, 2, 12))
    bed = shelter.add_bed(v, "B1")[0].id
    stay = shelter.admit(v, first.id, bed, date(2025, 2, 1))[0].id
    shelter.discharge(v, stay, date(2025, 2, 11), "returned_home")
    plan = GrantForm("tailoring", "Sewing", (BudgetLine("machine", 1, 400_000),))
    grant = grants.create_grant(v, his.id, plan, date(2025, 3, 10))[0].id
    grants.submit(v, grant, date(2025, 3, 11))
    grants.approve(v, grant, 400_000, date(2025, 3, 20))
    grants.add_purchase(v, grant, PurchaseForm("machine", 1, 390_000, date(2025, 3, 25)))
    grants.hand_over(v, grant, date(2025, 4, 1), "Khujand")
    activities.add_activity(v, ActivityForm("information_meeting", date(2025, 3, 1), "khujand",
                                            women=3, men=2))  # fmt: skip
    users.add_user(v, "boss", "manager", PW)
    return {"first": first.code, "second": second.code, "his": his.code, "gone": gone.code}


def _exact(vault):
    return stats.compute(vault, YEAR, suppress=False, today=TODAY)


def test_figures_from_the_vault(admin):
    report = _exact(admin)
    by_category = report.table("persons_by_category")
    r, c = by_category.index("victim_of_trafficking", "female.0-17")
    assert by_category.exact(r, c) == 1  # the girl, once, 15 at her first case
    assert by_category.exact(*by_category.index("returnee_migrant", "male.18+")) == 1
    assert by_category.grand_total == 2
    assert (report.excluded_cases, report.excluded_persons) == (1, 1)
    helped = report.table("assistance_persons")
    assert helped.exact(*helped.index("legal", TOTAL)) == 1
    assert helped.exact(*helped.index("medical", "male.18+")) == 1
    assert helped.grand_total == 2
    services = report.table("assistance_services")
    assert services.exact(*services.index("legal", "services")) == 2
    refs = report.table("referrals")
    assert refs.exact(*refs.index("legal_aid", "accepted")) == 1 and refs.grand_total == 1
    stay = report.table("shelter")
    assert stay.exact(*stay.index("female", "bed_nights")) == 10
    assert stay.exact(*stay.index("female", "admissions")) == 1
    grant = report.table("grants_by_sector")
    assert grant.exact(*grant.index("tailoring", "approved_amount")) == 400_000
    assert grant.exact(*grant.index("tailoring", "handed_over_amount")) == 390_000
    assert report.table("activities").column_totals[-1] == 5
    exploitation = report.table("persons_by_exploitation")
    assert exploitation.exact(*exploitation.index("forced_labour", "female")) == 1


def test_manager_without_pii_key_gets_the_same_figures(vault_dir, filled):
    admin = open_vault(vault_dir, ADMIN, ADMIN_PASSWORD)
    try:
        expected = _exact(admin)
    finally:
        admin.close()
    manager = open_vault(vault_dir, "boss", PW)
    try:
        assert not manager.may_read_personal and not manager.cipher.can_read_personal
        assert _exact(manager).tables == expected.tables
        donor = stats.compute(manager, YEAR, today=TODAY)
        assert donor.suppressed and donor.threshold == 5
        assert donor.table("persons_by_category").value(5, 9) is None  # 2 persons: hidden
        codes = stats.drill_down(manager, "persons_by_category", "victim_of_trafficking",
                                 "female.0-17", YEAR, today=TODAY)  # fmt: skip
        assert codes == sorted([filled["first"], filled["second"]])
    finally:
        manager.close()


def test_exact_view_and_drill_down_are_audited(admin):
    stats.compute(admin, YEAR, today=TODAY)
    _exact(admin)
    stats.drill_down(admin, "assistance_persons", "legal", TOTAL, YEAR, today=TODAY)
    with admin.read_session() as session:
        events = [e.event for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
        detail = session.scalar(select(AuditEntry.detail).where(AuditEntry.event == "stats_exact"))
    assert events.count("stats_exact") == 1 and events[-1] == "stats_drill_down"
    assert "from=2025-01-01" in detail and "Zarina" not in detail


def test_filters_and_refusals(admin):
    admin_vault = admin
    by_project = stats.compute(admin_vault, StatsFilter(project="IOM-CT"), suppress=False,
                               today=TODAY)  # fmt: skip
    assert by_project.table("persons_by_category").grand_total == 1
    with pytest.raises(InvalidInput):
        stats.compute(admin_vault, StatsFilter(project="NOPE"), today=TODAY)
    with pytest.raises(InvalidInput):
        stats.compute(admin_vault, StatsFilter(date(2025, 2, 1), date(2025, 1, 1)))
    with pytest.raises(InvalidInput):
        stats.compute(admin_vault, StatsFilter(category="alien"))
    with pytest.raises(InvalidInput):
        stats.compute(admin_vault, YEAR, threshold=1)
    with pytest.raises(InvalidInput):
        stats.drill_down(admin_vault, "persons_by_category", "x", "nope", YEAR)


def test_case_worker_may_not(vault_dir):
    with open_vault(vault_dir, ADMIN, ADMIN_PASSWORD) as admin:
        users.add_user(admin, "worker", "case_worker", PW)
    worker = open_vault(vault_dir, "worker", PW)
    try:
        with pytest.raises(PermissionDenied):
            stats.compute(worker, YEAR)
    finally:
        worker.close()


def test_demo_vault_totals_agree_with_plain_counts(admin_vault):
    fill_demo(admin_vault, cases=300, seed=3, today=TODAY)
    report = stats.compute(admin_vault, StatsFilter(), suppress=False, today=TODAY)
    facts = stats.gather_facts(admin_vault, StatsFilter(), today=TODAY)
    counted = {c.person for c in facts.cases if c.counted and c.opened_on <= TODAY}
    assert report.table("persons_by_category").grand_total == len(counted)
    assert report.excluded_cases == sum(not c.counted for c in facts.cases)
    services = report.table("assistance_services").column_totals[0]
    assert services == sum(1 for a in facts.assistance if a.given_on <= TODAY) - sum(
        1 for a in facts.assistance if not next(c for c in facts.cases if c.code == a.case).counted
    )
