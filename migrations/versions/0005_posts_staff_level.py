"""posts: the staff's own level of a decided post's risk (none/concern/high/imminent, or unrecorded)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable and without a default: every post decided before this release, and every post a
    # staff member chose not to rate, has no staff level, which is not the same as "none".
    with op.batch_alter_table("posts") as posts:
        posts.add_column(sa.Column("staff_level", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("posts") as posts:
        posts.drop_column("staff_level")
