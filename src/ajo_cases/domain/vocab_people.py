"""Vocabularies about people and users: sex, category, trafficking status, family, roles."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    # One bucket for "other" and "not known": donors disaggregate by female/male only,
    # and a separate tiny cell would identify the person.
    OTHER_UNKNOWN = "other_unknown"


class BeneficiaryCategory(StrEnum):
    VICTIM_OF_TRAFFICKING = "victim_of_trafficking"
    VULNERABLE_MIGRANT = "vulnerable_migrant"
    RETURNEE_MIGRANT = "returnee_migrant"
    MIGRANT_FAMILY_MEMBER = "migrant_family_member"
    OTHER = "other"


class TraffickingStatus(StrEnum):
    """HTCDS vic_TraffickingStatus, with short codes."""

    POSSIBLE = "possible"
    CONFIRMED = "confirmed"
    # HTCDS keeps people assessed as not trafficked; they stay in the system as migrants.
    NOT_A_VICTIM = "not_a_victim"


class StatusDecider(StrEnum):
    """Who decided the trafficking status (HTCDS vic_TraffickingStatusDecisionMakingOrg)."""

    POLICE = "police"
    NGO = "ngo"
    COURT_OR_PROSECUTION = "court_or_prosecution"
    OTHER_GOVERNMENT = "other_government"
    OTHER = "other"


class MaritalStatus(StrEnum):
    SINGLE = "single"
    MARRIED = "married"
    # Nikoh without civil registration is common and leaves a woman without legal
    # protection, so staff record it apart from a registered marriage.
    RELIGIOUS_MARRIAGE_ONLY = "religious_marriage_only"
    DIVORCED = "divorced"
    SEPARATED = "separated"
    WIDOWED = "widowed"
    UNKNOWN = "unknown"


class EducationLevel(StrEnum):
    """Highest level completed, on the ISCED steps HTCDS uses."""

    NONE = "none"
    PRIMARY = "primary"  # grades 1-4
    LOWER_SECONDARY = "lower_secondary"  # basic general, grades 5-9
    UPPER_SECONDARY = "upper_secondary"  # grades 10-11
    VOCATIONAL = "vocational"  # initial / secondary vocational (litsey, kollej)
    BACHELOR = "bachelor"
    MASTER = "master"  # includes the five-year "specialist" degree
    DOCTORAL = "doctoral"
    UNKNOWN = "unknown"


class Role(StrEnum):
    ADMIN = "admin"
    CASE_WORKER = "case_worker"
    SHELTER_STAFF = "shelter_staff"
    MANAGER = "manager"


def may_see_personal_data(role: Role) -> bool:
    """Managers work from anonymised figures only; every other role handles named cases."""
    return role is not Role.MANAGER
