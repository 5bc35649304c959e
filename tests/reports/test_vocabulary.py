"""The one table of words for the codes: every code of every domain vocabulary has a word in
Tajik, Russian and English, in the domain's order, with the glossary's terms; screens and
documents both read it, and it loads without ReportLab or Qt."""

from __future__ import annotations

import subprocess
import sys
from enum import StrEnum

import pytest

from ajo_cases.domain import vocab_assistance, vocab_case, vocab_people
from ajo_cases.domain.followups import FollowUpKind
from ajo_cases.domain.places import COUNTRY_CHOICES, District
from ajo_cases.domain.records import PERSONAL_PERSON_FIELDS
from ajo_cases.domain.records_casework import ACTIVITY_KINDS, ATTACHMENT_KINDS, URGENCIES
from ajo_cases.reports.vocabulary import LANGUAGES, joined, label, labels, vocabularies

# every enum of domain/vocab_*.py, by the vocabulary name the table files it under
VOCABULARY_OF: dict[type[StrEnum], str] = {
    vocab_people.Sex: "sex",
    vocab_people.BeneficiaryCategory: "category",
    vocab_people.TraffickingStatus: "trafficking_status",
    vocab_people.StatusDecider: "status_decider",
    vocab_people.MaritalStatus: "marital_status",
    vocab_people.EducationLevel: "education",
    vocab_people.Role: "role",
    vocab_case.CaseStatus: "case_status",
    vocab_case.ClosureReason: "closure_reason",
    vocab_case.IdentificationSource: "identification_source",
    vocab_case.ExploitationType: "exploitation_type",
    vocab_case.LabourIndustry: "labour_industry",
    vocab_case.MethodOfControl: "control_method",
    vocab_case.RecruitmentMethod: "recruitment_method",
    vocab_case.RecruiterRelation: "recruiter_relation",
    vocab_case.JourneyStage: "journey_stage",
    vocab_case.ConsentKind: "consent_kind",
    vocab_case.RiskLevel: "risk_level",
    vocab_assistance.AssistanceType: "assistance_type",
    vocab_assistance.VocationalTrade: "trade",
    vocab_assistance.DischargeReason: "discharge_reason",
    vocab_assistance.ReferralStatus: "referral_status",
    vocab_assistance.PartnerType: "partner_type",
    vocab_assistance.GrantStatus: "grant_status",
    vocab_assistance.GrantSector: "grant_sector",
    vocab_assistance.Currency: "currency",
    District: "district",
    FollowUpKind: "follow_up_kind",
}
OTHER_CODES: dict[str, tuple[str, ...]] = {
    "country": tuple(COUNTRY_CHOICES),
    "urgency": tuple(URGENCIES),
    "activity_kind": tuple(ACTIVITY_KINDS),
    "attachment_kind": tuple(ATTACHMENT_KINDS),
}


def _domain_enums() -> set[type[StrEnum]]:
    modules = (vocab_people, vocab_case, vocab_assistance)
    return {
        value
        for module in modules
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
    }


def test_every_enum_of_the_domain_vocabularies_is_in_the_table():
    assert _domain_enums() <= set(VOCABULARY_OF), _domain_enums() - set(VOCABULARY_OF)
    assert set(VOCABULARY_OF.values()) | set(OTHER_CODES) <= set(vocabularies())


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("enum", list(VOCABULARY_OF), ids=lambda e: e.__name__)
def test_every_code_has_a_word_in_each_language_in_the_domain_order(enum, lang):
    name = VOCABULARY_OF[enum]
    pairs = labels(name, lang)
    assert [code for code, _word in pairs] == [member.value for member in enum]
    for code, word in pairs:
        assert word.strip() and (word != code or lang == "en"), (name, code, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", sorted(OTHER_CODES))
def test_the_other_code_lists_are_complete(name, lang):
    assert [code for code, _word in labels(name, lang)] == list(OTHER_CODES[name])
    assert all(word.strip() for _code, word in labels(name, lang))


def test_personal_fields_have_their_printed_names():
    assert set(PERSONAL_PERSON_FIELDS) <= {code for code, _w in labels("person_field", "tg")}


def test_words_follow_the_glossary():
    assert label("category", "victim_of_trafficking", "tg") == "Қурбонии савдои одамон"
    assert label("category", "victim_of_trafficking", "ru") == "Жертва торговли людьми"
    assert label("category", "returnee_migrant", "tg") == "Муҳоҷири бозгашта"
    assert label("assistance_type", "legal", "tg") == "Ҳуқуқӣ"
    assert label("assistance_type", "return_transport", "ru") == "Возвращение на родину"
    assert label("grant_status", "plan", "tg") == "Нақшаи тиҷоратӣ"
    assert label("role", "case_worker", "ru") == "Социальный работник"
    assert label("role", "manager", "tg") == "Роҳбар"
    assert label("sex", "male", "tg") == "Мард"
    assert label("attachment_kind", "handover_certificate", "ru") == "Акт приёма-передачи"


def test_one_word_for_one_thing_in_each_language():
    """Within a vocabulary no two codes share a word: a word read back finds one code."""
    for name in vocabularies():
        for lang in LANGUAGES:
            words = [word.casefold() for _code, word in labels(name, lang)]
            assert len(words) == len(set(words)), (name, lang)


def test_missing_and_unknown_codes():
    assert label("sex", None, "en") == "" and label("sex", "", "tg") == ""
    assert label("assistance_type", "new_kind_of_help", "ru") == "new kind of help"
    assert labels("no_such_vocabulary", "en") == []
    assert joined("country", ("RU", "KZ"), "en") == "Russia, Kazakhstan"
    with pytest.raises(ValueError, match="unknown language"):
        label("sex", "male", "de")


def test_the_table_loads_without_reportlab_or_qt():
    code = (
        "import sys\n"
        "import ajo_cases.reports.vocabulary\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'reportlab')))\n"
        "print(','.join(bad)); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
