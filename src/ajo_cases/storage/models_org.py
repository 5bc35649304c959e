"""Projects and group activities (no names: participant counts only)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ajo_cases.storage.base import Base, Versioned, new_uuid


class Project(Versioned, Base):
    __tablename__ = "project"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    donor: Mapped[str] = mapped_column(String(100), default="")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)


class Activity(Versioned, Base):
    __tablename__ = "activity"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # information_meeting | training
    held_on: Mapped[date] = mapped_column(Date, index=True)
    district: Mapped[str | None] = mapped_column(String(32))
    topic: Mapped[str] = mapped_column(String(200), default="")
    women: Mapped[int] = mapped_column(Integer, default=0)
    men: Mapped[int] = mapped_column(Integer, default=0)
    girls: Mapped[int] = mapped_column(Integer, default=0)
    boys: Mapped[int] = mapped_column(Integer, default=0)
