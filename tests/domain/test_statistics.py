"""The statistics engine against tables worked out by hand from a small set of records.

Period 2025. People (codes are case codes):
- P1 girl (16 at her first case), victim, Khujand: two cases in 2025 (C1 sexual exploitation
  in RU, C2 at 17 forced labour in KZ): one person, age from the earliest case.
- P2 boy (15), victim, Isfara: C3 opened 2024, still open (a continuing person).
- P3 woman (30), returnee, Isfara: C4 opened and closed in 2025 (project GIZ).
- P4 man (40), returnee: C5 closed 2024, so not assisted in 2025, but a medical service on
  C5 dated 2025 counts in the assistance tables (services are placed by their own date).
- P5 woman, age unknown, vulnerable migrant, no district: C6 opened on the last day.
- P6 man (25), victim: C7 in 2025, consent to be counted withdrawn: left out, stated.
- P7 woman: C8 opened 2026 (after the period).
- P8 man (50), returnee, B. Gafurov: C9 in 2025 (project GIZ).
"""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ajo_cases.domain import statistics as engine
from ajo_cases.domain.ages import AgeBands
from ajo_cases.domain.stats_model import (
    TOTAL,
    ActivityFact,
    AssistanceFact,
    CaseFact,
    GrantFact,
    ReferralFact,
    StatsFacts,
    StatsFilter,
    StayFact,
    Table,
)

C1, C2, C3, C4 = "SH-2025-0001", "SH-2025-0009", "SH-2024-0100", "SH-2025-0002"
C5, C6, C7, C8, C9 = "SH-2023-0005", "SH-2025-0020", "SH-2025-0003", "SH-2026-0001", "SH-2025-0010"
D = date
VICTIM, RETURNEE, VULNERABLE = "victim_of_trafficking", "returnee_migrant", "vulnerable_migrant"
YEAR = StatsFilter(D(2025, 1, 1), D(2025, 12, 31))
TODAY = D(2026, 3, 1)

CASES = [
    CaseFact(C1, "p1", "female", VICTIM, "khujand", 16, D(2025, 2, 1), None, "IOM-CT",
             ("sexual_exploitation",), "RU"),
    CaseFact(C2, "p1", "female", VICTIM, "khujand", 17, D(2025, 9, 1), None, "IOM-CT",
             ("forced_labour",), "KZ"),
    CaseFact(C3, "p2", "male", VICTIM, "isfara", 15, D(2024, 11, 1), None, "IOM-CT",
             ("forced_labour",), "RU"),
    CaseFact(C4, "p3", "female", RETURNEE, "isfara", 30, D(2025, 3, 10), D(2025, 6, 1), "GIZ"),
    CaseFact(C5, "p4", "male", RETURNEE, "khujand", 40, D(2023, 5, 1), D(2024, 12, 31), "GIZ"),
    CaseFact(C6, "p5", "female", VULNERABLE, None, None, D(2025, 12, 31)),
    CaseFact(C7, "p6", "male", VICTIM, "khujand", 25, D(2025, 4, 1), counted=False),
    CaseFact(C8, "p7", "female", RETURNEE, "khujand", 20, D(2026, 1, 5)),
    CaseFact(C9, "p8", "male", RETURNEE, "b_gafurov", 50, D(2025, 7, 1), None, "GIZ"),
]  # fmt: skip
ASSISTANCE = [
    AssistanceFact(C1, "legal", D(2025, 2, 5), "IOM-CT", 10_000),
    AssistanceFact(C1, "psychological", D(2025, 2, 6)),
    AssistanceFact(C2, "legal", D(2025, 9, 5)),
    AssistanceFact(C3, "medical", D(2025, 1, 10), cost_minor=50_000),
    AssistanceFact(C3, "legal", D(2024, 12, 20)),  # before the period
    AssistanceFact(C4, "financial_literacy", D(2025, 4, 1), "GIZ"),
    AssistanceFact(C7, "legal", D(2025, 4, 2)),  # withdrawn
    AssistanceFact(C5, "medical", D(2025, 1, 15)),  # case closed before, service in period
]
REFERRALS = [
    ReferralFact(C1, "legal_aid", "accepted", D(2025, 2, 10)),
    ReferralFact(C1, "hospital", "completed", D(2025, 3, 1)),
    ReferralFact(C3, "legal_aid", "declined", D(2025, 5, 5)),
    ReferralFact(C4, "employment_centre", "draft", None),
    ReferralFact(C9, "legal_aid", "sent", D(2024, 12, 30)),
    ReferralFact(C7, "police", "sent", D(2025, 4, 3)),
]
GRANTS = [
    GrantFact(C4, "tailoring", "monitoring", "GIZ", 500_000, D(2025, 4, 10), D(2025, 5, 1),
              480_000, ((D(2025, 8, 1), True), (D(2025, 11, 1), False))),
    GrantFact(C9, "livestock", "handed_over", "GIZ", 700_000, D(2024, 12, 15), D(2025, 1, 20),
              690_000),
    GrantFact(C9, "small_shop", "rejected", "GIZ", None, D(2025, 3, 1)),
    GrantFact(C3, "small_shop", "monitoring", None, 300_000, D(2024, 6, 1), D(2024, 7, 1),
              300_000, ((D(2025, 1, 10), True), (D(2026, 2, 1), False))),
]  # fmt: skip
STAYS = [
    StayFact(C1, D(2025, 2, 1), D(2025, 2, 11)),  # 10 nights
    StayFact(C3, D(2024, 12, 25), D(2025, 1, 5)),  # 4 nights in 2025, admitted before
    StayFact(C6, D(2025, 12, 30)),  # still there: 2 nights in 2025
    StayFact(C7, D(2025, 4, 1), D(2025, 4, 20)),  # withdrawn
]
ACTIVITIES = [
    ActivityFact("information_meeting", D(2025, 3, 1), "khujand", "IOM-CT", 10, 5, 2, 1),
    ActivityFact("training", D(2025, 6, 1), "isfara", "GIZ", women=8),
    ActivityFact("information_meeting", D(2024, 12, 1), "khujand", None, 50, 50),
]
FACTS = StatsFacts(CASES, ASSISTANCE, REFERRALS, GRANTS, STAYS, ACTIVITIES)


