"""Staff accounts: argon2id password hashes, the second factor, the audit trail.

A login answers only "yes" or "no", and takes the same time whichever way it failed:
an unknown name is checked against a dummy hash, and a try the throttle holds back
(staff/throttle.py) is checked all the same and then refused.
"""

from __future__ import annotations

import functools
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from rooms.posts.schema import audit, staff, staff_recovery_codes
from rooms.posts.store import record
from staff import second_factor

ROLES = ("moderator", "admin")
MIN_PASSWORD_CHARS = 12
MAX_NAME_CHARS = 64
NOT_STAFF = "—"  # the audit trail's actor for attempts on names that are not staff

# argon2-cffi's defaults are argon2id with the RFC 9106 "low memory" profile. Tests swap in a
# cheaper argon2id (``PasswordHasher.from_parameters(argon2.profiles.CHEAPEST)``) to stay fast;
# hashes carry their own parameters, so verifying works whichever made them.
hasher = PasswordHasher()


@functools.cache
def _dummy_hash(time_cost: int, memory_cost: int) -> str:
    """Checked when the name is unknown, so a wrong name costs as long as a wrong password."""
    return hasher.hash("not a password of anyone")


@dataclass(frozen=True, slots=True)
class StaffMember:
    id: int
    name: str
    role: str
    session_epoch: int
    second_factor: bool = False
    active: bool = True

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True, slots=True)
class LoginResult:
    member: StaffMember | None
    # Why it failed, for the audit trail only (never shown): "unknown", "held", "password",
    # "code", "disabled".
    failure: str | None = None


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


