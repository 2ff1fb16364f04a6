"""Roles, review and history: verified delegates, role requests, members-only items, the log.

`role` admits a third role, `delegate` (a verified delegate of a member country); on SQLite the
CHECK lives in the table's definition, so `role` is copied into a new table (nothing refers to
it, so nothing cascades). `role_request` holds users' requests to be a focal point or a
delegate and the decision. `history` records who changed what and when: confirmations, marks,
publications, dates, roles.

`document.members_only` and `commitment.members_only` keep a document's items for members;
`commitment.reason` is the extractor's reason for keeping the date, shown at review. Columns
are added in place, as in 0004: rebuilding `commitment` would lose 0003's full-text triggers.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

ROLES_BEFORE = "role IN ('admin', 'focal_point')"
ROLES_AFTER = "role IN ('admin', 'focal_point', 'delegate')"


def upgrade() -> None:
    _role_check(ROLES_AFTER, ROLES_BEFORE)
    op.add_column(
        "document",
        sa.Column("members_only", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.add_column(
        "commitment",
        sa.Column("members_only", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.add_column("commitment", sa.Column("reason", sa.String(), nullable=True))
    op.create_table(
        "role_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("country", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.BigInteger(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "role IN ('focal_point', 'delegate')", name=op.f("ck_role_request_role")
        ),
        sa.CheckConstraint(
            "status IN ('pending', 'approved', 'refused')", name=op.f("ck_role_request_status")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role_request")),
    )
    op.create_index(
        "ix_role_request_status", "role_request", ["status", "role", "country"], unique=False
    )
    op.create_index(op.f("ix_role_request_user_id"), "role_request", ["user_id"], unique=False)
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by_user_id", sa.BigInteger(), nullable=True),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("country", sa.String(length=200), nullable=True),
        sa.Column("subject_user_id", sa.BigInteger(), nullable=True),
        sa.Column("detail", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["commitment_group.id"],
            name=op.f("fk_history_group_id_commitment_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history")),
    )
    op.create_index("ix_history_group", "history", ["group_id", "country", "id"], unique=False)
    op.create_index("ix_history_user", "history", ["subject_user_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_history_user", table_name="history")
    op.drop_index("ix_history_group", table_name="history")
    op.drop_table("history")
    op.drop_index(op.f("ix_role_request_user_id"), table_name="role_request")
    op.drop_index("ix_role_request_status", table_name="role_request")
    op.drop_table("role_request")
    op.drop_column("commitment", "reason")
    op.drop_column("commitment", "members_only")
    op.drop_column("document", "members_only")
    # Delegates have no place in the older schema.
    op.execute("DELETE FROM role WHERE role = 'delegate'")
    _role_check(ROLES_BEFORE, ROLES_AFTER)


def _role_check(wanted: str, current: str) -> None:
    """Replace the CHECK on `role.role`: in place on PostgreSQL, by copying the table on SQLite."""
    name = op.f("ck_role_role")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(name, "role", type_="check")
        op.create_check_constraint(name, "role", wanted)
        return
    # The table as it stands, so the copy keeps every other constraint and the index.
    table = sa.Table(
        "role",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("country", sa.String(length=200), nullable=True),
        sa.Column("granted_by", sa.String(length=200), nullable=True),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("role = 'admin' OR country IS NOT NULL", name="ck_role_country"),
        sa.CheckConstraint(current, name="ck_role_role"),
        sa.PrimaryKeyConstraint("id", name="pk_role"),
        sa.UniqueConstraint("user_id", "role", "country", name="uq_role_user_id"),
        sa.Index("ix_role_user_id", "user_id"),
    )
    with op.batch_alter_table("role", copy_from=table, recreate="always") as batch:
        batch.drop_constraint(op.f("ck_role_role"), type_="check")
        batch.create_check_constraint(op.f("ck_role_role"), wanted)
