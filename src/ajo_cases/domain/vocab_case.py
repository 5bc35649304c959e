"""Vocabularies of a case: status, closure, identification, trafficking details, consent, risk."""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    OPEN = "open"
    ACTIVE = "active"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


class ClosureReason(StrEnum):
    GOALS_MET = "goals_met"
    MOVED_AWAY = "moved_away"
    STOPPED_BY_PERSON = "stopped_by_person"
    RE_MIGRATED = "re_migrated"
    DIED = "died"
    REFERRED_ELSEWHERE = "referred_elsewhere"
    FUNDING_ENDED = "funding_ended"


class IdentificationSource(StrEnum):
    POLICE = "police"
    IOM = "iom"
    HOTLINE = "hotline"
    SELF = "self"
    NGO = "ngo"
    CONSULATE = "consulate"
    BORDER_SERVICE = "border_service"
    OTHER = "other"


class ExploitationType(StrEnum):
    FORCED_LABOUR = "forced_labour"
    SEXUAL_EXPLOITATION = "sexual_exploitation"
    FORCED_MARRIAGE = "forced_marriage"
    FORCED_BEGGING = "forced_begging"
    FORCED_CRIMINALITY = "forced_criminality"
    DOMESTIC_SERVITUDE = "domestic_servitude"
    ORGAN_REMOVAL = "organ_removal"
    OTHER = "other"


class LabourIndustry(StrEnum):
    """HTCDS labour industry, tier 1 (ISIC sections A-U)."""

    AGRICULTURE_FORESTRY_FISHING = "agriculture_forestry_fishing"
    MINING_QUARRYING = "mining_quarrying"
    MANUFACTURING = "manufacturing"
    ELECTRICITY_GAS_STEAM = "electricity_gas_steam"
    WATER_SUPPLY_WASTE = "water_supply_waste"
    CONSTRUCTION = "construction"
    WHOLESALE_RETAIL_TRADE = "wholesale_retail_trade"
    TRANSPORTATION_STORAGE = "transportation_storage"
    ACCOMMODATION_FOOD_SERVICE = "accommodation_food_service"
    INFORMATION_COMMUNICATION = "information_communication"
    FINANCIAL_INSURANCE = "financial_insurance"
    REAL_ESTATE = "real_estate"
    PROFESSIONAL_SCIENTIFIC_TECHNICAL = "professional_scientific_technical"
    ADMINISTRATIVE_SUPPORT = "administrative_support"
    PUBLIC_ADMINISTRATION_DEFENCE = "public_administration_defence"
    EDUCATION = "education"
    HEALTH_SOCIAL_WORK = "health_social_work"
    ARTS_ENTERTAINMENT_RECREATION = "arts_entertainment_recreation"
    OTHER_SERVICES = "other_services"
    HOUSEHOLDS_AS_EMPLOYERS = "households_as_employers"
    EXTRATERRITORIAL_ORGANISATIONS = "extraterritorial_organisations"


class MethodOfControl(StrEnum):
    """HTCDS methods of control (definitions list; see htcds.py for the picklist export)."""

    DEBT_BONDAGE = "debt_bondage"
    TAKES_EARNINGS = "takes_earnings"
    RESTRICTS_FINANCIAL_ACCESS = "restricts_financial_access"
    THREATS = "threats"
    PSYCHOLOGICAL_ABUSE = "psychological_abuse"
    PHYSICAL_ABUSE = "physical_abuse"
    SEXUAL_ABUSE = "sexual_abuse"
    FALSE_PROMISES = "false_promises"
    PSYCHOACTIVE_SUBSTANCES = "psychoactive_substances"
    RESTRICTS_MOVEMENT = "restricts_movement"
    RESTRICTS_MEDICAL_CARE = "restricts_medical_care"
    EXCESSIVE_WORKING_HOURS = "excessive_working_hours"
    USES_CHILDREN = "uses_children"
    THREAT_OF_LAW_ENFORCEMENT = "threat_of_law_enforcement"
    WITHHOLDS_NECESSITIES = "withholds_necessities"
    WITHHOLDS_DOCUMENTS = "withholds_documents"
    OTHER = "other"


class RecruitmentMethod(StrEnum):
    """HTCDS vic_MethodOfRecruitment, plus private recruitment agencies (common locally)."""

    AT_PLACE_OF_BUSINESS = "at_place_of_business"
    AT_EDUCATIONAL_INSTITUTION = "at_educational_institution"
    AT_WORK = "at_work"
    ONLINE_SOCIAL_NETWORK = "online_social_network"
    ONLINE_ADVERT = "online_advert"
    TELEVISION_ADVERT = "television_advert"
    NEWSPAPER_ADVERT = "newspaper_advert"
    FAMILY = "family"
    FRIENDS = "friends"
    RECRUITMENT_AGENCY = "recruitment_agency"
    OTHER = "other"


class RecruiterRelation(StrEnum):
    """HTCDS vic_RelationshipToTrafficker."""

    FAMILY = "family"
    ACQUAINTANCE = "acquaintance"
    STRANGER = "stranger"
    UNKNOWN = "unknown"


class JourneyStage(StrEnum):
    """Where a dated place in the trafficking history belongs (HTCDS hte_Type)."""

    RECRUITMENT = "recruitment"
    TRANSIT = "transit"
    EXPLOITATION = "exploitation"


class ConsentKind(StrEnum):
    REGISTRATION = "registration"
    SHARING = "sharing"
    STATISTICS = "statistics"


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
