"""The durable tables: posts, staff accounts and the audit trail (migrations/ creates them).

Nothing here describes a writer: no address, no user agent, no receipt in clear (only its
SHA-256), and times are kept to the minute, which is all the queue and its median need.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

posts = sa.Table(
    "posts",
    metadata,
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
    # The deciding staff member's own level of the post's risk (safety.LEVELS), or NULL when they
    # recorded none: a staff judgement, nothing about the writer. docs/safety.md, "Figures from
    # the field", reads it beside ``risk_level`` to measure the safety net on real posts.
    sa.Column("staff_level", sa.String(16), nullable=True),
    sa.Index("posts_queue", "status", "urgent", "id"),
    sa.Index("posts_room", "room", "status", "id"),
)

staff = sa.Table(
    "staff",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.String(255), nullable=False),
    # Bumped on logout and password change: every session cookie signed before is void.
    sa.Column("session_epoch", sa.Integer, nullable=False, server_default="0"),
    # The second factor (staff/second_factor.py): a TOTP secret once enrolled, and the last
    # time step a code was accepted for, so that a code seen over a shoulder cannot be replayed.
    sa.Column("totp_secret", sa.String(64), nullable=True),
    sa.Column("totp_last_step", sa.BigInteger, nullable=True),
    # An admin disables an account in the console (/staff/accounts): it can no longer log in.
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
)

# One-time recovery codes for a lost authenticator: only their SHA-256 is kept.
staff_recovery_codes = sa.Table(
    "staff_recovery_codes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id", ondelete="CASCADE"), nullable=False),
    sa.Column("code_hash", sa.String(64), nullable=False),
    sa.Column("used_at", sa.DateTime(timezone=False), nullable=True),
    sa.Index("staff_recovery_codes_staff", "staff_id"),
)

audit = sa.Table(
    "audit",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime(timezone=False), nullable=False),
    sa.Column("staff_name", sa.String(64), nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("post_id", sa.Integer, nullable=True),
    sa.Column("detail", sa.String(64), nullable=True),
    sa.Index("audit_at", "at"),
)

# Visitor statistics (stats/, docs/privacy.md): one row per hour, metric and key, where a key is
# a room slug, a bucket label or a hotline line, never anything a visitor sent or is.
stats_hourly = sa.Table(
    "stats_hourly",
    metadata,
    sa.Column("hour", sa.DateTime(timezone=False), primary_key=True),  # UTC, on the hour
    sa.Column("metric", sa.String(24), primary_key=True),
    sa.Column("key", sa.String(40), primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
)

# Distinct browsers per UTC day ("2026-12-01") and month ("2026-12"): a HyperLogLog's registers
# (without Redis) and its estimate. The registers hold run lengths of hashes, not the hashes.
stats_uniques = sa.Table(
    "stats_uniques",
    metadata,
    sa.Column("period", sa.String(10), primary_key=True),
    sa.Column("registers", sa.LargeBinary, nullable=True),
    sa.Column("estimate", sa.BigInteger, nullable=False),
)
