"""server privileges: removals recorded by the server

``removed_row`` records every row the app removes on the office server (through
``ajo_remove``, the only way app logins may delete); on SQLite it stays empty.

Revision ID: 0012_server_privileges
Revises: 0010_audit_signatures
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_server_privileges"
down_revision = "0010_audit_signatures"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "removed_row",
        sa.Column("id", sa.Integer(), nullable=False, autoincrement=True),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(64), nullable=False),
        sa.Column("removed_at", sa.DateTime(), nullable=False),
        sa.Column("login", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_removed_row"),
    )


def downgrade() -> None:
    op.drop_table("removed_row")
