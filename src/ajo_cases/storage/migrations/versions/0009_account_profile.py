"""account profile

The full name, position and phone behind each sign-in name, printed on papers and shown in
lists instead of the login.

Revision ID: 0009_account_profile
Revises: 0008_plan_approval
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_account_profile"
down_revision = "0008_plan_approval"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account_profile",
        sa.Column("user", sa.String(64), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("position", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("user", name="pk_account_profile"),
    )


def downgrade() -> None:
    op.drop_table("account_profile")
