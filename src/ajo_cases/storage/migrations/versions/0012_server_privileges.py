"""server privileges: the audit chain computed by the server, removals recorded by the server

On PostgreSQL a BEFORE INSERT trigger on ``audit_log`` takes the chain's advisory lock and sets
``seq`` and ``mac`` (the SHA-256 chain of storage/server_chain.py) whatever the client sent.
``removed_row`` records every row the app removes on the office server (through
``ajo_remove``, the only way app logins may delete); on SQLite it stays empty.

Revision ID: 0012_server_privileges
Revises: 0009_account_profile
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ajo_cases.storage.server_chain import CREATE_CHAIN_SQL, DROP_CHAIN_SQL

revision = "0012_server_privileges"
down_revision = "0009_account_profile"
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
    if op.get_bind().dialect.name == "postgresql":
        for statement in CREATE_CHAIN_SQL:  # as written: the SQL holds colons, not parameters
            op.get_bind().exec_driver_sql(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in DROP_CHAIN_SQL:
            op.get_bind().exec_driver_sql(statement)
    op.drop_table("removed_row")
