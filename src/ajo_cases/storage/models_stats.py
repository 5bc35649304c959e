"""The statistics' own compact facts: integer-coded copies of the case, service and referral
facts, kept current per person (services/statistics/stats_refresh.py).

Database triggers (storage/stats_marks_sql.py) mark a person whenever a row that feeds these
facts changes (the person, a case, a consent, a service, a referral), whichever path wrote it;
the next statistics computation refreshes the marked persons' rows and reads these tables
instead of the wide ones. Statistical columns only: codes as small integers, days as ordinal
numbers, the person's row id as a pseudonymous key; nothing sealed or name-derived.

No row is ever deleted (the office server's app roles may not DELETE): a row that no longer
stands for a case or record is kept with ``live = 0``.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from ajo_cases.storage.base import Base

_LIVE = text("live = 1")
_TODO = text("marked <> folded")


class StatsMark(Base):
    """A person whose facts changed: triggers raise ``marked``; a refresh sets ``folded`` to the
    ``marked`` it read. ``marked <> folded``: the compact rows may be behind."""

    __tablename__ = "stats_mark"

    person: Mapped[str] = mapped_column(String(36), primary_key=True)
    marked: Mapped[int] = mapped_column(Integer, default=1)
    folded: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        Index("ix_stats_mark_todo", "person", "marked", sqlite_where=_TODO,
              postgresql_where=_TODO),
    )  # fmt: skip


class StatsCode(Base):
    """The small integer standing for a code, a project's or partner's id, or a list of
    exploitation types. 0 stands for nothing (NULL or empty)."""

    __tablename__ = "stats_code"

    n: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    value: Mapped[str] = mapped_column(String(200), unique=True)


class StatsCase(Base):
    """A case with its person's attributes; ``counted`` is 0 when the person withdrew
    consent to be counted (on any of their cases)."""

    __tablename__ = "stats_case"

    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person: Mapped[str] = mapped_column(String(36), index=True)
    live: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(32))
    opened: Mapped[int] = mapped_column(Integer)  # date.toordinal()
    closed: Mapped[int | None] = mapped_column(Integer)
    sex: Mapped[int] = mapped_column(Integer)
    category: Mapped[int] = mapped_column(Integer)
    district: Mapped[int] = mapped_column(Integer)
    age: Mapped[int | None] = mapped_column(Integer)
    project: Mapped[int] = mapped_column(Integer)
    kinds: Mapped[int] = mapped_column(Integer)
    country: Mapped[int] = mapped_column(Integer)
    counted: Mapped[int] = mapped_column(Integer)
    __table_args__ = (
        Index("ix_stats_case_period", "opened", "closed", "code", "person", "sex", "category",
              "district", "age", "project", "kinds", "country", "counted",
              sqlite_where=_LIVE, postgresql_where=_LIVE),
        Index("ix_stats_case_code", "code", "opened", "closed", "person", "sex", "category",
              "district", "age", "project", "kinds", "country", "counted",
              sqlite_where=_LIVE, postgresql_where=_LIVE),
        Index("ix_stats_case_by_id", "case_id", "code"),  # the code of a grant's or stay's case
    )  # fmt: skip


class StatsService(Base):
    """An assistance record (a service given)."""

    __tablename__ = "stats_service"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person: Mapped[str] = mapped_column(String(36), index=True)
    live: Mapped[int] = mapped_column(Integer)
    given: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(32))  # the case's
    type: Mapped[int] = mapped_column(Integer)
    project: Mapped[int] = mapped_column(Integer)  # the record's own project, 0: none
    cost: Mapped[int | None] = mapped_column(Integer)
    __table_args__ = (
        Index("ix_stats_service_period", "given", "code", "type", "project", "cost",
              sqlite_where=_LIVE, postgresql_where=_LIVE),
    )  # fmt: skip


class StatsReferral(Base):
    """A referral; ``sent`` is NULL for a draft never sent."""

    __tablename__ = "stats_referral"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person: Mapped[str] = mapped_column(String(36), index=True)
    live: Mapped[int] = mapped_column(Integer)
    sent: Mapped[int | None] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(32))
    partner: Mapped[int] = mapped_column(Integer)  # the partner's id, coded
    status: Mapped[int] = mapped_column(Integer)
    __table_args__ = (
        Index("ix_stats_referral_period", "sent", "code", "partner", "status",
              sqlite_where=_LIVE, postgresql_where=_LIVE),
    )  # fmt: skip
