"""Printed documents: load the records, build the PDF in memory, audit the print.

Every document carries personal data, so an account that may not read it (a manager) is
refused. The audit line holds ids, the document type and its language, never values.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ajo_cases.domain.casecode import parse_case_code
from ajo_cases.domain.records_casework import ConsentRecord
from ajo_cases.errors import InvalidInput, NotFound, PermissionDenied
from ajo_cases.reports.case_summary import SECTIONS, build_case_summary, check_sections
from ajo_cases.reports.handover import build_handover
from ajo_cases.reports.model import HandoverSheet, PrintContext, ReferralSheet
from ajo_cases.reports.referral_form import REFERRAL_FIELDS, build_referral_form
from ajo_cases.reports.texts import LANGUAGES
from ajo_cases.services import letterhead
from ajo_cases.services.access import profiles
from ajo_cases.services.casework import cases, consents, grant_records, partners, referrals
from ajo_cases.services.casework.case_detail import case_detail
from ajo_cases.services.open_vault import OpenVault
from ajo_cases.services.people import people
from ajo_cases.storage.models import Beneficiary, Case, PartnerOrg, Referral
from ajo_cases.vault.output import write_output_bytes

DOCUMENTS = ("case", "referral", "handover")
DEFAULT_LANGUAGE = "tg"


def _require_personal(vault: OpenVault) -> None:
    if not vault.may_read_personal:
        raise PermissionDenied(
            "printed documents hold personal data, which your account may not read",
            role=vault.role,
        )


def _check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise InvalidInput(f"unknown document language {lang!r}; use tg, ru or en", field="lang")
    return lang


def _context(vault: OpenVault, session: Session, lang: str, today: date | None) -> PrintContext:
    return PrintContext(
        lang=lang,
        letterhead=letterhead.load(session),
        printed_on=today or date.today(),
        printed_by=vault.user,
        staff={
            user: (p.full_name, p.position, p.phone) for user, p in profiles.load(session).items()
        },
    )


def _audit(
    vault: OpenVault, table: str, target_id: str, document: str, lang: str, fields: tuple[str, ...]
) -> None:
    with vault.unit_of_work(audit_only=True) as session:
        vault.record(
            session, "print", target_table=table, target_id=target_id, fields=fields,
            detail=f"{document}:{lang}",
        )  # fmt: skip


def case_summary_pdf(
    vault: OpenVault,
    case_id: str,
    sections: Collection[str] = SECTIONS,
    lang: str = DEFAULT_LANGUAGE,
    *,
    today: date | None = None,
) -> bytes:
    """The case summary with the picked sections (ids from reports.case_summary.SECTIONS)."""
    _require_personal(vault)
    _check_language(lang)
    try:
        picked = check_sections(sections)
    except ValueError as exc:
        raise InvalidInput(str(exc), field="sections") from None
    detail = case_detail(vault, case_id, today=today)
    names = {p.id: p.form.name for p in partners.list_partners(vault)}
    pdf = build_case_summary(detail, print_context(vault, lang, today), picked, partner_names=names)
    _audit(vault, "case_file", case_id, "case_summary", lang, picked)
    return pdf


def _consent_for(
    rows: list[ConsentRecord], consent_id: str | None, partner_id: str
) -> ConsentRecord | None:
    """The consent the referral was sent under; for a draft, the latest covering one."""
    if consent_id:
        return next((c for c in rows if c.id == consent_id), None)
    covering = [
        c for c in rows
        if c.form.kind == "sharing" and c.form.given and partner_id in c.form.partner_ids
    ]  # fmt: skip
    return max(covering, key=lambda c: c.form.recorded_on, default=None)


def print_context(vault: OpenVault, lang: str, today: date | None = None) -> PrintContext:
    with vault.read_session() as session:
        return _context(vault, session, lang, today)


def referral_sheet(
    vault: OpenVault, referral_id: str, *, today: date | None = None
) -> ReferralSheet:
    """What the referral form shows; person fields only as far as the sharing consent covers
    the partner today."""
    _require_personal(vault)
    with vault.read_session() as session:
        row = session.get(Referral, referral_id)
        if row is None:
            raise NotFound("no such referral")
        partner_row = session.get(PartnerOrg, row.partner_id)
        case_row = session.get(Case, row.case_id)
        assert partner_row is not None and case_row is not None  # foreign keys
        person_row = session.get(Beneficiary, case_row.beneficiary_id)
        assert person_row is not None
        consent_rows = [consents.to_record(c) for c in consents.rows_for_case(session, row.case_id)]
        parts = (
            referrals.to_record(vault, row, partner_row.name),
            cases.to_record(vault, case_row),
            people.to_record(vault, person_row),
            partners.partner_record(partner_row),
            _consent_for(consent_rows, row.consent_id, row.partner_id),
        )
    shared = referrals.shared_fields(vault, case_row.id, referral_id, today)
    return ReferralSheet(*parts, shared=shared)


def referral_pdf(
    vault: OpenVault, referral_id: str, lang: str = DEFAULT_LANGUAGE, *, today: date | None = None
) -> bytes:
    """The referral form with its tear-off acknowledgement slip."""
    _require_personal(vault)
    _check_language(lang)
    sheet = referral_sheet(vault, referral_id, today=today)
    pdf = build_referral_form(sheet, print_context(vault, lang, today))
    printed = tuple(name for name in REFERRAL_FIELDS if name in sheet.shared)
    _audit(vault, "referral", referral_id, "referral_form", lang, printed)  # what was shared
    return pdf


def handover_sheet(vault: OpenVault, grant_id: str) -> HandoverSheet:
    _require_personal(vault)
    grant = grant_records.get_grant(vault, grant_id)
    with vault.read_session() as session:
        case_row = session.get(Case, grant.case_id)
        assert case_row is not None
        person_row = session.get(Beneficiary, case_row.beneficiary_id)
        assert person_row is not None
        return HandoverSheet(
            grant, cases.to_record(vault, case_row), people.to_record(vault, person_row)
        )


def handover_pdf(
    vault: OpenVault, grant_id: str, lang: str = DEFAULT_LANGUAGE, *, today: date | None = None
) -> bytes:
    """The grant handover certificate."""
    _require_personal(vault)
    _check_language(lang)
    pdf = build_handover(handover_sheet(vault, grant_id), print_context(vault, lang, today))
    _audit(vault, "grant_plan", grant_id, "handover", lang, ())
    return pdf


# --- finding what to print from what a person types ------------------------------------------


def case_id_for_code(vault: OpenVault, code_text: str) -> str:
    code = parse_case_code(code_text)
    if code is None:
        raise InvalidInput(f"{code_text!r} is not a case code such as SH-2026-0042")
    with vault.read_session() as session:
        found = session.scalar(select(Case.id).where(Case.code == str(code)))
    if found is None:
        raise NotFound(f"no case {code}")
    return found


def grant_id_for(vault: OpenVault, text: str) -> str:
    """A grant id as given, or the only grant of the case whose code is given."""
    if parse_case_code(text) is None:
        return text
    case_id = case_id_for_code(vault, text)
    found = grant_records.list_grants(vault, case_id=case_id)
    if len(found) != 1:
        raise InvalidInput(
            f"case {text} has {len(found)} grants; give the grant's id instead of the case code"
        )
    return found[0].id


def save_pdf(path: Path, pdf: bytes) -> Path:
    """A document the person chose to save: written whole or not at all, with no second copy
    beside it (the saved file is not encrypted; the dialog said so first)."""
    target = path if path.suffix.lower() == ".pdf" else path.with_name(f"{path.name}.pdf")
    write_output_bytes(target, pdf)
    return target
