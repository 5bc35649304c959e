"""A person's copy of everything held about them (the right of access), as PDF or JSON.

Everything across all their cases: personal fields, consents with their whole history,
assessment and plan, assistance, shelter stays, referrals with what was shared with whom,
grants, follow-ups, the attachments listed (not their contents), and the history of who viewed,
changed, printed or exported the record. Audited as one "person_export" event (the format and
the counts; never the file name).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from ajo_cases.domain import consent as consent_rules
from ajo_cases.domain.records import AuditRecord
from ajo_cases.domain.records_casework import CaseDetail
from ajo_cases.domain.records_person import PersonDossier, SharedWith
from ajo_cases.domain.vocab import ConsentKind
from ajo_cases.errors import InvalidInput, NotFound
from ajo_cases.reports.model import PrintContext
from ajo_cases.reports.person_record import build_person_record
from ajo_cases.reports.referral_form import REFERRAL_FIELDS
from ajo_cases.reports.texts import LANGUAGES
from ajo_cases.services import letterhead
from ajo_cases.services.casework import case_detail
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.storage.base import utc_now
from ajo_cases.storage.models import AuditEntry, Case, PartnerOrg
from ajo_cases.vault.output import write_output_bytes

EXPORT_ROLES: Final = ("admin", "case_worker")
FORMATS: Final = ("pdf", "json")
HISTORY_LIMIT: Final = 5000


def _history(session: Session, person_id: str, details: list[CaseDetail]) -> list[AuditRecord]:
    ids = {person_id}
    for detail in details:
        ids |= case_detail.child_ids(detail)
    rows = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.target_id.in_(sorted(ids)))
        .order_by(AuditEntry.seq.desc())
        .limit(HISTORY_LIMIT)
    ).all()
    return [case_detail.audit_record(row) for row in rows]


def _shared(detail: CaseDetail, history: list[AuditRecord]) -> list[SharedWith]:
    rules = [
        consent_rules.Consent(
            ConsentKind(c.form.kind),
            c.form.given,
            c.form.recorded_on,
            frozenset(c.form.partner_ids),
        )
        for c in detail.consents
    ]
    found = []
    for referral in sorted(detail.referrals, key=lambda r: r.created_on):
        sent = referral.sent_on
        allowed = sent is not None and consent_rules.may_share(
            rules, referral.form.partner_id, sent
        )
        printed = tuple(
            (entry.at, entry.fields)
            for entry in reversed(history)
            if entry.event == "print" and entry.target_id == referral.id
        )
        found.append(SharedWith(
            referral.id, detail.case.code, referral.partner_name, referral.form.service,
            referral.status, sent, REFERRAL_FIELDS if allowed else (), referral.consent_override,
            printed,
        ))  # fmt: skip
    return found


def dossier(vault: OpenVault, person_id: str, *, today: date | None = None) -> PersonDossier:
    """Everything held about the person (staff who handle named cases; not audited here)."""
    vault.require_role(*EXPORT_ROLES)
    today = today or date.today()
    with vault.read_session() as session:
        rows = session.scalars(
            select(Case).where(Case.beneficiary_id == person_id).order_by(Case.opened_on, Case.code)
        ).all()
        if not rows:
            raise NotFound("no such person")
        details = [case_detail.load_detail(vault, session, row, today) for row in rows]
        history = _history(session, person_id, details)
        partners = {
            pid: name for pid, name in session.execute(select(PartnerOrg.id, PartnerOrg.name))
        }
    shared = [item for detail in details for item in _shared(detail, history)]
    return PersonDossier(details[0].person, tuple(details), tuple(shared), tuple(history),
                         partners, utc_now(), vault.user)  # fmt: skip


def _plain(value: object) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(value)
    raise TypeError(type(value).__name__)


def _case_json(detail: CaseDetail) -> dict[str, Any]:
    data = asdict(detail)
    for key in ("person", "restricted", "history", "consent_summary"):
        data.pop(key, None)
    return data


def dossier_json(found: PersonDossier) -> bytes:
    person = asdict(found.person)
    person.pop("restricted", None)
    data = {
        "format": "ajo-cases-person-data", "version": 1,
        "made_at": found.made_at, "made_by": found.made_by, "person": person,
        "cases": [_case_json(detail) for detail in found.cases],
        "shared_with_partners": [asdict(item) for item in found.shared],
        "history": [asdict(entry) for entry in found.history],
        "partner_names": found.partner_names,
    }  # fmt: skip
    return json.dumps(data, ensure_ascii=False, indent=2, default=_plain).encode("utf-8")


def export_person(
    vault: OpenVault, person_id: str, file_format: str, lang: str, *, today: date | None = None
) -> bytes:
    """The person's copy as PDF (in `lang`) or JSON; audited."""
    if file_format not in FORMATS:
        raise InvalidInput(f"unknown format {file_format!r}: use pdf or json", field="format")
    if lang not in LANGUAGES:
        raise InvalidInput(f"unknown document language {lang!r}; use tg, ru or en", field="lang")
    found = dossier(vault, person_id, today=today)
    if file_format == "json":
        data = dossier_json(found)
    else:
        with vault.read_session() as session:
            head = letterhead.load(session)
        ctx = PrintContext(lang, head, today or date.today(), vault.user)
        data = build_person_record(found, ctx)
    with vault.unit_of_work(audit_only=True) as session:
        vault.record(
            session, "person_export", target_table="beneficiary", target_id=person_id,
            detail=f"format={file_format} lang={lang} cases={len(found.cases)}",
        )  # fmt: skip
    return data


def save_copy(path: Path, data: bytes) -> Path:
    """The copy, where the person chose: written whole or not at all, with no second copy
    beside it (the saved file is not encrypted; the command and the dialog say so)."""
    write_output_bytes(path, data)
    return path
