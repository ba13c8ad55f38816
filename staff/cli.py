"""``kakurega staff add NAME --role moderator|admin``: make a staff account (the first admin;
after that, admins also manage accounts in the console, /staff/accounts: staff/account_pages.py).

The password is read from a prompt (twice) or, when stdin is not a terminal, from its first line.
``kakurega staff reset-second-factor NAME`` turns off a member's second factor (a lost phone);
they set it up again from the console.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys

from rooms.posts.store import open_post_store
from settings import load_settings
from staff.accounts import ROLES, add_staff, remove_second_factor


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kakurega staff", description="Manage staff accounts.")
    commands = parser.add_subparsers(dest="command", required=True)
    add = commands.add_parser("add", help="add a staff account (password from a prompt or stdin)")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, default="moderator")
    add.add_argument("--database-url", help="default: KAKUREGA_DATABASE_URL, else SQLite under ./var/")
    reset = commands.add_parser(
        "reset-second-factor", help="turn off a member's second factor (a lost phone)"
    )
    reset.add_argument("name")
    reset.add_argument("--database-url", help="default: KAKUREGA_DATABASE_URL, else SQLite under ./var/")
    return parser


def _read_password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise ValueError("the two passwords differ")
    return first


async def _add(database_url: str | None, name: str, role: str, password: str) -> None:
    async with open_post_store(database_url) as store:
        await add_staff(store.engine, name, role, password)


async def _reset(database_url: str | None, name: str) -> None:
    async with open_post_store(database_url) as store:
        await remove_second_factor(store.engine, name)


def main(argv: list[str]) -> int:
    arguments = _parser().parse_args(argv)
    try:
        database_url = arguments.database_url or load_settings().database_url
        if arguments.command == "reset-second-factor":
            asyncio.run(_reset(database_url, arguments.name))
            print(f"second factor of {arguments.name} turned off; they can set it up again in the console")
            return 0
        password = _read_password()
        asyncio.run(_add(database_url, arguments.name, arguments.role, password))
    except ValueError as error:  # SettingsError too: one line naming the variable
        print(f"kakurega staff: {error}", file=sys.stderr)
        return 1
    print(f"added {arguments.role} {arguments.name}")
    return 0
