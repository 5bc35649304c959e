"""case plan approval

A manager approves a case plan (or returns it): the case records where its plan stands, who
decided and when.

Revision ID: 0008_plan_approval
Revises: 0007_retention_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_plan_approval"
down_revision = "0007_retention_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_file") as batch:
        batch.add_column(
            sa.Column("plan_status", sa.String(16), nullable=False, server_default="draft")
        )
        batch.add_column(sa.Column("plan_submitted_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("plan_decided_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("plan_decided_by", sa.String(64), nullable=True))
        batch.create_index("ix_case_file_plan_status", ["plan_status"])


def downgrade() -> None:
    with op.batch_alter_table("case_file") as batch:
        batch.drop_index("ix_case_file_plan_status")
        for column in ("plan_decided_by", "plan_decided_on", "plan_submitted_on", "plan_status"):
            batch.drop_column(column)
