"""Anonymised statistics: pseudonymous facts from SQL (stats_facts.py), the domain engine,
suppression for donors, drill-down to case codes; each exact view or drill-down audited.

Nothing is decrypted, so a manager's session without K_pii computes the same figures as an
administrator's. Definitions: docs/statistics.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ajo_cases.domain import statistics as engine
from ajo_cases.domain.errors import RuleViolation
from ajo_cases.domain.stats_model import StatsFacts, StatsFilter, StatsReport
from ajo_cases.domain.suppression import DEFAULT_THRESHOLD, check_threshold, protect_report
from ajo_cases.domain.vocab import BeneficiaryCategory, District
from ajo_cases.errors import InvalidInput
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.statistics import stats_refresh
from ajo_cases.services.statistics.stats_compact_read import read_compact
from ajo_cases.services.statistics.stats_facts import check_project, no_cyclic_gc, read_facts

STATS_ROLES = ("admin", "manager")


def check_filter(flt: StatsFilter) -> None:
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise InvalidInput("the period ends before it starts", field="date_to")
    if flt.category is not None and flt.category not in set(BeneficiaryCategory):
        raise InvalidInput(f"unknown category {flt.category!r}", field="category")
    if flt.district is not None and flt.district not in set(District):
        raise InvalidInput(f"unknown district {flt.district!r}", field="district")


def gather_facts(vault: OpenVault, flt: StatsFilter, *, today: date | None = None) -> StatsFacts:
    """The facts a filter needs (a superset: the engine applies the filter exactly). The last
    facts read are kept for the session until data changes: the dashboard recomputes on every
    change of project, age bands or suppression, and exports and drill-down follow."""
    check_filter(flt)
    today = today or date.today()
    key = (vault.writes, flt.date_from, flt.date_to or today, flt.district, flt.category)
    with vault.read_session() as session:
        check_project(session.connection(), flt.project)
        cached = vault.caches.pop(_CACHE, None)
        if isinstance(cached, _CachedFacts) and cached.key == key:
            vault.caches[_CACHE] = cached
            return cached.facts
        del cached  # freed before the new facts are read: half the memory, no collector pass
        current = not stats_refresh.marked_count(session.connection())
        if current:
            facts = read_compact(session.connection(), flt, today)
    if not current:
        facts = _after_refresh(vault, flt, today)
    vault.caches[_CACHE] = _CachedFacts(key, facts)
    return facts


def _after_refresh(vault: OpenVault, flt: StatsFilter, today: date) -> StatsFacts:
    """Fold the marked persons into the compact facts and read them; a vault that takes no
    writes (moved onto the office server) is read the slow way, from the wide tables."""
    if vault.moved_to:
        with vault.read_session() as session:
            return read_facts(session.connection(), flt, today)
    stats_refresh.refresh(vault)
    with vault.read_session() as session:
        return read_compact(session.connection(), flt, today)


_CACHE = "statistics facts"


@dataclass(frozen=True, slots=True)
class _CachedFacts:
    key: tuple[object, ...]
    facts: StatsFacts


def compute(
    vault: OpenVault,
    flt: StatsFilter | None = None,
    *,
    suppress: bool = True,
    threshold: int = DEFAULT_THRESHOLD,
    today: date | None = None,
) -> StatsReport:
    """Every statistics table for the filter; suppressed for donors unless `suppress=False`
    (exact counts for an internal view, recorded in the audit log as "stats_exact")."""
    vault.require_role(*STATS_ROLES)
    flt = flt or StatsFilter()
    check_threshold_input(threshold)
    today = today or date.today()
    facts = gather_facts(vault, flt, today=today)
    with no_cyclic_gc():
        report = engine.compute(facts, flt, today=today)
    if suppress:
        return protect_report(report, threshold)
    with vault.unit_of_work(audit_only=True) as session:
        vault.record(session, "stats_exact", detail=describe(flt))
    return report


def drill_down(
    vault: OpenVault,
    table: str,
    row: str,
    column: str,
    flt: StatsFilter | None = None,
    *,
    today: date | None = None,
) -> list[str]:
    """The case codes behind one number (row or column "total" for a total); never names.
    Audited as "stats_drill_down"."""
    vault.require_role(*STATS_ROLES)
    flt = flt or StatsFilter()
    today = today or date.today()
    try:
        codes = engine.contributing_cases(
            gather_facts(vault, flt, today=today), flt, table, row, column, today=today
        )
    except KeyError as exc:
        raise InvalidInput(f"no such statistics cell: {exc.args[0]}") from None
    with vault.unit_of_work(audit_only=True) as session:
        vault.record(session, "stats_drill_down",
                     detail=f"table={table} row={row} column={column} {describe(flt)}")  # fmt: skip
    return codes


def check_threshold_input(threshold: int) -> None:
    try:
        check_threshold(threshold)
    except RuleViolation:
        raise InvalidInput("the suppression threshold must be between 2 and 100") from None


def describe(flt: StatsFilter) -> str:
    """The filter as audit detail: codes and dates only."""
    parts = {
        "from": flt.date_from.isoformat() if flt.date_from else "",
        "to": flt.date_to.isoformat() if flt.date_to else "",
        "project": flt.project or "", "district": flt.district or "",
        "category": flt.category or "", "bands": str(flt.age_bands),
    }  # fmt: skip
    return " ".join(f"{key}={value}" for key, value in parts.items() if value)
