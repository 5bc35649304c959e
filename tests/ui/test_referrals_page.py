"""Referrals: the status filter, status labels, the empty state, opening a case, the model
tester and the roles that see the page."""

from __future__ import annotations

from ajo_cases.services.casework import worklists
from ajo_cases.ui.app.pages import PageContext, default_registry
from ajo_cases.ui.kit.record_model import CODE_ROLE
from ajo_cases.ui.worklists import referrals_page as cols
from ajo_cases.ui.worklists.referrals_page import ReferralsPage
from tests.ui.case_helpers import add_case, idle, person_form
from tests.ui.worklist_helpers import TODAY, sent_referral


def make_page(vault, qtbot) -> ReferralsPage:
    page = ReferralsPage(PageContext(vault))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page


def test_empty_state_says_what_to_do(admin_vault, qtbot):
    page = make_page(admin_vault, qtbot)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == "No referrals yet — open a case and choose Refer…"


def test_lists_and_filters_by_status(admin_vault, qtbot):
    case_id = add_case(admin_vault)
    sent_referral(admin_vault, case_id)
    from ajo_cases.domain.records_casework import ReferralForm
    from ajo_cases.services.casework import referrals

    partner_id = referrals.list_referrals(admin_vault)[0].form.partner_id
    referrals.create_draft(admin_vault, case_id, ReferralForm(partner_id, "medical"))
    page = make_page(admin_vault, qtbot)
    assert page.model.rowCount() == 2
    page.apply_request({"status": "sent"})
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 1)
    row = [page.proxy.index(0, c).data() for c in range(8)]
    code = worklists.case_codes(admin_vault, [case_id])[case_id]
    assert row[cols.CODE] == code
    assert row[cols.PARTNER] == "Legal Aid Khujand"
    assert row[cols.STATUS] == "Sent"
    assert page.proxy.index(0, cols.STATUS).data(CODE_ROLE) == "sent"
    assert row[cols.SENT] == TODAY.strftime("%d.%m.%Y")
    assert row[cols.DUE]
    page.apply_request({"status": "completed"})
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 0)
    assert "another status" in page.empty.text()


def test_double_click_opens_the_case(admin_vault, qtbot):
    case_id = add_case(admin_vault)
    sent_referral(admin_vault, case_id)
    page = make_page(admin_vault, qtbot)
    page.show()
    page.open_row(0)
    window = page.case_windows[case_id]
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
    window.close()
    idle(qtbot)


def test_model_tester(admin_vault, qtbot, qtmodeltester):
    for n, year in enumerate((1990, 1991)):
        sent_referral(admin_vault, add_case(admin_vault, person_form(year=year)), f"Partner {n}")
    page = make_page(admin_vault, qtbot)
    assert page.model.rowCount() == 2 == len(worklists.referral_rows(admin_vault))
    qtmodeltester.check(page.model)


def test_roles():
    registry = default_registry()
    seen = {role: {s.id for s in registry.for_role(role)} for role in ("admin", "case_worker")}
    assert all("referrals" in ids for ids in seen.values())
    for role in ("shelter_staff", "manager"):
        assert "referrals" not in {s.id for s in registry.for_role(role)}
