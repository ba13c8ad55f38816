"""Per-address admission (sans-I/O, a fake clock): ceilings and rates that let a school in."""

from __future__ import annotations

import dataclasses

import pytest

from world.address import MAX_RETRY_SECONDS, Admission, Admitted, Pacer, Refused, SharedNetworks, address_key
from world.limits import Limits


def test_ipv6_counts_per_64_and_mapped_ipv4_as_ipv4() -> None:
    assert address_key("2001:db8:1:2:aaaa::1") == address_key("2001:db8:1:2:bbbb::9") == "2001:db8:1:2::/64"
    assert address_key("2001:db8:1:3::1") != address_key("2001:db8:1:2::1")
    assert address_key("::ffff:203.0.113.9") == "203.0.113.9"
    assert address_key("203.0.113.9") == "203.0.113.9"
    # Not IPv4 as a socket gives it (leading zeros, spaces, three parts): counted as written.
    for odd in ("203.0.113.09", " 203.0.113.9", "203.0.113", "203.0.113.256", "203.0.113.9\x00"):
        assert address_key(odd) == odd
    assert address_key("unknown") == "unknown"


def test_a_school_of_a_hundred_on_one_address_all_get_in_with_the_defaults() -> None:
    admission = Admission(Limits(), now=0.0)
    results = [admission.admit("203.0.113.9", 0.0) for _ in range(100)]
    assert all(isinstance(r, Admitted) for r in results)
    assert admission.addresses == 1


def test_an_instance_at_its_ceiling_refuses_everyone_for_5_to_15_s() -> None:
    admission = Admission(Limits(max_connections=3), now=0.0)
    assert isinstance(admission.admit("203.0.113.9", 0.0, open_connections=2), Admitted)
    refused = admission.admit("198.51.100.1", 0.0, open_connections=3)
    assert isinstance(refused, Refused) and refused.why == "pod_open"
    assert 5000 <= refused.retry_ms <= 15000
    assert admission.addresses == 1, "a refusal counts nothing"


def test_one_address_gets_a_rate_and_the_refused_come_back_spread_out() -> None:
    limits = Limits(address_handshakes_per_second=10, address_handshakes_burst=5)
    admission = Admission(limits, now=0.0)
    assert all(isinstance(admission.admit("198.51.100.1", 0.0), Admitted) for _ in range(5))
    refused = [admission.admit("198.51.100.1", 0.0) for _ in range(40)]
    assert all(isinstance(r, Refused) and r.why == "address_rate" for r in refused)
    waits = sorted(r.retry_ms for r in refused if isinstance(r, Refused))
    assert waits[0] >= 100 and waits[-1] <= 1.1 * 41 / 10 * 1000
    assert waits[-1] - waits[0] > 1500, "forty refused at once are not told the same instant"
    # Another address is not affected.
    assert isinstance(admission.admit("198.51.100.2", 0.0), Admitted)
    # After the rate refills, the first address gets in again.
    assert isinstance(admission.admit("198.51.100.1", 1.0), Admitted)


def test_the_open_connections_ceiling_counts_per_64_and_forgets_on_release() -> None:
    admission = Admission(Limits(max_per_address=2), now=0.0)
    one = admission.admit("2001:db8::1", 0.0)
    two = admission.admit("2001:db8::2", 0.0)
    assert isinstance(one, Admitted) and isinstance(two, Admitted)
    third = admission.admit("2001:db8::3", 0.0)
    assert isinstance(third, Refused) and third.why == "address_open" and third.retry_ms >= 5000
    assert isinstance(admission.admit("2001:db8:0:1::1", 0.0), Admitted), "another /64"
    admission.release(one.key)
    assert isinstance(admission.admit("2001:db8::3", 0.0), Admitted)


def test_the_pod_rate_refuses_everyone_past_it_and_gives_the_address_its_token_back() -> None:
    admission = Admission(Limits(handshakes_per_second=2, handshakes_burst=3), now=0.0)
    addresses = [f"192.0.2.{i}" for i in range(6)]
    results = [admission.admit(a, 0.0) for a in addresses]
    assert [isinstance(r, Admitted) for r in results] == [True] * 3 + [False] * 3
    assert all(isinstance(r, Refused) and r.why == "pod_rate" and r.retry_ms >= 250 for r in results[3:])
    assert isinstance(admission.admit("192.0.2.9", 0.6), Admitted)


