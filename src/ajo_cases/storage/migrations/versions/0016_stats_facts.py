"""the statistics' compact facts

Integer-coded copies of the case, service and referral facts that the statistics read instead
of the wide tables (storage/models_stats.py), and the triggers that mark a person whose facts
changed (storage/stats_marks_sql.py). Every existing person is marked here: the first
statistics computation after the upgrade fills the copies.

Revision ID: 0016_stats_facts
Revises: 0015_feed_pruning
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ajo_cases.storage import stats_marks_sql

revision = "0016_stats_facts"
down_revision = "0015_feed_pruning"
branch_labels = None
depends_on = None

_LIVE = sa.text("live = 1")
_TODO = sa.text("marked <> folded")


def _index(name: str, table: str, *columns: str, where: sa.TextClause) -> None:
    op.create_index(name, table, list(columns), sqlite_where=where, postgresql_where=where)


def _integers(*names: str, nullable: bool = False) -> list[sa.Column[int]]:
    return [sa.Column(name, sa.Integer(), nullable=nullable) for name in names]


def upgrade() -> None:
    op.create_table(
        "stats_mark",
        sa.Column("person", sa.String(36), nullable=False),
        *_integers("marked", "folded"),
        sa.PrimaryKeyConstraint("person", name="pk_stats_mark"),
    )
    _index("ix_stats_mark_todo", "stats_mark", "person", "marked", where=_TODO)
    op.create_table(
        "stats_code",
        sa.Column("n", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("value", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("n", name="pk_stats_code"),
        sa.UniqueConstraint("value", name="uq_stats_code_value"),
    )
    op.create_table(
        "stats_case",
        sa.Column("case_id", sa.String(36), nullable=False),
        sa.Column("person", sa.String(36), nullable=False),
        *_integers("live"),
        sa.Column("code", sa.String(32), nullable=False),
        *_integers("opened"),
        *_integers("closed", nullable=True),
        *_integers("sex", "category", "district"),
        *_integers("age", nullable=True),
        *_integers("project", "kinds", "country", "counted"),
        sa.PrimaryKeyConstraint("case_id", name="pk_stats_case"),
    )
    op.create_index("ix_stats_case_person", "stats_case", ["person"])
    attributes = ("person", "sex", "category", "district", "age", "project", "kinds", "country",
                  "counted")  # fmt: skip
    _index("ix_stats_case_period", "stats_case", "opened", "closed", "code", *attributes,
           where=_LIVE)  # fmt: skip
    _index("ix_stats_case_code", "stats_case", "code", "opened", "closed", *attributes,
           where=_LIVE)  # fmt: skip
    op.create_table(
        "stats_service",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("person", sa.String(36), nullable=False),
        *_integers("live", "given"),
        sa.Column("code", sa.String(32), nullable=False),
        *_integers("type", "project"),
        *_integers("cost", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_stats_service"),
    )
    op.create_index("ix_stats_service_person", "stats_service", ["person"])
    _index("ix_stats_service_period", "stats_service", "given", "code", "type", "project", "cost",
           where=_LIVE)  # fmt: skip
    op.create_table(
        "stats_referral",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("person", sa.String(36), nullable=False),
        *_integers("live"),
        *_integers("sent", nullable=True),
        sa.Column("code", sa.String(32), nullable=False),
        *_integers("partner", "status"),
        sa.PrimaryKeyConstraint("id", name="pk_stats_referral"),
    )
    op.create_index("ix_stats_referral_person", "stats_referral", ["person"])
    _index("ix_stats_referral_period", "stats_referral", "sent", "code", "partner", "status",
           where=_LIVE)  # fmt: skip
    bind = op.get_bind()
    stats_marks_sql.install(bind)
    # every person's facts are still to be copied: the first statistics computation does it
    op.execute("INSERT INTO stats_mark (person, marked, folded) SELECT id, 1, 0 FROM beneficiary")


def downgrade() -> None:
    stats_marks_sql.uninstall(op.get_bind())
    for table in ("stats_referral", "stats_service", "stats_case", "stats_code", "stats_mark"):
        op.drop_table(table)
