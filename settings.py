"""Every ``KAKUREGA_*`` setting, in one object read once when the server starts.

``load_settings()`` reads the environment, checks every value and returns a frozen
``Settings``; the parts of the server get what they need from it (``settings.limits``,
``settings.post_limits``, ``settings.robot``) and never read the environment themselves.
A bad value stops the server with one line naming the variable::

    kakurega: KAKUREGA_TICK_MS: must be greater than 0 (got '0')

Why pydantic-settings rather than the checked reader we had (``numbers_from_environment``):
that reader knew positive numbers only, so strings, booleans, ports, URLs and networks were
each read by hand in five places, unchecked. pydantic-settings is well kept, checks every
type and bound declared on the field, treats ``KAKUREGA_X=`` as unset, and carries each
field's description — ``docs/operations.md``'s settings tables are generated from this class
(``python -m settings --update-docs docs/operations.md``) and a test fails when they differ.
The parts themselves (``world``, ``rooms``) keep plain dataclasses and never import pydantic.

Adding a setting
----------------

1. Add a field to ``Settings`` below, in the group it belongs to (``GROUPS``; add a group
   for a new part), with ``setting(default, "group", "what it does, for operators", gt=0)``.
   The variable is ``KAKUREGA_`` + the field's name in capitals; bounds are pydantic's
   (``gt=0``, ``ge=0``, ``le=…``); anything more goes in a ``field_validator`` that raises
   ``ValueError("one short line")``. A secret (a password, a key, a URL with a password in
   it): ``secret=True`` keeps it out of ``repr`` and error messages.
2. Give your part the value from the object: pass ``settings.your_field`` (or a property
   that builds your part's own plain config, like ``limits`` below) where the part is built
   in ``server.create_app``/``server.serve``. Nothing else reads ``os.environ``.
3. Run ``.venv/bin/python -m settings --update-docs docs/operations.md`` and commit the
   regenerated table; ``tests/test_settings.py`` checks it.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import AliasChoices, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from rooms.posts.limits import PostLimits
from rooms.quick_exit import EXIT_URL
from world.address import SharedNetworks
from world.limits import Limits

if TYPE_CHECKING:  # imported where used: ``safety`` and ``rooms.robot`` load the whole word lists,
    # and ``kakurega serve --workers`` reads these settings in a supervisor that runs no app.
    from rooms.robot.config import RobotConfig
    from safety.second_opinion import SecondOpinionConfig

PREFIX = "KAKUREGA_"

GROUPS = {
    "server": "The server",
    "realtime": "Real-time limits (`world/limits.py`; some are sent in `welcome`, docs/protocol.md §8)",
    "addresses": "Addresses and handshakes (`world/address.py`, §4.2)",
    "posts": "Posts (`rooms/posts/`)",
    "robot": "The robot (`rooms/robot/`)",
    "safety": "Risk beyond the rules: the learned layer and the second opinion (docs/safety.md)",
    "staff": "Database and staff console (`rooms/posts/`, `staff/`)",
    "stats": "Visitor statistics (`stats/`, docs/privacy.md)",
}


def setting(
    default: Any,
    table: str,
    description: str,
    *,
    secret: bool = False,
    shown: str | None = None,
    variable: str | None = None,
    **checks: Any,
) -> Any:
    """A field of ``Settings``: its default, the table of docs/operations.md it is listed in,
    what it does (that table's text), and its checks (``gt=0``, ``le=…``: pydantic's ``Field``).
    ``secret`` keeps it out of ``repr`` and of error messages; ``shown`` is how the table shows
    the default when the value itself would not say it well; ``variable`` names a variable
    other than ``KAKUREGA_<FIELD>``."""
    assert table in GROUPS, table
    if isinstance(default, float):
        # ``inf`` (or ``1e400``) passed ``gt=0``: the server then died at start in a traceback
        # (``int(inf)`` for ``welcome``), or ran with a timer that never fires.
        checks.setdefault("allow_inf_nan", False)
    extra: dict[str, Any] = {"group": table, "secret": secret}
    if shown is not None:
        extra["shown"] = shown
    if variable is not None:
        extra["variable"] = variable
    return Field(default, description=description, json_schema_extra=extra, repr=not secret, **checks)


class SettingsError(ValueError):
    """A setting has a bad value; the message is one line naming the variable."""


class Settings(BaseSettings):
    """Everything configurable. Field ``x_y`` is the variable ``KAKUREGA_X_Y``."""

    model_config = SettingsConfigDict(
        env_prefix=PREFIX,
        env_ignore_empty=True,  # ``KAKUREGA_X=`` means unset, as it always has
        frozen=True,
        validate_by_name=True,
        extra="ignore",
    )

    # -- the server ----------------------------------------------------------------------
    broker_url: str | None = setting(
        None,
        "server",
        "shares presence between instances. `redis://host:6379/0`, `rediss://` (TLS), "
        "`redis+cluster://host:port` / `rediss+cluster://` for Redis Cluster (sharded pub/sub, "
        "Redis ≥ 7), `redis+sentinel://s1:26379,s2:26379,s3:26379/SERVICE/0` / `rediss+sentinel://` "
        "for Redis Sentinel (`?sentinel_password=` if the Sentinels want one). A password goes in the "
        "URL (`redis://:PASSWORD@host:6379/0`): keep it in a Secret. Set, it means *one of several "
        "instances*: the server then refuses SQLite (unless `KAKUREGA_SQLITE_WITH_REDIS=1`) and "
        "requires `KAKUREGA_SECRET_KEY`. `KAKUREGA_BROKER_URL` is read when this is unset, and also "
        "accepts `memory://NAME` (tests). Unset: the in-process broker",
        secret=True,
        variable="KAKUREGA_REDIS_URL",
        validation_alias=AliasChoices("KAKUREGA_REDIS_URL", "KAKUREGA_BROKER_URL"),
    )
    sqlite_with_redis: bool = setting(
        False,
        "server",
        "`1`: several instances on **one host** share one SQLite file (§2). Never in Kubernetes: there "
        "each pod's file would hold its own posts and lose them with the pod",
    )
    metrics_port: int | None = setting(
        None,
        "server",
        "serve `/metrics` on this port (on the `--host` address), for the scraper on the pod network; the "
        "public port never serves it. The manifests use `9090`",
        shown="unset (no metrics)",
        ge=1,
        le=65535,
    )
    log_format: Literal["json", "text"] = setting(
        "json",
        "server",
        "`json`: one JSON object a line (`time` in UTC, `level`, `logger`, `message`, `error` with a "
        "traceback if any); `text`: plain lines for a terminal (`make run` uses it)",
    )
    exit_url: str = setting(
        EXIT_URL, "server", "where the quick-exit control (すぐ とじる) sends the visitor"
    )
    forwarded_allow_ips: str = setting(
        "127.0.0.1",
        "server",
        "proxies whose `X-Forwarded-For` is believed: addresses or CIDRs, comma-separated (`*` trusts "
        "everyone: never on a public port). Behind a proxy on another host or in Kubernetes, set it to "
        "the proxy's address or network (§4)",
    )
    host: str = setting(
        "127.0.0.1", "server", "default of `kakurega serve --host` (the image passes `--host 0.0.0.0`)"
    )
    port: int = setting(8000, "server", "default of `kakurega serve --port`", ge=1, le=65535)
    workers: int = setting(
        1,
        "server",
        "default of `kakurega serve --workers`: processes on one port (`SO_REUSEPORT`), each an instance "
        "of its own sharing nooks through Redis, so more than 1 requires `KAKUREGA_REDIS_URL` (§2.1). "
        "Worker *i* serves metrics on `KAKUREGA_METRICS_PORT` + *i*",
        ge=1,
        le=64,
    )

    # -- real-time limits (world/limits.py) ------------------------------------------------
    tick_ms: int = setting(
        100,
        "realtime",
        "how often each changed nook is flushed to its members (and published to Redis)",
        gt=0,
        le=10_000,
    )
    tick_max_ms: int = setting(
        200,
        "realtime",
        "how far the tick may stretch under load: 25 ms at a time while the ticks take over 0.45 of a "
        "core or the event loop runs 20 ms late for 2 s, back a step after 5 calm seconds "
        "(world/tick_pace.py). Set it to `KAKUREGA_TICK_MS` to keep the tick fixed",
        gt=0,
        le=10_000,
    )
    tick_parts: int = setting(
        4,
        "realtime",
        "the nooks are flushed in this many groups spread over each tick, so one tick's writes never "
        "hold the event loop in one long burst",
        gt=0,
        le=100,
    )
    counts_ms: int = setting(
        2000,
        "realtime",
        "how often people-per-room counts are gathered (from Redis) and sent to everyone",
        gt=0,
        le=3_600_000,
    )
    nook_cap: int = setting(
        40,
        "realtime",
        "avatars per nook; a visitor sees only its own nook. Bounds the fan-out per change",
        gt=0,
        le=1000,
    )
    hello_timeout: float = setting(
        5.0, "realtime", "seconds a new connection has to send an acceptable `hello`", gt=0, le=3600
    )
    rename_timeout: float = setting(
        180.0, "realtime", "seconds to pick another name after `name_refused`", gt=0, le=86_400
    )
    idle_timeout: float = setting(
        75.0,
        "realtime",
        "seconds a connection may send nothing at all before it is closed (`idle`); clients ping every 25 s",
        gt=0,
        le=86_400,
    )
    max_frame_bytes: int = setting(
        1024,
        "realtime",
        "largest frame a client may send (`too_big`): 256 (a `hello` must fit) to 65536 (a WebSocket "
        "message or a `/poll` body)",
        ge=256,
        le=65_536,
    )
    frames_per_second: float = setting(
        15.0,
        "realtime",
        "sustained frames a client may send (at least 1: `welcome` says it in whole frames) …",
        ge=1,
        le=10_000,
    )
    frames_burst: int = setting(30, "realtime", "… and at once (`too_fast` beyond)", gt=0, le=100_000)
    max_connections: int = setting(
        7000,
        "realtime",
        "open connections per instance (`full` beyond). 7,000 is what one process carries on one core "
        "with a third of it left for arrival bursts (docs/performance.md); measure yours with "
        "`make swarm` before raising it",
        gt=0,
    )
    send_queue: int = setting(
        64,
        "realtime",
        "frames queued per connection; a client that falls further behind gets a fresh snapshot instead",
        gt=0,
        le=100_000,
    )
    slow_timeout: float = setting(
        10.0,
        "realtime",
        "seconds a client may stay that far behind before it is closed (`slow`)",
        gt=0,
        le=3600,
    )
    drain_spread_ms: int = setting(
        4500,
        "realtime",
        "on shutdown each visitor is told to come back after 500 ms + a random 0…this: 0.5–5 s by "
        "default, so a restart is not a stampede",
        gt=0,
        le=600_000,
    )
    drain_timeout: float = setting(
        10.0,
        "realtime",
        "seconds a draining instance waits for its visitors to leave before it stops anyway",
        gt=0,
        le=3600,
    )

    # -- addresses and handshakes (world/address.py) -----------------------------------------
    max_per_address: int = setting(
        2000,
        "addresses",
        "open connections per address **per instance** (`full` beyond): a generous ceiling, because a "
        "whole municipality's tablets can share one public address. IPv6 counts per /64",
        gt=0,
    )
    address_handshakes_per_second: float = setting(
        20.0,
        "addresses",
        "new connections per second one address may open on one instance, on average …",
        gt=0,
    )
    address_handshakes_burst: int = setting(
        200,
        "addresses",
        "… and at once (a class arriving together). Past it: `full` with a `retry_ms` that spreads the "
        "refused over the time they need",
        gt=0,
    )
    handshakes_per_second: float = setting(
        500.0,
        "addresses",
        "new connections per second one instance admits from everyone together, on average …",
        gt=0,
    )
    handshakes_burst: int = setting(
        1000,
        "addresses",
        "… and at once. Past it: `full` with a `retry_ms`, so the visitors of an instance that died "
        "come back spread out",
        gt=0,
    )
    shared_networks: str = setting(
        "",
        "addresses",
        "known school or municipal exits: `NETWORK=TIMES`, comma-separated (`203.0.113.0/24=10, "
        "2001:db8:5::/48=4`). Each address in such a network gets TIMES its per-address limits: "
        "connections, handshakes, posts and robot messages. A network wider than /8 (IPv6: /16) is refused",
        shown="none",
    )

    request_timeout: float = setting(
        10.0,
        "addresses",
        "seconds a client has to send a whole request (or a WebSocket upgrade's headers) once its socket "
        "is accepted, or once it starts the next request; then the socket is closed (world/http_guard.py)",
        gt=0,
    )

    # -- posts (rooms/posts/limits.py) -------------------------------------------------------
    posts_browser_burst: int = setting(
        3, "posts", "posts one browser (its anonymous token, `rooms/browsers.py`) may send at once …", gt=0
    )
    posts_browser_per_minute: float = setting(0.5, "posts", "… and per minute after that", gt=0)
    posts_address_burst: int = setting(
        60,
        "posts",
        "posts from one address (IPv6: /64), all its browsers together, at once: a coarse backstop "
        "against a flood that drops its token, loose because a whole school can share one address …",
        gt=0,
    )
    posts_address_per_minute: float = setting(20.0, "posts", "… and per minute after that", gt=0)
    posts_max_keys: int = setting(
        50_000,
        "posts",
        "browsers and addresses remembered at most (in memory only; full buckets are forgotten)",
        gt=0,
    )

    # -- the robot (rooms/robot/config.py) ---------------------------------------------------
    robot_url: str | None = setting(
        None,
        "robot",
        "an OpenAI-compatible chat engine for ロボ (the API base or the full `…/chat/completions` "
        "address); unset runs the built-in listener only. See §10 before pointing it anywhere",
    )
    robot_model: str = setting("kakurega-robo", "robot", "the model name sent to that engine")
    robot_key: str | None = setting(None, "robot", "the engine's API key (a Secret)", secret=True)
    robot_deadline: float = setting(
        8.0, "robot", "seconds the engine may take in all before the built-in listener answers instead", gt=0
    )
    robot_rate: float = setting(
        0.5, "robot", "messages per second one browser (its anonymous token) may send on average …", gt=0
    )
    robot_burst: int = setting(6, "robot", "… and at once", gt=0)
    robot_judge_url: str | None = setting(
        None,
        "robot",
        "a second OpenAI-compatible model that rates each reply the output screen passed; a reply is shown "
        "only if both pass it. Unset: the screen's rules alone. Same care as `KAKUREGA_ROBOT_URL` (§10)",
    )
    robot_judge_model: str = setting("kakurega-judge", "robot", "the model name sent to the judge")
    robot_judge_key: str | None = setting(None, "robot", "the judge's API key (a Secret)", secret=True)
    robot_judge_deadline: float = setting(
        3.0,
        "robot",
        "seconds the judge may take after the reply came; past them the rules decide alone",
        gt=0,
    )
    robot_address_rate: float = setting(
        5.0,
        "robot",
        "messages per second from one address (IPv6: /64), all its browsers together: a coarse backstop …",
        gt=0,
    )
    robot_address_burst: int = setting(60, "robot", "… and at once", gt=0)

    # -- the second opinion on risk (safety/second_opinion.py) -------------------------------
    safety_url: str | None = setting(
        None,
        "safety",
        "an OpenAI-compatible API base that re-rates texts the rules call `none`/`concern` (never "
        "lower); unset: `KAKUREGA_ROBOT_URL`'s model is asked, and with neither, the rules alone",
    )
    safety_model: str = setting(
        "kakurega-safety", "safety", "the model name sent to it (with the robot's URL: the robot's model)"
    )
    safety_key: str | None = setting(None, "safety", "its API key (a Secret)", secret=True)
    safety_deadline: float = setting(
        2.0, "safety", "seconds it may take; past them the rule level stands", gt=0
    )
    safety_learned: bool = setting(
        True,
        "safety",
        "the learned layer over the rules (`safety/learned.py`): raises a level where the text "
        "resembles the serious tuning texts, never lowers one; off: the rules alone",
    )

    # -- database and staff ------------------------------------------------------------------
    database_url: str | None = setting(
        None,
        "staff",
        "posts and staff accounts. `postgresql://user:pass@host/db` with several hosts (a Secret). "
        "An in-memory SQLite database (`sqlite://`) is refused: its posts would be lost at every restart",
        secret=True,
        shown="`sqlite+aiosqlite:///./var/kakurega.db`",
    )
    secret_key: str | None = setting(
        None,
        "staff",
        "signs staff sessions and CSRF tokens, and keys the name passes (docs/protocol.md). **The same "
        "value on every instance** (else a staff member is logged out whenever the balancer picks another "
        "instance, and a name's pass spares the name check only where it was given). A Secret",
        secret=True,
        shown="random per process",
    )
    migrate: bool = setting(
        True,
        "staff",
        "bring the database schema up to date at start. `0` in a cluster: the migrate Job "
        "(`kakurega migrate`) does it once, and each instance only checks that the schema is current "
        "(it refuses to start, in one line, when it is not)",
        shown="`1`",
    )
    database_pool: int = setting(
        5,
        "staff",
        "PostgreSQL connections per instance at most. Pods × this must stay below the server's "
        "`max_connections` (100 by default) with room for the Job and staff tools: 12 pods × 5 = 60",
        gt=0,
        le=1000,
    )
    secure_cookies: bool | None = setting(
        None,
        "staff",
        "staff cookies carry `Secure` whenever the request came over https (directly, or per a trusted "
        "proxy's `X-Forwarded-Proto`); `1` always, `0` never (§4.1)",
        shown="on over https",
    )

    # -- visitor statistics -----------------------------------------------------------------
    stats_flush_seconds: float = setting(
        300.0,
        "stats",
        "how often each instance adds its counts to the hourly rows in the database (and its "
        "browsers to the day's and month's HyperLogLog); a crash loses at most this much",
        gt=0,
        le=3600,
    )

    @field_validator("exit_url", "robot_url", "robot_judge_url", "safety_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"https?://[^\s/]+", value):
            raise ValueError("must be an http:// or https:// address")
        return value

    @field_validator("shared_networks")
    @classmethod
    def _shared_networks(cls, value: str) -> str:
        SharedNetworks.parse(value)
        return value

    @field_validator("forwarded_allow_ips")
    @classmethod
    def _networks(cls, value: str) -> str:
        for item in (part.strip() for part in value.split(",")):
            if item and item != "*":
                try:
                    ipaddress.ip_network(item, strict=False)
                except ValueError:
                    raise ValueError(f"{item!r} is not an address or a network") from None
        return value

    # -- what the parts are given ------------------------------------------------------------
    @property
    def limits(self) -> Limits:
        values = {name: getattr(self, name) for name in Limits.__dataclass_fields__}
        values["shared_networks"] = SharedNetworks.parse(self.shared_networks)
        return Limits(**values)

    @property
    def post_limits(self) -> PostLimits:
        names = set(PostLimits.__dataclass_fields__) - {"shared_networks"}
        values = {name: getattr(self, f"posts_{name}") for name in names}
        return PostLimits(**values, shared_networks=SharedNetworks.parse(self.shared_networks))

    @property
    def second_opinion(self) -> SecondOpinionConfig | None:
        from safety.second_opinion import SecondOpinionConfig

        if self.safety_url:
            return SecondOpinionConfig(
                self.safety_url, self.safety_model, self.safety_key, self.safety_deadline
            )
        if self.robot_url:
            return SecondOpinionConfig(self.robot_url, self.robot_model, self.robot_key, self.safety_deadline)
        return None

    @property
    def robot(self) -> RobotConfig:
        from rooms.robot.config import RobotConfig

        return RobotConfig(
            second_opinion=self.second_opinion,
            url=self.robot_url,
            model=self.robot_model,
            key=self.robot_key,
            deadline=self.robot_deadline,
            rate=self.robot_rate,
            burst=self.robot_burst,
            judge_url=self.robot_judge_url,
            judge_model=self.robot_judge_model,
            judge_key=self.robot_judge_key,
            judge_deadline=self.robot_judge_deadline,
            address_rate=self.robot_address_rate,
            address_burst=self.robot_address_burst,
            shared_networks=SharedNetworks.parse(self.shared_networks),
        )


def variable(name: str) -> str:
    """The environment variable of field ``name``."""
    extra = Settings.model_fields[name].json_schema_extra
    given = extra.get("variable") if isinstance(extra, dict) else None
    return str(given) if given else PREFIX + name.upper()


def load_settings() -> Settings:
    """The settings from the process environment, or ``SettingsError`` (one line)."""
    try:
        return Settings()
    except ValidationError as error:
        raise SettingsError(_one_line(error)) from None


def unknown_variables(environ: Mapping[str, str] | None = None) -> list[str]:
    """``KAKUREGA_*`` names set but read by nothing here: most likely a typo."""
    environ = os.environ if environ is None else environ
    known = {variable(name) for name in Settings.model_fields} | {"KAKUREGA_BROKER_URL"} | NOT_SERVER_SETTINGS
    return sorted(key for key in environ if key.upper().startswith(PREFIX) and key.upper() not in known)


# Variables read by the tests and the load tests, not by the server.
NOT_SERVER_SETTINGS = frozenset(
    {"KAKUREGA_TEST_POSTGRES_URL", "KAKUREGA_CHROMIUM", "KAKUREGA_SCREENSHOTS", "KAKUREGA_LOAD_ROOMS"}
)


def _one_line(error: ValidationError) -> str:
    problems = []
    for problem in error.errors(include_url=False):
        name = str(problem["loc"][0]) if problem["loc"] else ""
        field = Settings.model_fields.get(name)
        extra = field.json_schema_extra if field is not None else None
        secret = isinstance(extra, dict) and extra.get("secret")
        message = str(problem["msg"]).removeprefix("Value error, ")
        message = message[0].lower() + message[1:] if message else message
        shown = "" if secret else f" (got {problem['input']!r})"
        problems.append(f"{variable(name) if field else name}: {message}{shown}")
    return "; ".join(problems)


# -- the tables of docs/operations.md -----------------------------------------------------

BEGIN = "<!-- settings: generated by `python -m settings --update-docs docs/operations.md` -->"
END = "<!-- settings: end -->"


def _shown_default(name: str) -> str:
    field = Settings.model_fields[name]
    extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
    if "shown" in extra:
        return str(extra["shown"])
    value = field.default
    if value is None:
        return "unset"
    if isinstance(value, bool):
        return "`1`" if value else "off"
    return f"`{value}`"


def markdown_tables() -> str:
    """The settings tables, grouped, in field order."""
    parts = []
    for key, title in GROUPS.items():
        rows = [
            f"| `{variable(name)}` | {_shown_default(name)} | {field.description} |"
            for name, field in Settings.model_fields.items()
            if isinstance(field.json_schema_extra, dict) and field.json_schema_extra["group"] == key
        ]
        if rows:
            header = f"**{title}**\n\n| variable | default | what it does |\n|---|---|---|"
            parts.append("\n".join([header, *rows]))
    return "\n\n".join(parts)


def docs_block() -> str:
    return f"{BEGIN}\n\n{markdown_tables()}\n\n{END}"


def update_docs(path: Path) -> bool:
    """Rewrite the generated block of ``path``; True when it changed."""
    text = path.read_text()
    start, end = text.index(BEGIN), text.index(END) + len(END)
    updated = text[:start] + docs_block() + text[end:]
    if updated != text:
        path.write_text(updated)
    return updated != text


def check() -> int:
    """``--check``: what ``kakurega serve`` would say about this environment, without starting it.

    The fail-closed checks too (ops/checks.py), not only each value: an "ok" for settings the
    server then refuses (an in-memory database, Redis without a shared secret) misled a rollout.
    """
    # Here, not at the top: every part imports this module, and only the check needs these.
    from ops.checks import ConfigurationError, refuse_unsafe, refuse_workers_alone

    try:
        loaded = load_settings()
        refuse_workers_alone(broker_url=loaded.broker_url, workers=loaded.workers)
        refuse_unsafe(
            broker_url=loaded.broker_url,
            database_url=loaded.database_url,
            secret_key=loaded.secret_key,
            sqlite_with_redis=loaded.sqlite_with_redis,
        )
    except (SettingsError, ConfigurationError) as error:
        print(f"kakurega: {error}", file=sys.stderr)
        return 2
    unknown = unknown_variables()
    if unknown:
        print(f"kakurega: ignoring settings nothing reads (a typo?): {', '.join(unknown)}", file=sys.stderr)
    print("ok")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m settings", description=__doc__.split("\n", 1)[0])
    parser.add_argument("--update-docs", type=Path, metavar="FILE", help="rewrite FILE's settings tables")
    parser.add_argument("--check", action="store_true", help="check the environment's settings and exit")
    arguments = parser.parse_args(argv)
    if arguments.update_docs:
        print("updated" if update_docs(arguments.update_docs) else "unchanged", arguments.update_docs)
        return 0
    if arguments.check:
        return check()
    print(markdown_tables())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
