"""stats: hourly visitor statistics and distinct browsers per day and month

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stats_hourly",
        sa.Column("hour", sa.DateTime(timezone=False), primary_key=True),
        sa.Column("metric", sa.String(24), primary_key=True),
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "stats_uniques",
        sa.Column("period", sa.String(10), primary_key=True),
        sa.Column("registers", sa.LargeBinary, nullable=True),
        sa.Column("estimate", sa.BigInteger, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("stats_uniques")
    op.drop_table("stats_hourly")
