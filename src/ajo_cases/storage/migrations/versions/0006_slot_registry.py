"""slot registry

The key slots the vault accepts (id and fingerprint), kept inside the encrypted database so a
slot copied back into the key file, or an older key file, is refused at unlock.

Revision ID: 0006_slot_registry
Revises: 0005_erasure
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_slot_registry"
down_revision = "0005_erasure"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "key_slot_registry",
        sa.Column("slot_id", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("slot_id", "fingerprint", name="pk_key_slot_registry"),
    )


def downgrade() -> None:
    op.drop_table("key_slot_registry")
