"""audit signatures

Each audit entry carries its writer's Ed25519 signature (NULL for entries written before,
and for failed logins parked before unlock).

Revision ID: 0010_audit_signatures
Revises: 0009_account_profile
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_audit_signatures"
down_revision = "0009_account_profile"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: the append-only triggers stay, the rows are not rewritten
    op.add_column("audit_log", sa.Column("signature", sa.LargeBinary(73), nullable=True))


def downgrade() -> None:
    op.drop_column("audit_log", "signature")  # SQLite >= 3.35 drops it in place
