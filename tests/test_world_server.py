"""The presence world over real WebSockets against a real ``kakurega serve`` process."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import msgpack
import pytest
from websockets.exceptions import ConnectionClosed

from tests.support.servers import ServerProcess, free_port, running_server
from tests.support.visitors import PollVisitor, Visitor, ordinary_name
from world.limits import Limits

pytestmark = pytest.mark.integration


METRICS_PORT = free_port()


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    with running_server({"KAKUREGA_COUNTS_MS": "300", "KAKUREGA_METRICS_PORT": str(METRICS_PORT)}) as process:
        yield process


def run(coroutine: object) -> object:
    return asyncio.run(coroutine)  # type: ignore[arg-type]


def test_two_visitors_in_one_room_see_each_others_walks(server: ServerProcess) -> None:
    async def scenario() -> None:
        one = await Visitor.arrive(server.ws_url, "いち", room="kabe")
        two = await Visitor.arrive(server.ws_url, "に", room="kabe")
        assert one.you in two.nook, "the newcomer's snapshot shows who is already there"
        await one.wait_for(lambda f: f["t"] == "tick" and any(a["id"] == two.you for a in f.get("join", [])))
        # How soon is the swarm's to measure (docs/performance.md), not a timed assertion here.
        await two.walk(300, 600)
        await one.wait_for(lambda f: f["t"] == "tick" and [two.you, 300, 600] in f.get("walk", []))
        await two.send({"t": "pose", "p": "sleep"})
        await one.wait_for(lambda f: f["t"] == "tick" and [two.you, "sleep"] in f.get("pose", []))
        await two.close()
        await one.wait_for(lambda f: f["t"] == "tick" and two.you in f.get("leave", []))
        await one.close()

    run(scenario())


def test_the_41st_visitor_opens_a_new_nook(server: ServerProcess) -> None:
    async def scenario() -> None:
        crowd = [await Visitor.arrive(server.ws_url, ordinary_name(i), room="asobi") for i in range(40)]
        assert {v.place for v in crowd} == {("asobi", 0)}
        assert len(crowd[-1].nook) == 39
        late = await Visitor.arrive(server.ws_url, "おそい", room="asobi")
        assert late.place == ("asobi", 1) and late.nook == {}
        counts = await late.wait_for(lambda f: f["t"] == "counts" and f["rooms"]["asobi"] == 41)
        assert counts["scope"] == "all" and counts["total"] >= 41
        # The first nook's members never hear of the newcomer.
        await crowd[0].walk(500, 500)
        # The walk, or the first one's join carrying it: joins may wait a few ticks for company,
        # and a walk made before its join went out travels inside it (docs/protocol.md §5).
        first = crowd[0].you
        frame = await crowd[1].wait_for(
            lambda f: f["t"] == "tick" and ("walk" in f or any(a["id"] == first for a in f.get("join", [])))
        )
        assert all(a["id"] != late.you for a in frame.get("join", []))
        assert late.you not in crowd[1].nook
        # When one leaves nook 0, the next newcomer fills that place rather than nook 1.
        await crowd[5].close()
        await asyncio.sleep(0.3)
        again = await Visitor.arrive(server.ws_url, "また", room="asobi")
        assert again.place == ("asobi", 0)
        for visitor in [*crowd, late, again]:
            await visitor.close()

    run(scenario())


def test_changing_rooms(server: ServerProcess) -> None:
    async def scenario() -> None:
        stay = await Visitor.arrive(server.ws_url, "のこる", room="tana")
        move = await Visitor.arrive(server.ws_url, "うごく", room="tana")
        await move.send({"t": "enter", "room": "hiru"})
        snapshot = await move.wait_for(lambda f: f["t"] == "room")
        assert snapshot["room"] == "hiru" and snapshot["you"]["id"] == move.you
        await stay.wait_for(lambda f: f["t"] == "tick" and move.you in f.get("leave", []))
        await move.send({"t": "enter", "room": "hiru"})  # same room: nothing happens
        await move.send({"t": "ping", "n": 3})
        pong = await move.wait_for(lambda f: f["t"] in ("pong", "room"))
        assert pong["t"] == "pong" and pong["n"] == 3 and abs(pong["ts"] / 1000 - time.time()) < 5
        await stay.close()
        await move.close()

    run(scenario())


def test_counts_frames_and_the_counts_endpoint(server: ServerProcess) -> None:
    async def scenario() -> None:
        sleepers = [await Visitor.arrive(server.ws_url, ordinary_name(i), room="hiru") for i in range(3)]
        frame = await sleepers[0].wait_for(lambda f: f["t"] == "counts" and f["rooms"]["hiru"] >= 3)
        assert set(frame["rooms"]) == {
            "genkan",
            "robo",
            "kabe",
            "mogu",
            "mado",
            "tana",
            "asobi",
            "hoshi",
            "hiru",
        }
        with urllib.request.urlopen(f"{server.base_url}/api/counts") as response:
            body = json.load(response)
        assert body["rooms"]["hiru"] >= 3 and body["total"] >= 3
        for visitor in sleepers:
            await visitor.close()

    run(scenario())


@pytest.mark.parametrize("polling", [False, True], ids=["websocket", "polling"])
def test_counts_ride_with_every_snapshot_and_come_again_only_when_they_change(
    server: ServerProcess, polling: bool
) -> None:
    # Unchanged counts re-sent every counts_ms cost a quiet crowd a write per visitor each time
    # (docs/performance.md): they are sent when they change, and with every ``room`` snapshot.
    async def scenario() -> None:
        if polling:
            quiet = await PollVisitor.arrive(server.base_url, ordinary_name(7), room="mado")
        else:
            quiet = await Visitor.arrive(server.ws_url, ordinary_name(7), room="mado")
        await quiet.receive()
        assert [f["t"] for f in quiet.frames[:3]] == ["welcome", "room", "counts"], quiet.frames[:3]
        until = time.monotonic() + 1.5  # several counts_ms (300 ms here) in a quiet room
        with contextlib.suppress(TimeoutError):
            while (left := until - time.monotonic()) > 0:
                await quiet.receive(timeout=left)
        other = await Visitor.arrive(server.ws_url, ordinary_name(8), room="mado")
        await quiet.wait_for(lambda f: f["t"] == "counts" and f["rooms"]["mado"] == 2)
        await quiet.send({"t": "enter", "room": "hiru"})
        await quiet.wait_for(lambda f: f["t"] == "room" and f["room"] == "hiru")
        assert (await quiet.receive())["t"] == "counts", "a room change brings the counts too"
        sent = [f for f in quiet.frames if f["t"] == "counts"]
        repeated = [(a, b) for a, b in itertools.pairwise(sent) if a == b]
        # Each snapshot brings them, changed or not; between snapshots, only changes come.
        assert repeated in ([], [(sent[-2], sent[-1])]), repeated
        await other.close()
        await quiet.close()

    run(scenario())


def test_welcome_carries_the_accepted_name_and_the_limits(server: ServerProcess) -> None:
    async def scenario() -> None:
        visitor = await Visitor.connect(server.ws_url)
        await visitor.hello("そら")
        welcome = await visitor.wait_for(lambda f: f["t"] == "welcome")
        assert welcome["name"] == "そら" and welcome["v"] == 1
        limits = welcome["limits"]
        # The tick is 100 ms when the server is calm; a busy machine (the suite in parallel)
        # may have stretched it, never past its ceiling (world/tick_pace.py).
        assert limits["nook_cap"] == 40 and Limits().tick_ms <= limits["tick_ms"] <= Limits().tick_max_ms
        assert Limits().tick_ms == 100
        assert visitor.connection.subprotocol == "kakurega.v1"
        snapshot = await visitor.wait_for(lambda f: f["t"] == "room")
        assert snapshot["room"] == "genkan", "the entrance is where a hello without a room lands"
        await visitor.close()

    run(scenario())


def test_a_refused_name_can_be_tried_again_on_the_same_connection(server: ServerProcess) -> None:
    async def scenario() -> None:
        visitor = await Visitor.connect(server.ws_url)
        await visitor.hello("しね")
        refusal = await visitor.receive()
        assert refusal["t"] == "name_refused" and refusal["reason"] and refusal["message"]
        await visitor.hello("ゆき")
        welcome = await visitor.receive()
        assert welcome["t"] == "welcome" and welcome["name"] == "ゆき"
        await visitor.close()

    run(scenario())


@pytest.mark.parametrize(
    ("payload", "reason", "code"),
    [
        (b"\xc1\xc1", "bad_frame", 4002),
        (msgpack.packb({"t": "fly"}), "bad_frame", 4002),
        (msgpack.packb({"t": "walk", "x": -5, "y": 1}), "bad_frame", 4002),
        (msgpack.packb({"t": "enter", "room": "roof"}), "bad_frame", 4002),
        ("a text frame", "bad_frame", 1003),
        (b"\x00" * 2000, "too_big", 1009),
    ],
)
def test_a_bad_frame_closes_only_its_own_connection(
    server: ServerProcess, payload: bytes | str, reason: str, code: int
) -> None:
    async def scenario() -> None:
        watcher = await Visitor.arrive(server.ws_url, "みてる", room="mogu")
        walker = await Visitor.arrive(server.ws_url, "あるく", room="mogu")
        rude = await Visitor.arrive(server.ws_url, "へん", room="mogu")
        await rude.connection.send(payload)
        bye, closed = await rude.closed()
        assert bye == {"t": "bye", "reason": reason} and closed == code
        await walker.walk(700, 700)
        await watcher.wait_for(lambda f: watcher.sees_at(walker.you, 700, 700))
        for visitor in (watcher, walker):
            await visitor.close()

    run(scenario())


def test_frames_before_hello_are_bad(server: ServerProcess) -> None:
    async def scenario() -> None:
        visitor = await Visitor.connect(server.ws_url)
        await visitor.walk(1, 1)
        assert await visitor.closed() == ({"t": "bye", "reason": "bad_frame"}, 4002)

    run(scenario())


def test_an_unknown_version_is_told_so(server: ServerProcess) -> None:
    async def scenario() -> None:
        visitor = await Visitor.connect(server.ws_url)
        await visitor.send(
            {"t": "hello", "v": 9, "name": "a", "look": {"shape": "maru", "color": "momo", "acc": "none"}}
        )
        assert await visitor.closed() == ({"t": "bye", "reason": "version"}, 4006)

    run(scenario())


def test_a_frame_flood_is_too_fast_and_spares_the_others() -> None:
    with running_server({"KAKUREGA_FRAMES_PER_SECOND": "5", "KAKUREGA_FRAMES_BURST": "10"}) as server:

        async def scenario() -> None:
            calm = await Visitor.arrive(server.ws_url, "しずか", room="hoshi")
            flood = await Visitor.arrive(server.ws_url, "いそぐ", room="hoshi")
            try:
                for step in range(100):
                    await flood.walk(100 + step, 500)
            except ConnectionClosed:
                pass
            bye, code = await flood.closed()
            assert bye is not None and bye["reason"] == "too_fast" and code == 4003
            await calm.send({"t": "ping", "n": 1})
            assert (await calm.wait_for(lambda f: f["t"] == "pong"))["n"] == 1
            await calm.close()

        run(scenario())


def test_timers_close_silent_connections() -> None:
    env = {"KAKUREGA_HELLO_TIMEOUT": "1", "KAKUREGA_IDLE_TIMEOUT": "2"}
    with running_server(env) as server:

        async def scenario() -> None:
            mute = await Visitor.connect(server.ws_url)
            assert await mute.closed(timeout=5) == ({"t": "bye", "reason": "hello_timeout"}, 4001)
            sleepy = await Visitor.arrive(server.ws_url, "ねむい")
            bye, code = await sleepy.closed(timeout=6)
            assert (bye, code) == ({"t": "bye", "reason": "idle"}, 4000)

        run(scenario())


def test_connections_per_address_are_capped() -> None:
    with running_server({"KAKUREGA_MAX_PER_ADDRESS": "3"}) as server:

        async def scenario() -> None:
            first = [await Visitor.arrive(server.ws_url, ordinary_name(i)) for i in range(3)]
            extra = await Visitor.connect(server.ws_url)
            bye, code = await extra.closed()
            assert bye is not None and bye["reason"] == "full" and bye["retry_ms"] > 0 and code == 4005
            await first[0].close()
            await asyncio.sleep(0.3)
            again = await Visitor.arrive(server.ws_url, "もういちど")
            assert again.you
            for visitor in [*first[1:], again]:
                await visitor.close()

        run(scenario())


def test_a_restart_says_draining_and_the_visitor_comes_back_to_the_same_room() -> None:
    server = ServerProcess().start()
    try:

        async def before() -> dict:
            visitor = await Visitor.arrive(server.ws_url, "もどる", room="hiru")
            stopping = asyncio.get_running_loop().run_in_executor(None, server.stop)
            bye, code = await visitor.closed(timeout=10)
            await stopping
            assert code == 1012
            return bye

        bye = run(before())
        assert bye["reason"] == "draining" and 500 <= bye["retry_ms"] <= 5000
        server.start()

        async def after() -> None:
            visitor = await Visitor.arrive(server.ws_url, "もどる", room="hiru")
            assert visitor.place == ("hiru", 0)
            await visitor.close()

        run(after())
    finally:
        server.stop()


def test_metrics_count_without_naming_anyone(server: ServerProcess) -> None:
    async def scenario() -> str:
        one = await Visitor.arrive(server.ws_url, "はかる", room="tana")
        await one.walk(500, 500)
        await one.wait_for(lambda f: f["t"] == "tick")
        with urllib.request.urlopen(f"http://127.0.0.1:{METRICS_PORT}/metrics") as response:
            assert response.headers["content-type"].startswith("text/plain")
            text = response.read().decode()
        assert one.you not in text and "はかる" not in text and "127.0.0.1" not in text
        await one.close()
        return text

    text = run(scenario())
    values = {
        line.split(" ")[0]: float(line.split(" ")[1])
        for line in text.splitlines()
        if line and not line.startswith("#")
    }
    assert values['kakurega_avatars{room="tana"}'] >= 1
    assert values["kakurega_frames_in_total"] >= 2 and values["kakurega_frames_out_total"] >= 3
    assert values['kakurega_tick_duration_seconds_bucket{le="+Inf"}'] > 0
    # What sizing and alerts rest on: the process's memory, the build, the queue, the robot.
    assert values["process_resident_memory_bytes"] > 10_000_000
    assert any(name.startswith("kakurega_build_info{") for name in values)
    assert values["kakurega_posts_oldest_waiting_seconds"] >= 0
    assert values['kakurega_robot_engine_replies_total{outcome="error"}'] == 0
    assert "kakurega_sent_bytes_total" in values and "kakurega_bytes_out_total" not in values


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Forwarded-For": "203.0.113.9"},
        {"Forwarded": "for=203.0.113.9"},
        {"X-Real-IP": "203.0.113.9"},
        {"CF-Connecting-IP": "203.0.113.9"},
        {"True-Client-IP": "203.0.113.9"},
    ],
)
def test_the_public_port_never_serves_metrics(server: ServerProcess, headers: dict[str, str]) -> None:
    # Whatever header a proxy adds, or none: metrics live on KAKUREGA_METRICS_PORT only.
    request = urllib.request.Request(f"{server.base_url}/metrics", headers=headers)
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request)
    assert refused.value.code == 404


def test_the_metrics_port_serves_metrics_and_nothing_else(server: ServerProcess) -> None:
    for path in ("/", "/hotline", "/ws", "/metrics/../staff/"):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"http://127.0.0.1:{METRICS_PORT}{path}")
        assert refused.value.code == 404
    with socket.create_connection(("127.0.0.1", METRICS_PORT)) as rubbish:
        rubbish.sendall(b"\x00\xff not http at all\r\n\r\n")
        rubbish.settimeout(5)
        assert rubbish.recv(100) == b""  # closed without a word
    assert "Traceback" not in server.log_text()


def test_no_visitor_address_reaches_the_log_even_at_info_level() -> None:
    # Info is the most talkative level an operator would run; uvicorn logs addresses there.
    server = ServerProcess(log_level="info")
    server.start()
    try:

        async def visit() -> None:
            visitor = await Visitor.arrive(server.ws_url, "ひみつ", room="hiru")
            await visitor.close()

        run(visit())
        urllib.request.urlopen(f"{server.base_url}/").close()
    finally:
        server.stop()
    text = server.log_text()
    assert "Application startup complete" in text, "the log is really at info level"
    # JSON lines by default: one event a line, in UTC, uvicorn's own lines included.
    entries = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert all(entry["time"].endswith("+00:00") and entry["level"] for entry in entries)
    assert any(entry["message"] == "Application startup complete." for entry in entries)
    assert "127.0.0.1:" not in text.replace(f"http://127.0.0.1:{server.port}", "")
    assert "ひみつ" not in text
