"""statistics indexes

Covering indexes for the statistics reads (services/statistics/statistics.py): every select the
statistics make is answered from index pages alone, never from the wide rows that hold the
encrypted personal fields (which SQLCipher would otherwise read and decrypt page by page).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ix_beneficiary_stats", "beneficiary", ("id", "sex", "category", "district")),
    ("ix_case_file_stats", "case_file", ("opened_on", "closed_on", "id", "code",
                                         "beneficiary_id", "age_at_intake", "project_id",
                                         "exploitation_types", "country_exploitation")),
    ("ix_consent_stats", "consent", ("kind", "given", "case_id", "recorded_on", "created_at")),
    ("ix_consent_latest", "consent", ("case_id", "kind", "recorded_on", "created_at", "id",
                                      "given")),
    ("ix_assistance_stats", "assistance", ("given_on", "case_id", "project_id", "type",
                                           "cost_minor")),
    ("ix_referral_stats", "referral", ("sent_on", "case_id", "partner_id", "status")),
    ("ix_grant_plan_stats", "grant_plan", ("decided_on", "handed_over_on", "case_id", "id",
                                           "sector", "status", "project_id", "approved_minor")),
)  # fmt: skip


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, list(columns), unique=False)


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
