"""erasure

A person's data can be erased (on request, or when the retention period is over): the
beneficiary row keeps its statistical facts and records when it was erased.

Revision ID: 0005_erasure
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_erasure"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("beneficiary") as batch:
        batch.add_column(sa.Column("erased_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("beneficiary") as batch:
        batch.drop_column("erased_at")
