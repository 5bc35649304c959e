"""Every list in Tajik and Russian: headers and cells carry no English word. The records are
written in Cyrillic, so any Latin word left on screen is the application's own."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from ajo_cases.domain.records_casework import PartnerForm, ReferralForm
from ajo_cases.ui.app import i18n
from ajo_cases.ui.app.pages import PageContext, default_registry
from ajo_cases.ui.cases.case_window import CaseWindow
from tests.ui.case_helpers import add_case, idle, person_form
from tests.ui.worklist_helpers import TODAY, overdue_task

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# What is data rather than words: case codes, record ids, the sign-in name of an account, and
# the start of a signing key (its algorithm and hex digits).
DATA = re.compile(
    r"\b[A-Z]{2,4}-\d{4}-\d{4}\b|\b[0-9a-f]{8}-[0-9a-f-]{27}\b|\badmin\b"
    r"|\bEd25519 [0-9a-f]{16}…"
)


def _overdue_referral(vault, case_id: str) -> None:
    from ajo_cases.domain.records_casework import ConsentForm
    from ajo_cases.services.casework import consents, partners, referrals

    partner_id = partners.add_partner(vault, PartnerForm("Маркази ҳуқуқӣ", "legal_aid"))[0].id
    consents.record_consent(
        vault, case_id, ConsentForm("sharing", True, TODAY - dt.timedelta(days=50), (partner_id,))
    )
    record, _ = referrals.create_draft(vault, case_id, ReferralForm(partner_id, "legal"))
    referrals.send(vault, record.id, TODAY - dt.timedelta(days=40))


def _submitted_grant(vault, case_id: str) -> None:
    from ajo_cases.domain.records_grants import BudgetLine, GrantForm
    from ajo_cases.services.casework import grants

    form = GrantForm("tailoring", "Дӯзандагӣ", (BudgetLine("Мошини дӯзандагӣ", 1, 250000),))
    record, _ = grants.create_grant(vault, case_id, form)
    grants.submit(vault, record.id)


@pytest.fixture
def filled(admin_vault):

    form = dataclasses.replace(person_form(), latin_name="")
    case_id = add_case(admin_vault, form)
    overdue_task(admin_vault, case_id, what="Ба оила занг задан")
    _overdue_referral(admin_vault, case_id)
    _submitted_grant(admin_vault, case_id)
    return case_id


def english_words(widget: QWidget) -> list[str]:
    found: list[str] = []
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
        for column in range(columns):
            head = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            found += [f"header {head!r}" for _ in LATIN_WORD.findall(DATA.sub("", head))]
        for row in range(model.rowCount(QModelIndex())):
            for column in range(columns):
                text = str(model.index(row, column).data() or "")
                words = LATIN_WORD.findall(DATA.sub("", text))
                found += [f"{view.objectName()} cell {text!r}" for _ in words]
    return found


@pytest.mark.parametrize("language", ["tg", "ru"])
def test_every_list_has_no_english(filled, admin_vault, qtbot, language):
    i18n.set_language(language)
    found: list[str] = []
    for spec in default_registry().for_role("admin"):
        page = spec.factory(PageContext(admin_vault))
        qtbot.addWidget(page)
        idle(qtbot)
        found += [f"{spec.id}: {w}" for w in english_words(page)]
    window = CaseWindow(PageContext(admin_vault), filled)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
    idle(qtbot)
    found += [f"case window: {w}" for w in english_words(window)]
    print("\n".join(sorted(set(found))))
    assert found == []
