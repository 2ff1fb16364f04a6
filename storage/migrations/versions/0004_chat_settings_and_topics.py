"""Chat settings and topics: every chat's settings, followed topics, and the topics of items.

`subscriber` gains the chat's type, its reminder lead days (NULL: the policy's defaults), the
weekly digest switch and `updated_at` (existing rows take their `created_at`);
`subscriber_topic` holds the topics (CRM networks and working groups) a chat follows.
`commitment.topics` and `commitment_topic` hold the topics an item carries, like `who` and
`commitment_actor`. Existing items carry none: topics are not backfilled.

`commitment.span_days` (start to end) and `reach_days` (meeting date to end) bound the stretch
of the date index a listing walks; derived from the dates, they are filled in for existing
items. The date index becomes `ix_commitment_by_date`: the same leading (status, end) with the
columns readers filter on after them, so counts read the index alone.

No table is rebuilt: on SQLite a batch rebuild of `subscriber` would drop the table, and with
foreign keys on that deletes the reminder log through its ON DELETE CASCADE; rebuilding
`commitment` would lose the full-text triggers of 0003. Columns are added in place (SQLite
takes NOT NULL columns only with a default, hence the defaults) and dropped in place.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BY_DATE = ["status", "end", "kind", "lang", "only_version", "ref_date", "start", "group_id", "id"]
REACH_UNKNOWN = 36525  # storage.models.REACH_UNKNOWN as of this revision
CHAT_TYPE_CHECK = "chat_type IN ('private', 'group', 'supergroup', 'channel')"


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        # SQLite adds a CHECK only as part of the column: spelt out, as Alembic renders none.
        op.execute(
            "ALTER TABLE subscriber ADD COLUMN chat_type VARCHAR(20) DEFAULT 'private' NOT NULL"
            f" CONSTRAINT ck_subscriber_chat_type CHECK ({CHAT_TYPE_CHECK})"
        )
    else:
        op.add_column(
            "subscriber",
            sa.Column("chat_type", sa.String(length=20), server_default="private", nullable=False),
        )
        op.create_check_constraint(op.f("ck_subscriber_chat_type"), "subscriber", CHAT_TYPE_CHECK)
    op.add_column("subscriber", sa.Column("lead_days", sa.JSON(), nullable=True))
    op.add_column(
        "subscriber",
        sa.Column("digest", sa.Boolean(), server_default=sa.true(), nullable=False),
    )
    if sqlite:
        # Overwritten just below; SQLite needs some default to add a NOT NULL column.
        op.add_column(
            "subscriber",
            sa.Column(
                "updated_at",
                sa.DateTime(timezone=True),
                server_default="1970-01-01 00:00:00.000000",
                nullable=False,
            ),
        )
        op.execute("UPDATE subscriber SET updated_at = created_at")
    else:
        op.add_column(
            "subscriber", sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True)
        )
        op.execute("UPDATE subscriber SET updated_at = created_at")
        op.alter_column("subscriber", "updated_at", nullable=False)

    op.create_table(
        "subscriber_topic",
        sa.Column("subscriber_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["subscriber_id"],
            ["subscriber.id"],
            name=op.f("fk_subscriber_topic_subscriber_id_subscriber"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("subscriber_id", "topic", name=op.f("pk_subscriber_topic")),
    )
    op.create_index(
        "ix_subscriber_topic_topic", "subscriber_topic", ["topic", "subscriber_id"], unique=False
    )

    op.add_column("commitment", sa.Column("topics", sa.JSON(), server_default="[]", nullable=False))
    op.add_column("commitment", sa.Column("span_days", sa.Integer(), nullable=True))
    op.add_column("commitment", sa.Column("reach_days", sa.Integer(), nullable=True))
    span, reach = _days('coalesce(start, "end")'), _days("ref_date")
    op.execute(
        f"UPDATE commitment SET span_days = {span},"
        f' reach_days = coalesce({reach}, {REACH_UNKNOWN}) WHERE "end" IS NOT NULL'
    )
    op.create_index("ix_commitment_span_days", "commitment", ["span_days"], unique=False)
    op.create_index("ix_commitment_reach_days", "commitment", ["reach_days"], unique=False)
    op.drop_index("ix_commitment_status_end", table_name="commitment")
    op.create_index("ix_commitment_by_date", "commitment", BY_DATE, unique=False)
    op.create_table(
        "commitment_topic",
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_commitment_topic_commitment_id_commitment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("commitment_id", "topic", name=op.f("pk_commitment_topic")),
    )
    op.create_index(
        "ix_commitment_topic_topic", "commitment_topic", ["topic", "commitment_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_commitment_topic_topic", table_name="commitment_topic")
    op.drop_table("commitment_topic")
    # In place on SQLite too (3.35+): see the module docstring for why nothing is rebuilt.
    op.drop_index("ix_commitment_by_date", table_name="commitment")
    op.create_index("ix_commitment_status_end", "commitment", ["status", "end"], unique=False)
    op.drop_index("ix_commitment_reach_days", table_name="commitment")
    op.drop_index("ix_commitment_span_days", table_name="commitment")
    op.drop_column("commitment", "reach_days")
    op.drop_column("commitment", "span_days")
    op.drop_column("commitment", "topics")
    op.drop_index("ix_subscriber_topic_topic", table_name="subscriber_topic")
    op.drop_table("subscriber_topic")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f("ck_subscriber_chat_type"), "subscriber", type_="check")
    for column in ("updated_at", "digest", "lead_days", "chat_type"):
        op.drop_column("subscriber", column)


def _days(since: str) -> str:
    """Return SQL for the whole days from `since` to the item's end, on this database."""
    if op.get_bind().dialect.name == "sqlite":
        return f'CAST(julianday("end") - julianday({since}) AS INTEGER)'
    return f'"end" - {since}'
