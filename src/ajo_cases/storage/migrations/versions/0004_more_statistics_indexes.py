"""more statistics indexes

Covering indexes for cases looked up by id (the cases of records in a period, consent
withdrawals), the value handed over and the monitoring visits of each grant
(services/statistics/stats_facts.py), so the statistics never read the wide rows.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ix_case_file_stats_by_id", "case_file", ("id", "beneficiary_id", "code", "age_at_intake",
                                               "opened_on", "closed_on", "project_id",
                                               "exploitation_types", "country_exploitation")),
    ("ix_grant_purchase_stats", "grant_purchase", ("grant_id", "quantity", "unit_cost_minor")),
    ("ix_monitoring_visit_stats", "monitoring_visit", ("grant_id", "visited_on",
                                                        "business_running")),
)  # fmt: skip


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, list(columns), unique=False)


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
