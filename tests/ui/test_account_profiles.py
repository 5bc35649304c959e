"""Accounts have a full name, position and phone: asked at first run with the letterhead,
edited under Administration, shown in lists and printed on papers instead of the login; a
vault without a letterhead prints the organisation's name in the sender box and on the slip."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from shiboken6 import isValid

from ajo_cases.services import letterhead, printing
from ajo_cases.services.access import profiles
from ajo_cases.ui.admin.user_dialogs import AddUserDialog, EditUserDialog
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.case_window import CaseWindow
from ajo_cases.ui.worklists import referrals_page
from ajo_cases.ui.worklists.referrals_page import ReferralsPage
from tests.reports.pdfcheck import flat_text
from tests.ui.case_helpers import add_case, idle
from tests.ui.conftest import create_here
from tests.ui.worklist_helpers import sent_referral

PASSWORD = "staff member passphrase"
NEW_PASSWORD = "a long enough vault passphrase"


def test_first_run_asks_for_the_letterhead_and_the_full_name(make_session, tmp_path, qtbot):
    session = make_session(tmp_path / "new-vault")
    window = create_here(session)
    made: list[object] = []
    window.created.connect(lambda vault, _code: made.append(vault))
    window.name.setText("zarina")
    window.full_name.setText("Зарина Каримова")
    window.org_name.setText("Ташкилоти ҷамъиятии «AJO»")
    window.org_contact.setText("+992 3422 0 00 00")
    window.passwords.password.setText(NEW_PASSWORD)
    window.passwords.repeat.setText(NEW_PASSWORD)
    window.create_button.click()
    qtbot.waitUntil(lambda: bool(made), timeout=10_000)
    vault = made[0]
    assert letterhead.get_letterhead(vault).name == "Ташкилоти ҷамъиятии «AJO»"
    assert profiles.get_profile(vault, "zarina").full_name == "Зарина Каримова"
    idle(qtbot)


def test_accounts_get_names_shown_in_lists_and_on_papers(unlocked, qtbot):
    window = unlocked.main_window
    assert window.show_page("administration")
    page = window.pages["administration"]
    qtbot.waitUntil(lambda: len(page.users) == 1, timeout=5_000)
    page.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, AddUserDialog)
    dialog.name.setText("nigora")
    dialog.role.setCurrentIndex(dialog.role.findData("case_worker"))
    dialog.details.edits["full_name"].setText("Нигора Раҳимова")
    dialog.details.edits["position"].setText("Корманди иҷтимоӣ")
    dialog.passwords.password.setText(PASSWORD)
    dialog.passwords.repeat.setText(PASSWORD)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: len(page.users) == 2, timeout=10_000)
    row = [info.name for info in page.users].index("nigora")
    assert page.table.item(row, 1).text() == "Нигора Раҳимова"

    page.table.selectRow(row)  # the phone comes later, through Details…
    page.details_button.click()
    edit = page.dialog
    assert isinstance(edit, EditUserDialog)
    assert edit.details.edits["position"].text() == "Корманди иҷтимоӣ"
    edit.details.edits["phone"].setText("+992 92 777 00 11")
    edit.ok_button.click()
    qtbot.waitUntil(lambda: not isValid(edit), timeout=10_000)
    qtbot.waitUntil(lambda: page.table.item(row, 3).text() == "+992 92 777 00 11")

    vault = unlocked.vault
    case_id = add_case(vault, worker="nigora")
    referral_id = sent_referral(vault, case_id)
    referrals = ReferralsPage(PageContext(vault))
    qtbot.addWidget(referrals)
    qtbot.waitUntil(lambda: not referrals.loading, timeout=10_000)
    worker = referrals.proxy.index(0, referrals_page.WORKER, QModelIndex()).data()
    assert worker == "Нигора Раҳимова"

    profiles.set_profile(vault, profiles.Profile("admin", "Шерали Саидов", "Маъмур"))
    text = flat_text(printing.referral_pdf(vault, referral_id, "tg"))
    assert "Нигора Раҳимова" in text and "+992 92 777 00 11" in text
    assert "Шерали Саидов, Маъмур" in text  # the sender's signature line
    assert "nigora" not in text
    assert text.count("AJO, Хуҷанд") >= 2  # no letterhead yet: the sender box and the slip

    case = CaseWindow(PageContext(vault), case_id)  # the header and History name people too
    qtbot.addWidget(case)
    qtbot.waitUntil(lambda: case.detail is not None, timeout=10_000)
    assert "worker: Нигора Раҳимова" in case.header.facts.text()
    history = case.tab_pages["history"].model
    who = {history.index(row, 1).data() for row in range(history.rowCount())}
    assert "Шерали Саидов" in who and "admin" not in who
    idle(qtbot)
