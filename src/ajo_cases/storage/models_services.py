"""Assistance given, shelter stays, referrals, follow-ups and attachments."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from ajo_cases.storage.base import Base, Versioned, new_uuid, utc_now

Enc = LargeBinary


class Assistance(Versioned, Base):
    __tablename__ = "assistance"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True)
    type: Mapped[str] = mapped_column(String(32), index=True)
    trade: Mapped[str | None] = mapped_column(String(32))
    given_on: Mapped[date] = mapped_column(Date, index=True)
    provider_partner_id: Mapped[str | None] = mapped_column(ForeignKey("partner_org.id"))
    cost_minor: Mapped[int | None] = mapped_column(Integer)  # in hundredths of the currency
    currency: Mapped[str] = mapped_column(String(3), default="TJS")
    note_enc: Mapped[bytes | None] = mapped_column(Enc)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    # covering index for statistics (services/statistics/statistics.py)
    __table_args__ = (
        Index("ix_assistance_stats", "given_on", "case_id", "project_id", "type", "cost_minor"),
    )


class Bed(Versioned, Base):
    __tablename__ = "bed"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    label: Mapped[str] = mapped_column(String(32), unique=True)
    room: Mapped[str] = mapped_column(String(32), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ShelterStay(Versioned, Base):
    __tablename__ = "shelter_stay"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"), index=True)
    bed_id: Mapped[str] = mapped_column(ForeignKey("bed.id"), index=True)
    admitted_on: Mapped[date] = mapped_column(Date, index=True)
    discharged_on: Mapped[date | None] = mapped_column(Date, index=True)
    discharge_reason: Mapped[str | None] = mapped_column(String(32))


class PartnerOrg(Versioned, Base):
    __tablename__ = "partner_org"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    district: Mapped[str | None] = mapped_column(String(32))
    contact: Mapped[str] = mapped_column(
        String(200), default=""
    )  # the organisation's, not a person's
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Referral(Versioned, Base):
    __tablename__ = "referral"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partner_org.id"), index=True)
    service: Mapped[str] = mapped_column(String(32))
    urgency: Mapped[str] = mapped_column(String(8), default="normal")
    status: Mapped[str] = mapped_column(String(16), index=True, default="draft")
    created_on: Mapped[date] = mapped_column(Date)
    sent_on: Mapped[date | None] = mapped_column(Date)
    answered_on: Mapped[date | None] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)
    follow_up_due: Mapped[date | None] = mapped_column(Date)
    consent_id: Mapped[str | None] = mapped_column(String(36))
    consent_override: Mapped[bool] = mapped_column(Boolean, default=False)
    override_reason_enc: Mapped[bytes | None] = mapped_column(Enc)
    decline_reason_enc: Mapped[bytes | None] = mapped_column(Enc)
    note_enc: Mapped[bytes | None] = mapped_column(Enc)
    created_by: Mapped[str] = mapped_column(String(64))
    # covering index for statistics (services/statistics/statistics.py)
    __table_args__ = (Index("ix_referral_stats", "sent_on", "case_id", "partner_id", "status"),)


class FollowUp(Versioned, Base):
    __tablename__ = "follow_up"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(32))
    source_id: Mapped[str | None] = mapped_column(String(36))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date, index=True)
    assigned_to: Mapped[str | None] = mapped_column(String(64), index=True)


class Attachment(Versioned, Base):
    """A file kept inside the encrypted database; the original name is only metadata."""

    __tablename__ = "attachment"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    name_enc: Mapped[bytes] = mapped_column(Enc)
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content_enc: Mapped[bytes] = mapped_column(Enc)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
