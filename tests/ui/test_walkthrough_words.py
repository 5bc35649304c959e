"""What a new user's walk-through found in words and marks: sharing never asked is not shown as
a refusal, each page has its own icon, and an amount is written one way on every screen."""

from __future__ import annotations

import datetime as dt

import pytest

from ajo_cases.domain.records_casework import ConsentForm
from ajo_cases.services.casework import consents
from ajo_cases.services.casework.case_detail import case_detail
from ajo_cases.ui.app import i18n
from ajo_cases.ui.app.pages import default_registry
from ajo_cases.ui.cases.tabs.header import CaseHeader, sharing_state
from ajo_cases.ui.kit.formatting import format_amount
from tests.ui.case_helpers import add_case

NBSP = "\u00a0"


def test_sharing_never_asked_is_neutral_and_a_refusal_is_a_cross(admin_vault, qtbot):
    case_id = add_case(admin_vault)
    header = CaseHeader()
    qtbot.addWidget(header)
    detail = case_detail(admin_vault, case_id)
    assert sharing_state(detail) == "not_asked"
    header.load(detail)
    assert header.sharing.state is None and "Not asked yet" in header.sharing.toolTip()
    consents.record_consent(admin_vault, case_id, ConsentForm("sharing", False, dt.date.today()))
    detail = case_detail(admin_vault, case_id)
    assert sharing_state(detail) == "refused"
    header.load(detail)
    assert header.sharing.state is False and "refused" in header.sharing.toolTip()


def test_each_page_has_its_own_icon():
    specs = default_registry().for_role("admin")
    icons = [spec.icon for spec in specs]
    assert len(icons) == len(set(icons)), icons


@pytest.mark.parametrize(
    ("language", "somoni", "dollars"),
    [
        ("tg", f"1{NBSP}500,00{NBSP}сом.", f"1{NBSP}500,00{NBSP}доллари ИМА"),
        ("ru", f"1{NBSP}500,00{NBSP}сом.", f"1{NBSP}500,00{NBSP}долл. США"),
        ("en", f"1,500.00{NBSP}TJS", f"1,500.00{NBSP}USD"),
    ],
)
def test_an_amount_is_written_one_way(language, somoni, dollars):
    i18n.set_language(language)
    assert format_amount(150000, "TJS") == somoni
    assert format_amount(150000, "USD") == dollars
    assert format_amount(None) == ""
