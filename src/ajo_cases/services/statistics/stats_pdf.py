"""The donor report as PDF: compute the statistics, draw the charts, audit the print.

Managers and administrators may print it: it holds anonymised figures only. The audit line is
"print" with the detail "donor_report:<lang>" (an exact-numbers report is also recorded by
compute() as "stats_exact" with its filter).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ajo_cases.domain.charts import charts_for
from ajo_cases.domain.stats_model import StatsFilter
from ajo_cases.domain.suppression import DEFAULT_THRESHOLD
from ajo_cases.errors import InvalidInput
from ajo_cases.reports.donor_report import build_donor_report
from ajo_cases.reports.texts import LANGUAGES
from ajo_cases.services import letterhead
from ajo_cases.services.casework import partners
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.statistics import statistics as stats
from ajo_cases.vault.output import write_output_bytes

DEFAULT_LANGUAGE = "tg"


def _project_name(vault: OpenVault, code: str | None) -> str:
    if not code:
        return ""
    for project in partners.list_projects(vault):
        if project.form.code == code:
            return project.form.name
    return ""


def donor_report_pdf(
    vault: OpenVault,
    flt: StatsFilter | None = None,
    *,
    lang: str = DEFAULT_LANGUAGE,
    suppress: bool = True,
    threshold: int = DEFAULT_THRESHOLD,
    today: date | None = None,
) -> bytes:
    """The donor report for the filter in tg, ru or en (small numbers hidden unless
    `suppress=False`, which compute() audits as "stats_exact")."""
    vault.require_role(*stats.STATS_ROLES)
    if lang not in LANGUAGES:
        raise InvalidInput(f"unknown document language {lang!r}; use tg, ru or en", field="lang")
    flt = flt or StatsFilter()
    report = stats.compute(vault, flt, suppress=suppress, threshold=threshold, today=today)
    pdf = build_donor_report(
        report,
        charts_for(report),
        letterhead.get_letterhead(vault),
        lang,
        _project_name(vault, flt.project),
        printed_on=today,
    )
    with vault.unit_of_work(audit_only=True) as session:
        vault.record(session, "print", detail=f"donor_report:{lang}")
    return pdf


def write_donor_report(
    vault: OpenVault,
    path: Path,
    flt: StatsFilter | None = None,
    *,
    lang: str = DEFAULT_LANGUAGE,
    suppress: bool = True,
    threshold: int = DEFAULT_THRESHOLD,
) -> Path:
    """The donor report in a file the person chose: written whole or not at all, and without
    a second copy beside it (the file lies outside the vault)."""
    data = donor_report_pdf(vault, flt, lang=lang, suppress=suppress, threshold=threshold)
    write_output_bytes(path, data)
    return path
