"""the audit chain computed by the office server

On PostgreSQL a trigger numbers and links every new audit entry (storage/server_chain.py);
entries the PCs linked before it keep their links and still verify. A local vault is
unchanged: it keeps computing its HMAC chain itself.

Revision ID: 0014_audit_trigger
Revises: 0013_row_versions
"""

from __future__ import annotations

from alembic import op

from ajo_cases.storage import server_chain

revision = "0014_audit_trigger"
down_revision = "0013_row_versions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        server_chain.install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        server_chain.uninstall(bind)
