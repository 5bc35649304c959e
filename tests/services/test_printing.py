"""Printing as a use case: consent decides what a referral shows, managers are refused, every
print is audited without values, the admin's letterhead appears on the documents."""

import io
from datetime import date

import pytest
from PIL import Image
from sqlalchemy import select

from ajo_cases.domain.records_casework import ConsentForm
from ajo_cases.errors import InvalidInput, NotFound, PermissionDenied
from ajo_cases.reports.model import Letterhead
from ajo_cases.services import letterhead, printing
from ajo_cases.services.access import users
from ajo_cases.services.access.opening import open_vault
from ajo_cases.services.casework import consents
from ajo_cases.storage.models import AuditEntry
from tests.reports import pdfcheck
from tests.reports.casebuilder import TAJIK, build_case

PW = "a long enough passphrase"
PERSONAL = (TAJIK.family_name, TAJIK.given_name, TAJIK.latin_name, TAJIK.phone, TAJIK.address)


def _last_audit(vault):
    with vault.read_session() as session:
        return session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()


def test_referral_with_consent_shows_the_person(admin_vault):
    built = build_case(admin_vault)
    text = pdfcheck.flat_text(printing.referral_pdf(admin_vault, built.referral_id, "tg"))
    assert all(value in text for value in PERSONAL)
    assert "Суд 12.04" in text  # the worker's note travels with consent
    assert TAJIK.notes is None or TAJIK.notes not in text


def test_referral_without_consent_leaves_personal_fields_out(admin_vault):
    built = build_case(admin_vault, consent=False)  # a draft: never sent without consent
    text = pdfcheck.flat_text(printing.referral_pdf(admin_vault, built.referral_id, "en"))
    assert not [value for value in PERSONAL if value in text]
    assert "Jamila" not in text and "Суд 12.04" not in text
    assert "not consented" in text and "No sharing consent" in text
    assert built.code in text and "Female" in text  # the case code and non-personal facts stay


def test_withdrawn_consent_after_sending_hides_the_person(admin_vault):
    built = build_case(admin_vault)
    consents.record_consent(
        admin_vault, built.case_id, ConsentForm("sharing", False, date(2026, 3, 6))
    )
    text = pdfcheck.flat_text(printing.referral_pdf(admin_vault, built.referral_id, "ru"))
    assert not [value for value in PERSONAL if value in text]
    assert "не давал согласия" in text


def test_manager_may_not_print(admin_vault):
    built = build_case(admin_vault)
    users.add_user(admin_vault, "farrukh", "manager", PW)
    folder = admin_vault.data_dir
    admin_vault.close()
    with open_vault(folder, "farrukh", PW) as manager:
        assert not manager.may_read_personal
        with pytest.raises(PermissionDenied):
            printing.case_summary_pdf(manager, built.case_id, lang="en")
        with pytest.raises(PermissionDenied):
            printing.referral_pdf(manager, built.referral_id, "en")
        with pytest.raises(PermissionDenied):
            printing.handover_pdf(manager, built.grant_id, "en")
        assert _last_audit(manager).event != "print"


def test_print_is_audited_without_values(admin_vault):
    built = build_case(admin_vault)
    printing.case_summary_pdf(admin_vault, built.case_id, ["profile", "grants"], "ru")
    entry = _last_audit(admin_vault)
    assert (entry.event, entry.target_table, entry.target_id) == (
        "print",
        "case_file",
        built.case_id,
    )
    assert entry.detail == "case_summary:ru" and entry.fields == '["grants", "profile"]'
    printing.handover_pdf(admin_vault, built.grant_id, "tg")
    entry = _last_audit(admin_vault)
    assert (entry.target_id, entry.detail) == (built.grant_id, "handover:tg")
    printing.referral_pdf(admin_vault, built.referral_id, "en")
    entry = _last_audit(admin_vault)
    assert (entry.target_id, entry.detail) == (built.referral_id, "referral_form:en")
    assert all(v not in entry.detail + entry.fields for v in PERSONAL)


def test_bad_requests_are_clear_errors(admin_vault):
    built = build_case(admin_vault)
    with pytest.raises(InvalidInput, match="language"):
        printing.case_summary_pdf(admin_vault, built.case_id, lang="de")
    with pytest.raises(InvalidInput, match="unknown section"):
        printing.case_summary_pdf(admin_vault, built.case_id, ["profile", "diary"])
    with pytest.raises(NotFound):
        printing.referral_pdf(admin_vault, "no-such-id")
    with pytest.raises(NotFound):
        printing.case_id_for_code(admin_vault, "SH-2026-9999")
    with pytest.raises(InvalidInput):
        printing.case_id_for_code(admin_vault, "Ҷамила")


def test_case_code_finds_the_only_grant(admin_vault):
    built = build_case(admin_vault)
    assert printing.case_id_for_code(admin_vault, built.code.lower()) == built.case_id
    assert printing.grant_id_for(admin_vault, built.code) == built.grant_id
    assert printing.grant_id_for(admin_vault, built.grant_id) == built.grant_id


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (200, 80), (200, 40, 40)).save(buffer, "PNG")
    return buffer.getvalue()


def test_letterhead_set_by_admin_appears_on_documents(admin_vault):
    head = Letterhead("Ҷамъияти «Ҳаёти нав»", "ш. Хуҷанд", "+992 3422 2 22 22", _png())
    letterhead.set_letterhead(admin_vault, head)
    assert letterhead.get_letterhead(admin_vault) == head
    entry = _last_audit(admin_vault)
    assert (entry.event, entry.target_table) == ("update", "vault_meta")
    assert "org_name" in entry.fields and "Ҳаёти" not in entry.fields + entry.detail
    built = build_case(admin_vault)
    pdf = printing.handover_pdf(admin_vault, built.grant_id, "tg")
    assert "Ҷамъияти «Ҳаёти нав»" in pdfcheck.full_text(pdf)
    assert b"/Subtype /Image" in pdf
    letterhead.set_letterhead(admin_vault, Letterhead("Ҷамъияти «Ҳаёти нав»"))
    assert letterhead.get_letterhead(admin_vault).logo_png is None


def test_only_an_admin_sets_the_letterhead(admin_vault):
    users.add_user(admin_vault, "nigora", "case_worker", PW)
    folder = admin_vault.data_dir
    admin_vault.close()
    with open_vault(folder, "nigora", PW) as worker:
        with pytest.raises(PermissionDenied):
            letterhead.set_letterhead(worker, Letterhead("Other"))
        assert letterhead.get_letterhead(worker) == Letterhead()


@pytest.mark.parametrize("logo", [b"GIF89a....", b"\x89PNG\r\n\x1a\n" + b"x" * 40, b"x" * 600_000])
def test_letterhead_refuses_what_is_not_a_small_png(admin_vault, logo):
    with pytest.raises(InvalidInput):
        letterhead.set_letterhead(admin_vault, Letterhead("Org", logo_png=logo))
