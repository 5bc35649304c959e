"""The fast path of compute() for the tables of records: services, referrals and grants,
tallied without the contributions drill-down needs.

At 100,000 cases a year has ~41,000 services, ~14,000 referrals and ~7,000 grants. Each
tally gives what stats_tables.tally_contributions makes of the matching source in
statistics.py (the property tests in tests/domain/test_statistics.py compare both on random
facts). Records are kept in C (scope.kept); the work per service is done once per case, and
the counting over all of them runs in C (Counter over map and zip).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from itertools import compress
from operator import attrgetter, itemgetter
from typing import cast

from ajo_cases.domain.stats_model import AssistanceFact, CaseFact, GrantFact
from ajo_cases.domain.stats_scope import SEX_AGE_COLUMNS, Scope, sex_age_column
from ajo_cases.domain.stats_tables import NOT_APPROVED, REFERRAL_OUTCOMES, Cell, Tally

_PROJECT = attrgetter("project")
_TYPE, _COST = attrgetter("type"), attrgetter("cost_minor")
_PARTNER_STATUS = attrgetter("partner_type", "status")
_CELL = itemgetter(0, 1)
_CODE, _PERSON, _SEX_AGE = itemgetter(0), itemgetter(1), itemgetter(2, 5)  # of a CaseFact


def _services(scope: Scope) -> tuple[list[AssistanceFact], list[CaseFact]]:
    """Services given in the period whose case is counted and passes the filter (the
    service's own project before its case's), with their cases."""
    start, end = scope.start or date.min, scope.end
    given = [item for item in scope.facts.assistance if start <= item.given_on <= end]
    return scope.kept(given, _PROJECT)


def _columns(scope: Scope, cases: list[CaseFact]) -> list[str]:
    """The column (sex and age group) of each case's person. A case mostly stands for its
    person (their one case in scope): its own sex and age, looked up in C."""
    columns = list(map(SEX_AGE_COLUMNS.get, map(_SEX_AGE, cases)))
    others = scope.others
    if None in columns:  # a sex or age outside the lookup table
        redo: Iterable[int] = range(len(cases))
    else:
        redo = compress(range(len(cases)), map(others.__contains__, map(_CODE, cases)))
    for index in redo:
        person = scope.person_of(cases[index])
        columns[index] = sex_age_column(person.sex, person.age)
    return cast(list[str], columns)


def assistance_tallies(scope: Scope) -> dict[str, Tally]:
    """assistance_persons (distinct persons per type and column) and assistance_services."""
    services, cases = _services(scope)
    types = list(map(_TYPE, services))
    keys = list(map(_PERSON, cases))
    columns = _columns(scope, cases)
    column_of = dict(zip(keys, columns, strict=True))  # a person's column is theirs alone
    persons = Counter(map(_CELL, set(zip(types, columns, keys, strict=True))))
    counts = Counter(types)
    costs = dict.fromkeys(counts, 0)
    priced = list(map(_COST, services))
    for kind, cost in compress(zip(types, priced, strict=True), priced):  # priced ones only
        costs[kind] += cost
    sums: Counter[Cell] = Counter({(kind, "services"): n for kind, n in counts.items()})
    sums.update({(kind, "cost"): cost for kind, cost in costs.items()})
    return {
        "assistance_persons": Tally(set(counts), persons, Counter(column_of.values()),
                                    len(column_of)),
        "assistance_services": Tally(set(counts), sums, Counter()),
    }


def referral_tally(scope: Scope) -> Tally:
    """Referrals sent in the period, by partner type and current status."""
    start, end, outcomes = scope.start or date.min, scope.end, frozenset(REFERRAL_OUTCOMES)
    sent = [
        item
        for item in scope.facts.referrals
        if item.sent_on is not None and start <= item.sent_on <= end and item.status in outcomes
    ]
    sums: Counter[Cell] = Counter(map(_PARTNER_STATUS, scope.kept(sent)[0]))
    return Tally({row for row, _ in sums}, sums, Counter())


def grant_tally(scope: Scope) -> Tally:
    """grants_by_sector: approved (decision in the period), handed over (handover in the
    period) and monitored / running (the latest visit up to the period's end in it)."""
    start, end = scope.start or date.min, scope.end
    sums: Counter[Cell] = Counter()
    found: set[str] = set()
    grants: Sequence[GrantFact] = scope.kept(scope.facts.grants, _PROJECT)[0]
    for grant in grants:
        row, decided, handed = grant.sector, grant.decided_on, grant.handed_over_on
        if decided is not None and start <= decided <= end and grant.status not in NOT_APPROVED:
            found.add(row)
            sums[(row, "approved")] += 1
            sums[(row, "approved_amount")] += grant.approved_minor or 0
        if handed is not None and start <= handed <= end:
            found.add(row)
            sums[(row, "handed_over")] += 1
            sums[(row, "handed_over_amount")] += grant.handed_over_minor
        visits = [visit for visit in grant.visits if visit[0] <= end]
        if visits and handed is not None and handed <= end:
            last_on, running = max(visits)
            if start <= last_on:
                found.add(row)
                sums[(row, "monitored")] += 1
                if running:
                    sums[(row, "running")] += 1
    return Tally(found, sums, Counter())
