"""The fast path of compute() for the tables of records: services, referrals and grants,
tallied without the contributions drill-down needs.

At 100,000 cases a year has ~41,000 services, ~14,000 referrals and ~7,000 grants. Each
tally gives what stats_tables.tally_contributions makes of the matching source in
statistics.py (the property tests in tests/domain/test_statistics.py compare both on random
facts). Records are kept in C (scope.kept), a person's column is worked out once per person,
and a Python loop runs only where a set per type is cheaper than a tuple per service.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date
from operator import attrgetter, itemgetter
from typing import cast

from ajo_cases.domain.stats_model import AssistanceFact, CaseFact, GrantFact
from ajo_cases.domain.stats_scope import SEX_AGE_COLUMNS, Scope, sex_age_column
from ajo_cases.domain.stats_tables import NOT_APPROVED, REFERRAL_OUTCOMES, Cell, Tally

_PROJECT = attrgetter("project")
# fields read in C: itemgetter is cheaper than attrgetter on a named tuple
_TYPE, _COST = itemgetter(1), itemgetter(4)  # AssistanceFact.type, .cost_minor
_PARTNER_STATUS = itemgetter(1, 2)  # ReferralFact.partner_type, .status
_PERSON, _SEX_AGE = itemgetter(1), itemgetter(2, 5)  # CaseFact.person, (.sex, .age)


def _services(scope: Scope) -> tuple[list[AssistanceFact], list[CaseFact]]:
    """Services given in the period whose case is counted and passes the filter (the
    service's own project before its case's), with their cases."""
    start, end = scope.start or date.min, scope.end
    given = [item for item in scope.facts.assistance if start <= item.given_on <= end]
    return scope.kept(given, _PROJECT)


def _columns(scope: Scope, cases: dict[str, CaseFact]) -> dict[str, str]:
    """Each person's column (sex and age group), from any one of their counted cases. Most
    have one case, which stands for them: its own sex and age, looked up in C."""
    columns = dict(zip(cases, map(SEX_AGE_COLUMNS.get, map(_SEX_AGE, cases.values())), strict=True))
    mixed = scope.mixed
    redo: Iterable[str] = cases if None in columns.values() else filter(mixed.__contains__, cases)
    for key in redo:  # a sex or age outside the table, or another case stands for them
        person = scope.person_of(cases[key])
        columns[key] = sex_age_column(person.sex, person.age)
    return cast(dict[str, str], columns)


def _by_type(
    types: list[str], keys: list[str], costs: list[int | None]
) -> tuple[dict[str, set[str]], dict[str, int]]:
    """The persons who received each type, and its services' cost, in one pass: a set per
    type is cheaper than a set of (type, person) pairs, which makes a tuple per service."""
    persons: dict[str, set[str]] = {}
    cost_of = dict.fromkeys(types, 0)
    for kind, key, cost in zip(types, keys, costs, strict=True):
        found = persons.get(kind)
        if found is None:
            found = persons[kind] = set()
        found.add(key)
        if cost:
            cost_of[kind] += cost
    return persons, cost_of


def assistance_tallies(scope: Scope) -> dict[str, Tally]:
    """assistance_persons (distinct persons per type and column) and assistance_services."""
    services, cases = _services(scope)
    types = list(map(_TYPE, services))
    keys = list(map(_PERSON, cases))
    column_of = _columns(scope, dict(zip(keys, cases, strict=True)))
    by_type, cost_of = _by_type(types, keys, list(map(_COST, services)))
    persons: Counter[Cell] = Counter()
    for kind, found in by_type.items():
        for column, count in Counter(map(column_of.__getitem__, found)).items():
            persons[(kind, column)] = count
    sums: Counter[Cell] = Counter()
    for kind, count in Counter(types).items():
        sums[(kind, "services")] = count
        sums[(kind, "cost")] = cost_of[kind]
    rows = set(by_type)
    return {
        "assistance_persons": Tally(rows, persons, Counter(column_of.values()), len(column_of)),
        "assistance_services": Tally(rows, sums, Counter()),
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


def _last_visit(visits: tuple[tuple[date, bool], ...], end: date) -> tuple[date, bool] | None:
    """The latest monitoring visit up to `end` (the later result on the same day)."""
    if not visits:
        return None
    last = max(visits)
    if last[0] <= end:
        return last
    return max((visit for visit in visits if visit[0] <= end), default=None)


def grant_tally(scope: Scope) -> Tally:
    """grants_by_sector: approved (decision in the period), handed over (handover in the
    period) and monitored / running (the latest visit up to the period's end in it)."""
    start, end = scope.start or date.min, scope.end
    grants: Sequence[GrantFact] = scope.kept(scope.facts.grants, _PROJECT)[0]
    approved = [
        (grant.sector, grant.approved_minor or 0)
        for grant in grants
        if grant.decided_on is not None
        and start <= grant.decided_on <= end
        and grant.status not in NOT_APPROVED
    ]
    handed = [
        (grant.sector, grant.handed_over_minor)
        for grant in grants
        if grant.handed_over_on is not None and start <= grant.handed_over_on <= end
    ]
    visited = [
        (grant.sector, _last_visit(grant.visits, end))
        for grant in grants
        if grant.visits and grant.handed_over_on is not None and grant.handed_over_on <= end
    ]
    monitored = [(row, last[1]) for row, last in visited if last and start <= last[0]]
    sums: Counter[Cell] = Counter()
    for column, found in (("approved", approved), ("handed_over", handed)):
        _count_and_sum(sums, column, found)
    sums.update((row, "monitored") for row, _ in monitored)
    sums.update((row, "running") for row, running in monitored if running)
    rows = {row for found in (approved, handed, monitored) for row, _ in found}
    return Tally(rows, sums, Counter())


def _count_and_sum(sums: Counter[Cell], column: str, found: list[tuple[str, int]]) -> None:
    """Grants per row in `column`, their amounts in `column`_amount."""
    amounts: dict[str, int] = {}
    for row, amount in found:
        amounts[row] = amounts.get(row, 0) + amount
    sums.update((row, column) for row, _ in found)
    sums.update({(row, f"{column}_amount"): amount for row, amount in amounts.items()})
