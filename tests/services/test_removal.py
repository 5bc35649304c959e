"""Rows removed by mistake-correcting actions are gone from every list and statistic, on both
backends; on the office server each removal is also recorded by the server (``removed_row``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.domain.records_casework import ActivityForm, AssistanceForm, PartnerForm
from ajo_cases.domain.records_grants import BudgetLine, GrantForm
from ajo_cases.domain.stats_model import StatsFilter
from ajo_cases.services.casework import activities, assistance, attachments, cases, grants, partners
from ajo_cases.services.people import people
from ajo_cases.services.statistics import statistics as stats
from ajo_cases.storage.models import GrantBudgetLine, RemovedRow

YEAR = StatsFilter(date(2026, 1, 1), date(2026, 12, 31))
TODAY = date(2026, 6, 1)


def _figures(vault):
    return stats.compute(vault, YEAR, suppress=False, today=TODAY).tables


def _removed(vault) -> set[tuple[str, str]]:
    with vault.read_session() as session:
        rows = session.execute(select(RemovedRow.table_name, RemovedRow.row_id))
        return {(table, row_id) for table, row_id in rows}


def test_removed_rows_are_gone_from_lists_and_statistics(admin_vault, backend):
    vault = admin_vault
    person, _ = people.register(
        vault, PersonForm(sex="female", category="victim_of_trafficking", given_name="Sitora"),
        allow_duplicate=True,
    )  # fmt: skip
    case_id = cases.open_case(vault, person.id, CaseForm(opened_on=date(2026, 2, 1)))[0].id
    kept, _ = assistance.add_assistance(vault, case_id, AssistanceForm("legal", date(2026, 2, 2)))
    before = _figures(vault)
    wrong, _ = assistance.add_assistance(
        vault, case_id, AssistanceForm("medical", date(2026, 2, 3), cost_minor=9_000)
    )
    meeting, _ = activities.add_activity(
        vault, ActivityForm("information_meeting", date(2026, 2, 4), "khujand", women=7)
    )
    document, _ = attachments.add_attachment(
        vault, case_id, "other", "letter.pdf", "application/pdf", b"%PDF-1.4 letter"
    )
    partner = partners.add_partner(vault, PartnerForm("Never used", "legal_aid"))[0].id
    assert _figures(vault) != before

    assistance.delete_assistance(vault, wrong.id)
    activities.delete_activity(vault, meeting.id)
    attachments.delete_attachment(vault, document.id)
    partners.delete_partner(vault, partner)

    assert [a.id for a in assistance.list_assistance(vault, case_id)] == [kept.id]
    assert meeting.id not in {a.id for a in activities.list_activities(vault)}
    assert attachments.list_attachments(vault, case_id) == []
    assert partner not in {p.id for p in partners.list_partners(vault)}
    assert _figures(vault) == before
    expected = {
        ("assistance", wrong.id), ("activity", meeting.id), ("attachment", document.id),
        ("partner_org", partner),
    }  # fmt: skip
    assert _removed(vault) == (expected if backend == "server" else set())


def test_a_replaced_budget_keeps_only_the_new_lines(admin_vault, backend):
    person, _ = people.register(
        admin_vault, PersonForm(sex="male", category="returnee_migrant", given_name="Bahrom"),
        allow_duplicate=True,
    )  # fmt: skip
    case_id = cases.open_case(admin_vault, person.id, CaseForm(opened_on=date(2026, 2, 1)))[0].id
    plan = GrantForm("tailoring", "Sewing", (BudgetLine("machine", 1, 300_000),))
    grant = grants.create_grant(admin_vault, case_id, plan, date(2026, 2, 5))[0]
    new_plan = GrantForm("tailoring", "Sewing", (BudgetLine("fabric", 4, 10_000),))
    updated, _ = grants.update_plan(admin_vault, grant.id, new_plan)
    assert [line.item for line in updated.form.budget] == ["fabric"]
    with admin_vault.read_session() as session:
        items = session.scalars(
            select(GrantBudgetLine.item).where(GrantBudgetLine.grant_id == grant.id)
        ).all()
    assert items == ["fabric"]
    tables = {table for table, _id in _removed(admin_vault)}
    assert tables == ({"grant_budget_line"} if backend == "server" else set())
