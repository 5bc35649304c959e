"""Plain records for the work done on a case: consent, plan, assistance, shelter, referrals,
follow-ups, documents, plus the directory (partners, projects) and group activities.

Money is in minor units (hundredths). Personal values are ``None`` when the session may not
read them and ``restricted`` is then True.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ajo_cases.domain.records import AuditRecord, CaseRecord, PersonRecord
from ajo_cases.domain.records_grants import GrantRecord

ATTACHMENT_KINDS = (
    "id_document",
    "consent_form",
    "handover_certificate",
    "receipt",
    "photo",
    "other",
)
ACTIVITY_KINDS = ("information_meeting", "training")
URGENCIES = ("normal", "urgent")


# --- consent -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConsentForm:
    kind: str  # ConsentKind
    given: bool  # False records a refusal or a withdrawal
    recorded_on: date
    partner_ids: tuple[str, ...] = ()  # sharing only
    attachment_id: str | None = None  # the signed form


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    id: str
    case_id: str
    form: ConsentForm
    recorded_by: str
    created_at: datetime
    version: int = 0  # the row's version when read: a save from it checks it


@dataclass(frozen=True, slots=True)
class ConsentSummary:
    """What the header band shows: the consent state today."""

    registration: bool
    statistics: bool
    sharing_partner_ids: tuple[str, ...]


# --- assessment and plan -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AssessmentForm:
    assessed_on: date
    risk_level: str  # RiskLevel
    needs: tuple[str, ...] = ()  # AssistanceType codes
    summary: str | None = None  # personal
    goals: str | None = None  # personal


@dataclass(frozen=True, slots=True)
class AssessmentRecord:
    id: str
    case_id: str
    form: AssessmentForm
    created_by: str
    restricted: bool
    version: int = 0  # the row's version when read: a save from it checks it


@dataclass(frozen=True, slots=True)
class PlanActionForm:
    description: str | None  # personal
    due_on: date | None = None
    assistance_type: str | None = None


@dataclass(frozen=True, slots=True)
class PlanActionRecord:
    id: str
    case_id: str
    form: PlanActionForm
    done_on: date | None
    restricted: bool
    version: int = 0  # the row's version when read: a save from it checks it


# --- assistance ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AssistanceForm:
    type: str  # AssistanceType
    given_on: date
    trade: str | None = None  # VocationalTrade, for vocational training
    provider_partner_id: str | None = None  # None: the organisation's own staff
    cost_minor: int | None = None
    currency: str = "TJS"
    project_id: str | None = None  # None: the case's project
    note: str | None = None  # personal


@dataclass(frozen=True, slots=True)
class AssistanceRecord:
    id: str
    case_id: str
    form: AssistanceForm
    provider_name: str | None
    created_by: str
    created_at: datetime
    restricted: bool
    version: int = 0  # the row's version when read: a save from it checks it


# --- shelter -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BedRecord:
    id: str
    label: str
    room: str
    active: bool
    occupied: bool
    version: int = 0  # the row's version when read: a save from it checks it


@dataclass(frozen=True, slots=True)
class StayRecord:
    id: str
    case_id: str
    beneficiary_id: str
    bed_id: str
    bed_label: str
    admitted_on: date
    discharged_on: date | None
    discharge_reason: str | None
    version: int = 0  # the row's version when read: a save from it checks it


@dataclass(frozen=True, slots=True)
class ResidentRow:
    stay_id: str
    case_id: str
    case_code: str
    name: str | None  # None when restricted
    bed_label: str
    admitted_on: date


@dataclass(frozen=True, slots=True)
class ShelterOverview:
    on: date
    capacity: int
    occupied: int
    residents: list[ResidentRow]
    week_start: date  # Monday
    admissions_this_week: int
    discharges_this_week: int


# --- directory -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartnerForm:
    name: str
    kind: str  # PartnerType
    district: str | None = None
    contact: str = ""  # the organisation's contact, never a person's
    active: bool = True


@dataclass(frozen=True, slots=True)
class PartnerRecord:
    id: str
    form: PartnerForm
    version: int = 0  # the row's version when read: a save from it checks it


@dataclass(frozen=True, slots=True)
class ProjectForm:
    code: str
    name: str
    donor: str = ""
    starts_on: date | None = None
    ends_on: date | None = None


@dataclass(frozen=True, slots=True)
class ProjectRecord:
    id: str
    form: ProjectForm
    version: int = 0  # the row's version when read: a save from it checks it


# --- referrals -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReferralForm:
    partner_id: str
    service: str  # AssistanceType
    urgency: str = "normal"
    note: str | None = None  # personal


@dataclass(frozen=True, slots=True)
class ReferralRecord:
    id: str
    case_id: str
    form: ReferralForm
    partner_name: str
    status: str
    created_on: date
    sent_on: date | None
    answered_on: date | None
    completed_on: date | None
    follow_up_due: date | None
    consent_id: str | None
    consent_override: bool
    override_reason: str | None  # personal
    decline_reason: str | None  # personal
    created_by: str
    restricted: bool
    version: int = 0  # the row's version when read: a save from it checks it


# --- follow-ups ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FollowUpRecord:
    id: str
    case_id: str
    case_code: str
    kind: str  # domain.followups.FollowUpKind
    source: str  # domain.followups.FollowUpSource
    source_id: str | None
    due_on: date
    done_on: date | None
    assigned_to: str | None
    overdue: bool
    name: str | None = None  # the person's name in vault-wide lists; None when restricted
    assigned_name: str = ""  # the full name of whom it is assigned to, in vault-wide lists
    version: int = 0  # the row's version when read: a save from it checks it


# --- attachments ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: str
    case_id: str
    kind: str
    name: str | None  # the original name, as metadata only; None when restricted
    media_type: str
    size: int
    sha256: str
    created_by: str
    created_at: datetime
    version: int = 0  # the row's version when read: a save from it checks it


# --- group activities ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActivityForm:
    kind: str  # ACTIVITY_KINDS
    held_on: date
    district: str | None = None
    topic: str = ""  # never names
    project_id: str | None = None
    women: int = 0
    men: int = 0
    girls: int = 0
    boys: int = 0

    @property
    def participants(self) -> int:
        return self.women + self.men + self.girls + self.boys


@dataclass(frozen=True, slots=True)
class ActivityRecord:
    id: str
    form: ActivityForm
    version: int = 0  # the row's version when read: a save from it checks it


# --- the case window -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """Everything the case window shows, loaded at once."""

    case: CaseRecord
    person: PersonRecord
    restricted: bool
    consents: list[ConsentRecord] = field(default_factory=list)
    consent_summary: ConsentSummary = ConsentSummary(False, True, ())
    assessments: list[AssessmentRecord] = field(default_factory=list)
    plan_actions: list[PlanActionRecord] = field(default_factory=list)
    assistance: list[AssistanceRecord] = field(default_factory=list)
    stays: list[StayRecord] = field(default_factory=list)
    referrals: list[ReferralRecord] = field(default_factory=list)
    follow_ups: list[FollowUpRecord] = field(default_factory=list)
    attachments: list[AttachmentInfo] = field(default_factory=list)
    grants: list[GrantRecord] = field(default_factory=list)
    history: list[AuditRecord] = field(default_factory=list)
    # sign-in name -> full name, for the worker, the tasks and History (the login when unset)
    staff_names: dict[str, str] = field(default_factory=dict)

    def staff_name(self, login: str | None) -> str:
        return self.staff_names.get(login or "", login or "")
