"""Words for the codes the domain stores (CONVENTIONS.md 10: the domain returns codes, the UI
turns them into words). One translatable label per code; tables are built once per language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ajo_cases.ui.app.i18n import current_language
from ajo_cases.ui.kit.vocab_labels_casework import services_tables, trafficking_tables


def _people() -> dict[str, dict[str, str]]:
    return {
        "sex": {
            "female": QCoreApplication.translate("Vocab", "Female"),
            "male": QCoreApplication.translate("Vocab", "Male"),
            "other_unknown": QCoreApplication.translate("Vocab", "Other or not known"),
        },
        "category": {
            "victim_of_trafficking": QCoreApplication.translate("Vocab", "Victim of trafficking"),
            "vulnerable_migrant": QCoreApplication.translate("Vocab", "Vulnerable migrant"),
            "returnee_migrant": QCoreApplication.translate("Vocab", "Returnee migrant"),
            "migrant_family_member": QCoreApplication.translate(
                "Vocab", "Family member of a migrant"
            ),
            "other": QCoreApplication.translate("Vocab", "Other"),
        },
        "trafficking_status": {
            "possible": QCoreApplication.translate("Vocab", "Possible victim"),
            "confirmed": QCoreApplication.translate("Vocab", "Confirmed victim"),
            "not_a_victim": QCoreApplication.translate("Vocab", "Not a victim"),
        },
        "status_decider": {
            "police": QCoreApplication.translate("Vocab", "Police"),
            "ngo": QCoreApplication.translate("Vocab", "NGO"),
            "court_or_prosecution": QCoreApplication.translate("Vocab", "Court or prosecutor"),
            "other_government": QCoreApplication.translate("Vocab", "Other state body"),
            "other": QCoreApplication.translate("Vocab", "Other"),
        },
        "marital_status": {
            "single": QCoreApplication.translate("Vocab", "Single"),
            "married": QCoreApplication.translate("Vocab", "Married (registered)"),
            "religious_marriage_only": QCoreApplication.translate(
                "Vocab", "Religious marriage only (nikoh)"
            ),
            "divorced": QCoreApplication.translate("Vocab", "Divorced"),
            "separated": QCoreApplication.translate("Vocab", "Separated"),
            "widowed": QCoreApplication.translate("Vocab", "Widowed"),
            "unknown": QCoreApplication.translate("Vocab", "Not known"),
        },
        "education": {
            "none": QCoreApplication.translate("Vocab", "No schooling"),
            "primary": QCoreApplication.translate("Vocab", "Primary (grades 1–4)"),
            "lower_secondary": QCoreApplication.translate("Vocab", "Basic (grades 5–9)"),
            "upper_secondary": QCoreApplication.translate("Vocab", "Secondary (grades 10–11)"),
            "vocational": QCoreApplication.translate("Vocab", "Vocational"),
            "bachelor": QCoreApplication.translate("Vocab", "Bachelor"),
            "master": QCoreApplication.translate("Vocab", "Master or specialist"),
            "doctoral": QCoreApplication.translate("Vocab", "Doctorate"),
            "unknown": QCoreApplication.translate("Vocab", "Not known"),
        },
        "district": {
            "khujand": QCoreApplication.translate("Vocab", "Khujand"),
            "b_gafurov": QCoreApplication.translate("Vocab", "B. Gafurov"),
            "j_rasulov": QCoreApplication.translate("Vocab", "J. Rasulov"),
            "spitamen": QCoreApplication.translate("Vocab", "Spitamen"),
            "istaravshan": QCoreApplication.translate("Vocab", "Istaravshan"),
            "shahristan": QCoreApplication.translate("Vocab", "Shahristan"),
            "zafarobod": QCoreApplication.translate("Vocab", "Zafarobod"),
            "mastchoh": QCoreApplication.translate("Vocab", "Mastchoh"),
            "asht": QCoreApplication.translate("Vocab", "Asht"),
            "kanibadam": QCoreApplication.translate("Vocab", "Kanibadam"),
            "isfara": QCoreApplication.translate("Vocab", "Isfara"),
            "ayni": QCoreApplication.translate("Vocab", "Ayni"),
            "penjikent": QCoreApplication.translate("Vocab", "Penjikent"),
            "guliston": QCoreApplication.translate("Vocab", "Guliston"),
            "buston": QCoreApplication.translate("Vocab", "Buston"),
            "istiqlol": QCoreApplication.translate("Vocab", "Istiqlol"),
            "devashtich": QCoreApplication.translate("Vocab", "Devashtich"),
            "kuhistoni_mastchoh": QCoreApplication.translate("Vocab", "Kuhistoni Mastchoh"),
            "outside_sughd": QCoreApplication.translate("Vocab", "Outside Sughd region"),
        },
        "country": {
            "TJ": QCoreApplication.translate("Vocab", "Tajikistan"),
            "RU": QCoreApplication.translate("Vocab", "Russia"),
            "KZ": QCoreApplication.translate("Vocab", "Kazakhstan"),
            "TR": QCoreApplication.translate("Vocab", "Türkiye"),
            "AE": QCoreApplication.translate("Vocab", "United Arab Emirates"),
            "UZ": QCoreApplication.translate("Vocab", "Uzbekistan"),
            "KG": QCoreApplication.translate("Vocab", "Kyrgyzstan"),
            "CN": QCoreApplication.translate("Vocab", "China"),
            "AF": QCoreApplication.translate("Vocab", "Afghanistan"),
            "IR": QCoreApplication.translate("Vocab", "Iran"),
            "SA": QCoreApplication.translate("Vocab", "Saudi Arabia"),
            "KR": QCoreApplication.translate("Vocab", "South Korea"),
            "PL": QCoreApplication.translate("Vocab", "Poland"),
            "LT": QCoreApplication.translate("Vocab", "Lithuania"),
            "DE": QCoreApplication.translate("Vocab", "Germany"),
            "US": QCoreApplication.translate("Vocab", "United States"),
            "other": QCoreApplication.translate("Vocab", "Another country"),
        },
    }


def _case() -> dict[str, dict[str, str]]:
    return {
        "case_status": {
            "open": QCoreApplication.translate("Vocab", "Open"),
            "active": QCoreApplication.translate("Vocab", "Active"),
            "follow_up": QCoreApplication.translate("Vocab", "Follow-up"),
            "closed": QCoreApplication.translate("Vocab", "Closed"),
        },
        "closure_reason": {
            "goals_met": QCoreApplication.translate("Vocab", "Goals met"),
            "moved_away": QCoreApplication.translate("Vocab", "Moved away"),
            "stopped_by_person": QCoreApplication.translate("Vocab", "Stopped by the person"),
            "re_migrated": QCoreApplication.translate("Vocab", "Migrated again"),
            "died": QCoreApplication.translate("Vocab", "Died"),
            "referred_elsewhere": QCoreApplication.translate("Vocab", "Referred elsewhere"),
            "funding_ended": QCoreApplication.translate("Vocab", "Funding ended"),
        },
        "identification_source": {
            "police": QCoreApplication.translate("Vocab", "Police"),
            "iom": QCoreApplication.translate("Vocab", "IOM"),
            "hotline": QCoreApplication.translate("Vocab", "Hotline"),
            "self": QCoreApplication.translate("Vocab", "The person came themselves"),
            "ngo": QCoreApplication.translate("Vocab", "NGO"),
            "consulate": QCoreApplication.translate("Vocab", "Consulate"),
            "border_service": QCoreApplication.translate("Vocab", "Border service"),
            "other": QCoreApplication.translate("Vocab", "Other"),
        },
        "exploitation_type": {
            "forced_labour": QCoreApplication.translate("Vocab", "Forced labour"),
            "sexual_exploitation": QCoreApplication.translate("Vocab", "Sexual exploitation"),
            "forced_marriage": QCoreApplication.translate("Vocab", "Forced marriage"),
            "forced_begging": QCoreApplication.translate("Vocab", "Forced begging"),
            "forced_criminality": QCoreApplication.translate("Vocab", "Forced criminality"),
            "domestic_servitude": QCoreApplication.translate("Vocab", "Domestic servitude"),
            "organ_removal": QCoreApplication.translate("Vocab", "Organ removal"),
            "other": QCoreApplication.translate("Vocab", "Other"),
        },
        "recruitment_method": {
            "at_place_of_business": QCoreApplication.translate("Vocab", "At a business"),
            "at_educational_institution": QCoreApplication.translate("Vocab", "At a school"),
            "at_work": QCoreApplication.translate("Vocab", "At work"),
            "online_social_network": QCoreApplication.translate("Vocab", "Social network"),
            "online_advert": QCoreApplication.translate("Vocab", "Online advert"),
            "television_advert": QCoreApplication.translate("Vocab", "TV advert"),
            "newspaper_advert": QCoreApplication.translate("Vocab", "Newspaper advert"),
            "family": QCoreApplication.translate("Vocab", "Family"),
            "friends": QCoreApplication.translate("Vocab", "Friends"),
            "recruitment_agency": QCoreApplication.translate("Vocab", "Recruitment agency"),
            "other": QCoreApplication.translate("Vocab", "Other"),
        },
        "recruiter_relation": {
            "family": QCoreApplication.translate("Vocab", "Family"),
            "acquaintance": QCoreApplication.translate("Vocab", "Acquaintance"),
            "stranger": QCoreApplication.translate("Vocab", "Stranger"),
            "unknown": QCoreApplication.translate("Vocab", "Not known"),
        },
        "consent_kind": {
            "registration": QCoreApplication.translate("Vocab", "Registration"),
            "sharing": QCoreApplication.translate("Vocab", "Sharing with partners"),
            "statistics": QCoreApplication.translate("Vocab", "Statistics"),
        },
        "risk_level": {
            "low": QCoreApplication.translate("Vocab", "Low"),
            "medium": QCoreApplication.translate("Vocab", "Medium"),
            "high": QCoreApplication.translate("Vocab", "High"),
        },
        "follow_up_kind": {
            "plan_action": QCoreApplication.translate("Vocab", "Planned action"),
            "referral_follow_up": QCoreApplication.translate("Vocab", "Referral check"),
            "monitoring_visit": QCoreApplication.translate("Vocab", "Monitoring visit"),
        },
        "urgency": {
            "normal": QCoreApplication.translate("Vocab", "Normal"),
            "urgent": QCoreApplication.translate("Vocab", "Urgent"),
        },
        "attachment_kind": {
            "id_document": QCoreApplication.translate("Vocab", "Identity document"),
            "consent_form": QCoreApplication.translate("Vocab", "Signed consent form"),
            "handover_certificate": QCoreApplication.translate("Vocab", "Handover certificate"),
            "receipt": QCoreApplication.translate("Vocab", "Receipt"),
            "photo": QCoreApplication.translate("Vocab", "Photo"),
            "other": QCoreApplication.translate("Vocab", "Other"),
        },
    }


_Builder = Callable[[], dict[str, dict[str, str]]]
_BUILDERS: tuple[_Builder, ...] = (_people, _case, trafficking_tables, services_tables)
_cache: dict[str, dict[str, dict[str, str]]] = {}


def _tables() -> dict[str, dict[str, str]]:
    lang = current_language()
    tables = _cache.get(lang)
    if tables is None:
        tables = {}
        for build in _BUILDERS:
            tables.update(build())
        _cache.clear()
        _cache[lang] = tables
    return tables


def label(vocab: str, code: str | None) -> str:
    """The word for a code; an unknown code is shown as it is rather than hidden."""
    if code is None or code == "":
        return ""
    return _tables().get(vocab, {}).get(code, code)


def choices(vocab: str) -> list[tuple[str, str]]:
    """(code, label) pairs in the vocabulary's order, for combo boxes."""
    return list(_tables().get(vocab, {}).items())
