"""Staff accounts: argon2id password hashes, lockout after repeated failures, the audit trail."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.ext.asyncio import AsyncEngine

from rooms.posts.schema import audit, staff
from rooms.posts.store import record

ROLES = ("moderator", "admin")
MIN_PASSWORD_CHARS = 12
LOCK_AFTER = 10
LOCK_FOR = timedelta(minutes=15)

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

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


@dataclass(frozen=True, slots=True)
class LoginResult:
    member: StaffMember | None
    locked: bool = False


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


async def add_staff(engine: AsyncEngine, name: str, role: str, password: str) -> StaffMember:
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if not name or len(name) > 64 or not name.isprintable():
        raise ValueError("name must be 1-64 printable characters")
    if len(password) < MIN_PASSWORD_CHARS:
        raise ValueError(f"password must be at least {MIN_PASSWORD_CHARS} characters")
    async with engine.begin() as connection:
        exists = await connection.scalar(sa.select(staff.c.id).where(staff.c.name == name))
        if exists is not None:
            raise ValueError(f"staff member {name!r} already exists")
        result = await connection.execute(
            staff.insert().values(name=name, role=role, password_hash=hasher.hash(password))
        )
        await record(connection, name, "staff_add", None, role)
        new_id = result.inserted_primary_key[0]
    return StaffMember(int(new_id), name, role, 0)


async def log_in(engine: AsyncEngine, name: str, password: str) -> LoginResult:
    """Check a password; count failures and lock the account after ``LOCK_AFTER`` in a row."""
    async with engine.begin() as connection:
        row = (await connection.execute(sa.select(staff).where(staff.c.name == name))).first()
        if row is None:
            _verify(_dummy_hash(hasher.time_cost, hasher.memory_cost), password)
            return LoginResult(None)
        if row.locked_until is not None and row.locked_until > _now():
            await record(connection, row.name, "login_locked")
            return LoginResult(None, locked=True)
        if not _verify(row.password_hash, password):
            failed = row.failed_logins + 1
            locked_until = _now() + LOCK_FOR if failed >= LOCK_AFTER else None
            await connection.execute(
                staff.update()
                .where(staff.c.id == row.id)
                .values(failed_logins=0 if locked_until else failed, locked_until=locked_until)
            )
            await record(connection, row.name, "login_failed", None, "locked" if locked_until else None)
            return LoginResult(None, locked=locked_until is not None)
        values: dict[str, object] = {"failed_logins": 0, "locked_until": None}
        if hasher.check_needs_rehash(row.password_hash):
            values["password_hash"] = hasher.hash(password)
        await connection.execute(staff.update().where(staff.c.id == row.id).values(**values))
        await record(connection, row.name, "login")
    return LoginResult(StaffMember(row.id, row.name, row.role, row.session_epoch))


async def member(engine: AsyncEngine, staff_id: int) -> StaffMember | None:
    async with engine.connect() as connection:
        row = (await connection.execute(sa.select(staff).where(staff.c.id == staff_id))).first()
    return None if row is None else StaffMember(row.id, row.name, row.role, row.session_epoch)


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
