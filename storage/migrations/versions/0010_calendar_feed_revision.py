"""Calendar feeds keep a revision: what the calendar's events are rendered with (language, lead
times, names) and a revision raised when that changes.

A reader switching language changes every event's text but not the items' change times; the
revision keeps each event's SEQUENCE growing, which calendar apps need to take the update.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("calendar_feed", schema=None) as batch_op:
        batch_op.add_column(sa.Column("revision", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("rendered_as", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("calendar_feed", schema=None) as batch_op:
        batch_op.drop_column("rendered_as")
        batch_op.drop_column("revision")
