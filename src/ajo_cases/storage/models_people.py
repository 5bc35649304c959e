"""People and cases. Columns ending in ``_enc`` hold AES-GCM ciphertext of personal data."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from ajo_cases.storage.base import Base, Versioned, new_uuid, utc_now

Enc = LargeBinary  # ciphertext from vault.fieldcipher


class Beneficiary(Base):
    __tablename__ = "beneficiary"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    # personal: names in both scripts, birth date, contacts, documents, free text
    family_name_enc: Mapped[bytes | None] = mapped_column(Enc)
    given_name_enc: Mapped[bytes | None] = mapped_column(Enc)
    patronymic_enc: Mapped[bytes | None] = mapped_column(Enc)
    latin_name_enc: Mapped[bytes | None] = mapped_column(Enc)
    birth_date_enc: Mapped[bytes | None] = mapped_column(Enc)
    jamoat_enc: Mapped[bytes | None] = mapped_column(Enc)
    address_enc: Mapped[bytes | None] = mapped_column(Enc)
    phone_enc: Mapped[bytes | None] = mapped_column(Enc)
    id_document_enc: Mapped[bytes | None] = mapped_column(Enc)
    family_contact_enc: Mapped[bytes | None] = mapped_column(Enc)
    notes_enc: Mapped[bytes | None] = mapped_column(Enc)
    # one ciphertext with the folded search key, so the name index decrypts once per person
    search_enc: Mapped[bytes | None] = mapped_column(Enc)
    # statistical facts
    sex: Mapped[str] = mapped_column(String(16))
    estimated_age: Mapped[int | None] = mapped_column(Integer)
    estimated_on: Mapped[date | None] = mapped_column(Date)
    citizenship: Mapped[str] = mapped_column(String(8), default="TJ")
    district: Mapped[str | None] = mapped_column(String(32), index=True)
    marital_status: Mapped[str | None] = mapped_column(String(32))
    children_count: Mapped[int | None] = mapped_column(Integer)
    education: Mapped[str | None] = mapped_column(String(32))
    languages: Mapped[str] = mapped_column(String(64), default="")
    category: Mapped[str] = mapped_column(String(32), index=True)
    trafficking_status: Mapped[str | None] = mapped_column(String(16))
    status_decided_by: Mapped[str | None] = mapped_column(String(32))
    # set when the person's data was erased (on request or at the end of retention): the
    # personal fields above are gone, the statistical facts stay
    erased_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - read once by SQLAlchemy
    # covering indexes for statistics (services/statistics/statistics.py) and the retention
    # count on Home (services/people/retention.py): no wide row is read
    __table_args__ = (
        Index("ix_beneficiary_stats", "id", "sex", "category", "district"),
        Index("ix_beneficiary_erased", "erased_at", "id"),
    )


class Case(Base):
    __tablename__ = "case_file"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"), index=True)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True)
    worker: Mapped[str | None] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True, default="open")
    opened_on: Mapped[date] = mapped_column(Date, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)
    closure_reason: Mapped[str | None] = mapped_column(String(32))
    closure_note_enc: Mapped[bytes | None] = mapped_column(Enc)
    identification_source: Mapped[str | None] = mapped_column(String(32))
    risk_level: Mapped[str | None] = mapped_column(String(8))
    age_at_intake: Mapped[int | None] = mapped_column(Integer)
    age_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    # trafficking details (codes; lists as comma-separated codes)
    exploitation_types: Mapped[str] = mapped_column(String(256), default="")
    labour_industry: Mapped[str | None] = mapped_column(String(64))
    control_methods: Mapped[str] = mapped_column(String(512), default="")
    recruitment_method: Mapped[str | None] = mapped_column(String(64))
    recruiter_relation: Mapped[str | None] = mapped_column(String(64))
    country_recruitment: Mapped[str | None] = mapped_column(String(8))
    country_exploitation: Mapped[str | None] = mapped_column(String(8), index=True)
    countries_transit: Mapped[str] = mapped_column(String(128), default="")
    exploitation_start: Mapped[date | None] = mapped_column(Date)
    exploitation_end: Mapped[date | None] = mapped_column(Date)
    age_when_trafficked: Mapped[int | None] = mapped_column(Integer)
    places_enc: Mapped[bytes | None] = mapped_column(Enc)
    narrative_enc: Mapped[bytes | None] = mapped_column(Enc)
    next_due: Mapped[date | None] = mapped_column(Date, index=True)
    # the case plan's approval by a manager: draft → submitted → approved | returned
    plan_status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    plan_submitted_on: Mapped[date | None] = mapped_column(Date)
    plan_decided_on: Mapped[date | None] = mapped_column(Date)
    plan_decided_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - read once by SQLAlchemy
    # covering indexes for statistics (services/statistics/stats_facts.py): no wide row is read,
    # whether cases are found by period or by id (the cases of records, consent withdrawals)
    __table_args__ = (
        Index("ix_case_file_stats", "opened_on", "closed_on", "id", "code", "beneficiary_id",
              "age_at_intake", "project_id", "exploitation_types", "country_exploitation"),
        Index("ix_case_file_stats_by_id", "id", "beneficiary_id", "code", "age_at_intake",
              "opened_on", "closed_on", "project_id", "exploitation_types",
              "country_exploitation"),
        Index("ix_case_file_retention", "beneficiary_id", "status", "closed_on"),
    )  # fmt: skip


class CodeCounter(Base):
    """Last sequence number used for case codes per prefix and year."""

    __tablename__ = "code_counter"
    __table_args__ = (UniqueConstraint("prefix", "year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prefix: Mapped[str] = mapped_column(String(8))
    year: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Consent(Versioned, Base):
    __tablename__ = "consent"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    given: Mapped[bool] = mapped_column(Boolean)
    recorded_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(64))
    partner_ids: Mapped[str] = mapped_column(Text, default="")  # sharing: comma-separated ids
    attachment_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    # statistics: refusals to be counted, and the latest record of a kind per case
    __table_args__ = (
        Index("ix_consent_stats", "kind", "given", "case_id", "recorded_on", "created_at"),
        Index("ix_consent_latest", "case_id", "kind", "recorded_on", "created_at", "id", "given"),
    )


class Assessment(Versioned, Base):
    __tablename__ = "assessment"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    risk_level: Mapped[str] = mapped_column(String(8))
    needs: Mapped[str] = mapped_column(String(512), default="")  # assistance-type codes
    summary_enc: Mapped[bytes | None] = mapped_column(Enc)
    goals_enc: Mapped[bytes | None] = mapped_column(Enc)
    created_by: Mapped[str] = mapped_column(String(64))


class PlanAction(Versioned, Base):
    __tablename__ = "plan_action"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    assistance_type: Mapped[str | None] = mapped_column(String(32))
    description_enc: Mapped[bytes | None] = mapped_column(Enc)
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
