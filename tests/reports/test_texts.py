"""Document words: every language complete, every vocabulary code labelled, numbers formatted."""

import subprocess
import sys
from enum import StrEnum

import pytest

from ajo_cases.domain import vocab
from ajo_cases.domain.followups import FollowUpKind
from ajo_cases.domain.records import PERSONAL_PERSON_FIELDS
from ajo_cases.domain.records_casework import URGENCIES
from ajo_cases.reports import texts
from ajo_cases.reports.layout import fmt_date, fmt_money
from ajo_cases.reports.vocab_labels import VOCABS, label, labels

ENUMS: dict[str, type[StrEnum]] = {
    "assistance_type": vocab.AssistanceType,
    "trade": vocab.VocationalTrade,
    "discharge_reason": vocab.DischargeReason,
    "referral_status": vocab.ReferralStatus,
    "partner_type": vocab.PartnerType,
    "grant_status": vocab.GrantStatus,
    "grant_sector": vocab.GrantSector,
    "currency": vocab.Currency,
    "case_status": vocab.CaseStatus,
    "closure_reason": vocab.ClosureReason,
    "identification_source": vocab.IdentificationSource,
    "exploitation_type": vocab.ExploitationType,
    "labour_industry": vocab.LabourIndustry,
    "control_method": vocab.MethodOfControl,
    "recruitment_method": vocab.RecruitmentMethod,
    "recruiter_relation": vocab.RecruiterRelation,
    "consent_kind": vocab.ConsentKind,
    "risk_level": vocab.RiskLevel,
    "sex": vocab.Sex,
    "category": vocab.BeneficiaryCategory,
    "trafficking_status": vocab.TraffickingStatus,
    "status_decider": vocab.StatusDecider,
    "marital_status": vocab.MaritalStatus,
    "education": vocab.EducationLevel,
    "district": vocab.District,
    "follow_up_kind": FollowUpKind,
}


def test_every_language_has_every_key():
    keys = set(texts.EN)
    for lang in texts.LANGUAGES:
        assert set(texts.TEXTS[lang]) == keys, lang
        assert all(value.strip() for value in texts.TEXTS[lang].values())


def test_placeholders_match_across_languages():
    import string

    def fields(value: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(value) if name}

    for key, english in texts.EN.items():
        for lang in texts.LANGUAGES:
            assert fields(texts.TEXTS[lang][key]) == fields(english), (lang, key)


@pytest.mark.parametrize("vocab_name", sorted(ENUMS))
def test_every_code_has_three_words(vocab_name):
    table = VOCABS[vocab_name]
    assert {code.value for code in ENUMS[vocab_name]} == set(table)
    for code, words in table.items():
        parts = words.split("|")
        assert len(parts) == 3 and all(p.strip() for p in parts), (vocab_name, code)


def test_other_vocabularies_are_complete():
    assert set(VOCABS["urgency"]) == set(URGENCIES)
    assert set(vocab.COUNTRY_CHOICES) == set(VOCABS["country"])
    assert set(PERSONAL_PERSON_FIELDS) <= set(VOCABS["person_field"])


def test_labels_follow_the_glossary():
    assert label("tg", "assistance_type", "legal") == "Ҳуқуқӣ"
    assert label("ru", "category", "victim_of_trafficking") == "Жертва торговли людьми"
    assert texts.text("tg", "handover") == "Санади қабулу супориш"
    assert texts.text("ru", "handover") == "Акт приёма-передачи"
    assert texts.text("tg", "case_worker") == "Корманди иҷтимоӣ"
    assert labels("en", "country", ("RU", "KZ")) == "Russia, Kazakhstan"


def test_unknown_codes_print_as_themselves():
    assert label("tg", "assistance_type", "new_kind_of_help") == "new kind of help"
    assert label("en", "sex", None) == ""


def test_dates_and_money():
    from datetime import date

    assert fmt_date(date(2026, 3, 5)) == "05.03.2026"
    assert fmt_money(123_456_78, "TJS", "ru") == "123\xa0456,78\xa0сомони"
    assert fmt_money(5, "TJS", "tg") == "0,05\xa0сомонӣ"
    assert fmt_money(-150_000, "USD", "en") == "-1,500.00\xa0USD".replace(",", "\xa0")
    assert fmt_money(None, "TJS", "en") == ""


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown document language"):
        texts.check_language("de")


def test_reports_load_neither_qt_nor_the_database_layer():
    code = (
        "import sys\n"
        "import ajo_cases.reports.case_summary, ajo_cases.reports.referral_form\n"
        "import ajo_cases.reports.handover\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy')))\n"
        "print(','.join(bad)); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
