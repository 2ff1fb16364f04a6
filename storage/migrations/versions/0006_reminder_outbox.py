"""Reminder outbox: planned messages claimed with a lease and marked sent once accepted.

`reminder_outbox` replaces `reminder_log`, which claimed a reminder before sending and never
retried it, so a crash between the claim and the send lost the reminder. Its rows were claims of
that older scheme and are not carried over: the planner derives what is due from the items and
subscriptions again. `reminder_planner` records how far planning got; `reminder_mute` holds the
items a chat asked not to be reminded of.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

STATUS_CHECK = "status IN ('pending', 'sending', 'sent', 'skipped', 'failed')"


def upgrade() -> None:
    op.drop_index("ix_reminder_log_group", table_name="reminder_log")
    op.drop_table("reminder_log")
    op.create_table(
        "reminder_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("subscriber_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("occasion", sa.String(length=60), nullable=False),
        sa.Column("target", sa.Date(), nullable=True),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_by", sa.String(length=100), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("error", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(STATUS_CHECK, name=op.f("ck_reminder_outbox_status")),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["commitment_group.id"],
            name=op.f("fk_reminder_outbox_group_id_commitment_group"),
        ),
        sa.ForeignKeyConstraint(
            ["subscriber_id"],
            ["subscriber.id"],
            name=op.f("fk_reminder_outbox_subscriber_id_subscriber"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_outbox")),
        sa.UniqueConstraint("key", name=op.f("uq_reminder_outbox_key")),
    )
    op.create_index("ix_reminder_outbox_status_due", "reminder_outbox", ["status", "due_at"])
    op.create_index(
        "ix_reminder_outbox_subscriber_group", "reminder_outbox", ["subscriber_id", "group_id"]
    )
    op.create_table(
        "reminder_planner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("planned_through", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_planner")),
    )
    op.create_table(
        "reminder_mute",
        sa.Column("subscriber_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("muted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["commitment_group.id"],
            name=op.f("fk_reminder_mute_group_id_commitment_group"),
        ),
        sa.ForeignKeyConstraint(
            ["subscriber_id"],
            ["subscriber.id"],
            name=op.f("fk_reminder_mute_subscriber_id_subscriber"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("subscriber_id", "group_id", name=op.f("pk_reminder_mute")),
    )


def downgrade() -> None:
    op.drop_table("reminder_mute")
    op.drop_table("reminder_planner")
    op.drop_index("ix_reminder_outbox_subscriber_group", table_name="reminder_outbox")
    op.drop_index("ix_reminder_outbox_status_due", table_name="reminder_outbox")
    op.drop_table("reminder_outbox")
    op.create_table(
        "reminder_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subscriber_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("offset_days", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("error", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_reminder_log_commitment_id_commitment"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["commitment_group.id"],
            name=op.f("fk_reminder_log_group_id_commitment_group"),
        ),
        sa.ForeignKeyConstraint(
            ["subscriber_id"],
            ["subscriber.id"],
            name=op.f("fk_reminder_log_subscriber_id_subscriber"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_log")),
        sa.UniqueConstraint(
            "subscriber_id", "group_id", "offset_days", name=op.f("uq_reminder_log_subscriber_id")
        ),
    )
    op.create_index("ix_reminder_log_group", "reminder_log", ["group_id"])
