from __future__ import annotations

import csv
from enum import StrEnum
from pathlib import Path

import pytest

from ajo_cases.domain import htcds
from ajo_cases.domain.htcds import (
    HTCDS_COLUMNS,
    NOT_IN_HTCDS,
    htcds_case_status,
    htcds_column,
    htcds_multiselect,
    htcds_value,
)
from ajo_cases.domain.vocab import (
    AssistanceType,
    CaseStatus,
    ClosureReason,
    EducationLevel,
    ExploitationType,
    GrantSector,
    JourneyStage,
    LabourIndustry,
    MaritalStatus,
    MethodOfControl,
    PartnerType,
    RecruiterRelation,
    RecruitmentMethod,
    Sex,
    StatusDecider,
    TraffickingStatus,
)

# The HTCDS 2.0 field list (CC BY 4.0, IOM; tests/data/README.md says what was taken).
REFERENCE = Path(__file__).resolve().parents[1] / "data" / "htcds-2.0-fields.csv"


def _rows() -> list[dict[str, str]]:
    with REFERENCE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _picklists() -> dict[str, set[str]]:
    return {
        row["field"]: set(row["picklist_values"].split("|"))
        for row in _rows()
        if row["picklist_values"]
    }


def _columns() -> set[str]:
    return {row["field"] for row in _rows()}


# (our export field, our enum, the mapping)
CASES = [
    ("sex", Sex, htcds.SEX),
    ("marital_status", MaritalStatus, htcds.MARITAL_STATUS),
    ("education_level", EducationLevel, htcds.EDUCATION_LEVEL),
    ("trafficking_status", TraffickingStatus, htcds.TRAFFICKING_STATUS),
    ("status_decided_by", StatusDecider, htcds.STATUS_DECIDER),
    ("recruiter_relation", RecruiterRelation, htcds.RECRUITER_RELATION),
    ("recruitment_methods", RecruitmentMethod, htcds.RECRUITMENT_METHOD),
    ("methods_of_control", MethodOfControl, htcds.METHOD_OF_CONTROL),
    ("exploitation_types", ExploitationType, htcds.EXPLOITATION_TYPE),
    ("labour_industry", LabourIndustry, htcds.LABOUR_INDUSTRY),
    ("journey_stage", JourneyStage, htcds.JOURNEY_STAGE),
    ("support_plan_type", AssistanceType, htcds.SUPPORT_PLAN_TYPE),
    ("partner_type", PartnerType, htcds.PARTNER_TYPE),
    ("case_status", CaseStatus, htcds.CASE_STATUS),
]


@pytest.mark.parametrize(("field", "enum", "mapping"), CASES, ids=[case[0] for case in CASES])
def test_mapped_values_are_exact_htcds_spellings(
    field: str, enum: type[StrEnum], mapping: dict[StrEnum, str]
) -> None:
    allowed = _picklists()[htcds_column(field)]
    for value in mapping.values():
        assert value in allowed, (field, value)


@pytest.mark.parametrize(("field", "enum", "mapping"), CASES, ids=[case[0] for case in CASES])
def test_every_code_is_mapped_or_documented_as_missing(
    field: str, enum: type[StrEnum], mapping: dict[StrEnum, str]
) -> None:
    missing = NOT_IN_HTCDS.get(field, {})
    for member in enum:
        if member.value in missing:
            assert (mapping.get(member) or "") == missing[member.value], member
        else:
            assert member in mapping, f"{field}: {member} neither mapped nor documented"


def test_columns_exist_in_the_standard() -> None:
    columns = _columns()
    for field, column in HTCDS_COLUMNS.items():
        assert column in columns, field


def test_htcds_column_lookup() -> None:
    assert htcds_column("sex") == "prs_Gender"
    assert htcds_column("exploitation_types") == "vic_TypeOfExploitation"
    with pytest.raises(KeyError, match="grant_sector"):
        htcds_column("grant_sector")


def test_documented_gaps_include_the_known_ones() -> None:
    assert NOT_IN_HTCDS["exploitation_types"]["forced_criminality"] == "Other"
    assert "restricts_movement" in NOT_IN_HTCDS["methods_of_control"]
    assert "accommodation" in NOT_IN_HTCDS["support_plan_type"]
    assert "education" not in NOT_IN_HTCDS["support_plan_type"]


def test_htcds_value_dispatches_by_enum() -> None:
    assert htcds_value(Sex.FEMALE) == "Feminine"
    assert htcds_value(TraffickingStatus.CONFIRMED) == "ActualVictimOfTrafficking"
    assert htcds_value(RecruiterRelation.STRANGER) == "Unaquainted"  # the standard's spelling
    assert htcds_value(ExploitationType.DOMESTIC_SERVITUDE) == "Servitude"
    assert htcds_value(MethodOfControl.USES_CHILDREN) == "ThreatensChildrenFamily"
    assert htcds_value(PartnerType.IOM) is None
    assert htcds_value(EducationLevel.NONE) is None
    with pytest.raises(KeyError):
        htcds_value(GrantSector.BAKERY)


def test_multiselect_joins_and_dedupes() -> None:
    cell = htcds_multiselect(
        [
            ExploitationType.FORCED_LABOUR,
            ExploitationType.FORCED_CRIMINALITY,
            ExploitationType.OTHER,
            ExploitationType.FORCED_LABOUR,
        ]
    )
    assert cell == "ForcedLabour;Other"
    assert htcds_multiselect([]) == ""
    assert htcds_multiselect([PartnerType.IOM]) == ""


def test_case_status_export() -> None:
    assert htcds_case_status(CaseStatus.OPEN) == "Active"
    assert htcds_case_status(CaseStatus.FOLLOW_UP) == "FollowUp"
    assert htcds_case_status(CaseStatus.CLOSED, ClosureReason.GOALS_MET) == "Closed"
    assert htcds_case_status(CaseStatus.CLOSED, ClosureReason.REFERRED_ELSEWHERE) == (
        "ClosedReferred"
    )
    assert htcds_case_status(CaseStatus.ACTIVE, ClosureReason.REFERRED_ELSEWHERE) == "Active"
