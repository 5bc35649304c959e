"""The facts the statistics read with plain SQL equal the same facts read through the ORM, for
every kind of filter, and are reused only while the vault's data stays the same."""

import shutil
from collections import Counter, defaultdict
from datetime import date

import pytest
from sqlalchemy import select

from ajo_cases.domain.consent import Consent as ConsentRule
from ajo_cases.domain.consent import counted_in_statistics
from ajo_cases.domain.records_casework import ActivityForm
from ajo_cases.domain.stats_model import (
    TOTAL,
    ActivityFact,
    AssistanceFact,
    CaseFact,
    GrantFact,
    ReferralFact,
    StatsFilter,
    StayFact,
)
from ajo_cases.domain.vocab import ConsentKind
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import activities
from ajo_cases.services.demo.demo import fill_demo
from ajo_cases.services.statistics import statistics as stats
from ajo_cases.services.statistics.stats_export import write_report
from ajo_cases.services.statistics.stats_pdf import donor_report_pdf
from ajo_cases.storage.models import (
    Activity,
    Assistance,
    Beneficiary,
    Case,
    Consent,
    Grant,
    GrantPurchase,
    MonitoringVisit,
    PartnerOrg,
    Project,
    Referral,
    ShelterStay,
)
from tests.support import ADMIN, ADMIN_PASSWORD

TODAY = date(2026, 3, 1)
FILTERS = (
    StatsFilter(date(2025, 1, 1), date(2025, 12, 31)),
    StatsFilter(date_to=date(2025, 6, 30)),  # open start
    StatsFilter(date(2025, 7, 1)),  # ends today
    StatsFilter(),
    StatsFilter(date(2024, 1, 1), date(2025, 12, 31), district="khujand"),
    StatsFilter(date(2025, 1, 1), date(2025, 12, 31), category="returnee_migrant"),
)


def _reference(vault, flt):
    """The facts by the definitions, from ORM objects (slow and plain)."""
    start, end = flt.date_from, flt.date_to or TODAY

    def within(day):
        return day is not None and (start is None or day >= start) and day <= end

    def overlaps(first, last):
        return first <= end and (start is None or last is None or last >= start)

    with vault.read_session() as s:
        projects = {p.id: p.code for p in s.scalars(select(Project))}
        people = {b.id: b for b in s.scalars(select(Beneficiary))}
        every_case = {c.id: c for c in s.scalars(select(Case))}
        kinds = {p.id: p.kind for p in s.scalars(select(PartnerOrg))}
        records = defaultdict(list)
        consents = select(Consent).where(Consent.kind == "statistics")
        for k in s.scalars(consents.order_by(Consent.recorded_on, Consent.created_at, Consent.id)):
            records[k.case_id].append(ConsentRule(ConsentKind.STATISTICS, k.given, k.recorded_on))
        withdrawn = {every_case[c].beneficiary_id for c, found in records.items()
                     if not counted_in_statistics(found)}  # fmt: skip
        helped = [a for a in s.scalars(select(Assistance)) if within(a.given_on)]
        sent = [r for r in s.scalars(select(Referral)) if within(r.sent_on)]
        visits = defaultdict(list)  # only visits in the period can decide "monitored"
        for v in s.scalars(select(MonitoringVisit)):
            if within(v.visited_on):
                visits[v.grant_id].append((v.visited_on, v.business_running))
        grants = [g for g in s.scalars(select(Grant))
                  if within(g.decided_on) or within(g.handed_over_on)
                  or g.id in visits]  # fmt: skip
        stays = [x for x in s.scalars(select(ShelterStay))
                 if overlaps(x.admitted_on, x.discharged_on)]  # fmt: skip
        spent = Counter()
        for p in s.scalars(select(GrantPurchase)):
            spent[p.grant_id] += p.quantity * p.unit_cost_minor
        held = [a for a in s.scalars(select(Activity)) if within(a.held_on)]

    def passes(case):
        person = people[case.beneficiary_id]
        return (flt.district is None or person.district == flt.district) and (
            flt.category is None or person.category == flt.category
        )

    referenced = {r.case_id for r in (*helped, *sent, *grants, *stays)}
    chosen = [
        c
        for c in every_case.values()
        if (overlaps(c.opened_on, c.closed_on) or c.id in referenced) and passes(c)
    ]
    code = {c.id: c.code for c in chosen}
    cases = [
        CaseFact(c.code, c.beneficiary_id, people[c.beneficiary_id].sex,
                 people[c.beneficiary_id].category, people[c.beneficiary_id].district,
                 c.age_at_intake, c.opened_on, c.closed_on, projects.get(c.project_id),
                 tuple(c.exploitation_types.split(",")) if c.exploitation_types else (),
                 c.country_exploitation,
                 c.beneficiary_id not in withdrawn)
        for c in chosen
    ]  # fmt: skip
    return {
        "cases": cases,
        "assistance": [AssistanceFact(code[a.case_id], a.type, a.given_on,
                                      projects.get(a.project_id), a.cost_minor)
                       for a in helped if a.case_id in code],
        "referrals": [ReferralFact(code[r.case_id], kinds[r.partner_id], r.status, r.sent_on)
                      for r in sent if r.case_id in code],
        "grants": [GrantFact(code[g.case_id], g.sector, g.status, projects.get(g.project_id),
                             g.approved_minor, g.decided_on, g.handed_over_on,
                             spent[g.id] if within(g.handed_over_on) else 0,
                             tuple(sorted(visits[g.id])))
                   for g in grants if g.case_id in code],
        "stays": [StayFact(code[x.case_id], x.admitted_on, x.discharged_on)
                  for x in stays if x.case_id in code],
        "activities": [ActivityFact(a.kind, a.held_on, a.district, projects.get(a.project_id),
                                    a.women, a.men, a.girls, a.boys) for a in held],
    }  # fmt: skip


