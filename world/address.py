"""Who counts as one network address, and how fast one address (or the whole pod) may connect.

A whole school's or municipality's tablets often reach us through one public address, so
an address is not a person: per-address limits here are generous ceilings and *rates*,
never small caps. Sans-I/O: plain state and the time passed in; the hub calls ``admit``
before it places a visitor and ``release`` when the connection ends.

- An IPv6 address counts per /64 (one home or one school gets a /64; one host can hold
  billions of addresses inside it). An IPv4-mapped IPv6 address counts as its IPv4 address.
- ``SharedNetworks`` lists known school exits (``KAKUREGA_SHARED_NETWORKS``): every address
  in such a network gets its per-address limits multiplied.
- Addresses are held in memory only as keyed hashes (the key is random per process and
  never leaves it), and only while a connection is open or a rate still remembers them.
"""

from __future__ import annotations

import hashlib
import ipaddress
import random
import secrets
import socket
from dataclasses import dataclass

from world.limits import Limits

Network = ipaddress.IPv4Network | ipaddress.IPv6Network

MAX_RETRY_SECONDS = 30.0
"""Nobody is told to wait longer than this; past it the refused are spread over it at random."""
MIN_RETRY_SECONDS = 0.25
WIDEST = {4: 8, 6: 16}
"""The widest network ``KAKUREGA_SHARED_NETWORKS`` takes, by IP version (a /8 is 16 million addresses)."""


def address_key(address: str) -> str:
    """The part of ``address`` that is counted: the address itself, or its /64 for IPv6."""
    try:
        # Most visitors come over IPv4, three times per connection (socket, admission,
        # release): inet_pton in C takes only the one way of writing such an address,
        # which is what ``ip_address`` would give back.
        socket.inet_pton(socket.AF_INET, address)
        return address
    except (OSError, ValueError):
        pass
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address  # "unknown", a unix socket: counted as it is
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.IPv6Network((parsed, 64), strict=False))
    return str(parsed)


class SharedNetworks:
    """Networks whose addresses each stand for many visitors, with how many times the
    per-address limits they get; the most specific network that holds an address wins."""

    def __init__(self, networks: tuple[tuple[str, float], ...] = ()) -> None:
        parsed = [(ipaddress.ip_network(cidr, strict=False), factor) for cidr, factor in networks]
        self._networks: list[tuple[Network, float]] = sorted(parsed, key=lambda n: -n[0].prefixlen)

    @staticmethod
    def parse(text: str) -> tuple[tuple[str, float], ...]:
        """``"203.0.113.0/24=10, 2001:db8:5::/48=4"`` → ``(("203.0.113.0/24", 10.0), …)``;
        ``ValueError`` with one short line for anything else."""
        found: list[tuple[str, float]] = []
        for item in (part.strip() for part in text.split(",")):
            if not item:
                continue
            cidr, equals, times = item.partition("=")
            try:
                network = ipaddress.ip_network(cidr.strip(), strict=False)
            except ValueError:
                raise ValueError(f"{cidr.strip()!r} is not a network (like 203.0.113.0/24)") from None
            if network.prefixlen < WIDEST[network.version]:
                # No school's exit is that wide: most likely 0.0.0.0/0 or a typo, which would
                # quietly multiply every address's limits.
                raise ValueError(
                    f"{cidr.strip()!r} is wider than any school's exit (/{WIDEST[network.version]} at most): "
                    "to raise every address's limits, raise KAKUREGA_MAX_PER_ADDRESS and the other "
                    "per-address settings"
                )
            try:
                factor = float(times) if equals else float("nan")
            except ValueError:
                factor = float("nan")
            if not factor > 0 or factor == float("inf"):
                raise ValueError(f"{item!r}: write NETWORK=TIMES with TIMES a positive number") from None
            found.append((str(network), factor))
        return tuple(found)

    def factor(self, address: str) -> float:
        if not self._networks:
            return 1.0
        try:
            parsed = ipaddress.ip_address(address)
        except ValueError:
            return 1.0
        if isinstance(parsed, ipaddress.IPv6Address) and parsed.ipv4_mapped is not None:
            parsed = parsed.ipv4_mapped
        for network, factor in self._networks:
            if parsed.version == network.version and parsed in network:
                return factor
        return 1.0

    def __bool__(self) -> bool:
        return bool(self._networks)


