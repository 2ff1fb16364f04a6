"""Recurring duties: a commitment's recurrence, and a country's mark on one occurrence.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: rebuilding `commitment` in batch mode would drop SQLite's search
    # triggers on it.
    op.add_column("commitment", sa.Column("recurrence", sa.JSON(), nullable=True))
    op.create_table(
        "occurrence_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=200), nullable=False),
        sa.Column("occurrence", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "status IN ('pending', 'done')", name=op.f("ck_occurrence_status_status")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["commitment_group.id"],
            name=op.f("fk_occurrence_status_group_id_commitment_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_occurrence_status")),
        sa.UniqueConstraint(
            "group_id", "country", "occurrence", name=op.f("uq_occurrence_status_group_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("occurrence_status")
    # SQLite (3.35+) and PostgreSQL both drop a column no index or trigger names in place.
    op.drop_column("commitment", "recurrence")
