"""Recurring deadlines: a partial index of the few commitments that carry a recurrence.

Listings read the recurring deadlines apart from the one-off items (their occurrences are found
in Python) and must not walk every commitment to find them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

RECURRING = sa.text("recurrence IS NOT NULL")


def upgrade() -> None:
    op.create_index(
        "ix_commitment_recurring",
        "commitment",
        ["status", "end"],
        sqlite_where=RECURRING,
        postgresql_where=RECURRING,
    )


def downgrade() -> None:
    op.drop_index("ix_commitment_recurring", table_name="commitment")
