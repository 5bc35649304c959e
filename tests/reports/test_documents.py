"""The three documents: names in every script, embedded fonts only, long content, metadata."""

import io
from datetime import date

import pytest
from PIL import Image

from ajo_cases.reports import case_summary, handover, referral_form
from ajo_cases.reports.case_summary import SECTIONS, build_case_summary
from ajo_cases.reports.model import HandoverSheet, Letterhead, PrintContext
from ajo_cases.services.casework import cases, grant_records
from ajo_cases.services.casework.case_detail import case_detail
from ajo_cases.services.people import people
from ajo_cases.services.printing import referral_pdf
from tests.reports import pdfcheck
from tests.reports.casebuilder import RUSSIAN, TAJIK, build_case

LANGS = ("tg", "ru", "en")
TODAY = date(2026, 4, 2)


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), (30, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


HEAD = Letterhead("Ҷамъияти «Ҳаёти нав»", "ш. Хуҷанд, кӯчаи Ленин 45", "+992 3422 2 22 22", _png())


def _ctx(lang: str) -> PrintContext:
    return PrintContext(lang, HEAD, TODAY, "admin")


def _documents(vault, built, lang: str) -> dict[str, bytes]:
    detail = case_detail(vault, built.case_id, today=TODAY)
    grant = grant_records.get_grant(vault, built.grant_id)
    person = people.get(vault, detail.person.id)
    sheet = HandoverSheet(grant, cases.get_case(vault, built.case_id), person)
    return {
        "case": build_case_summary(detail, _ctx(lang)),
        "referral": referral_pdf(vault, built.referral_id, lang),
        "handover": handover.build_handover(sheet, _ctx(lang)),
    }


def _names(form) -> list[str]:
    return [form.family_name, form.given_name, form.latin_name]


@pytest.mark.parametrize("lang", LANGS)
def test_tajik_names_come_back_exactly(admin_vault, lang):
    built = build_case(admin_vault)
    for kind, pdf in _documents(admin_vault, built, lang).items():
        text = pdfcheck.full_text(pdf)
        for name in _names(TAJIK):
            assert name in text, (kind, name)
        assert built.code in text
    summary = pdfcheck.full_text(_documents(admin_vault, built, lang)["case"])
    assert TAJIK.patronymic in summary and TAJIK.address in summary
    assert set("ҒӢҚӮҲҶғӣқӯҳҷ") <= set(summary)


def test_russian_and_latin_names_come_back_exactly(admin_vault):
    built = build_case(admin_vault, RUSSIAN)
    for kind, pdf in _documents(admin_vault, built, "ru").items():
        text = pdfcheck.full_text(pdf)
        assert all(name in text for name in _names(RUSSIAN)), kind
    text = pdfcheck.full_text(_documents(admin_vault, built, "en")["case"])
    assert RUSSIAN.address in text and RUSSIAN.patronymic in text


@pytest.mark.parametrize("lang", LANGS)
def test_only_embedded_fonts(admin_vault, lang):
    built = build_case(admin_vault)
    for kind, pdf in _documents(admin_vault, built, lang).items():
        used = pdfcheck.fonts(pdf)
        assert used, kind
        assert all(used.values()), (kind, used)
        assert {pdfcheck.base_name(n) for n in used} <= {"DejaVuSans", "DejaVuSans-Bold"}
        assert not {pdfcheck.base_name(n) for n in used} & pdfcheck.BASE14
        assert b"Helvetica" not in pdf


def test_metadata_has_no_personal_data(admin_vault):
    built = build_case(admin_vault)
    for lang in LANGS:
        for kind, pdf in _documents(admin_vault, built, lang).items():
            meta = pdfcheck.metadata_text(pdf)
            assert built.code in meta, kind
            for value in (*_names(TAJIK), TAJIK.patronymic, "Дӯзандагии Ҷамила", "Ҳакимова"):
                assert value not in meta, (kind, value)


def test_long_content_flows_across_pages_with_repeated_headers(admin_vault):
    end = "Конец рассказа: всё напечатано."
    built = build_case(admin_vault, assistance_rows=50, narrative_paragraphs=8, narrative_end=end)
    detail = case_detail(admin_vault, built.case_id, today=TODAY)
    pdf = build_case_summary(detail, _ctx("tg"))
    pages = pdfcheck.page_texts(pdf)
    assert len(pages) > 2
    text = "\n".join(pages)
    for i in range(1, 51):
        assert f"Запись {i:03d}: консультация" in text
    assert end in text.replace("\n", " ")
    with_rows = [p for p in pages if "Запись" in p]
    assert len(with_rows) >= 2
    assert all("Иҷрокунанда" in page for page in with_rows)  # the assistance table's header
    assert f"Саҳифаи {len(pages)} аз {len(pages)}" in pages[-1]
    assert all("Махфӣ" in page for page in pages)


def test_section_picker_prints_only_what_is_asked(admin_vault):
    built = build_case(admin_vault)
    detail = case_detail(admin_vault, built.case_id, today=TODAY)
    text = pdfcheck.full_text(build_case_summary(detail, _ctx("en"), {"assistance", "grants"}))
    assert "Assistance" in text and "Reintegration grant" in text
    assert "Personal details" not in text and TAJIK.family_name not in text
    assert "Trafficking details" not in text and "Account of events" not in text
    with pytest.raises(ValueError, match="unknown section"):
        build_case_summary(detail, _ctx("en"), {"profile", "secrets"})


def test_handover_items_and_total(admin_vault):
    built = build_case(admin_vault)
    pdf = _documents(admin_vault, built, "ru")["handover"]
    text = pdfcheck.full_text(pdf)
    assert "Мошини дӯзандагӣ" in text and "Матоъ" in text
    assert "2\xa0500,00" in text or "2 500,00" in text
    assert "3\xa0400,00" in text or "3 400,00" in text
    assert "Итого" in text and "Свидетель" in text and "Истаравшан" in text
    assert "25.03.2026" in text


def test_referral_form_has_slip_and_consent_reference(admin_vault):
    built = build_case(admin_vault)
    text = pdfcheck.full_text(_documents(admin_vault, built, "en")["referral"])
    ref = referral_form.reference(built.referral_id)
    assert "Acknowledgement of receipt" in text and ref in text
    assert "Sending organisation" in text and "Receiving organisation" in text
    assert "sharing consent of 01.03.2026" in text and "Urgent" in text and "Legal" in text
    assert "Stamp" in text and "Signature" in text


def test_a_damaged_logo_does_not_stop_printing(admin_vault):
    built = build_case(admin_vault)
    detail = case_detail(admin_vault, built.case_id)
    ctx = PrintContext("en", Letterhead("Org", logo_png=b"\x89PNG broken"), TODAY)
    assert pdfcheck.full_text(build_case_summary(detail, ctx, ["profile"])).count("Org") >= 1


def test_restricted_values_print_as_dashes_not_errors(admin_vault):
    """The service refuses managers; the layer itself still copes with None values."""
    built = build_case(admin_vault)
    detail = case_detail(admin_vault, built.case_id)
    blank = type(detail.person.form)(sex="male", category="other")
    person = type(detail.person)(detail.person.id, blank, restricted=True)
    detail = type(detail)(case=detail.case, person=person, restricted=True)
    assert build_case_summary(detail, _ctx("en"), SECTIONS).startswith(b"%PDF")


def test_sections_are_known_to_the_picker():
    assert case_summary.check_sections(["follow_ups", "profile"]) == ("profile", "follow_ups")
