"""The ``redis`` broker: instances share nooks, places, liveness and counts through Redis.

- Nook places are counted in Redis hashes and claimed by a Lua script, so two
  pods never half-fill two nooks of one room.
- Each nook is a pub/sub channel; an instance subscribes only to the nooks it
  has visitors in and publishes at most once per tick per nook (one pipeline
  per tick). With ``redis+cluster://`` the channels are sharded
  (``SSUBSCRIBE``/``SPUBLISH``, Redis ≥ 7). With ``redis+sentinel://`` the
  master is found through Sentinel, and found again after a failover.
- Every instance heart-beats into a sorted set; the heartbeat script frees
  the places of instances that stopped, and the others then drop their avatars.
- When Redis is away the instance keeps serving its own visitors (counts
  become ``local``), retries with capped, jittered backoff, and when Redis
  answers again re-registers its places and re-announces its avatars.

Nothing about a visitor but the avatar (random id, display name, look,
position) ever reaches Redis, and only on pub/sub: nothing is stored.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import secrets
import time
from collections import defaultdict
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit, urlunsplit

import redis.asyncio as aioredis
from redis.asyncio.cluster import RedisCluster
from redis.asyncio.sentinel import Sentinel
from redis.exceptions import RedisError

from world.brokers.base import (
    Broker,
    BrokerEvent,
    Counts,
    Delivery,
    NookKey,
    OriginLost,
    Placement,
    Resync,
    given_back,
    until_stopped,
)

log = logging.getLogger("kakurega.broker.redis")

PREFIX = "{kakurega}:"  # one hash slot for every key, so the scripts also run on a cluster
INSTANCES = PREFIX + "instances"

HEARTBEAT_SECONDS = 1.0
DEAD_AFTER_MS = 4000  # an instance silent this long is reaped by whoever heart-beats next
LOST_GRACE_SECONDS = 2.0  # an instance must be missing this long before its avatars vanish
PING_SECONDS = 1.0  # how often the subscriber checks it still hears its own echo
PONG_DEADLINE_SECONDS = 3.5
COMMAND_TIMEOUT_SECONDS = 1.0
MAX_CONNECTIONS = 16  # per instance: commands, pipelines and the subscriber
BACKOFF_FIRST = 0.2
BACKOFF_CAP = 5.0

CLAIM = """
local cap = tonumber(ARGV[1])
local flat = redis.call('HGETALL', KEYS[1])
local best, best_count = nil, -1
local used = {}
for i = 1, #flat, 2 do
  local index, count = tonumber(flat[i]), tonumber(flat[i + 1])
  used[index] = true
  if count < cap and (count > best_count or (count == best_count and index < best)) then
    best, best_count = index, count
  end
end
if best == nil then
  best, best_count = 0, 0
  while used[best] do best = best + 1 end
end
redis.call('HINCRBY', KEYS[1], best, 1)
redis.call('HINCRBY', KEYS[2], ARGV[2] .. '|' .. best, 1)
return {best, best_count}
"""

RELEASE = """
local field = ARGV[1] .. '|' .. ARGV[2]
local held = redis.call('HINCRBY', KEYS[2], field, -1)
if held <= 0 then redis.call('HDEL', KEYS[2], field) end
if held >= 0 then
  local count = redis.call('HINCRBY', KEYS[1], ARGV[2], -1)
  if count <= 0 then redis.call('HDEL', KEYS[1], ARGV[2]) end
end
return held
"""

# Subtract everything an instance holds from the places of the rooms.
_FORGET_HELD = """
local function forget_held(prefix, origin)
  local held_key = prefix .. 'held:' .. origin
  local flat = redis.call('HGETALL', held_key)
  for i = 1, #flat, 2 do
    local sep = string.find(flat[i], '|', 1, true)
    local places = prefix .. 'places:' .. string.sub(flat[i], 1, sep - 1)
    local nook = string.sub(flat[i], sep + 1)
    local count = redis.call('HINCRBY', places, nook, -tonumber(flat[i + 1]))
    if count <= 0 then redis.call('HDEL', places, nook) end
  end
  redis.call('DEL', held_key)
