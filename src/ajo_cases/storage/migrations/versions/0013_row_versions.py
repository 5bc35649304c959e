"""row versions and the change feed

Every row people edit gets a version (optimistic locking: a save from a stale read is refused
with who changed the record and when). On PostgreSQL the change feed's triggers note every
committed change for the other PCs (storage/change_feed_sql.py); a local vault keeps the
`change_feed` table empty.

Revision ID: 0013_row_versions
Revises: 0012_server_privileges
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ajo_cases.storage import change_feed_sql

revision = "0013_row_versions"
down_revision = "0012_server_privileges"
branch_labels = None
depends_on = None

VERSIONED = (
    "consent", "assessment", "plan_action", "assistance", "bed", "shelter_stay", "partner_org",
    "referral", "follow_up", "attachment", "grant_plan", "grant_budget_line", "grant_purchase",
    "monitoring_visit", "project", "activity", "account_profile",
)  # fmt: skip


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "change_feed",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("tbl", sa.String(64), nullable=False),
        sa.Column("ids", sa.Text(), nullable=True),
        sa.Column("case_ids", sa.Text(), nullable=True),
        sa.Column("txid", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_change_feed"),
        sa.UniqueConstraint("seq", name="uq_change_feed_seq"),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        change_feed_sql.install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        change_feed_sql.uninstall(bind)
    op.drop_table("change_feed")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
