"""The case window: actions (assistance, referral with and without consent, shelter, grant),
saving, roles, table models, and unsaved edits kept across a lock."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from shiboken6 import isValid

from ajo_cases.services.casework import case_detail, partners, shelter
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.case_window import CaseWindow
from ajo_cases.ui.cases.tabs.assistance import AssistanceDialog
from ajo_cases.ui.cases.tabs.consent import ConsentDialog
from ajo_cases.ui.cases.tabs.grant_dialogs import (
    AmountDialog,
    HandoverDialog,
    PlanDialog,
    PurchaseDialog,
)
from ajo_cases.ui.cases.tabs.refer_dialog import ReferDialog
from ajo_cases.ui.cases.tabs.shelter import AdmitDialog, DischargeDialog
from ajo_cases.ui.kit.dialogs import FormDialog
from ajo_cases.ui.kit.record_model import RecordModel
from tests.support import ADMIN, ADMIN_PASSWORD
from tests.ui.case_helpers import (
    MANAGER,
    MANAGER_PASSWORD,
    add_case,
    add_user,
    idle,
    modal,
    person_form,
    press,
    wait_modal,
)
from tests.ui.conftest import unlock


@pytest.fixture
def directory(admin_vault):
    from ajo_cases.domain.records_casework import PartnerForm

    partner, _ = partners.add_partner(admin_vault, PartnerForm("Legal Aid Khujand", "legal_aid"))
    bed, _ = shelter.add_bed(admin_vault, "A1", "Room 1")
    return partner.id, bed.id


@pytest.fixture
def window(admin_vault, directory, qtbot):
    case_id = add_case(admin_vault)
    win = CaseWindow(PageContext(admin_vault), case_id)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.detail is not None, timeout=10_000)
    yield win
    idle(qtbot)


def reloaded(qtbot, win, condition) -> None:
    qtbot.waitUntil(lambda: win.detail is not None and bool(condition(win.detail)), timeout=10_000)


def test_header_tabs_and_badges(window):
    assert window.header.code.text() == window.detail.case.code
    assert window.header.name.text() == "Каримова Зарина"
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:2] == ["Case", "Profile"] and titles[-1] == "History" and len(titles) == 12
    assert "Consent •" in titles  # registration consent is missing
    assert window.header.registration.toolTip().startswith("Consent to registration: missing")


def test_every_tab_model_passes_the_model_tester(window, qtmodeltester):
    models = [m for tab in window.tab_pages.values() for m in tab.findChildren(RecordModel)]
    assert len(models) >= 10
    for model in models:
        qtmodeltester.check(model)


def test_add_assistance(window, qtbot):
    window.header.add_assistance.click()
    dialog = modal(AssistanceDialog)
    dialog.type.set_code("legal")
    dialog.cost.amount.setText("150,50")
    dialog.ok.click()
    reloaded(qtbot, window, lambda d: len(d.assistance) == 1)
    record = window.detail.assistance[0]
    assert (record.form.type, record.form.cost_minor) == ("legal", 15050)
    tab = window.tab_pages["assistance"]
    assert tab.model.index(0, 3).data().startswith("150")


def refer(qtbot, window) -> ReferDialog:
    """Refer… with the organisation and service chosen; the caller decides the consent."""
    window.header.refer.click()
    dialog = modal(ReferDialog)
    qtbot.waitUntil(lambda: dialog.partner.count() == 2)  # the partners arrive from the worker
    dialog.partner.setCurrentIndex(1)
    dialog.service.set_code("legal")
    return dialog


def refused(qtbot) -> QMessageBox:
    """The explanation that comes when a referral could not be sent."""
    return wait_modal(qtbot, QMessageBox)


def test_refer_without_consent_says_so_and_keeps_a_draft(window, qtbot):
    dialog = refer(qtbot, window)
    assert "has not agreed to share" in dialog.consent_state.text()
    assert dialog.consent_now.isVisible() and dialog.ok.text() == "Keep as a draft"
    dialog.ok.click()
    reloaded(qtbot, window, lambda d: len(d.referrals) == 1)
    assert window.detail.referrals[0].status == "draft"
    # sending the draft later still explains, and an administrator may send it anyway
    tab = window.tab_pages["referrals"]
    tab.table.selectRow(0)
    tab.buttons["send"].click()
    press(refused(qtbot), "Send anyway…")
    reason = modal(FormDialog)
    reason.findChild(QPlainTextEdit).setPlainText("Medical emergency")
    reason.ok.click()
    reloaded(qtbot, window, lambda d: d.referrals and d.referrals[0].status == "sent")
    assert window.detail.referrals[0].consent_override


def test_consent_given_in_the_refer_dialog_is_recorded_then_sent(window, directory, qtbot):
    partner_id, _bed = directory
    dialog = refer(qtbot, window)
    dialog.consent_now.setChecked(True)
    assert dialog.ok.text() == "Create and send"
    dialog.ok.click()
    reloaded(qtbot, window, lambda d: d.referrals and d.referrals[0].status == "sent")
    referral = window.detail.referrals[0]
    assert not referral.consent_override and referral.consent_id is not None
    assert window.detail.consent_summary.sharing_partner_ids == (partner_id,)
    consent = window.detail.consents[-1]
    assert (consent.form.kind, consent.form.given, consent.recorded_by) == (
        "sharing", True, "admin"
    )  # fmt: skip
    # the next referral to the same organisation sees the consent already given
    again = refer(qtbot, window)
    assert "Given" in again.consent_state.text() and not again.consent_now.isVisible()
    again.reject()


def test_refer_needs_a_service(window, qtbot):
    window.header.refer.click()
    dialog = modal(ReferDialog)
    qtbot.waitUntil(lambda: dialog.partner.count() == 2)
    dialog.partner.setCurrentIndex(1)
    assert dialog.urgency.code() == "normal" and dialog.service.code() is None
    dialog.ok.click()
    assert dialog.isVisible() and dialog.group.messages["service"].isVisible()
    dialog.reject()


def test_admin_overrides_in_the_refer_dialog_with_a_reason(window, qtbot):
    dialog = refer(qtbot, window)
    dialog.override.setChecked(True)
    dialog.ok.click()
    assert dialog.isVisible()  # the reason is required
    dialog.override_reason.setPlainText("Threat to life: hospital admission tonight")
    dialog.ok.click()
    reloaded(qtbot, window, lambda d: d.referrals and d.referrals[0].status == "sent")
    assert window.detail.referrals[0].consent_override


def test_refer_with_consent_is_sent(window, directory, qtbot):
    partner_id, _bed = directory
    consent_tab = window.tab_pages["consent"]
    qtbot.waitUntil(lambda: bool(consent_tab.partner_names), timeout=10_000)

    consent_tab.add_button.click()
    dialog = modal(ConsentDialog)
    dialog.kind.set_code("sharing")
    dialog.partners.item(0).setCheckState(dialog.partners.item(0).checkState().Checked)
    dialog.ok.click()
    reloaded(qtbot, window, lambda d: d.consent_summary.sharing_partner_ids == (partner_id,))
    refer(qtbot, window).ok.click()
    reloaded(qtbot, window, lambda d: d.referrals and d.referrals[0].status == "sent")
    assert "Referrals (1)" in [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_admit_and_discharge(window, qtbot):
    window.header.admit.click()
    dialog = modal(AdmitDialog)
    qtbot.waitUntil(lambda: dialog.bed.count() == 1)
    dialog.ok.click()
    reloaded(qtbot, window, lambda d: len(d.stays) == 1)
    tab = window.tab_pages["shelter"]
    assert tab.discharge_button.isEnabled() and not tab.admit_button.isEnabled()

    tab.discharge_button.click()
    dialog = modal(DischargeDialog)
    dialog.reason.set_code("returned_home")
    dialog.ok.click()
    reloaded(qtbot, window, lambda d: d.stays[0].discharged_on == dt.date.today())
    assert window.detail.stays[0].discharge_reason == "returned_home"


def test_grant_from_plan_to_handover(window, qtbot):
    tab = window.tab_pages["grant"]

    tab.new_button.click()
    plan = modal(PlanDialog)
    plan.budget.table.item(0, 0).setText("Sewing machine")
    plan.budget.table.item(0, 1).setText("2")
    plan.budget.table.item(0, 2).setText("1200")
    plan.ok.click()
    reloaded(qtbot, window, lambda d: len(d.grants) == 1)
    tab.buttons["submit"].click()
    reloaded(qtbot, window, lambda d: d.grants[0].status == "submitted")
    tab.buttons["approve"].click()
    modal(AmountDialog).ok.click()
    reloaded(qtbot, window, lambda d: d.grants[0].status == "approved")
    assert window.detail.grants[0].approved_minor == 240000

    tab.buttons["purchase"].click()
    purchase = modal(PurchaseDialog)
    purchase.item.setText("Sewing machine")
    purchase.quantity.setValue(2)
    purchase.cost.amount.setText("1150")
    purchase.ok.click()
    reloaded(qtbot, window, lambda d: d.grants[0].status == "purchased")
    tab.buttons["hand_over"].click()
    handover = modal(HandoverDialog)
    handover.place.setText("Khujand, the shelter office")
    handover.ok.click()
    reloaded(qtbot, window, lambda d: d.grants[0].status == "handed_over")
    grant = window.detail.grants[0]
    assert grant.handover_place == "Khujand, the shelter office"
    assert grant.handed_over_on == dt.date.today()
    assert len([f for f in window.detail.follow_ups if f.kind == "monitoring_visit"]) == 3
    assert "Handed over on" in tab.summary.text()


def test_edit_and_save_with_ctrl_s(window, qtbot):
    profile = window.tab_pages["profile"]
    profile.fields.texts["phone"].setText("+992 900 00 00 00")
    profile.fields.texts["phone"].textEdited.emit("x")  # as typing does
    assert window.save_button.isEnabled() and window.windowTitle().startswith("*")
    window.activateWindow()
    qtbot.keyClick(profile.fields.texts["phone"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    reloaded(qtbot, window, lambda d: d.person.form.phone == "+992 900 00 00 00")
    qtbot.waitUntil(lambda: not window.save_button.isEnabled())


def test_manager_sees_restricted_and_no_edit_actions(admin_vault, vault_dir, qtbot):
    from ajo_cases.services.access.opening import open_vault

    case_id = add_case(admin_vault)
    add_user(admin_vault, MANAGER, "manager", MANAGER_PASSWORD)
    admin_vault.lock.release()
    manager = open_vault(vault_dir, MANAGER, MANAGER_PASSWORD)
    try:
        win = CaseWindow(PageContext(manager), case_id)
        qtbot.addWidget(win)
        qtbot.waitUntil(lambda: win.detail is not None, timeout=10_000)
        assert win.header.name.text() == "restricted"
        for button in (win.header.add_assistance, win.header.refer, win.header.admit,
                       win.header.close_case, win.save_button):  # fmt: skip
            assert not button.isVisibleTo(win)
        assert not win.header.print_button.isVisibleTo(win)  # papers hold personal data
        profile = win.tab_pages["profile"]
        assert not profile.fields.names.isVisibleTo(profile)
        assert not profile.fields.isEnabled()
        person = profile.fields.person
        for key in ("birth_date", "jamoat"):  # personal: left out, not shown empty
            assert not person.labels[key].isVisibleTo(win)
        win.show()
        qtbot.waitUntil(lambda: person.height() > 0)
        qtbot.waitUntil(lambda: profile.fields.height() > person.sizeHint().height())
        assert person.height() <= person.sizeHint().height() + 10  # no gap under the heading
        assert not win.tab_pages["assistance"].add_button.isVisibleTo(win)
        idle(qtbot)
    finally:
        manager.close()


def test_lock_keeps_an_unsaved_edit(make_session, vault_dir, qtbot):
    from ajo_cases.services.access.opening import open_vault

    with open_vault(vault_dir, ADMIN, ADMIN_PASSWORD) as vault:
        case_id = add_case(vault)
    session = make_session(vault_dir)
    unlock(qtbot, session)
    page = session.main_window.pages["cases"]
    win = page.case_windows.open(case_id)
    qtbot.waitUntil(lambda: win.detail is not None, timeout=10_000)
    phone = win.tab_pages["profile"].fields.texts["phone"]
    phone.setText("+992 11 222 33 44")
    phone.textEdited.emit(phone.text())
    session.lock("idle")
    assert session.drafts.has(ADMIN, "cases")
    unlock(qtbot, session)
    page = session.main_window.pages["cases"]
    qtbot.waitUntil(lambda: case_id in page.case_windows, timeout=10_000)
    win = page.case_windows[case_id]
    qtbot.waitUntil(lambda: win.detail is not None, timeout=10_000)
    assert win.tab_pages["profile"].fields.texts["phone"].text() == "+992 11 222 33 44"
    assert win.dirty() and "before the lock" in win.message.text()
    idle(qtbot)
    assert case_detail.case_detail(session.vault, case_id).person.form.phone is None
    win.tab_pages["profile"].restore_draft(None)  # discard, so closing asks nothing
    idle(qtbot)


def test_an_open_case_reloads_only_when_its_case_changed(window, admin_vault, qtbot):
    from ajo_cases.domain.records_casework import AssistanceForm
    from ajo_cases.services.casework import assistance
    from ajo_cases.ui.runtime.operations import ChangeOp

    other = add_case(admin_vault, person_form("Малика", "Юсупова", 2001))
    reloads: list[str] = []
    original = window.reload
    window.reload = lambda: (reloads.append(window.case_id), original())[1]
    form = AssistanceForm(type="legal", given_on=dt.date.today())
    bus = window.context.changes  # what every screen's operations announce on

    ChangeOp(None, bus, lambda: assistance.add_assistance(admin_vault, other, form)).run()
    idle(qtbot)
    assert reloads == []  # another case changed: this window keeps what it shows

    ChangeOp(None, bus, lambda: assistance.add_assistance(admin_vault, window.case_id, form)).run()
    reloaded(qtbot, window, lambda d: len(d.assistance) == 1)
    assert reloads == [window.case_id]


def test_closing_with_unsaved_edits_asks_without_blocking(admin_vault, qtbot):
    window = CaseWindow(PageContext(admin_vault), add_case(admin_vault))  # deletes itself
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
    phone = window.tab_pages["profile"].fields.texts["phone"]
    phone.setText("+992 11 222 33 44")
    phone.textEdited.emit(phone.text())
    window.close()
    question = modal(QMessageBox)  # the window stays open behind the question
    assert window.isVisible() and "not saved" in question.text()
    press(question, "Keep editing")
    assert window.isVisible() and window.dirty()
    window.close()
    vault, case_id = window.vault, window.case_id
    press(modal(QMessageBox), "Save")
    qtbot.waitUntil(lambda: not isValid(window), timeout=10_000)  # saved, then closed
    assert case_detail.case_detail(vault, case_id).person.form.phone == "+992 11 222 33 44"


def test_add_assistance_presets_the_currency(window, qtbot):
    window.header.add_assistance.click()
    dialog = modal(AssistanceDialog)
    assert dialog.cost.currency.code() == "TJS"  # never blank
    dialog.ok.click()
    assert dialog.isVisible() and dialog.group.messages["type"].isVisible()  # no silent "other"
    dialog.type.set_code("medical")
    dialog.cost.amount.setText("40")
    dialog.cost.currency.set_code("USD")
    dialog.ok.click()
    reloaded(qtbot, window, lambda d: len(d.assistance) == 1)
    assert window.detail.assistance[0].form.currency == "USD"
    window.header.add_assistance.click()
    again = modal(AssistanceDialog)
    assert again.cost.currency.code() == "USD"  # the currency this case was last paid in
    again.reject()