def test_shared_networks_multiply_the_limits_of_their_addresses() -> None:
    limits = Limits(
        max_per_address=2,
        shared_networks=SharedNetworks.parse("203.0.113.0/24=10, 2001:db8:5::/48=3, 203.0.113.128/25=4"),
    )
    admission = Admission(limits, now=0.0)
    assert sum(isinstance(admission.admit("203.0.113.9", 0.0), Admitted) for _ in range(30)) == 20
    assert sum(isinstance(admission.admit("203.0.113.200", 0.0), Admitted) for _ in range(30)) == 8
    assert sum(isinstance(admission.admit("2001:db8:5:1::7", 0.0), Admitted) for _ in range(30)) == 6
    assert sum(isinstance(admission.admit("198.51.100.1", 0.0), Admitted) for _ in range(30)) == 2


@pytest.mark.parametrize(
    "text",
    ["school", "203.0.113.0/24", "203.0.113.0/24=0", "203.0.113.0/24=-2", "10.0.0.0/8=lots", "1.2.3.4/99=2"],
)
def test_shared_networks_refuse_what_they_cannot_read(text: str) -> None:
    with pytest.raises(ValueError) as raised:
        SharedNetworks.parse(text)
    assert "\n" not in str(raised.value)


def test_nobody_is_told_to_wait_past_the_cap() -> None:
    pacer = Pacer(rate=0.01, burst=1, now=0.0)
    assert pacer.take(0.0) == 0.0
    waits = [pacer.take(0.0) for _ in range(50)]
    assert all(MAX_RETRY_SECONDS / 2 <= w <= MAX_RETRY_SECONDS for w in waits)


def test_idle_rates_are_forgotten_and_the_table_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Admission, "MAX_REMEMBERED", 10)
    admission = Admission(Limits(address_handshakes_per_second=1, address_handshakes_burst=1), now=0.0)
    for i in range(25):
        assert isinstance(admission.admit(f"192.0.2.{i}", 0.0), Admitted)
    assert admission.remembered == 10, "a flood of fresh addresses does not grow the table"
    admission.forget_idle(5.0)
    assert admission.remembered == 0


def test_addresses_are_kept_only_as_keyed_hashes() -> None:
    one, two = Admission(Limits(), now=0.0), Admission(Limits(), now=0.0)
    admitted = one.admit("203.0.113.9", 0.0)
    assert isinstance(admitted, Admitted)
    assert b"203.0.113.9" not in admitted.key and len(admitted.key) == 12
    assert one.key("203.0.113.9") != two.key("203.0.113.9"), "the key is random per process"
    assert dataclasses.is_dataclass(admitted)


def test_quiet_addresses_are_forgotten_within_minutes_not_only_when_the_table_is_full() -> None:
    admission = Admission(Limits(), now=0.0)
    for i in range(50):
        assert isinstance(admission.admit(f"192.0.2.{i}", 0.0), Admitted)
    assert admission.remembered == 50
    admission.admit("198.51.100.1", 61.0)  # a minute on: the next admission sweeps
    assert admission.remembered == 1


def test_a_closing_socket_leaves_the_ceiling_for_one_of_its_own() -> None:
    admission = Admission(Limits(max_per_address=2), now=0.0)
    assert admission.socket_opened("203.0.113.5") and admission.socket_opened("203.0.113.5")
    assert not admission.socket_opened("203.0.113.5"), "at the ceiling"
    assert admission.socket_closing("203.0.113.5"), "its close written: counted among the closing"
    assert admission.socket_opened("203.0.113.5"), "its place is free for a visitor at once"
    assert admission.socket_closing("203.0.113.5")
    assert not admission.socket_closing("203.0.113.5"), "two closing already: drop this one now"
    assert admission.socket_opened("203.0.113.5") and admission.socket_opened("203.0.113.5")
    admission.closing_socket_closed("203.0.113.5")
    admission.closing_socket_closed("203.0.113.5")
    assert admission.socket_closing("203.0.113.5"), "the closing ones gone: room again"