def shown(table: Table) -> dict[tuple[str, str], int]:
    """Non-zero entries by (row code, column code), totals as TOTAL."""
    rows = (*table.rows, TOTAL)
    columns = (*(c.code for c in table.columns), TOTAL)
    out = {}
    for r, row in enumerate(rows):
        for c, column in enumerate(columns):
            value = table.exact(r, c)
            if value:
                out[(row, column)] = value
    return out


@pytest.fixture(scope="module")
def report():
    return engine.compute(FACTS, YEAR, today=TODAY)


def test_persons_by_category_sex_and_child(report):
    assert shown(report.table("persons_by_category")) == {
        (VICTIM, "female.0-17"): 1, (VICTIM, "male.0-17"): 1, (VICTIM, TOTAL): 2,
        (VULNERABLE, "female.unknown"): 1, (VULNERABLE, TOTAL): 1,
        (RETURNEE, "female.18+"): 1, (RETURNEE, "male.18+"): 1, (RETURNEE, TOTAL): 2,
        (TOTAL, "female.0-17"): 1, (TOTAL, "female.18+"): 1, (TOTAL, "female.unknown"): 1,
        (TOTAL, "male.0-17"): 1, (TOTAL, "male.18+"): 1, (TOTAL, TOTAL): 5,
    }  # fmt: skip
    assert report.excluded_cases == 1 and report.excluded_persons == 1


def test_age_bands_new_and_district(report):
    assert shown(report.table("persons_by_age_band")) == {
        ("0-17", "female"): 1, ("0-17", "male"): 1, ("0-17", TOTAL): 2,
        ("25-34", "female"): 1, ("25-34", TOTAL): 1, ("50+", "male"): 1, ("50+", TOTAL): 1,
        ("unknown", "female"): 1, ("unknown", TOTAL): 1,
        (TOTAL, "female"): 3, (TOTAL, "male"): 2, (TOTAL, TOTAL): 5,
    }  # fmt: skip
    assert shown(report.table("persons_new_continuing")) == {
        ("new", "female"): 3, ("new", "male"): 1, ("new", TOTAL): 4,
        ("continuing", "male"): 1, ("continuing", TOTAL): 1,
        (TOTAL, "female"): 3, (TOTAL, "male"): 2, (TOTAL, TOTAL): 5,
    }  # fmt: skip
    assert shown(report.table("persons_by_district")) == {
        ("khujand", "female"): 1, ("khujand", TOTAL): 1,
        ("isfara", "female"): 1, ("isfara", "male"): 1, ("isfara", TOTAL): 2,
        ("b_gafurov", "male"): 1, ("b_gafurov", TOTAL): 1,
        ("unknown", "female"): 1, ("unknown", TOTAL): 1,
        (TOTAL, "female"): 3, (TOTAL, "male"): 2, (TOTAL, TOTAL): 5,
    }  # fmt: skip


