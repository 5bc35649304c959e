"""The words for the import's fields in the column drop-downs, in the interface's language.

Person fields take the words the forms use (the vocabulary table's "person_field"); the rest
are translated here. The order is the import format's, grouped: person, case, assistance.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ajo_cases.services.exchange import import_rows
from ajo_cases.services.exchange.import_mapping import BIRTH_YEAR, FULL_NAME, IGNORE
from ajo_cases.ui.kit.vocab_labels import choices


def _own() -> dict[str, str]:
    return {
        IGNORE: QCoreApplication.translate("ImportFields", "Not imported"),
        "ref": QCoreApplication.translate(
            "ImportFields", "Register number (rows with the same number are one person)"
        ),
        FULL_NAME: QCoreApplication.translate(
            "ImportFields", "Full name (split into family name, given name, patronymic)"
        ),
        BIRTH_YEAR: QCoreApplication.translate(
            "ImportFields", "Year of birth (becomes an estimated age)"
        ),
        "estimated_age": QCoreApplication.translate("ImportFields", "Estimated age"),
        "opened_on": QCoreApplication.translate("ImportFields", "Date the case was opened"),
        "project": QCoreApplication.translate("ImportFields", "Project"),
        "worker": QCoreApplication.translate("ImportFields", "Case worker"),
        "identification_source": QCoreApplication.translate("ImportFields", "Identified by"),
        "risk_level": QCoreApplication.translate("ImportFields", "Risk level"),
        "status": QCoreApplication.translate("ImportFields", "Case status"),
        "closed_on": QCoreApplication.translate("ImportFields", "Date the case was closed"),
        "closure_reason": QCoreApplication.translate("ImportFields", "Reason for closing"),
        "exploitation_types": QCoreApplication.translate("ImportFields", "Forms of exploitation"),
        "labour_industry": QCoreApplication.translate("ImportFields", "Industry of forced labour"),
        "control_methods": QCoreApplication.translate("ImportFields", "Methods of control"),
        "recruitment_method": QCoreApplication.translate("ImportFields", "Recruitment"),
        "recruiter_relation": QCoreApplication.translate(
            "ImportFields", "Relation to the recruiter"
        ),
        "country_recruitment": QCoreApplication.translate("ImportFields", "Country of recruitment"),
        "country_exploitation": QCoreApplication.translate(
            "ImportFields", "Country of exploitation or migration"
        ),
        "countries_transit": QCoreApplication.translate("ImportFields", "Transit countries"),
        "exploitation_start": QCoreApplication.translate("ImportFields", "Exploitation began"),
        "exploitation_end": QCoreApplication.translate("ImportFields", "Exploitation ended"),
        "age_when_trafficked": QCoreApplication.translate("ImportFields", "Age when trafficked"),
        "places": QCoreApplication.translate("ImportFields", "Places"),
        "narrative": QCoreApplication.translate("ImportFields", "Account of events"),
        "assistance_type": QCoreApplication.translate(
            "ImportFields", "Type of assistance (several per cell allowed)"
        ),
        "assistance_date": QCoreApplication.translate("ImportFields", "Date of assistance"),
        "assistance_trade": QCoreApplication.translate("ImportFields", "Trade learnt"),
        "assistance_cost": QCoreApplication.translate("ImportFields", "Cost of assistance"),
        "assistance_currency": QCoreApplication.translate("ImportFields", "Currency"),
        "assistance_note": QCoreApplication.translate("ImportFields", "Note on the assistance"),
    }


def field_choices() -> list[tuple[str, str]]:
    """(field, words) for a column's drop-down: "Not imported" first, then every field."""
    own = _own()
    person = dict(choices("person_field"))
    found = [(IGNORE, own[IGNORE]), ("ref", own["ref"]), (FULL_NAME, own[FULL_NAME])]
    for column in import_rows.COLUMNS:
        if column.name == "ref":
            continue
        found.append((column.name, own.get(column.name) or person.get(column.name, column.name)))
        if column.name == "birth_date":
            found.append((BIRTH_YEAR, own[BIRTH_YEAR]))
    return found


def field_label(field: str) -> str:
    return dict(field_choices()).get(field, field)