def _as_read(facts):
    grants = [g._replace(visits=tuple(sorted(g.visits))) for g in facts.grants]
    return {"cases": facts.cases, "assistance": facts.assistance, "referrals": facts.referrals,
            "grants": grants, "stays": facts.stays, "activities": facts.activities}  # fmt: skip


@pytest.fixture(scope="module")
def demo(template_vault, tmp_path_factory):
    """One demo vault for the module (filling it is the slow part)."""
    folder = tmp_path_factory.mktemp("demo") / "vault"
    shutil.copytree(template_vault[0], folder)
    vault = open_vault(folder, ADMIN, ADMIN_PASSWORD)
    fill_demo(vault, cases=400, seed=11, today=TODAY)
    yield vault
    vault.close()


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: stats.describe(f) or "everything")
def test_sql_facts_equal_the_orm_reading(demo, flt):
    demo.caches.clear()
    read = _as_read(stats.gather_facts(demo, flt, today=TODAY))
    expected = _reference(demo, flt)
    for kind, facts in expected.items():
        assert Counter(read[kind]) == Counter(facts), kind
    assert read["cases"] and read["assistance"]
    if flt == FILTERS[0]:
        assert any(not case.counted for case in read["cases"])  # withdrawals are exercised
        assert any(g.visits for g in read["grants"]) and read["referrals"]


def test_facts_are_reused_until_the_data_changes(demo):
    year = FILTERS[0]
    first = stats.gather_facts(demo, year, today=TODAY)
    assert stats.gather_facts(demo, year, today=TODAY) is first
    stats.compute(demo, year, suppress=False, today=TODAY)  # audited: changes no figure
    assert stats.gather_facts(demo, year, today=TODAY) is first
    assert stats.gather_facts(demo, FILTERS[1], today=TODAY) is not first

    before = stats.compute(demo, year, today=TODAY).table("activities").column_totals[-1]
    activities.add_activity(demo, ActivityForm("training", date(2025, 5, 5), "khujand",
                                               women=4, men=3))  # fmt: skip
    after = stats.compute(demo, year, today=TODAY).table("activities").column_totals[-1]
    assert after == before + 7


def test_period_bounds_are_inclusive(demo):
    """A period starting the day a case was closed and ending the day a service was given."""
    with demo.read_session() as s:
        start = s.scalar(select(Case.closed_on).where(Case.closed_on > date(2024, 6, 1))
                         .order_by(Case.closed_on).limit(1))  # fmt: skip
        end = s.scalar(select(Assistance.given_on).where(Assistance.given_on > date(2025, 6, 1))
                       .order_by(Assistance.given_on).limit(1))  # fmt: skip
    flt = StatsFilter(start, end)
    demo.caches.clear()
    read = _as_read(stats.gather_facts(demo, flt, today=TODAY))
    for kind, facts in _reference(demo, flt).items():
        assert Counter(read[kind]) == Counter(facts), kind
    assert any(case.closed_on == start for case in read["cases"])
    assert any(item.given_on == end for item in read["assistance"])


def test_reports_exports_and_drill_down_reuse_the_facts(demo, tmp_path):
    """What follows a dashboard view (PDF, export, drill-down) only adds audit rows."""
    year = FILTERS[0]
    report = stats.compute(demo, year, today=TODAY)
    first = stats.gather_facts(demo, year, today=TODAY)
    donor_report_pdf(demo, year, lang="en", today=TODAY)
    write_report(demo, report, "csv", tmp_path / "stats.csv")
    stats.drill_down(demo, "persons_by_category", TOTAL, TOTAL, year, today=TODAY)
    assert stats.gather_facts(demo, year, today=TODAY) is first


def test_purchases_are_summed_per_grant_in_sql(demo):
    """The value handed over is the sum of the grant's purchases, summed per grant in SQL:
    grants handed over with several purchases add them up; grants with none (no sum) read 0."""
    flt = FILTERS[3]
    with demo.read_session() as s:
        bought = Counter(s.scalars(select(GrantPurchase.grant_id)))
        grants = list(s.scalars(select(Grant)))
    assert any(bought[g.id] > 1 and g.handed_over_on is not None for g in grants)
    assert any(bought[g.id] == 0 for g in grants)
    demo.caches.clear()
    read = _as_read(stats.gather_facts(demo, flt, today=TODAY))["grants"]
    assert Counter(read) == Counter(_reference(demo, flt)["grants"])
    assert any(g.handed_over_minor > 0 for g in read)