def test_exploitation_and_country_count_a_person_once_per_row(report):
    exploitation = report.table("persons_by_exploitation")
    assert exploitation.overlapping
    assert shown(exploitation) == {
        ("sexual_exploitation", "female"): 1, ("sexual_exploitation", TOTAL): 1,
        ("forced_labour", "female"): 1, ("forced_labour", "male"): 1,
        ("forced_labour", TOTAL): 2,
        (TOTAL, "female"): 1, (TOTAL, "male"): 1, (TOTAL, TOTAL): 2,  # distinct persons
    }  # fmt: skip
    country = report.table("persons_by_country")
    assert country.rows == ("KZ", "RU")
    assert shown(country) == {
        ("KZ", "female"): 1, ("KZ", TOTAL): 1,
        ("RU", "female"): 1, ("RU", "male"): 1, ("RU", TOTAL): 2,
        (TOTAL, "female"): 1, (TOTAL, "male"): 1, (TOTAL, TOTAL): 2,
    }  # fmt: skip


def test_assistance_persons_and_services(report):
    assert shown(report.table("assistance_persons")) == {
        ("legal", "female.0-17"): 1, ("legal", TOTAL): 1,
        ("psychological", "female.0-17"): 1, ("psychological", TOTAL): 1,
        ("medical", "male.0-17"): 1, ("medical", "male.18+"): 1, ("medical", TOTAL): 2,
        ("financial_literacy", "female.18+"): 1, ("financial_literacy", TOTAL): 1,
        (TOTAL, "female.0-17"): 1, (TOTAL, "female.18+"): 1, (TOTAL, "male.0-17"): 1,
        (TOTAL, "male.18+"): 1, (TOTAL, TOTAL): 4,
    }  # fmt: skip
    services = report.table("assistance_services")
    assert services.row_totals is None and services.grand_total is None
    assert shown(services) == {
        ("legal", "services"): 2, ("legal", "cost"): 10_000,
        ("psychological", "services"): 1,
        ("medical", "services"): 2, ("medical", "cost"): 50_000,
        ("financial_literacy", "services"): 1,
        (TOTAL, "services"): 6, (TOTAL, "cost"): 60_000,
    }  # fmt: skip


def test_referrals_by_partner_type_and_outcome(report):
    assert shown(report.table("referrals")) == {
        ("legal_aid", "accepted"): 1, ("legal_aid", "declined"): 1, ("legal_aid", TOTAL): 2,
        ("hospital", "completed"): 1, ("hospital", TOTAL): 1,
        (TOTAL, "accepted"): 1, (TOTAL, "declined"): 1, (TOTAL, "completed"): 1, (TOTAL, TOTAL): 3,
    }  # fmt: skip


def test_grants_by_sector(report):
    assert shown(report.table("grants_by_sector")) == {
        ("tailoring", "approved"): 1, ("tailoring", "approved_amount"): 500_000,
        ("tailoring", "handed_over"): 1, ("tailoring", "handed_over_amount"): 480_000,
        ("tailoring", "monitored"): 1,
        ("livestock", "handed_over"): 1, ("livestock", "handed_over_amount"): 690_000,
        ("small_shop", "monitored"): 1, ("small_shop", "running"): 1,
        (TOTAL, "approved"): 1, (TOTAL, "approved_amount"): 500_000,
        (TOTAL, "handed_over"): 2, (TOTAL, "handed_over_amount"): 1_170_000,
        (TOTAL, "monitored"): 2, (TOTAL, "running"): 1,
    }  # fmt: skip


def test_shelter_admissions_and_bed_nights(report):
    assert shown(report.table("shelter")) == {
        ("female", "admissions"): 2, ("female", "persons"): 2, ("female", "bed_nights"): 12,
        ("male", "persons"): 1, ("male", "bed_nights"): 4,
        (TOTAL, "admissions"): 2, (TOTAL, "persons"): 3, (TOTAL, "bed_nights"): 16,
    }  # fmt: skip


def test_activities_participants_by_sex_and_children(report):
    table = report.table("activities")
    assert not table.protect
    assert shown(table) == {
        ("information_meeting", "activities"): 1, ("information_meeting", "women"): 10,
        ("information_meeting", "men"): 5, ("information_meeting", "girls"): 2,
        ("information_meeting", "boys"): 1, ("information_meeting", "participants"): 18,
        ("training", "activities"): 1, ("training", "women"): 8, ("training", "participants"): 8,
        (TOTAL, "activities"): 2, (TOTAL, "women"): 18, (TOTAL, "men"): 5, (TOTAL, "girls"): 2,
        (TOTAL, "boys"): 1, (TOTAL, "participants"): 26,
    }  # fmt: skip


