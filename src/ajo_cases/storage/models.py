"""Every table, imported in one place so metadata and migrations see them all."""

from ajo_cases.storage.base import Base
from ajo_cases.storage.models_access import AccountProfile, KeySlotEntry
from ajo_cases.storage.models_core import AuditEntry, ChangeFeedEntry, RemovedRow, VaultMeta
from ajo_cases.storage.models_grants import Grant, GrantBudgetLine, GrantPurchase, MonitoringVisit
from ajo_cases.storage.models_org import Activity, Project
from ajo_cases.storage.models_people import (
    Assessment,
    Beneficiary,
    Case,
    CodeCounter,
    Consent,
    PlanAction,
)
from ajo_cases.storage.models_services import (
    Assistance,
    Attachment,
    Bed,
    FollowUp,
    PartnerOrg,
    Referral,
    ShelterStay,
)
from ajo_cases.storage.models_stats import (
    StatsCase,
    StatsCode,
    StatsMark,
    StatsReferral,
    StatsService,
)

__all__ = [
    "AccountProfile",
    "Activity",
    "Assessment",
    "Assistance",
    "Attachment",
    "AuditEntry",
    "Base",
    "Bed",
    "Beneficiary",
    "Case",
    "ChangeFeedEntry",
    "CodeCounter",
    "Consent",
    "FollowUp",
    "Grant",
    "GrantBudgetLine",
    "GrantPurchase",
    "KeySlotEntry",
    "MonitoringVisit",
    "PartnerOrg",
    "PlanAction",
    "Project",
    "Referral",
    "RemovedRow",
    "ShelterStay",
    "StatsCase",
    "StatsCode",
    "StatsMark",
    "StatsReferral",
    "StatsService",
    "VaultMeta",
]
