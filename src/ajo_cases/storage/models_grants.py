"""Reintegration grants: business plan, budget, purchases, handover and monitoring."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from ajo_cases.storage.base import Base, Versioned, new_uuid

Enc = LargeBinary


class Grant(Versioned, Base):
    __tablename__ = "grant_plan"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True)
    sector: Mapped[str] = mapped_column(String(32), index=True)
    title_enc: Mapped[bytes | None] = mapped_column(Enc)
    status: Mapped[str] = mapped_column(String(16), index=True, default="plan")
    currency: Mapped[str] = mapped_column(String(3), default="TJS")
    contribution_minor: Mapped[int] = mapped_column(Integer, default=0)
    approved_minor: Mapped[int | None] = mapped_column(Integer)
    created_on: Mapped[date] = mapped_column(Date)
    submitted_on: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)
    handed_over_on: Mapped[date | None] = mapped_column(Date, index=True)
    handover_place: Mapped[str] = mapped_column(String(100), default="")
    closed_on: Mapped[date | None] = mapped_column(Date)
    # covering index for statistics (services/statistics/statistics.py): no wide row is read
    __table_args__ = (
        Index("ix_grant_plan_stats", "decided_on", "handed_over_on", "case_id", "id", "sector",
              "status", "project_id", "approved_minor"),
    )  # fmt: skip


class GrantBudgetLine(Versioned, Base):
    __tablename__ = "grant_budget_line"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    grant_id: Mapped[str] = mapped_column(ForeignKey("grant_plan.id"), index=True)
    item: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_cost_minor: Mapped[int] = mapped_column(Integer)


class GrantPurchase(Versioned, Base):
    __tablename__ = "grant_purchase"
    # statistics read the value handed over from this index alone (migration 0004)
    __table_args__ = (Index("ix_grant_purchase_stats", "grant_id", "quantity", "unit_cost_minor"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    grant_id: Mapped[str] = mapped_column(ForeignKey("grant_plan.id"), index=True)
    item: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_cost_minor: Mapped[int] = mapped_column(Integer)
    supplier: Mapped[str] = mapped_column(String(200), default="")
    receipt_no: Mapped[str] = mapped_column(String(64), default="")
    purchased_on: Mapped[date] = mapped_column(Date)


class MonitoringVisit(Versioned, Base):
    __tablename__ = "monitoring_visit"
    __table_args__ = (
        Index("ix_monitoring_visit_stats", "grant_id", "visited_on", "business_running"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    grant_id: Mapped[str] = mapped_column(ForeignKey("grant_plan.id"), index=True)
    visited_on: Mapped[date] = mapped_column(Date)
    business_running: Mapped[bool] = mapped_column(Boolean)
    monthly_income_minor: Mapped[int | None] = mapped_column(Integer)
    sustainability_score: Mapped[int | None] = mapped_column(Integer)  # 1..5
    problems_enc: Mapped[bytes | None] = mapped_column(Enc)