def test_project_filter_uses_the_records_own_project():
    report = engine.compute(FACTS, StatsFilter(D(2025, 1, 1), D(2025, 12, 31), project="GIZ"),
                            today=TODAY)  # fmt: skip
    assert report.table("persons_by_category").grand_total == 2  # P3 and P8
    # A8 has no project of its own: it follows its case C5 (GIZ)
    assert shown(report.table("assistance_persons")) == {
        ("financial_literacy", "female.18+"): 1, ("financial_literacy", TOTAL): 1,
        ("medical", "male.18+"): 1, ("medical", TOTAL): 1,
        (TOTAL, "female.18+"): 1, (TOTAL, "male.18+"): 1, (TOTAL, TOTAL): 2,
    }  # fmt: skip
    # G4 has no project of its own: it follows its case (IOM-CT), so it is left out
    assert shown(report.table("grants_by_sector"))[(TOTAL, "monitored")] == 1
    assert report.table("activities").column_totals[0] == 1


def test_district_category_filters_and_custom_bands():
    flt = StatsFilter(D(2025, 1, 1), D(2025, 12, 31), district="isfara",
                      age_bands=AgeBands.parse("0-14,15-29,30+"))  # fmt: skip
    report = engine.compute(FACTS, flt, today=TODAY)
    assert shown(report.table("persons_by_age_band")) == {
        ("15-29", "male"): 1, ("15-29", TOTAL): 1, ("30+", "female"): 1, ("30+", TOTAL): 1,
        (TOTAL, "female"): 1, (TOTAL, "male"): 1, (TOTAL, TOTAL): 2,
    }  # fmt: skip
    victims = engine.compute(FACTS, StatsFilter(D(2025, 1, 1), D(2025, 12, 31), category=VICTIM),
                             today=TODAY)  # fmt: skip
    assert victims.table("persons_by_category").grand_total == 2
    assert victims.excluded_cases == 1


def test_open_period_counts_everything_until_today():
    report = engine.compute(FACTS, StatsFilter(), today=TODAY)
    # every counted person: P1..P5, P7, P8 (P6 withdrew)
    assert report.table("persons_by_category").grand_total == 7
    assert report.period_start is None and report.period_end == TODAY
    assert shown(report.table("persons_new_continuing"))[("new", TOTAL)] == 7


def test_drill_down_gives_case_codes_behind_a_number():
    def cases(table, row, column):
        return engine.contributing_cases(FACTS, YEAR, table, row, column, today=TODAY)

    assert cases("persons_by_category", VICTIM, "female.0-17") == [C1, C2]
    assert cases("persons_by_category", TOTAL, TOTAL) == sorted([C1, C2, C3, C4, C6, C9])
    assert cases("assistance_persons", "legal", TOTAL) == [C1, C2]
    assert cases("assistance_persons", "medical", "male.18+") == [C5]
    assert cases("persons_by_exploitation", "forced_labour", "female") == [C2]
    assert cases("referrals", "legal_aid", TOTAL) == [C3, C1]
    assert cases("activities", TOTAL, TOTAL) == []
    assert C7 not in cases("shelter", TOTAL, TOTAL)
    with pytest.raises(KeyError):
        cases("nonsense", TOTAL, TOTAL)
    with pytest.raises(KeyError):
        cases("referrals", TOTAL, "nonsense")


def test_every_table_is_consistent(report):
    for table in report.tables:
        n_rows, n_cols = table.shape
        assert len(table.cells) == n_rows and all(len(row) == n_cols for row in table.cells)
        for c in range(n_cols):
            column_sum = sum(row[c] for row in table.cells)
            if table.overlapping and table.measure(c).value == "persons":
                assert table.column_totals[c] <= column_sum
            else:
                assert table.column_totals[c] == column_sum
        if table.row_totals is not None:
            assert list(table.row_totals) == [sum(row) for row in table.cells]
            assert table.grand_total == sum(table.column_totals) or table.overlapping


_DAYS = st.dates(date(2023, 6, 1), date(2026, 2, 1))


