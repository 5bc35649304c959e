"""The statistics facts read from the compact tables (storage/models_stats.py): the same
StatsFacts that stats_facts.read_facts makes from the wide tables, for fewer values read.

Cases come with their person's attributes and the consent flag already in the row (no join to
the persons, no reading of consents), codes as small integers and days as ordinal numbers in
one covering index each; services and referrals likewise. Grants, shelter stays and activities
(a few thousand rows a year) are read as stats_facts reads them, with the case's code joined
from the narrow compact row.
The caller refreshes the marked persons first (stats_refresh.refresh).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection

from ajo_cases.domain.stats_model import (
    AssistanceFact,
    CaseFact,
    ReferralFact,
    StatsFacts,
    StatsFilter,
    StayFact,
)
from ajo_cases.services.statistics.stats_facts import (
    Gatherer,
    Memo,
    Period,
    chunks,
    kinds_of,
    no_cyclic_gc,
)

# The small codes come packed into two numbers (base: more than the codes in stats_code),
# unpacked once per distinct value: each value the driver hands over costs more than the
# arithmetic, and a year has ~50,000 cases but a few hundred distinct packs.
_CASES = """
SELECT code, person, (CAST(sex AS BIGINT) * :base + category) * :base + district, age, opened,
       closed, ((CAST(project AS BIGINT) * :base + kinds) * :base + country) * 2 + counted
FROM stats_case {index}
WHERE live = 1 AND {where}"""
# INDEXED BY: SQLite must take the partial covering indexes (`live = 1` in every WHERE)
_SERVICES = """
SELECT code, type, given, project, cost FROM stats_service INDEXED BY ix_stats_service_period
WHERE live = 1 AND {given}"""
_REFERRALS = """
SELECT code, partner, status, sent FROM stats_referral INDEXED BY ix_stats_referral_period
WHERE live = 1 AND {sent}"""
# The case's code by a sub-select on the narrow index, one look-up per grant or stay: PostgreSQL
# would otherwise join by hashing every compact case (a few thousand grants against 100,000).
_GRANTS = """
SELECT (SELECT c.code FROM stats_case AS c INDEXED BY ix_stats_case_by_id
        WHERE c.case_id = g.case_id),
       g.id, g.sector, g.status, g.project_id, g.approved_minor, g.decided_on,
       g.handed_over_on, {value}
FROM grant_plan AS g WHERE {grants}"""
_STAYS = """
SELECT (SELECT c.code FROM stats_case AS c INDEXED BY ix_stats_case_by_id
        WHERE c.case_id = s.case_id),
       s.admitted_on, s.discharged_on
FROM shelter_stay AS s WHERE {span}"""
_NOTHING = -1  # a filter value no row holds


class CompactGatherer(Gatherer):
    def __init__(self, connection: Connection, flt: StatsFilter, today: date) -> None:
        super().__init__(connection, flt, today)
        self.read.bounds["first"] = None if self.start is None else self.start.toordinal()
        self.read.bounds["last"] = self.end.toordinal()
        self.days = Period(self.start, ("first", "last"))
        values: dict[int, str] = dict(self.read.rows("SELECT n, value FROM stats_code"))
        self.number = {value: n for n, value in values.items()}
        top = max(values, default=0)
        # decoding tables indexed by code (Any: NULL columns decode to None, the facts say
        # which may be None)
        self.text: list[Any] = [values.get(n) for n in range(top + 1)]
        self.base = self.read.bounds["base"] = top + 1
        partners = dict(self.read.rows("SELECT id, kind FROM partner_org"))
        self.project = [self.projects.get(value) for value in self.text]
        self.partner = [partners.get(value) for value in self.text]
        self.kinds = [kinds_of(value) for value in self.text]
        self.ordinal: Memo[int | None, Any] = Memo(
            lambda n: None if n is None else date.fromordinal(n)
        )

    def _gather(self) -> StatsFacts:
        rows, days = self.read.rows, self.days
        assistance = rows(_SERVICES.format(given=days.within("given")))
        referrals = rows(_REFERRALS.format(sent=days.within("sent")))
        grants = rows(_GRANTS.format(grants=self.grants_in_period(), value=self.grant_value()))
        stays = rows(_STAYS.format(span=self.period.overlaps("s.admitted_on", "s.discharged_on")))
        referenced = {row[0] for rows_ in (assistance, referrals, grants, stays) for row in rows_}
        cases = self._compact_cases(referenced)
        codes = {case.code: case.code for case in cases}
        text, project, partner, on, day = (
            self.text, self.project, self.partner, self.ordinal, self.maybe_day
        )  # fmt: skip
        new = tuple.__new__  # as the facts' _make does, without a Python call per row
        return StatsFacts(
            cases=cases,
            assistance=[
                new(AssistanceFact, (code, text[kind], on[given], project[own], cost))
                for code, kind, given, own, cost in assistance
                if code in codes
            ],
            referrals=[
                new(ReferralFact, (code, partner[who], text[status], on[sent]))
                for code, who, status, sent in referrals
                if code in codes and partner[who] is not None
            ],
            grants=self._grants(grants, codes),
            stays=[
                StayFact(code, self.day[admitted], day[discharged])
                for code, admitted, discharged in stays
                if code in codes
            ],
            activities=self._activities(),
        )

    def _compact_cases(self, referenced: set[str]) -> list[CaseFact]:
        """Cases open in the period and the cases of records in it (passing the district and
        category filter)."""
        terms: list[str] = []
        params: dict[str, Any] = {}
        for name, value in (("district", self.flt.district), ("category", self.flt.category)):
            if value is not None:
                terms.append(f" AND {name} = :{name}")
                params[name] = self.number.get(value, _NOTHING)
        person = "".join(terms)
        in_period = self.days.overlaps("opened", "closed")
        found = self.read.rows(
            _CASES.format(index="INDEXED BY ix_stats_case_period", where=in_period + person),
            params,
        )
        missing = sorted(referenced - {row[0] for row in found})
        for placeholders, ids in chunks(missing):  # cases of records, not open in the period
            where = f"code IN ({placeholders}){person}"
            found += self.read.rows(
                _CASES.format(index="INDEXED BY ix_stats_case_code", where=where),
                {**params, **ids},
            )
        return self._facts(found)

    def _facts(self, rows: Iterable[Sequence[Any]]) -> list[CaseFact]:
        on, new = self.ordinal, tuple.__new__  # as CaseFact._make, without a call per case
        person, case = Memo(self._person_part), Memo(self._case_part)
        return [
            new(CaseFact, (code, key) + person[who] + (age, on[opened], on[closed]) + case[what])
            for code, key, who, age, opened, closed, what in rows
        ]

    def _person_part(self, packed: int) -> tuple[Any, ...]:
        """(sex, category, district)"""
        rest, district = divmod(packed, self.base)
        sex, category = divmod(rest, self.base)
        return self.text[sex], self.text[category], self.text[district]

    def _case_part(self, packed: int) -> tuple[Any, ...]:
        """(project, exploitation types, country, counted)"""
        rest, counted = divmod(packed, 2)
        rest, country = divmod(rest, self.base)
        project, kinds = divmod(rest, self.base)
        return self.project[project], self.kinds[kinds], self.text[country], counted == 1


def read_compact(connection: Connection, flt: StatsFilter, today: date) -> StatsFacts:
    """The facts a filter needs (a superset: the engine applies the filter exactly), from the
    compact tables, which the caller has refreshed."""
    with no_cyclic_gc():
        return CompactGatherer(connection, flt, today).gather()
