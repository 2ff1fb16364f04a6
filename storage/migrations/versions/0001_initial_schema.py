"""Initial schema: meetings, documents, commitments, marks, subscribers, roles, reminders.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("forum", sa.String(length=40), nullable=False),
        sa.Column("canonical", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("member", sa.Boolean(), nullable=False),
        sa.Column("name_es", sa.String(length=300), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor")),
        sa.UniqueConstraint("forum", "canonical", name=op.f("uq_actor_forum")),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("forum", sa.String(length=40), nullable=False),
        sa.Column("key", sa.String(length=400), nullable=False),
        sa.Column("body", sa.String(length=20), nullable=True),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("place", sa.String(), nullable=True),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("forum", "key", name=op.f("uq_meeting_forum")),
    )
    op.create_table(
        "role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("country", sa.String(length=200), nullable=True),
        sa.Column("granted_by", sa.String(length=200), nullable=True),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("role = 'admin' OR country IS NOT NULL", name=op.f("ck_role_country")),
        sa.CheckConstraint("role IN ('admin', 'focal_point')", name=op.f("ck_role_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role")),
        sa.UniqueConstraint("user_id", "role", "country", name=op.f("uq_role_user_id")),
    )
    with op.batch_alter_table("role", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_role_user_id"), ["user_id"], unique=False)

    op.create_table(
        "subscriber",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("lang", sa.String(length=5), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("country", sa.String(length=200), nullable=True),
        sa.Column("follows", sa.String(length=10), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("follows IN ('all', 'country')", name=op.f("ck_subscriber_follows")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscriber")),
        sa.UniqueConstraint("chat_id", name=op.f("uq_subscriber_chat_id")),
    )
    with op.batch_alter_table("subscriber", schema=None) as batch_op:
        batch_op.create_index(
            "ix_subscriber_active", ["active", "follows", "country"], unique=False
        )

    op.create_table(
        "actor_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("alias_norm", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actor.id"],
            name=op.f("fk_actor_alias_actor_id_actor"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_alias")),
        sa.UniqueConstraint("actor_id", "alias_norm", name=op.f("uq_actor_alias_actor_id")),
    )
    with op.batch_alter_table("actor_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_alias_alias_norm"), ["alias_norm"], unique=False)

    op.create_table(
        "commitment_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=400), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_commitment_group_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment_group")),
        sa.UniqueConstraint("meeting_id", "key", name=op.f("uq_commitment_group_meeting_id")),
    )
    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=5), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("superseded_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_document_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_document_content_hash")),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index("ix_document_meeting_lang", ["meeting_id", "lang"], unique=False)

    op.create_table(
        "group_member",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["actor.id"],
            name=op.f("fk_group_member_group_id_actor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["actor.id"],
            name=op.f("fk_group_member_member_id_actor"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "member_id", name=op.f("pk_group_member")),
    )
    op.create_table(
        "commitment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(length=5), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("date_text", sa.String(), nullable=True),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("precision", sa.String(length=10), nullable=True),
        sa.Column("quote", sa.String(), nullable=False),
        sa.Column("ref", sa.String(length=100), nullable=True),
        sa.Column("what", sa.String(), nullable=True),
        sa.Column("who", sa.JSON(), nullable=False),
        sa.Column("where", sa.String(), nullable=True),
        sa.Column("confirm", sa.Boolean(), nullable=False),
        sa.Column("anchor", sa.String(), nullable=True),
        sa.Column("ref_date", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("only_version", sa.Boolean(), nullable=False),
        sa.Column("match_key", sa.String(length=600), nullable=False),
        sa.Column("search_text", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "kind IN ('deadline', 'event', 'task')", name=op.f("ck_commitment_kind")
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'published', 'withdrawn')", name=op.f("ck_commitment_status")
        ),
        sa.CheckConstraint(
            "kind = 'task' OR \"end\" IS NOT NULL", name=op.f("ck_commitment_dated")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name=op.f("fk_commitment_document_id_document")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["commitment_group.id"],
            name=op.f("fk_commitment_group_id_commitment_group"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_commitment_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment")),
    )
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.create_index("ix_commitment_document", ["document_id"], unique=False)
        batch_op.create_index(
            "ix_commitment_group_lang", ["group_id", "lang", "status"], unique=False
        )
        batch_op.create_index("ix_commitment_meeting_lang", ["meeting_id", "lang"], unique=False)
        batch_op.create_index("ix_commitment_status_end", ["status", "end"], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        _create_trigram_index()

    op.create_table(
        "participation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=200), nullable=False),
        sa.Column("answer", sa.String(length=10), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "answer IN ('confirmed', 'declined')", name=op.f("ck_participation_answer")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["commitment_group.id"],
            name=op.f("fk_participation_group_id_commitment_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participation")),
        sa.UniqueConstraint("group_id", "country", name=op.f("uq_participation_group_id")),
    )
    op.create_table(
        "task_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("status IN ('pending', 'done')", name=op.f("ck_task_status_status")),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["commitment_group.id"],
            name=op.f("fk_task_status_group_id_commitment_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_status")),
        sa.UniqueConstraint("group_id", "country", name=op.f("uq_task_status_group_id")),
    )
    with op.batch_alter_table("task_status", schema=None) as batch_op:
        batch_op.create_index("ix_task_status_country", ["country", "status"], unique=False)

    op.create_table(
        "commitment_actor",
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_commitment_actor_commitment_id_commitment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("commitment_id", "actor", name=op.f("pk_commitment_actor")),
    )
    with op.batch_alter_table("commitment_actor", schema=None) as batch_op:
        batch_op.create_index("ix_commitment_actor_actor", ["actor", "commitment_id"], unique=False)

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
    with op.batch_alter_table("reminder_log", schema=None) as batch_op:
        batch_op.create_index("ix_reminder_log_group", ["group_id"], unique=False)


def _create_trigram_index() -> None:
    # A trigram index lets PostgreSQL answer `search_text LIKE '%word%'` without a full scan.
    # pg_trgm ships with PostgreSQL and is a trusted extension; without it search still works.
    bind = op.get_bind()
    available = bind.execute(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
    ).scalar()
    if not available:
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    # The extension may live in a schema off the search path: name its operator class in full.
    schema = bind.execute(
        sa.text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
            " WHERE e.extname = 'pg_trgm'"
        )
    ).scalar_one()
    quoted = '"' + schema.replace('"', '""') + '"'
    op.execute(
        "CREATE INDEX ix_commitment_search_trgm ON commitment"
        f" USING gin (search_text {quoted}.gin_trgm_ops)"
    )


def downgrade() -> None:
    with op.batch_alter_table("reminder_log", schema=None) as batch_op:
        batch_op.drop_index("ix_reminder_log_group")

    op.drop_table("reminder_log")
    with op.batch_alter_table("commitment_actor", schema=None) as batch_op:
        batch_op.drop_index("ix_commitment_actor_actor")

    op.drop_table("commitment_actor")
    with op.batch_alter_table("task_status", schema=None) as batch_op:
        batch_op.drop_index("ix_task_status_country")

    op.drop_table("task_status")
    op.drop_table("participation")
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_index("ix_commitment_status_end")
        batch_op.drop_index("ix_commitment_meeting_lang")
        batch_op.drop_index("ix_commitment_group_lang")
        batch_op.drop_index("ix_commitment_document")
    # The trigram index, if any, goes with the table; the extension may serve others: kept.

    op.drop_table("commitment")
    op.drop_table("group_member")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index("ix_document_meeting_lang")

    op.drop_table("document")
    op.drop_table("commitment_group")
    with op.batch_alter_table("actor_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_alias_alias_norm"))

    op.drop_table("actor_alias")
    with op.batch_alter_table("subscriber", schema=None) as batch_op:
        batch_op.drop_index("ix_subscriber_active")

    op.drop_table("subscriber")
    with op.batch_alter_table("role", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_role_user_id"))

    op.drop_table("role")
    op.drop_table("meeting")
    op.drop_table("actor")
