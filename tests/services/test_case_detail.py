"""The case window's data: every tab, its history (child rows included), restricted for managers."""

from contextlib import contextmanager
from datetime import date

from sqlalchemy import event, select

from ajo_cases.domain.records import CaseForm, PersonForm
from ajo_cases.domain.records_casework import (
    AssessmentForm,
    AssistanceForm,
    ConsentForm,
    PartnerForm,
    PlanActionForm,
    ReferralForm,
)
from ajo_cases.domain.records_grants import BudgetLine, GrantForm, PurchaseForm
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import (
    assistance,
    attachments,
    cases,
    consents,
    grants,
    partners,
    plans,
    referrals,
    shelter,
)
from ajo_cases.services.casework.case_detail import case_detail
from ajo_cases.services.people import people
from ajo_cases.storage.models import AuditEntry

PW = "a long enough passphrase"
NAME = "Ҷамшеджон"


def _full_case(vault, referrals_count=1):
    person, _ = people.register(
        vault,
        PersonForm(sex="male", category="victim_of_trafficking", given_name=NAME),
        allow_duplicate=True,
    )
    case, _ = cases.open_case(
        vault, person.id, CaseForm(opened_on=date(2026, 3, 1), narrative="story")
    )
    iom = partners.add_partner(vault, PartnerForm("IOM", "iom"))[0].id
    consents.record_consent(vault, case.id, ConsentForm("sharing", True, date(2026, 3, 1), (iom,)))
    plans.add_assessment(
        vault, case.id, AssessmentForm(date(2026, 3, 2), "medium", ("legal",), "notes")
    )
    plans.add_plan_action(vault, case.id, PlanActionForm("documents", date(2026, 4, 1)))
    extra = assistance.add_assistance(vault, case.id, AssistanceForm("legal", date(2026, 3, 3)))[0]
    assistance.add_assistance(
        vault, case.id, AssistanceForm("medical", date(2026, 3, 4), provider_partner_id=iom)
    )
    bed = shelter.add_bed(vault, f"B{referrals_count}")[0].id
    shelter.admit(vault, case.id, bed, date(2026, 3, 2))
    for _ in range(referrals_count):
        ref = referrals.create_draft(vault, case.id, ReferralForm(iom, "return_transport"))[0]
        referrals.send(vault, ref.id, date(2026, 3, 5))
    grant = grants.create_grant(
        vault, case.id, GrantForm("livestock", "Sheep", (BudgetLine("sheep", 3, 90_000),))
    )[0]
    grants.submit(vault, grant.id)
    grants.approve(vault, grant.id, 270_000)
    grants.add_purchase(vault, grant.id, PurchaseForm("sheep", 3, 90_000, date(2026, 3, 20)))
    attachments.add_attachment(vault, case.id, "photo", "p.jpg", "image/jpeg", b"jpeg")
    assistance.delete_assistance(vault, extra.id)
    return case, person


def test_everything_loaded(admin_vault):
    case, _person = _full_case(admin_vault)
    detail = case_detail(admin_vault, case.id, today=date(2026, 3, 10))
    assert detail.case.code == case.code and detail.person.display_name == NAME
    assert not detail.restricted and detail.case.form.narrative == "story"
    assert detail.consent_summary.sharing_partner_ids and len(detail.consents) == 1
    assert detail.assessments[0].form.summary == "notes" and len(detail.plan_actions) == 1
    assert [a.form.type for a in detail.assistance] == ["medical"]
    assert detail.assistance[0].provider_name == "IOM"
    assert detail.stays[0].bed_label == "B1" and detail.referrals[0].status == "sent"
    assert {f.kind for f in detail.follow_ups} == {"plan_action", "referral_follow_up"}
    assert detail.attachments[0].name == "p.jpg"
    assert detail.grants[0].status == "purchased" and detail.grants[0].purchases
    assert detail.case.next_due == date(2026, 3, 19)


def test_history_holds_child_events(admin_vault):
    case, _ = _full_case(admin_vault)
    detail = case_detail(admin_vault, case.id)
    seen = {(h.target_table, h.event) for h in detail.history}
    assert {
        ("case_file", "create"), ("consent", "create"), ("assessment", "create"),
        ("case_file", "update"), ("plan_action", "create"), ("follow_up", "create"),
        ("shelter_stay", "create"), ("referral", "create"), ("referral", "status_change"),
        ("grant_plan", "status_change"), ("grant_purchase", "create"), ("attachment", "create"),
        ("assistance", "create"), ("assistance", "delete"),
    } <= seen  # fmt: skip
    seqs = [h.seq for h in detail.history]
    assert seqs == sorted(seqs, reverse=True)
    assert all(NAME not in h.detail + "".join(h.fields) for h in detail.history)


def test_view_is_audited_with_the_person_id(admin_vault):
    case, person = _full_case(admin_vault)
    case_detail(admin_vault, case.id)
    with admin_vault.read_session() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert (last.event, last.target_table, last.target_id) == ("view", "beneficiary", person.id)
    assert last.detail == "" and last.fields == ""


def test_manager_gets_restricted_detail(admin_vault):
    users.add_user(admin_vault, "farrukh", "manager", PW)
    case, _ = _full_case(admin_vault)
    folder = admin_vault.data_dir
    admin_vault.close()
    with open_vault(folder, "farrukh", PW) as manager:
        detail = case_detail(manager, case.id)
    assert detail.restricted and detail.person.restricted and detail.person.display_name is None
    assert detail.case.code == case.code and detail.case.form.narrative is None
    assert detail.assessments[0].form.summary is None and detail.attachments[0].name is None
    assert detail.grants[0].form.title is None and detail.referrals[0].restricted
    assert detail.history  # ids and field names only, so managers may see them


@contextmanager
def _count_queries(engine):
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_query_count_does_not_grow_with_rows(admin_vault):
    small, _ = _full_case(admin_vault, referrals_count=1)
    big, _ = _full_case(admin_vault, referrals_count=6)
    with _count_queries(admin_vault.engine) as first:
        case_detail(admin_vault, small.id)
    with _count_queries(admin_vault.engine) as second:
        case_detail(admin_vault, big.id)
    assert len(first) == len(second) <= 30