class AccountError(ValueError):
    """A refused account change; ``code`` lets the console say it in Japanese
    ("role", "name", "password", "exists", "missing", "self")."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def check_name(name: str) -> None:
    """A name shows in the audit trail and is typed at login: printable, no spaces at either
    end (login strips them), and already in NFKC form, so no full-width or look-alike twin
    of another name (zero-width and direction marks are not printable)."""
    if (
        not name
        or len(name) > MAX_NAME_CHARS
        or not name.isprintable()
        or name != name.strip()
        or name != unicodedata.normalize("NFKC", name)
    ):
        raise AccountError(
            "name", f"name must be 1-{MAX_NAME_CHARS} printable characters in NFKC form, no outer spaces"
        )


def new_password() -> str:
    """A generated password (shown once): 20 URL-safe characters, about 120 bits."""
    return secrets.token_urlsafe(15)


async def add_staff(
    engine: AsyncEngine, name: str, role: str, password: str, *, by: str | None = None
) -> StaffMember:
    """``by``: the admin who adds from the console (the command line records the new name)."""
    if role not in ROLES:
        raise AccountError("role", f"role must be one of {', '.join(ROLES)}")
    check_name(name)
    if len(password) < MIN_PASSWORD_CHARS:
        raise AccountError("password", f"password must be at least {MIN_PASSWORD_CHARS} characters")
    async with engine.begin() as connection:
        exists = await connection.scalar(sa.select(staff.c.id).where(staff.c.name == name))
        if exists is not None:
            raise AccountError("exists", f"staff member {name!r} already exists")
        result = await connection.execute(
            staff.insert().values(name=name, role=role, password_hash=hasher.hash(password))
        )
        if by is None:
            await record(connection, name, "staff_add", None, role)
        else:
            await record(connection, by, f"staff_add_{role}", None, name)
        new_id = result.inserted_primary_key[0]
    return StaffMember(int(new_id), name, role, 0)


async def all_staff(engine: AsyncEngine) -> list[StaffMember]:
    async with engine.connect() as connection:
        rows = await connection.execute(sa.select(staff).order_by(staff.c.name))
        return [_member_of(row) for row in rows]


async def set_active(engine: AsyncEngine, by: StaffMember, staff_id: int, active: bool) -> StaffMember:
    """Disable (no login; every session ends) or enable an account. Nobody disables themself,
    so the console always keeps the admin who is using it."""
    if by.id == staff_id and not active:
        raise AccountError("self", "an admin cannot disable their own account")
    async with engine.begin() as connection:
        target = await _row(connection, staff_id)
        values: dict[str, object] = {"active": active}
        if not active:
            values["session_epoch"] = staff.c.session_epoch + 1
        await connection.execute(staff.update().where(staff.c.id == staff_id).values(**values))
        await record(connection, by.name, "staff_enable" if active else "staff_disable", None, target.name)
    return _member_of(target)


async def reset_password(engine: AsyncEngine, by: StaffMember, staff_id: int) -> tuple[StaffMember, str]:
    """A new generated password (returned to be shown once); every session of the account ends."""
    password = new_password()
    async with engine.begin() as connection:
        target = await _row(connection, staff_id)
        await connection.execute(
            staff.update()
            .where(staff.c.id == staff_id)
            .values(password_hash=hasher.hash(password), session_epoch=staff.c.session_epoch + 1)
        )
        await record(connection, by.name, "staff_password_reset", None, target.name)
    return _member_of(target), password


async def _row(connection: AsyncConnection, staff_id: int) -> sa.Row:
    row = (await connection.execute(sa.select(staff).where(staff.c.id == staff_id))).first()
    if row is None:
        raise AccountError("missing", f"no staff member #{staff_id}")
    return row


async def log_in(
    engine: AsyncEngine, name: str, password: str, code: str = "", *, held: bool = False
) -> LoginResult:
    """Check a password (and the second factor, when the member has one).

    ``held``: the throttle holds this name back from this source; the try is checked all
    the same (the same work, the same time) and refused. No refusal writes anything here
    (a write would take longer than no write, and tell a known name from an unknown one):
    the caller counts them for the audit trail (``AttemptCounts``).
    """
    async with engine.begin() as connection:
        # A name with NUL is nobody's (``check_name``), and PostgreSQL refuses it in a query (a 500).
        found = sa.select(staff).where(staff.c.name == name)
        row = None if "\x00" in name else (await connection.execute(found)).first()
        password_ok = _verify(row.password_hash if row else _dummy_hash(*_cost()), password)
        step: int | None = None
        recovery_id: int | None = None
        if row is not None and row.totp_secret:
            step = second_factor.accepted_step(row.totp_secret, code, row.totp_last_step)
            if step is None and second_factor.looks_like_recovery_code(code):
                recovery_id = await _unused_recovery_code(connection, row.id, code)
        if row is None:
            return LoginResult(None, "unknown")
        if held:
            return LoginResult(None, "held")
        if not password_ok:
            return LoginResult(None, "password")
        if row.totp_secret and step is None and recovery_id is None:
            return LoginResult(None, "code")
        # Last, so that a disabled account says so (in the audit trail) only to the right password.
        if not row.active:
            return LoginResult(None, "disabled")
        values: dict[str, object] = {}
        if step is not None:
            values["totp_last_step"] = step
        if recovery_id is not None:
            await connection.execute(
                staff_recovery_codes.update()
                .where(staff_recovery_codes.c.id == recovery_id)
                .values(used_at=_now())
            )
        if hasher.check_needs_rehash(row.password_hash):
            values["password_hash"] = hasher.hash(password)
        if values:
            await connection.execute(staff.update().where(staff.c.id == row.id).values(**values))
        await record(connection, row.name, "login", None, "recovery code" if recovery_id else None)
    return LoginResult(_member_of(row))


async def _unused_recovery_code(connection: AsyncConnection, staff_id: int, code: str) -> int | None:
    query = sa.select(staff_recovery_codes.c.id).where(
        staff_recovery_codes.c.staff_id == staff_id,
        staff_recovery_codes.c.code_hash == second_factor.recovery_hash(code),
        staff_recovery_codes.c.used_at.is_(None),
    )
    return await connection.scalar(query)


async def record_attempt_counts(engine: AsyncEngine, counts: list[tuple[str, str, int]]) -> None:
    """Write refused-login counts (``AttemptCounts.due``) to the audit trail."""
    if not counts:
        return
    async with engine.begin() as connection:
        for action, staff_name, count in counts:
            await record(connection, staff_name, action, None, f"{count} tries")


async def enrol_second_factor(
    engine: AsyncEngine, who: StaffMember, secret: str, code: str
) -> list[str] | None:
    """Turn the second factor on once ``code`` proves the app has ``secret``; the new
    recovery codes (shown once, kept only hashed), or None when the code is wrong."""
    step = second_factor.accepted_step(secret, code, None)
    if step is None:
        return None
    codes = second_factor.new_recovery_codes()
    async with engine.begin() as connection:
        await connection.execute(
            staff.update().where(staff.c.id == who.id).values(totp_secret=secret, totp_last_step=step)
        )
        await connection.execute(
            staff_recovery_codes.delete().where(staff_recovery_codes.c.staff_id == who.id)
        )
        await connection.execute(
            staff_recovery_codes.insert(),
            [{"staff_id": who.id, "code_hash": second_factor.recovery_hash(c)} for c in codes],
        )
        await record(connection, who.name, "second_factor_on")
    return codes


async def remove_second_factor(engine: AsyncEngine, name: str, *, by: str | None = None) -> None:
    """For a lost phone (``kakurega staff reset-second-factor NAME``, or ``by`` an admin in the
    console); ``AccountError`` if no such member."""
    async with engine.begin() as connection:
        staff_id = await connection.scalar(sa.select(staff.c.id).where(staff.c.name == name))
        if staff_id is None:
            raise AccountError("missing", f"no staff member {name!r}")
        await connection.execute(
            staff.update().where(staff.c.id == staff_id).values(totp_secret=None, totp_last_step=None)
        )
        await connection.execute(
            staff_recovery_codes.delete().where(staff_recovery_codes.c.staff_id == staff_id)
        )
        if by is None:
            await record(connection, name, "second_factor_off", None, "reset from the command line")
        else:
            await record(connection, by, "second_factor_reset", None, name)


async def unused_recovery_codes(engine: AsyncEngine, who: StaffMember) -> int:
    async with engine.connect() as connection:
        query = sa.select(sa.func.count()).where(
            staff_recovery_codes.c.staff_id == who.id, staff_recovery_codes.c.used_at.is_(None)
        )
        return int(await connection.scalar(query) or 0)


async def member(engine: AsyncEngine, staff_id: int) -> StaffMember | None:
    async with engine.connect() as connection:
        row = (await connection.execute(sa.select(staff).where(staff.c.id == staff_id))).first()
    return None if row is None else _member_of(row)


def _member_of(row: sa.Row) -> StaffMember:
    return StaffMember(row.id, row.name, row.role, row.session_epoch, bool(row.totp_secret), bool(row.active))


def _cost() -> tuple[int, int]:
    return hasher.time_cost, hasher.memory_cost


async def log_out(engine: AsyncEngine, who: StaffMember) -> None:
    """End every session of ``who`` (the epoch in their cookies no longer matches)."""
    async with engine.begin() as connection:
        await connection.execute(
            staff.update().where(staff.c.id == who.id).values(session_epoch=staff.c.session_epoch + 1)
        )
        await record(connection, who.name, "logout")


async def audit_trail(engine: AsyncEngine, limit: int = 500) -> list[sa.Row]:
    async with engine.connect() as connection:
        query = sa.select(audit).order_by(audit.c.id.desc()).limit(limit)
        return list((await connection.execute(query)).all())


def _verify(password_hash: str, password: str) -> bool:
    try:
        return hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
