"""posts, staff accounts and the audit trail

Revision ID: 0001
Revises:
Create Date: 2026-11-28
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
        "posts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("room", sa.String(16), nullable=False),
        sa.Column("category", sa.String(16), nullable=True),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("receipt_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("status", sa.String(16), nullable=False, server_default="waiting"),
        sa.Column("urgent", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("risk_level", sa.String(16), nullable=False, server_default="none"),
        sa.Column("contact", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_minute", sa.DateTime(timezone=False), nullable=False),
        sa.Column("decided_minute", sa.DateTime(timezone=False), nullable=True),
        sa.Column("reject_reason", sa.String(16), nullable=True),
    )
    op.create_index("posts_queue", "posts", ["status", "urgent", "id"])
    op.create_index("posts_room", "posts", ["room", "status", "id"])
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"),
        sa.Column("locked_until", sa.DateTime(timezone=False), nullable=True),
        sa.Column("session_epoch", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("staff_name", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("post_id", sa.Integer, nullable=True),
        sa.Column("detail", sa.String(64), nullable=True),
    )
    op.create_index("audit_at", "audit", ["at"])


def downgrade() -> None:
    op.drop_table("audit")
    op.drop_table("staff")
    op.drop_table("posts")