class Pacer:
    """A token bucket that also tells the refused when to come back, spread out.

    Each refusal adds one to ``crowd`` (which drains at the bucket's rate) and is told to
    wait until the next token plus a random share of the time the whole crowd needs: forty
    refused at once come back spread over forty tokens' time, not at the same instant.
    """

    __slots__ = ("burst", "crowd", "rate", "stamp", "tokens")

    def __init__(self, rate: float, burst: float, now: float) -> None:
        self.rate = rate
        self.burst = burst
        self.tokens = burst
        self.crowd = 0.0
        self.stamp = now

    def take(self, now: float) -> float:
        """0.0 when admitted, else the seconds to wait before trying again."""
        elapsed = max(0.0, now - self.stamp)
        self.tokens = min(self.burst, self.tokens + elapsed * self.rate)
        self.crowd = max(0.0, self.crowd - elapsed * self.rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return 0.0
        self.crowd += 1.0
        wait = (1.0 - self.tokens + random.uniform(0.0, self.crowd)) / self.rate
        if wait > MAX_RETRY_SECONDS:
            return random.uniform(MAX_RETRY_SECONDS / 2, MAX_RETRY_SECONDS)
        return max(MIN_RETRY_SECONDS, wait)

    def give_back(self) -> None:
        self.tokens = min(self.burst, self.tokens + 1.0)

    def idle(self, now: float) -> bool:
        """Full again: it can be forgotten (a new one starts full too)."""
        return self.tokens + (now - self.stamp) * self.rate >= self.burst


@dataclass(slots=True)  # one an arrival: plain, as world/protocol.py ``Hello`` says why
class Admitted:
    key: bytes  # what ``release`` takes back: a keyed hash of the counted address


@dataclass(frozen=True, slots=True)
class Refused:
    retry_ms: int
    why: str  # "address_open", "address_rate", "pod_rate", "pod_open" (also "address_sockets"): the metrics


class Admission:
    """Decides whether a new connection may come in, by its address and the time."""

    MAX_REMEMBERED = 100_000
    SWEEP_SECONDS = 60.0

    def __init__(self, limits: Limits, now: float) -> None:
        self.limits = limits
        self.shared = SharedNetworks(limits.shared_networks)
        self._secret = secrets.token_bytes(16)
        self._open: dict[bytes, int] = {}
        # Sockets from accept, before any request (world/http_guard.py): a peer that never
        # finishes one is counted too. Against the same ceiling as open connections.
        self._sockets: dict[bytes, int] = {}
        # Sockets whose close the server has written, waiting for the peer's answer (world/send_now.py):
        # out of the ceiling above, so a peer that never answers keeps no visitor out, but under one
        # of their own, so an address cannot pile them up either.
        self._closing: dict[bytes, int] = {}
        self._rates: dict[bytes, Pacer] = {}
        self._pod = Pacer(limits.handshakes_per_second, limits.handshakes_burst, now)
        self._next_sweep = now + self.SWEEP_SECONDS

    def key(self, address: str) -> bytes:
        return hashlib.blake2b(address_key(address).encode(), key=self._secret, digest_size=12).digest()

    def admit(self, address: str, now: float, open_connections: int = 0) -> Admitted | Refused:
        """A new connection from ``address``, with ``open_connections`` open on this instance now."""
        if open_connections >= self.limits.max_connections:
            return Refused(random.randint(5000, 15000), "pod_open")
        if now >= self._next_sweep:
            # Addresses are remembered only while their rate still counts (docs/privacy.md).
            self.forget_idle(now)
        limits = self.limits
        key = self.key(address)
        factor = self.shared.factor(address)
        if self._open.get(key, 0) >= limits.max_per_address * factor:
            return Refused(_jittered_ms(random.uniform(5.0, 15.0)), "address_open")
        pacer = self._rates.get(key)
        if pacer is None:
            rate = limits.address_handshakes_per_second * factor
            pacer = Pacer(rate, limits.address_handshakes_burst * factor, now)
            if len(self._rates) >= self.MAX_REMEMBERED:
                self.forget_idle(now)
            if len(self._rates) < self.MAX_REMEMBERED:  # else a flood of addresses: the pod rate holds
                self._rates[key] = pacer
        wait = pacer.take(now)
        if wait:
            return Refused(_jittered_ms(wait), "address_rate")
        wait = self._pod.take(now)
        if wait:
            pacer.give_back()
            return Refused(_jittered_ms(wait), "pod_rate")
        self._open[key] = self._open.get(key, 0) + 1
        return Admitted(key)

    def release(self, key: bytes) -> None:
        count = self._open.get(key, 0) - 1
        if count <= 0:
            self._open.pop(key, None)
        else:
            self._open[key] = count

    def socket_opened(self, address: str) -> bool:
        """One more socket accepted from ``address``; False (nothing counted) past its ceiling."""
        key = self.key(address)
        count = self._sockets.get(key, 0)
        if count >= self.limits.max_per_address * self.shared.factor(address):
            return False
        self._sockets[key] = count + 1
        return True

    def socket_closed(self, address: str) -> None:
        _take_one(self._sockets, self.key(address))

    def socket_closing(self, address: str) -> bool:
        """A counted socket whose close the server has written: it leaves the address's ceiling
        for the address's closing sockets; False (not counted there) when those are at the same
        ceiling already, and the caller drops the socket at once."""
        key = self.key(address)
        _take_one(self._sockets, key)
        count = self._closing.get(key, 0)
        if count >= self.limits.max_per_address * self.shared.factor(address):
            return False
        self._closing[key] = count + 1
        return True

    def closing_socket_closed(self, address: str) -> None:
        _take_one(self._closing, self.key(address))

    def forget_idle(self, now: float) -> None:
        """Drop the rates of addresses that have been quiet long enough to be full again."""
        self._next_sweep = now + self.SWEEP_SECONDS
        for key in [key for key, pacer in self._rates.items() if pacer.idle(now)]:
            del self._rates[key]

    @property
    def addresses(self) -> int:
        """Addresses with an open connection now."""
        return len(self._open)

    @property
    def remembered(self) -> int:
        return len(self._rates)


def _take_one(counts: dict[bytes, int], key: bytes) -> None:
    count = counts.get(key, 0) - 1
    if count <= 0:
        counts.pop(key, None)
    else:
        counts[key] = count


def _jittered_ms(seconds: float) -> int:
    # A little jitter on top, so retries told the same wait do not land on the same millisecond.
    return int(seconds * 1000 * random.uniform(1.0, 1.1))
