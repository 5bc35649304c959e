"""Places: the districts of Sughd region and the countries the organisation records."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from ajo_cases.domain.errors import RuleViolation


class District(StrEnum):
    """Districts and towns of Sughd region (home district of a person, activity venue)."""

    KHUJAND = "khujand"
    B_GAFUROV = "b_gafurov"
    J_RASULOV = "j_rasulov"
    SPITAMEN = "spitamen"
    ISTARAVSHAN = "istaravshan"
    SHAHRISTAN = "shahristan"
    ZAFAROBOD = "zafarobod"
    MASTCHOH = "mastchoh"
    ASHT = "asht"
    KANIBADAM = "kanibadam"
    ISFARA = "isfara"
    AYNI = "ayni"
    PENJIKENT = "penjikent"
    GULISTON = "guliston"
    BUSTON = "buston"
    ISTIQLOL = "istiqlol"
    DEVASHTICH = "devashtich"
    KUHISTONI_MASTCHOH = "kuhistoni_mastchoh"
    # People also come from other regions; statistics need a bucket for them.
    OUTSIDE_SUGHD = "outside_sughd"


SUGHD_DISTRICTS: Final[tuple[District, ...]] = tuple(
    district for district in District if district is not District.OUTSIDE_SUGHD
)

# ISO 3166-1 alpha-2 codes seen in the work: home, destinations and transit of migration.
COUNTRY_CODES: Final[tuple[str, ...]] = (
    "TJ",
    "RU",
    "KZ",
    "TR",
    "AE",
    "UZ",
    "KG",
    "CN",
    "AF",
    "IR",
    "SA",
    "KR",
    "PL",
    "LT",
    "DE",
    "US",
)
OTHER_COUNTRY: Final = "other"
COUNTRY_CHOICES: Final[tuple[str, ...]] = (*COUNTRY_CODES, OTHER_COUNTRY)


def is_country_code(text: str) -> bool:
    """True for one of COUNTRY_CHOICES, exactly as stored (upper-case codes, "other")."""
    return text in COUNTRY_CHOICES


def normalise_country_code(text: str) -> str:
    """Tidy user or import input ("ru ", "Other") to a stored code, or refuse it."""
    cleaned = text.strip()
    if cleaned.casefold() == OTHER_COUNTRY:
        return OTHER_COUNTRY
    code = cleaned.upper()
    if code not in COUNTRY_CODES:
        raise RuleViolation("country.unknown", value=cleaned)
    return code
