"""Export mapping from our codes to the HTCDS 2.0 picklist values and column names.

Spellings are copied from shared/reference/htcds-2.0-field-standards.csv (including the
standard's own "Unaquainted"). Where we keep a finer or local value HTCDS lacks, it is listed
in NOT_IN_HTCDS with what the export writes instead ("" means the cell is left blank).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, Final

from ajo_cases.domain.vocab_assistance import AssistanceType, PartnerType
from ajo_cases.domain.vocab_case import (
    CaseStatus,
    ClosureReason,
    ExploitationType,
    JourneyStage,
    LabourIndustry,
    MethodOfControl,
    RecruiterRelation,
    RecruitmentMethod,
)
from ajo_cases.domain.vocab_people import (
    EducationLevel,
    MaritalStatus,
    Sex,
    StatusDecider,
    TraffickingStatus,
)

# Salesforce multi-select picklists join values with a semicolon.
MULTISELECT_SEPARATOR: Final = ";"

HTCDS_COLUMNS: Final[Mapping[str, str]] = {
    "first_name": "prs_FirstName",
    "middle_name": "prs_MiddleName",
    "last_name": "prs_SecondName",
    "birth_date": "prs_Birthdate",
    "sex": "prs_Gender",
    "marital_status": "prs_MaritalStatus",
    "number_of_children": "prs_NumberOfChildren",
    "primary_language": "prs_PrimaryLanguage",
    "secondary_language": "prs_SecondaryLanguage",
    "education_level": "prs_HighestLevelOfEducation",
    "citizenship": "prs_Citizenship",
    "identity_number": "prs_IdentityNumber",
    "deceased": "prs_Deceased",
    "registration_consent": "vic_AgreementToManagePersonalData",
    "trafficking_status": "vic_TraffickingStatus",
    "status_decided_by": "vic_TraffickingStatusDecisionMakingOrg",
    "recruiter_relation": "vic_RelationshipToTrafficker",
    "age_when_trafficked": "vic_AgeWhenTrafficked",
    "recruitment_methods": "vic_MethodOfRecruitment",
    "methods_of_control": "vic_MethodsOfControl",
    "exploitation_types": "vic_TypeOfExploitation",
    "labour_industry": "vic_ForcedLabourIndustry",
    "case_status": "cas_Status",
    "closure_reason": "cas_ReasonForCaseClosure",
    "case_worker": "cas_CaseOwner",
    "referred_to": "cas_ReferredOrganisation",
    "referral_date": "cas_OutgoingReferralDate",
    "journey_stage": "hte_Type",
    "journey_country": "hte_Country",
    "journey_city": "hte_City",
    "journey_date": "hte_Date",
    "support_plan_type": "spl_Type",
    "partner_name": "org_Name",
    "partner_type": "org_Type",
}


def htcds_column(field: str) -> str:
    """The HTCDS column for one of our export fields; KeyError names fields without one."""
    try:
        return HTCDS_COLUMNS[field]
    except KeyError:
        raise KeyError(f"no HTCDS column for field {field!r}") from None


SEX: Final[Mapping[Sex, str]] = {
    Sex.FEMALE: "Feminine",
    Sex.MALE: "Masculine",
    Sex.OTHER_UNKNOWN: "NonSpecifiedUnknown",
}

MARITAL_STATUS: Final[Mapping[MaritalStatus, str]] = {
    MaritalStatus.SINGLE: "Single",
    MaritalStatus.MARRIED: "Married",
    MaritalStatus.RELIGIOUS_MARRIAGE_ONLY: "Married",
    MaritalStatus.DIVORCED: "Divorced",
    MaritalStatus.SEPARATED: "Separated",
    MaritalStatus.WIDOWED: "Widowed",
}

EDUCATION_LEVEL: Final[Mapping[EducationLevel, str]] = {
    EducationLevel.PRIMARY: "PrimaryEducation",
    EducationLevel.LOWER_SECONDARY: "LowerSecondaryEducation",
    EducationLevel.UPPER_SECONDARY: "UpperSecondaryEducation",
    EducationLevel.VOCATIONAL: "PostSecondaryNonTertiaryEducation",
    EducationLevel.BACHELOR: "BachelorsOrEquivalentLevel",
    EducationLevel.MASTER: "MastersOrEquivalentLevel",
    EducationLevel.DOCTORAL: "DoctoralOrEquivalentLevel",
}

TRAFFICKING_STATUS: Final[Mapping[TraffickingStatus, str]] = {
    TraffickingStatus.POSSIBLE: "PossibleVictimOfTrafficking",
    TraffickingStatus.CONFIRMED: "ActualVictimOfTrafficking",
    TraffickingStatus.NOT_A_VICTIM: "NotAVictimOfTrafficking",
}

STATUS_DECIDER: Final[Mapping[StatusDecider, str]] = {
    StatusDecider.POLICE: "Police",
    StatusDecider.NGO: "NGO",
    StatusDecider.COURT_OR_PROSECUTION: "CourtOrProsecution",
    StatusDecider.OTHER_GOVERNMENT: "NonPoliceGovernmentalOrganization",
    StatusDecider.OTHER: "Other",
}

RECRUITER_RELATION: Final[Mapping[RecruiterRelation, str]] = {
    RecruiterRelation.FAMILY: "Familial",
    RecruiterRelation.ACQUAINTANCE: "Acquainted",
    RecruiterRelation.STRANGER: "Unaquainted",
}

RECRUITMENT_METHOD: Final[Mapping[RecruitmentMethod, str]] = {
    RecruitmentMethod.AT_PLACE_OF_BUSINESS: "AtAPlaceOfBusiness",
    RecruitmentMethod.AT_EDUCATIONAL_INSTITUTION: "AtAnEducationalInstitution",
    RecruitmentMethod.AT_WORK: "AtWork",
    RecruitmentMethod.ONLINE_SOCIAL_NETWORK: "ThroughOnlineSocialNetworks",
    RecruitmentMethod.ONLINE_ADVERT: "ThroughAnOnlineAdvertisement",
    RecruitmentMethod.TELEVISION_ADVERT: "ThroughATelevisionAdvert",
    RecruitmentMethod.NEWSPAPER_ADVERT: "ThroughANewspaperAdvert",
    RecruitmentMethod.FAMILY: "ThroughFamilyOrFamilyEvents",
    RecruitmentMethod.FRIENDS: "ThroughFriendsOrSocialEvents",
    RecruitmentMethod.RECRUITMENT_AGENCY: "Other",
    RecruitmentMethod.OTHER: "Other",
}

# The picklist differs from the HTCDS definitions list: it has no "restricts movement",
# and "uses children" appears as "ThreatensChildrenFamily".
METHOD_OF_CONTROL: Final[Mapping[MethodOfControl, str]] = {
    MethodOfControl.DEBT_BONDAGE: "DebtBondage",
    MethodOfControl.TAKES_EARNINGS: "TakesEarnings",
    MethodOfControl.RESTRICTS_FINANCIAL_ACCESS: "RestrictsFinancialAccess",
    MethodOfControl.THREATS: "PhysicalThreats",
    MethodOfControl.PSYCHOLOGICAL_ABUSE: "PsychologicalAbuse",
    MethodOfControl.PHYSICAL_ABUSE: "PhysicalAbuse",
    MethodOfControl.SEXUAL_ABUSE: "SexualAbuse",
    MethodOfControl.FALSE_PROMISES: "FalsePromises",
    MethodOfControl.PSYCHOACTIVE_SUBSTANCES: "PsychoactiveSubstance",
    MethodOfControl.RESTRICTS_MOVEMENT: "Other",
    MethodOfControl.RESTRICTS_MEDICAL_CARE: "RestrictsMedicalCare",
    MethodOfControl.EXCESSIVE_WORKING_HOURS: "ExcessiveWorkingHours",
    MethodOfControl.USES_CHILDREN: "ThreatensChildrenFamily",
    MethodOfControl.THREAT_OF_LAW_ENFORCEMENT: "ThreatsLawEnforcement",
    MethodOfControl.WITHHOLDS_NECESSITIES: "WithholdsNecessities",
    MethodOfControl.WITHHOLDS_DOCUMENTS: "WithholdsDocuments",
    MethodOfControl.OTHER: "Other",
}

EXPLOITATION_TYPE: Final[Mapping[ExploitationType, str]] = {
    ExploitationType.FORCED_LABOUR: "ForcedLabour",
    ExploitationType.SEXUAL_EXPLOITATION: "SexualExploitation",
    ExploitationType.FORCED_MARRIAGE: "ForcedMarriage",
    ExploitationType.FORCED_BEGGING: "ForcedBegging",
    ExploitationType.FORCED_CRIMINALITY: "Other",
    ExploitationType.DOMESTIC_SERVITUDE: "Servitude",
    ExploitationType.ORGAN_REMOVAL: "OrganRemoval",
    ExploitationType.OTHER: "Other",
}

LABOUR_INDUSTRY: Final[Mapping[LabourIndustry, str]] = {
    LabourIndustry.AGRICULTURE_FORESTRY_FISHING: "A_AgricultureForestryAndFishing",
    LabourIndustry.MINING_QUARRYING: "B_MiningAndQuarrying",
    LabourIndustry.MANUFACTURING: "C_Manufacturing",
    LabourIndustry.ELECTRICITY_GAS_STEAM: "D_ElectricityGasSteamAndAirConditioningSupply",
    LabourIndustry.WATER_SUPPLY_WASTE: "E_WaterSupplySewerageWasteManagement",
    LabourIndustry.CONSTRUCTION: "F_Construction",
    LabourIndustry.WHOLESALE_RETAIL_TRADE: "G_WholesaleAndRetailTradeRepairOfMotorVehicles",
    LabourIndustry.TRANSPORTATION_STORAGE: "H_TransportationAndStorage",
    LabourIndustry.ACCOMMODATION_FOOD_SERVICE: "I_AccommodationAndFoodServiceActivities",
    LabourIndustry.INFORMATION_COMMUNICATION: "J_InformationAndCommunication",
    LabourIndustry.FINANCIAL_INSURANCE: "K_FinancialAndInsuranceActivities",
    LabourIndustry.REAL_ESTATE: "L_RealEstateActivities",
    LabourIndustry.PROFESSIONAL_SCIENTIFIC_TECHNICAL: (
        "M_ProfessionalScientificAndTechnicalActivities"
    ),
    LabourIndustry.ADMINISTRATIVE_SUPPORT: "N_AdministrativeAndSupportServiceActivities",
    LabourIndustry.PUBLIC_ADMINISTRATION_DEFENCE: "O_PublicAdministrationAndDefence",
    LabourIndustry.EDUCATION: "P_Education",
    LabourIndustry.HEALTH_SOCIAL_WORK: "Q_HumanHealthAndSocialWorkActivities",
    LabourIndustry.ARTS_ENTERTAINMENT_RECREATION: "R_ArtsEntertainmentAndRecreation",
    LabourIndustry.OTHER_SERVICES: "S_OtherServiceActivities",
    LabourIndustry.HOUSEHOLDS_AS_EMPLOYERS: "T_ActivitiesOfHouseholdsAsEmployers",
    LabourIndustry.EXTRATERRITORIAL_ORGANISATIONS: "U_ActivitiesOfExtraterritorialOrganizations",
}

JOURNEY_STAGE: Final[Mapping[JourneyStage, str]] = {
    JourneyStage.RECRUITMENT: "Recruitment",
    JourneyStage.TRANSIT: "Transit",
    JourneyStage.EXPLOITATION: "Exploitation",
}

# HTCDS records support plans, not single services: each assistance type goes to the
# nearest plan type. Only education and legal are exact.
SUPPORT_PLAN_TYPE: Final[Mapping[AssistanceType, str]] = {
    AssistanceType.ACCOMMODATION: "SocialCare",
    AssistanceType.FOOD_NFI: "SocialCare",
    AssistanceType.MEDICAL: "Health",
    AssistanceType.PSYCHOLOGICAL: "Health",
    AssistanceType.SOCIAL: "SocialCare",
    AssistanceType.LEGAL: "Legal",
    AssistanceType.DOCUMENTATION: "Legal",
    AssistanceType.RETURN_TRANSPORT: "SocialCare",
    AssistanceType.FAMILY_TRACING: "SocialCare",
    AssistanceType.VOCATIONAL_TRAINING: "Livelihood",
    AssistanceType.EDUCATION: "Education",
    AssistanceType.FINANCIAL_LITERACY: "Financial",
    AssistanceType.BUSINESS_TRAINING: "Livelihood",
    AssistanceType.CASH_SUPPORT: "Financial",
    AssistanceType.IN_KIND_SUPPORT: "Livelihood",
}

PARTNER_TYPE: Final[Mapping[PartnerType, str]] = {
    PartnerType.HOSPITAL: "HealthServiceOrganisation",
    PartnerType.LEGAL_AID: "LegalService",
    PartnerType.POLICE: "LawEnforcement",
    PartnerType.MIGRATION_SERVICE: "ImmigrationService",
    PartnerType.WOMEN_FAMILY_COMMITTEE: "CentralGovernmentOrganisation",
    PartnerType.EMPLOYMENT_CENTRE: "LocalGovernmentOrganisation",
    PartnerType.NGO: "NGO",
}

CASE_STATUS: Final[Mapping[CaseStatus, str]] = {
    # HTCDS has no "open": a registered case not yet worked on is still an active case there.
    CaseStatus.OPEN: "Active",
    CaseStatus.ACTIVE: "Active",
    CaseStatus.FOLLOW_UP: "FollowUp",
    CaseStatus.CLOSED: "Closed",
}

# Our values without an exact HTCDS counterpart, per export field: code -> value written.
NOT_IN_HTCDS: Final[Mapping[str, Mapping[str, str]]] = {
    "marital_status": {"religious_marriage_only": "Married", "unknown": ""},
    "education_level": {"none": "", "unknown": ""},
    "recruiter_relation": {"unknown": ""},
    "recruitment_methods": {"recruitment_agency": "Other"},
    "methods_of_control": {"restricts_movement": "Other"},
    "exploitation_types": {"forced_criminality": "Other"},
    "case_status": {"open": "Active"},
    "partner_type": {
        "iom": "",
        "women_family_committee": "CentralGovernmentOrganisation",
        "employment_centre": "LocalGovernmentOrganisation",
        "other": "",
    },
    "support_plan_type": {
        code.value: SUPPORT_PLAN_TYPE.get(code, "")
        for code in AssistanceType
        if code not in (AssistanceType.EDUCATION, AssistanceType.LEGAL)
    },
}

_BY_ENUM: Final[Mapping[type[StrEnum], Mapping[Any, str]]] = {
    Sex: SEX,
    MaritalStatus: MARITAL_STATUS,
    EducationLevel: EDUCATION_LEVEL,
    TraffickingStatus: TRAFFICKING_STATUS,
    StatusDecider: STATUS_DECIDER,
    RecruiterRelation: RECRUITER_RELATION,
    RecruitmentMethod: RECRUITMENT_METHOD,
    MethodOfControl: METHOD_OF_CONTROL,
    ExploitationType: EXPLOITATION_TYPE,
    LabourIndustry: LABOUR_INDUSTRY,
    JourneyStage: JOURNEY_STAGE,
    AssistanceType: SUPPORT_PLAN_TYPE,
    PartnerType: PARTNER_TYPE,
    CaseStatus: CASE_STATUS,
}


def htcds_value(code: StrEnum) -> str | None:
    """The HTCDS picklist value for one of our codes; None means leave the cell blank."""
    mapping = _BY_ENUM.get(type(code))
    if mapping is None:
        raise KeyError(f"{type(code).__name__} has no HTCDS picklist")
    return mapping.get(code)


def htcds_multiselect(codes: Iterable[StrEnum]) -> str:
    """A multi-select cell: mapped values in first-seen order, each once ("Other" folds)."""
    seen: dict[str, None] = {}
    for code in codes:
        value = htcds_value(code)
        if value:
            seen.setdefault(value, None)
    return MULTISELECT_SEPARATOR.join(seen)


def htcds_case_status(status: CaseStatus, closure_reason: ClosureReason | None = None) -> str:
    """cas_Status; a case closed by referring the person on is HTCDS "ClosedReferred"."""
    if status is CaseStatus.CLOSED and closure_reason is ClosureReason.REFERRED_ELSEWHERE:
        return "ClosedReferred"
    return CASE_STATUS[status]
