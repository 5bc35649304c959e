"""The audit log viewer: newest first, 200 at a time, filters, translated events, and the
chain verified on the worker."""

from __future__ import annotations

from ajo_cases.domain.records_casework import PartnerForm
from ajo_cases.services.casework import partners
from ajo_cases.ui.admin.audit_page import AuditPage
from ajo_cases.ui.app.pages import PageContext, default_registry
from tests.ui.case_helpers import idle


def _page(vault, qtbot):
    page = AuditPage(PageContext(vault))
    qtbot.addWidget(page)
    idle(qtbot)
    return page


def test_only_for_administrators():
    registry = default_registry()
    assert "audit" in [spec.id for spec in registry.for_role("admin")]
    for role in ("case_worker", "shelter_staff", "manager"):
        assert "audit" not in [spec.id for spec in registry.for_role(role)]


def test_pages_of_200_newest_first(admin_vault, qtbot, qtmodeltester):
    for n in range(205):
        partners.add_partner(admin_vault, PartnerForm(f"Org {n}", "ngo"))
    page = _page(admin_vault, qtbot)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 200 and page.more_button.isEnabled()
    seqs = [r.seq for r in page.model.rows]
    assert seqs == sorted(seqs, reverse=True)
    assert page.model.data(page.model.index(0, 3)) == "Added"  # the event, in words
    page.fetch_more()
    idle(qtbot)
    assert page.model.rowCount() > 200 and not page.more_button.isEnabled()
    assert len({r.seq for r in page.model.rows}) == page.model.rowCount()


def test_filter_by_event_and_record(admin_vault, qtbot):
    record, _ = partners.add_partner(admin_vault, PartnerForm("Nur", "ngo"))
    partners.update_partner(admin_vault, record.id, PartnerForm("Nur 2", "ngo"))
    page = _page(admin_vault, qtbot)
    page.event_choice.setCurrentIndex(page.event_choice.findData("update"))
    page.apply_button.click()
    idle(qtbot)
    assert [r.event for r in page.model.rows] == ["update"]
    assert page.model.data(page.model.index(0, 6)) == "Name"  # the field, in words
    page.event_choice.setCurrentIndex(0)
    page.target.setText(record.id)
    page.apply_button.click()
    idle(qtbot)
    assert {r.target_id for r in page.model.rows} == {record.id}
    assert page.model.rowCount() == 2


def test_verify_chain(admin_vault, qtbot):
    page = _page(admin_vault, qtbot)
    page.verify_button.click()
    idle(qtbot)
    assert page.report is not None and page.report.ok
    assert "Verified" in page.verify_result.text()
    assert not page.verify_problem.isVisibleTo(page)


def test_verify_names_an_entry_written_in_someone_elses_name(admin_vault, qtbot):
    with admin_vault.unit_of_work(audit_only=True) as session:  # as anyone holding K_db could
        seq = admin_vault.audit.append(session, actor="admin", event="export", sign=False).seq
    page = _page(admin_vault, qtbot)
    page.verify_button.click()
    idle(qtbot)
    assert page.report is not None and not page.report.ok
    text = page.verify_problem.text()
    assert "Signatures of the audit log entries" in text
    assert f"entry {seq} (export, as admin): not signed" in text


def test_a_signing_key_is_shown_short_and_its_event_in_words(admin_vault, qtbot):
    page = _page(admin_vault, qtbot)
    row = next(i for i, r in enumerate(page.model.rows) if r.event == "signing_key")
    assert page.model.data(page.model.index(row, 3)) == "Signing key registered"
    shown = page.model.data(page.model.index(row, 7))
    assert shown.startswith("Ed25519 ") and shown.endswith("…") and len(shown) == 25