@st.composite
def _facts(draw):
    """Random cases (several per person, ages missing or beyond the lookup tables, consent
    withdrawn) and services."""
    persons = [f"p{n}" for n in range(draw(st.integers(1, 12)))]
    profile = {p: (draw(st.sampled_from(["female", "male", "other_unknown"])),
                   draw(st.sampled_from(["victim_of_trafficking", "returnee_migrant"])),
                   draw(st.sampled_from(["khujand", "isfara", None])),
                   draw(st.booleans()) or not draw(st.booleans()))
               for p in persons}  # fmt: skip
    cases = []
    for n in range(draw(st.integers(0, 25))):
        person = draw(st.sampled_from(persons))
        sex, category, district, counted = profile[person]
        opened = draw(_DAYS)
        closed = draw(st.none() | st.dates(opened, date(2026, 2, 1)))
        cases.append(CaseFact(
            f"SH-{n:04d}", person, sex, category, district,
            draw(st.none() | st.integers(0, 90) | st.just(160)), opened, closed,
            draw(st.sampled_from([None, "P1", "P2"])),
            tuple(draw(st.sets(st.sampled_from(["forced_labour", "sexual_exploitation"])))),
            draw(st.sampled_from([None, "RU", "KZ"])),
            counted and draw(st.integers(0, 9)) > 0,  # withdrawn on one case only: all out
        ))  # fmt: skip
    helped = [
        AssistanceFact(draw(st.sampled_from(cases)).code,
                       draw(st.sampled_from(["legal", "medical", "shelter"])), draw(_DAYS),
                       draw(st.sampled_from([None, "P1"])), draw(st.integers(0, 500)))
        for _ in range(draw(st.integers(0, 20) if cases else st.just(0)))
    ]  # fmt: skip
    return StatsFacts(cases=cases, assistance=helped)


@settings(max_examples=150, deadline=None)
@given(
    _facts(),
    st.sampled_from(
        [
            YEAR,
            StatsFilter(),
            StatsFilter(project="P1"),
            StatsFilter(
                date(2024, 3, 1),
                date(2025, 2, 28),
                district="khujand",
                age_bands=AgeBands.parse("0-13,14-40,41+"),
            ),
        ]
    ),
)
def test_compute_equals_the_tables_built_from_drill_down_contributions(facts, flt):
    """compute() counts the persons tables from profiles; drill-down lists contributions.
    Both must describe the same numbers, table by table."""
    report = engine.compute(facts, flt, today=TODAY)
    for spec in engine.SPECS:
        found = engine.contributions(facts, flt, spec.name, today=TODAY)
        assert engine.build_table(spec, flt, found) == report.table(spec.name), spec.name


@st.composite
def _facts_with_referrals(draw):
    """_facts plus referrals: drafts never sent, statuses that are no outcome, cases of
    persons who withdrew consent and cases outside the period."""
    facts = draw(_facts())
    statuses = st.sampled_from(["draft", "sent", "accepted", "declined", "completed", "withdrawn"])
    referrals = [
        ReferralFact(draw(st.sampled_from(facts.cases)).code,
                     draw(st.sampled_from(["legal_aid", "police"])), draw(statuses),
                     draw(st.none() | _DAYS))
        for _ in range(draw(st.integers(0, 20) if facts.cases else st.just(0)))
    ]  # fmt: skip
    return StatsFacts(cases=facts.cases, assistance=facts.assistance, referrals=referrals,
                      grants=draw(_grants(facts.cases)))  # fmt: skip


_GRANT_STATUSES = ["plan", "submitted", "approved", "rejected", "handed_over", "monitoring"]


@st.composite
def _grants(draw, cases):
    """Grants in every state: not decided, rejected, handed over before or in the period or
    not at all, visits after the period's end, two visits on one day, own projects."""
    visit = st.tuples(_DAYS, st.booleans())
    return [
        GrantFact(draw(st.sampled_from(cases)).code,
                  draw(st.sampled_from(["tailoring", "livestock"])),
                  draw(st.sampled_from(_GRANT_STATUSES)), draw(st.sampled_from([None, "P2"])),
                  draw(st.none() | st.integers(0, 900)), draw(st.none() | _DAYS),
                  draw(st.none() | _DAYS), draw(st.integers(0, 900)),
                  tuple(draw(st.lists(visit, max_size=3))))
        for _ in range(draw(st.integers(0, 12) if cases else st.just(0)))
    ]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    _facts_with_referrals(),
    st.sampled_from(
        [
            YEAR,
            StatsFilter(date_to=date(2025, 6, 30)),
            StatsFilter(date(2024, 1, 1), date(2025, 12, 31), project="P2"),
            StatsFilter(category="returnee_migrant", district="isfara"),
        ]
    ),
)
def test_the_tallied_tables_equal_the_tables_built_from_contributions(facts, flt):
    """compute() tallies persons, services, referrals and grants without contributions (an
    open start, a project, a category): every table equals build_table over the
    contributions."""
    report = engine.compute(facts, flt, today=TODAY)
    for spec in engine.SPECS:
        found = engine.contributions(facts, flt, spec.name, today=TODAY)
        assert engine.build_table(spec, flt, found) == report.table(spec.name), spec.name
