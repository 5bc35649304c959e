"""Organisations & projects: the administrator adds, edits, deactivates and deletes; an
organisation in use cannot be deleted and the page says why; others only read."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ajo_cases.domain.records_casework import PartnerForm
from ajo_cases.services.casework import partners
from ajo_cases.ui.admin.directory_page import DirectoryPage
from ajo_cases.ui.app.pages import PageContext, default_registry
from tests.ui.case_helpers import idle, modal, press


def _page(vault, qtbot):
    context = PageContext(vault)
    page = DirectoryPage(context)
    context.changes.changed.connect(page.refresh)  # as the main window does
    qtbot.addWidget(page)
    idle(qtbot)
    return page


def test_registered_for_every_role():
    registry = default_registry()
    for role in ("admin", "case_worker", "shelter_staff", "manager"):
        assert "directory" in [spec.id for spec in registry.for_role(role)]


def test_models_pass_the_model_tester(admin_vault, qtbot, qtmodeltester):
    partners.add_partner(admin_vault, PartnerForm("Nur", "ngo", "khujand", "+992 1"))
    page = _page(admin_vault, qtbot)
    qtmodeltester.check(page.partner_model)
    qtmodeltester.check(page.project_model)


def test_admin_adds_edits_deactivates_and_deletes(admin_vault, qtbot):
    page = _page(admin_vault, qtbot)
    page.add_partner.click()
    dialog = page.dialog
    dialog.name.setText("Legal Aid Khujand")
    dialog.kind.set_code("legal_aid")
    dialog.district.set_code("khujand")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.partner_model.rowCount() == 1, timeout=5_000)
    assert page.partner_model.data(page.partner_model.index(0, 1)) == "Legal aid"
    assert page.partner_model.data(page.partner_model.index(0, 2)) == "Khujand"

    page.partner_table.selectRow(0)
    page.toggle_partner.click()
    qtbot.waitUntil(lambda: not page.partner_model.rows[0].form.active, timeout=5_000)
    page.partner_table.selectRow(0)
    assert page.toggle_partner.text() == "Reactivate"

    page.delete_partner.click()
    box = modal(QMessageBox)
    assert "Legal Aid Khujand" in box.text()
    press(box, "Delete “Legal Aid Khujand”")
    qtbot.waitUntil(lambda: page.partner_model.rowCount() == 0, timeout=5_000)


def test_project_form_and_a_taken_code(admin_vault, qtbot):
    page = _page(admin_vault, qtbot)
    for _ in range(2):
        page.add_project.click()
        dialog = page.dialog
        dialog.code.setText("IOM-CT")
        dialog.name.setText("Counter trafficking")
        dialog.donor.setText("IOM")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        idle(qtbot)
    assert page.project_model.rowCount() == 1
    assert "already exists" in dialog.error.text() and dialog.isVisible()
    dialog.reject()


def test_an_organisation_in_use_cannot_be_deleted(admin_vault, qtbot, monkeypatch):
    partners.add_partner(admin_vault, PartnerForm("Nur", "ngo"))

    def in_use(_vault, _id, *, expected_version=None):
        from ajo_cases.errors import InvalidInput

        raise InvalidInput("in use", field="active", count=2)

    monkeypatch.setattr(partners, "delete_partner", in_use)
    page = _page(admin_vault, qtbot)
    page.partner_table.selectRow(0)
    page.delete_partner.click()
    press(modal(QMessageBox), "Delete “Nur”")
    idle(qtbot)
    assert "cannot be deleted" in page.message.text() and "Deactivate" in page.message.text()
    assert page.partner_model.rowCount() == 1


def test_other_roles_read_only(admin_vault, qtbot, monkeypatch):
    partners.add_partner(admin_vault, PartnerForm("Nur", "ngo"))
    monkeypatch.setattr(admin_vault, "role", "case_worker")
    page = _page(admin_vault, qtbot)
    assert page.partner_model.rowCount() == 1
    assert not page.add_partner.isVisibleTo(page)
    assert not page.delete_project.isVisibleTo(page)