end
"""

HEARTBEAT = (
    _FORGET_HELD
    + """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
redis.call('ZADD', KEYS[1], now, ARGV[1])
local dead = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. (now - tonumber(ARGV[2])))
for _, origin in ipairs(dead) do
  forget_held(ARGV[3], origin)
  redis.call('ZREM', KEYS[1], origin)
end
local live = redis.call('ZRANGE', KEYS[1], 0, -1)
local mine = redis.call('EXISTS', ARGV[3] .. 'held:' .. ARGV[1])
return {mine, live}
"""
)

RESYNC = (
    _FORGET_HELD
    + """
forget_held(ARGV[1], ARGV[2])
local held_key = ARGV[1] .. 'held:' .. ARGV[2]
for i = 3, #ARGV, 3 do
  local room, nook, count = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2])
  redis.call('HINCRBY', ARGV[1] .. 'places:' .. room, nook, count)
  redis.call('HINCRBY', held_key, room .. '|' .. nook, count)
end
return 1
"""
)

# People per room, leaving out every instance whose subscriber is gone. A killed process's
# connections close at once, so its visitors stop counting the moment they start coming
# back through other instances, not only once the heartbeat reaps it (4 s later).
COUNTS = """
local prefix, echo_prefix, sharded = ARGV[1], ARGV[2], ARGV[3] == '1'
local rooms, index = {}, {}
for i = 4, #ARGV do
  local total = 0
  for _, value in ipairs(redis.call('HVALS', prefix .. 'places:' .. ARGV[i])) do
    total = total + tonumber(value)
  end
  rooms[#rooms + 1] = total
  index[ARGV[i]] = #rooms
end
for _, origin in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local heard = redis.call('PUBSUB', sharded and 'SHARDNUMSUB' or 'NUMSUB', echo_prefix .. origin)
  if tonumber(heard[2]) == 0 then
    local flat = redis.call('HGETALL', prefix .. 'held:' .. origin)
    for i = 1, #flat, 2 do
      local room = string.sub(flat[i], 1, string.find(flat[i], '|', 1, true) - 1)
      if index[room] then rooms[index[room]] = rooms[index[room]] - tonumber(flat[i + 1]) end
    end
  end
end
return rooms
"""

GOODBYE = (
    _FORGET_HELD
    + """
forget_held(ARGV[1], ARGV[2])
redis.call('ZREM', KEYS[1], ARGV[2])
return 1
"""
)


def places_key(room: str) -> str:
    return f"{PREFIX}places:{room}"


def held_key(origin: str) -> str:
    return f"{PREFIX}held:{origin}"


class Backoff:
    """Capped exponential backoff with full jitter."""

    def __init__(self, first: float = BACKOFF_FIRST, cap: float = BACKOFF_CAP) -> None:
        self.first = first
        self.cap = cap
        self.attempt = 0

    def next_delay(self) -> float:
        ceiling = min(self.cap, self.first * 2**self.attempt)
        self.attempt += 1
        return random.uniform(ceiling / 2, ceiling)

    def reset(self) -> None:
        self.attempt = 0


class SentinelTarget:
    """``redis+sentinel://[:PASSWORD@]HOST:PORT[,HOST:PORT…]/SERVICE[/DB]`` taken apart.

    The password is the master's (and its replicas'); Sentinels that want one of
    their own take ``?sentinel_password=…``.
    """

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self.tls = parts.scheme.startswith("rediss")
        credentials, _, hosts = parts.netloc.rpartition("@")
        username, _, password = credentials.partition(":")
        self.username = unquote(username) or None
        self.password = unquote(password) or None
        self.sentinels: list[tuple[str, int]] = []
        for host in filter(None, hosts.split(",")):
            name, _, port = host.rpartition(":") if ":" in host else (host, "", "26379")
            if not port.isdigit():
                raise ValueError(f"a Sentinel address needs HOST:PORT, not {host!r}")
            self.sentinels.append((name.strip("[]"), int(port)))
        path = [piece for piece in parts.path.split("/") if piece]
        if not self.sentinels or not path or len(path) > 2 or (len(path) == 2 and not path[1].isdigit()):
            raise ValueError("use redis+sentinel://[:PASSWORD@]HOST:PORT[,HOST:PORT…]/SERVICE[/DB]")
        self.service = unquote(path[0])
        self.db = int(path[1]) if len(path) == 2 else 0
        query = parse_qs(parts.query)
        self.sentinel_password = query.get("sentinel_password", [None])[0]


class RedisBroker(Broker):
    def __init__(self, url: str, *, rooms: tuple[str, ...] | None = None) -> None:
        parts = urlsplit(url)
        self.cluster = parts.scheme.endswith("+cluster")
        self.sentinel = SentinelTarget(url) if parts.scheme.endswith("+sentinel") else None
        scheme = parts.scheme.removesuffix("+cluster").removesuffix("+sentinel")
        self.url = urlunsplit((scheme, parts.netloc, parts.path, parts.query, parts.fragment))
        self.origin = secrets.token_hex(6)
        self._rooms = rooms
        self._client: Any = None
        self._scripts: dict[str, Any] = {}
        self._events: asyncio.Queue[BrokerEvent | None] = asyncio.Queue()
        self._wanted: set[str] = set()
        self._pubsub: Any = None
        self._held: dict[tuple[str, int], int] = defaultdict(int)
        self._tasks: list[asyncio.Task[Any]] = []
        self._reachable = False
        self._needs_resync = False
        self._stopping = False
        self._live_since: dict[str, float] = {}  # other instances seen alive, when first seen
        self._missing_since: dict[str, float] = {}
        self.stats = {"publishes": 0, "received": 0, "reconnects": 0, "errors": 0, "outages": 0}
        self._answered = asyncio.Event()  # set by a good heartbeat: the listener stops waiting
        self._down_since: float | None = None  # when Redis stopped answering, while it does not

    # -- lifecycle --------------------------------------------------------------------

    @property
    def shares_nooks(self) -> bool:
        return True

    @property
    def reachable(self) -> bool:
        return self._reachable

    @property
    def client(self) -> Any:
        """The Redis client once started (visit statistics' PFADD, stats/recorder.py), else None."""
        return self._client

    async def start(self) -> None:
        options: dict[str, Any] = {
            "socket_timeout": COMMAND_TIMEOUT_SECONDS,
            "socket_connect_timeout": COMMAND_TIMEOUT_SECONDS,
        }
        if self.cluster:
            self._client = RedisCluster.from_url(self.url, max_connections=MAX_CONNECTIONS, **options)
            with contextlib.suppress(RedisError, OSError):
                await self._client.initialize()  # learn the slots before the first command
        elif self.sentinel is not None:
            target = self.sentinel
            tls = {"ssl": True} if target.tls else {}
            sentinels = Sentinel(
                target.sentinels,
                sentinel_kwargs={**options, **tls, "password": target.sentinel_password},
                **options,
            )
            # Every new connection asks the Sentinels where the master is now: after a failover
            # the pool's connections fail once, the instance resyncs, and reconnects land on
            # the promoted replica.
            self._client = sentinels.master_for(
                target.service,
                db=target.db,
                username=target.username,
                password=target.password,
                max_connections=MAX_CONNECTIONS,
                **tls,
            )
        else:
            # A bounded pool that waits for a free connection: a burst of reconnects must not
            # open hundreds of Redis connections.
            pool = aioredis.BlockingConnectionPool.from_url(
                self.url, max_connections=MAX_CONNECTIONS, timeout=COMMAND_TIMEOUT_SECONDS, **options
            )
            self._client = aioredis.Redis(connection_pool=pool)
        for name, body in (
            ("claim", CLAIM),
            ("release", RELEASE),
            ("heartbeat", HEARTBEAT),
            ("resync", RESYNC),
            ("goodbye", GOODBYE),
            ("counts", COUNTS),
        ):
            self._scripts[name] = self._client.register_script(body)
        try:
            await self._heartbeat()
        except (RedisError, OSError) as error:
            # Unready pods used to say nothing here; now the pod is ready and serves alone.
            log.warning(
                "redis unreachable at start (%s); serving local visitors only, retrying",
                type(error).__name__,
            )
            self.stats["outages"] += 1
            self._down_since = time.monotonic()
        self._tasks = [
            asyncio.create_task(self._listen_loop(), name="kakurega-redis-listener"),
            asyncio.create_task(self._heartbeat_loop(), name="kakurega-redis-heartbeat"),
        ]

    async def stop(self) -> None:
        self._stopping = True
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        with contextlib.suppress(RedisError, OSError, asyncio.TimeoutError):
            await asyncio.wait_for(
                self._scripts["goodbye"](keys=[INSTANCES], args=[PREFIX, self.origin]),
                COMMAND_TIMEOUT_SECONDS,
            )
        if self._pubsub is not None:
            with contextlib.suppress(Exception):
                await self._pubsub.aclose()
        with contextlib.suppress(Exception):
            await self._client.aclose()
        self._events.put_nowait(None)

    # -- places -----------------------------------------------------------------------

    async def claim_place(self, room: str, cap: int) -> Placement:
        placement = None
        if self._reachable and not self._needs_resync:
            try:
                nook, already_there = await self._scripts["claim"](
                    keys=[places_key(room), held_key(self.origin)], args=[cap, room]
                )
                placement = Placement(int(nook), int(already_there))
            except (RedisError, OSError) as error:
                self._lost_redis(error)
        if placement is None:
            placement = self._claim_locally(room, cap)
        self._held[(room, placement.nook)] += 1
        return placement

    def _claim_locally(self, room: str, cap: int) -> Placement:
        """Without Redis: fill this instance's own nooks; Redis is corrected when it returns."""
        mine = {nook: count for (r, nook), count in self._held.items() if r == room and count < cap}
        if mine:
            nook = max(mine, key=lambda nook: (mine[nook], -nook))
            return Placement(nook, mine[nook])
        used = {nook for (r, nook) in self._held if r == room}
        return Placement(next(i for i in range(len(used) + 1) if i not in used), 0)

    async def release_place(self, room: str, nook: int) -> None:
        if not given_back(self._held, (room, nook)):
            return
        if self._reachable and not self._needs_resync:
            try:
                await self._scripts["release"](
                    keys=[places_key(room), held_key(self.origin)], args=[room, nook]
                )
            except (RedisError, OSError) as error:
                self._lost_redis(error)

    async def room_counts(self, local: dict[str, int]) -> Counts:
        if not self._reachable:
            return Counts(dict(local), scope="local")
        rooms = list(local)
        try:
            results = await self._scripts["counts"](
                keys=[INSTANCES], args=[PREFIX, self.echo_prefix, int(self.cluster), *rooms]
            )
        except (RedisError, OSError) as error:
            self._lost_redis(error)
            return Counts(dict(local), scope="local")
        return Counts(
            {room: max(0, int(count)) for room, count in zip(rooms, results, strict=True)}, scope="all"
        )

    # -- nook channels ----------------------------------------------------------------

    @property
    def echo_prefix(self) -> str:
        # On a cluster the echo shares the scripts' hash slot, so the counts script can ask
        # who still hears theirs.
        return PREFIX + "echo:" if self.cluster else "kakurega:echo:"

    def channel(self, key: NookKey) -> str:
        room, nook = key
        # Braces make each nook its own hash slot: on a cluster, nooks spread over the shards.
        return f"kakurega:nook:{{{room}:{nook}}}" if self.cluster else f"kakurega:nook:{room}:{nook}"

    @staticmethod
    def key_of(channel: str) -> NookKey | None:
        tail = channel.removeprefix("kakurega:nook:").strip("{}")
        room, _, nook = tail.rpartition(":")
        room = room.strip("{}")
        return (room, int(nook)) if room and nook.isdigit() else None

    async def subscribe(self, key: NookKey) -> None:
        channel = self.channel(key)
        self._wanted.add(channel)
        await self._send_subscription(channel, subscribe=True)

    async def unsubscribe(self, key: NookKey) -> None:
        channel = self.channel(key)
        self._wanted.discard(channel)
        await self._send_subscription(channel, subscribe=False)

    async def _send_subscription(self, channel: str, *, subscribe: bool) -> None:
        pubsub = self._pubsub
        if pubsub is None:
            return  # the listener subscribes to everything wanted when it connects
        try:
            if self.cluster:
                await (pubsub.ssubscribe(channel) if subscribe else pubsub.sunsubscribe(channel))
            else:
                await (pubsub.subscribe(channel) if subscribe else pubsub.unsubscribe(channel))
        except (RedisError, OSError) as error:
            self._lost_redis(error)

    async def publish(self, batch: list[tuple[NookKey, bytes]]) -> None:
        if not self._reachable or not batch:
            return
        try:
            pipe = self._client.pipeline(transaction=False)
            for key, payload in batch:
                if self.cluster:
                    pipe.spublish(self.channel(key), payload)
                else:
                    pipe.publish(self.channel(key), payload)
            await pipe.execute()
            self.stats["publishes"] += len(batch)
        except (RedisError, OSError) as error:
            self._lost_redis(error)

    def events(self) -> AsyncIterator[BrokerEvent]:
        return until_stopped(self._events)

    # -- background work --------------------------------------------------------------

    def _lost_redis(self, error: BaseException) -> None:
        self.stats["errors"] += 1
        if self._reachable:
            log.warning("redis unreachable (%s); serving local visitors only", type(error).__name__)
            self.stats["outages"] += 1
            self._down_since = time.monotonic()
        self._reachable = False
        self._needs_resync = True

    def _now_reachable(self) -> None:
        if not self._reachable and self._down_since is not None:
            log.warning(
                "redis reachable again after %.1f s: %d nook places re-registered",
                time.monotonic() - self._down_since,
                sum(self._held.values()),
            )
            self._down_since = None
        self._reachable = True

    async def _listen_loop(self) -> None:
        backoff = Backoff()
        while not self._stopping:
            try:
                await self._listen_once(backoff)
            except asyncio.CancelledError:
                raise
            except Exception as error:
                self._lost_redis(error)
            if self._pubsub is not None:
                with contextlib.suppress(Exception):
                    await self._pubsub.aclose()
                self._pubsub = None
            self.stats["reconnects"] += 1
            # Back off, but come back at once when the heartbeat finds Redis answering again:
            # otherwise the listener would lag a recovery by up to BACKOFF_CAP.
            self._answered.clear()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._answered.wait(), backoff.next_delay())

    async def _listen_once(self, backoff: Backoff) -> None:
        pubsub = self._client.pubsub()
        echo = self.echo_prefix + self.origin
        # The echo channel is always subscribed, so the connection exists even with no nook.
        channels = [echo, *sorted(self._wanted)]
        await (pubsub.ssubscribe(*channels) if self.cluster else pubsub.subscribe(*channels))
        self._pubsub = pubsub
        if self.stats["reconnects"]:
            # Whatever was published while we were deaf is lost: ask for the present instead.
            keys = [key for key in map(self.key_of, channels[1:]) if key is not None]
            self._events.put_nowait(Resync(tuple(keys)))
        get = pubsub.get_sharded_message if self.cluster else pubsub.get_message
        if not self._needs_resync:
            self._now_reachable()
        last_echo = time.monotonic()
        last_probe = 0.0
        while not self._stopping:
            now = time.monotonic()
            if now - last_probe >= PING_SECONDS:
                # Redis can drop a subscriber without a word (its output buffer overflowed, an
                # operator killed it). Hearing our own echo proves we still hear the rest.
                await self._publish_raw(echo, b"echo")
                last_probe = now
            if now - last_echo > PONG_DEADLINE_SECONDS:
                raise ConnectionError("the subscriber stopped hearing its own echo")
            message = await get(timeout=0.5)
            if message is None or message.get("type") not in ("message", "smessage"):
                continue
            channel = message["channel"]
            channel = channel.decode() if isinstance(channel, bytes) else channel
            if channel == echo:
                last_echo = time.monotonic()
                backoff.reset()  # only a connection that proved it hears resets the backoff
                continue
            key = self.key_of(channel)
            if key is not None:
                self.stats["received"] += 1
                self._events.put_nowait(Delivery(key, message["data"]))

    async def _publish_raw(self, channel: str, payload: bytes) -> None:
        if self.cluster:
            await self._client.spublish(channel, payload)
        else:
            await self._client.publish(channel, payload)

    async def _heartbeat_loop(self) -> None:
        backoff = Backoff()
        while not self._stopping:
            try:
                await self._heartbeat()
                backoff.reset()
                self._answered.set()
                delay = HEARTBEAT_SECONDS
            except asyncio.CancelledError:
                raise
            except (RedisError, OSError) as error:
                self._lost_redis(error)
                delay = backoff.next_delay()
            except Exception as error:  # never let the heartbeat die silently
                log.exception("heartbeat failed")
                self._lost_redis(error)
                delay = backoff.next_delay()
            await asyncio.sleep(delay)

    async def _heartbeat(self) -> None:
        mine, live = await self._scripts["heartbeat"](
            keys=[INSTANCES], args=[self.origin, DEAD_AFTER_MS, PREFIX]
        )
        if self._needs_resync or (self._held and not int(mine)):
            # Redis restarted, or reaped us while we were cut off: put our places back and
            # tell the others (and ourselves) who is where.
            await self._drop_stale_connections()
            await self._resync()
        if self._pubsub is None:
            return  # pub/sub not back yet: do not claim to be reachable
        self._now_reachable()
        self._notice_lost_instances({o.decode() if isinstance(o, bytes) else o for o in live})

    async def _drop_stale_connections(self) -> None:
        """Close the pool's idle connections, opened before the outage.

        Each of them fails once when next used ("Connection closed by server"): that
        made a recovered instance report Redis unreachable again a second later, and
        resync twice.
        """
        pool = getattr(self._client, "connection_pool", None)
        if pool is not None:
            await pool.disconnect(inuse_connections=False)

    async def _resync(self) -> None:
        args: list[Any] = [PREFIX, self.origin]
        for (room, nook), count in self._held.items():
            args += [room, nook, count]
        await self._scripts["resync"](keys=[INSTANCES], args=args)
        self._needs_resync = False
        self._events.put_nowait(Resync(tuple(sorted(self._held))))

    def _notice_lost_instances(self, live: set[str]) -> None:
        now = time.monotonic()
        live.discard(self.origin)
        for origin in live:
            self._live_since.setdefault(origin, now)
            self._missing_since.pop(origin, None)
        for origin in list(self._live_since):
            if origin in live:
                continue
            since = self._missing_since.setdefault(origin, now)
            if now - since >= LOST_GRACE_SECONDS:
                del self._live_since[origin]
                del self._missing_since[origin]
                self._events.put_nowait(OriginLost(origin))
