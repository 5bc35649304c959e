"""Everything held about one person, for the copy they may ask for (the right of access)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ajo_cases.domain.records import AuditRecord, PersonRecord
from ajo_cases.domain.records_casework import CaseDetail


@dataclass(frozen=True, slots=True)
class SharedWith:
    """What one referral passed on to a partner organisation."""

    referral_id: str
    case_code: str
    partner_name: str
    service: str  # AssistanceType
    status: str  # ReferralStatus
    sent_on: date | None
    consented_fields: tuple[str, ...]  # person fields the sharing consent allowed when sent
    override: bool  # sent without consent on an administrator's written reason
    printed: tuple[tuple[datetime, tuple[str, ...]], ...]  # each printed form: when, which fields


@dataclass(frozen=True, slots=True)
class PersonDossier:
    person: PersonRecord
    cases: tuple[CaseDetail, ...]  # every case of the person, each with all its records
    shared: tuple[SharedWith, ...]
    history: tuple[AuditRecord, ...]  # who viewed, changed, printed or exported, newest first
    partner_names: dict[str, str]  # partner id -> name, for consents naming partners
    made_at: datetime
    made_by: str
