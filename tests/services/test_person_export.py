"""A person's copy of their data: everything across their cases, what was shared with whom,
every consent answer, the documents listed, who touched the record; PDF in three languages
and JSON; audited; refused to managers."""

import json
from datetime import date

import pytest
from sqlalchemy import select

from ajo_cases.domain.records import CaseForm
from ajo_cases.domain.records_casework import ConsentForm
from ajo_cases.errors import InvalidInput, PermissionDenied
from ajo_cases.reports.referral_form import REFERRAL_FIELDS
from ajo_cases.services import printing
from ajo_cases.services.casework import attachments, case_detail, cases, consents
from ajo_cases.services.people import erasure, person_export
from ajo_cases.storage.models import AuditEntry, ShelterStay
from tests.reports import casebuilder
from tests.reports.pdfcheck import flat_text, fonts, reader


@pytest.fixture
def person(admin_vault):
    built = casebuilder.build_case(admin_vault)
    detail = case_detail.case_detail(admin_vault, built.case_id)
    second, _ = cases.open_case(admin_vault, detail.person.id, CaseForm(date(2026, 5, 1)))
    printing.referral_pdf(admin_vault, built.referral_id, "tg")  # with the person's details
    # the sharing consent is withdrawn later: the history shows both answers, and the form
    # printed after that carries no personal details
    consents.record_consent(admin_vault, built.case_id,
                            ConsentForm("sharing", False, date(2026, 4, 10)))  # fmt: skip
    printing.referral_pdf(admin_vault, built.referral_id, "tg")
    attachments.add_attachment(admin_vault, built.case_id, "consent_form", "розигинома.pdf",
                               "application/pdf", b"%PDF-1.4 signed form")  # fmt: skip
    return admin_vault, built, detail.person.id, second.code


def test_the_dossier_holds_everything_across_the_cases(person):
    vault, built, person_id, second_code = person
    found = person_export.dossier(vault, person_id)
    assert [d.case.code for d in found.cases] == [built.code, second_code]
    assert found.person.form.family_name == "Ҳакимова-Ғуломӣ"
    first = found.cases[0]
    assert [(c.form.kind, c.form.given) for c in first.consents] == [
        ("sharing", True), ("sharing", False)]  # fmt: skip
    assert len(first.assistance) == 3 and first.stays and first.grants and first.plan_actions
    assert [a.name for a in first.attachments] == ["розигинома.pdf"]
    [shared] = found.shared
    assert shared.partner_name == "Маркази ҳуқуқӣ «Ҳимоя»" and shared.sent_on == date(2026, 3, 5)
    assert shared.consented_fields == REFERRAL_FIELDS and not shared.override
    (first_print, with_details), (_later, without) = shared.printed
    assert first_print.date() == date.today() and "family_name" in with_details
    assert without == ()
    events = {(e.event, e.target_table) for e in found.history}
    assert ("create", "beneficiary") in events and ("view", "beneficiary") in events
    assert ("print", "referral") in events


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("tg", ("Маълумоти шахсии нигоҳдошташуда", "Ба ташкилотҳои шарик супорида шуд")),
        ("ru", ("Хранимые персональные данные", "Передано организациям-партнёрам")),
        ("en", ("Personal data held", "Shared with partner organisations")),
    ],
)
def test_pdf_in_each_language(person, lang, words):
    vault, built, person_id, second_code = person
    pdf = person_export.export_person(vault, person_id, "pdf", lang)
    text = flat_text(pdf)
    for word in (*words, "Ҳакимова-Ғуломӣ", "Ҷамила", built.code, second_code, "розигинома.pdf"):
        assert word in text
    assert all(fonts(pdf).values())  # every font embedded: Tajik letters print everywhere
    meta = reader(pdf).metadata
    assert "Ҷамила" not in str(meta.title) and "Ҳакимова" not in str(meta.subject)
    with vault.read_session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.event == "person_export")).one()
    assert entry.target_id == person_id and entry.detail == f"format=pdf lang={lang} cases=2"


def test_json_holds_the_fields_and_consent_history(person):
    vault, _built, person_id, _ = person
    data = json.loads(person_export.export_person(vault, person_id, "json", "en"))
    assert data["format"] == "ajo-cases-person-data"
    assert data["person"]["form"]["phone"] == "+992 92 700 12 34"
    first = data["cases"][0]
    assert [c["form"]["given"] for c in first["consents"]] == [True, False]
    assert first["attachments"][0]["name"] == "розигинома.pdf"
    assert "content" not in json.dumps(first["attachments"])  # listed, never the contents
    assert data["shared_with_partners"][0]["consented_fields"][0] == "family_name"


def test_an_erased_person_copy_says_so_and_holds_no_name(person):
    vault, _built, person_id, _ = person
    with vault.read_session() as session:
        stay_id = session.scalar(select(ShelterStay.id))
    from ajo_cases.services.casework import shelter

    shelter.discharge(vault, stay_id, date(2026, 4, 1), "returned_home")
    erasure.erase_person(vault, person_id, "the person asked")
    pdf = person_export.export_person(vault, person_id, "pdf", "en")
    text = flat_text(pdf)
    assert "The personal data of this person were erased on" in text
    assert "Ҷамила" not in text and "розигинома" not in text


def test_roles_and_formats(person):
    vault, _built, person_id, _ = person
    with pytest.raises(InvalidInput):
        person_export.export_person(vault, person_id, "docx", "en")
    with pytest.raises(InvalidInput):
        person_export.export_person(vault, person_id, "pdf", "fr")
    vault.role = "manager"
    with pytest.raises(PermissionDenied):
        person_export.export_person(vault, person_id, "pdf", "en")
