"""pruning the change feed

On PostgreSQL, `ajo_feed_prune(keep)` deletes all but the newest entries of the change feed
and leaves a marker where it cut (storage/feed_pruning_sql.py); the PCs call it now and then.
A local vault has no feed to prune.

Revision ID: 0015_feed_pruning
Revises: 0014_audit_trigger
"""

from __future__ import annotations

from alembic import op

from ajo_cases.storage import feed_pruning_sql

revision = "0015_feed_pruning"
down_revision = "0014_audit_trigger"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        feed_pruning_sql.install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        feed_pruning_sql.uninstall(bind)
