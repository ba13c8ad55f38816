"""staff: a TOTP second factor with recovery codes; the hard lock-out goes

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff") as staff:
        staff.add_column(sa.Column("totp_secret", sa.String(64), nullable=True))
        staff.add_column(sa.Column("totp_last_step", sa.BigInteger, nullable=True))
        # Failed logins now slow down one name from one source, in memory (staff/throttle.py).
        staff.drop_column("failed_logins")
        staff.drop_column("locked_until")
    op.create_table(
        "staff_recovery_codes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id", ondelete="CASCADE"), nullable=False),
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=False), nullable=True),
    )
    op.create_index("staff_recovery_codes_staff", "staff_recovery_codes", ["staff_id"])


def downgrade() -> None:
    op.drop_index("staff_recovery_codes_staff", "staff_recovery_codes")
    op.drop_table("staff_recovery_codes")
    with op.batch_alter_table("staff") as staff:
        staff.add_column(sa.Column("failed_logins", sa.Integer, nullable=False, server_default="0"))
        staff.add_column(sa.Column("locked_until", sa.DateTime(timezone=False), nullable=True))
        staff.drop_column("totp_last_step")
        staff.drop_column("totp_secret")
