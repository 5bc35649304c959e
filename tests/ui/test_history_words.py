"""History and the audit viewer speak words: the person's views and profile edits are in the
case's History, fields and details read as words, not as the codes the log keeps."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QModelIndex

from ajo_cases.domain.records_casework import AssistanceForm
from ajo_cases.ui.admin.audit_page import AuditPage
from ajo_cases.ui.app import i18n
from ajo_cases.ui.app.pages import PageContext
from ajo_cases.ui.cases.case_window import CaseWindow
from tests.ui.case_helpers import add_case, idle, person_form


def rows(model) -> list[list[str]]:
    columns = model.columnCount(QModelIndex())
    return [
        [str(model.index(row, column).data() or "") for column in range(columns)]
        for row in range(model.rowCount(QModelIndex()))
    ]


def test_history_shows_views_and_profile_edits_in_words(admin_vault, qtbot):
    from ajo_cases.services.casework import assistance
    from ajo_cases.services.casework.case_detail import case_detail
    from ajo_cases.services.people import people

    case_id = add_case(admin_vault)
    person_id = case_detail(admin_vault, case_id).person.id
    people.update(
        admin_vault, person_id, dataclasses.replace(person_form(), family_name="Раҳимова")
    )
    people.get(admin_vault, person_id)  # someone looked at the person
    assistance.add_assistance(
        admin_vault, case_id, AssistanceForm("legal", dt.date.today(), cost_minor=5000)
    )
    window = CaseWindow(PageContext(admin_vault), case_id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
    history = rows(window.tab_pages["history"].model)
    events = {(row[2], row[3]) for row in history}
    assert ("Viewed", "Person") in events
    assert ("Changed", "Person") in events
    edit = next(row for row in history if row[2] == "Changed" and row[3] == "Person")
    assert edit[4] == "Family name"
    added = next(row for row in history if row[3] == "Assistance")
    assert "_" not in added[4] and "Kind of assistance" in added[4]

    i18n.set_language("tg")
    window.retranslate()
    edit = next(row for row in rows(window.tab_pages["history"].model) if row[4] == "Насаб")
    assert edit[2] == "Тағйир ёфт"
    idle(qtbot)


def test_audit_viewer_details_in_words(admin_vault, qtbot):
    from tests.ui.worklist_helpers import sent_referral

    sent_referral(admin_vault, add_case(admin_vault))
    i18n.set_language("ru")
    page = AuditPage(PageContext(admin_vault))
    qtbot.addWidget(page)
    idle(qtbot)
    table = rows(page.model)
    details = [row[7] for row in table]
    assert "Черновик → Отправлено" in details
    assert not [d for d in details if "->" in d or "_" in d]
    fields = [row[6] for row in table if row[6]]
    assert "Организация-партнёр, Услуга, Срочность" in fields


def latin_words(text: str) -> list[str]:
    import re

    return re.findall(r"[A-Za-z]{2,}", text)


def test_audit_details_are_in_the_users_language(admin_vault, qtbot):
    """The demo fill's counts, an export's, the statistics filter and the integrity sentences
    read in Tajik and Russian, not as the English keys the log keeps."""
    from ajo_cases.domain.records import AuditRecord
    from ajo_cases.domain.stats_model import StatsFilter
    from ajo_cases.services.access.audit_view import audit_page
    from ajo_cases.services.demo.demo import fill_demo
    from ajo_cases.services.statistics.statistics import describe
    from ajo_cases.ui.kit.audit_words import detail_text

    fill_demo(admin_vault, cases=8, seed=1)
    written = [entry for entry in audit_page(admin_vault) if entry.event == "demo_fill"]
    assert written and "seed=1" in written[0].detail
    moment = written[0].at
    more = [
        describe(
            StatsFilter(
                date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 6, 30), district="khujand"
            )
        ),
        "format=xlsx pseudonymized=yes rows=4 cases=3 excluded=1 damaged=1",
        "keyslots checksum mismatch",
        "3 parked events dropped",
    ]
    entries = written + [
        AuditRecord(
            seq=1, at=moment, actor="a", event="x", target_table=None, target_id=None, detail=detail
        )
        for detail in more
    ]
    for language in ("tg", "ru"):
        i18n.set_language(language)
        for entry in entries:
            text = detail_text(entry)
            # codes a person reads as they are: the project code and the file format
            assert latin_words(text.replace("xlsx", "")) == [], (language, entry.detail, text)
    i18n.set_language("en")
    assert detail_text(entries[-1]) == "3 postponed audit events dropped"


def test_history_names_the_case_workers_and_is_filled_at_the_first_open(admin_vault, qtbot):
    from ajo_cases.services.access.profiles import Profile, set_profile
    from ajo_cases.services.casework import cases
    from ajo_cases.services.casework.case_detail import case_detail
    from tests.ui.case_helpers import add_user

    add_user(admin_vault, "nigora", "case_worker", "a long password for her work")
    set_profile(admin_vault, Profile("admin", full_name="Зарина Каримова"))
    set_profile(admin_vault, Profile("nigora", full_name="Нигора Раҳимова"))
    case_id = add_case(admin_vault)
    before = case_detail(admin_vault, case_id).case.form
    cases.update_case_fields(
        admin_vault, case_id, before, dataclasses.replace(before, worker="nigora")
    )
    window = CaseWindow(PageContext(admin_vault), case_id)  # the first open of this window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
    history = rows(window.tab_pages["history"].model)
    assert history[0][2] == "Viewed"  # this very opening is in the History already
    what = [row[3] for row in history]
    assert "Case: case worker Зарина Каримова → Нигора Раҳимова" in what
    assert not [text for text in what if "nigora" in text]
    idle(qtbot)


def test_an_account_profiles_fields_are_words():
    from ajo_cases.ui.kit.audit_words import fields_text

    i18n.set_language("tg")
    text = fields_text(("full_name", "position", "phone"))
    assert latin_words(text) == [], text
