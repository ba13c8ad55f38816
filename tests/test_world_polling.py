"""The long-polling transport: its session buffer on its own, then a real server over HTTP."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterator
from typing import Any

import httpx
import msgpack
import pytest

import safety
from rooms.catalogue import room_shapes
from tests.support.servers import ServerProcess, running_server
from tests.support.visitors import LOOK, PollConnection, PollVisitor, Visitor
from world import polling
from world.brokers.memory import MemoryBroker
from world.engine import World
from world.hub import Hub
from world.limits import Limits
from world.polling import PollSession, PollSessions, pack_frames, unpack_frames

# -- the session on its own -----------------------------------------------------------------


def test_frames_are_length_prefixed_and_a_cut_body_is_refused() -> None:
    frames = [b"", b"a", bytes(300)]
    assert unpack_frames(pack_frames(frames), 1024) == frames
    assert pack_frames([b"ab"]) == b"\x00\x00\x00\x02ab"
    with pytest.raises(ValueError):
        unpack_frames(b"\x00\x00\x00\x05ab", 1024)
    with pytest.raises(ValueError):
        unpack_frames(b"\x00\x00", 1024)
    with pytest.raises(OverflowError):
        unpack_frames(b"\x00\x01\x00\x00" + bytes(65536), 1024)


def test_a_get_takes_every_frame_that_came_meanwhile_and_a_full_buffer_pushes_back() -> None:
    async def scenario() -> None:
        session = PollSession("t", limit_frames=3, limit_bytes=1000)
        waiting = asyncio.create_task(session.take())
        await asyncio.sleep(0)
        assert session.send_now(b"1")
        assert session.send_now(b"2", b"3")
        assert not session.send_now(b"4"), "three frames wait: the buffer is full, like a socket's"
        assert await waiting == ([b"1", b"2", b"3"], None)
        assert session.send_now(b"4")
        await session.close(4004)
        assert await session.take() == ([b"4"], 4004)
        assert session.gone

    asyncio.run(scenario())


def test_a_newer_get_answers_the_older_one_and_a_silent_client_is_gone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(polling, "POLL_GONE", 0.05)

    async def scenario() -> None:
        sessions = PollSessions()
        session = sessions.open(10, 1000)
        older = asyncio.create_task(session.take())
        await asyncio.sleep(0)
        newer = asyncio.create_task(session.take())
        assert await older == ([], None)
        session.send_now(b"x")
        assert await newer == ([b"x"], None)
        assert sessions.get(session.token) is session
        assert await session.receive() is None, "no GET came back: the hub hears the client has gone"
        assert session.gone and sessions.get(session.token) is None

        broken = sessions.open(10, 1000)
        waiting = asyncio.create_task(broken.take())
        await asyncio.sleep(0)
        broken.abort(1009)
        assert await waiting == ([], 1009), "a GET that was waiting hears how it ended"
        assert await broken.receive() is None and sessions.get(broken.token) is None

    asyncio.run(scenario())


def test_an_answer_gathers_the_frames_that_follow_its_first_until_the_linger_or_half_the_buffer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(polling, "POLL_LINGER", 3600.0)  # only half the buffer ends the wait

    async def scenario() -> None:
        session = PollSession("t", limit_frames=10, limit_bytes=1000)
        waiting = asyncio.create_task(session.take())
        for frame in (b"1", b"2", b"3", b"4"):
            await asyncio.sleep(0)
            assert session.send_now(frame)
            await asyncio.sleep(0)
            assert not waiting.done(), "frames that follow the first share its answer"
        assert session.send_now(b"5")  # half the buffer: no lingering makes a reader look slow
        assert await asyncio.wait_for(waiting, 10) == ([b"1", b"2", b"3", b"4", b"5"], None)

        assert session.send_now(b"6")  # queued with no GET waiting: a GET that finds it lingers too
        again = asyncio.create_task(session.take())
        await asyncio.sleep(0)
        assert not again.done()
        assert session.send_now(bytes(500))  # half the bytes
        assert await asyncio.wait_for(again, 10) == ([b"6", bytes(500)], None)

        monkeypatch.setattr(polling, "POLL_LINGER", 0.01)
        session.send_now(b"7")
        assert await asyncio.wait_for(session.take(), 10) == ([b"7"], None), "the linger is bounded"

    asyncio.run(scenario())


def test_gets_make_no_timer_each_and_the_wait_and_the_silence_still_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A timer made and cancelled costs a few µs; a polling visitor makes two or three GETs
    # a second, and each moved two deadlines (docs/performance.md).
    monkeypatch.setattr(polling, "POLL_GONE", 0.3)
    monkeypatch.setattr(polling, "POLL_LINGER", 0.0)

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        made: list[float] = []
        call_at = loop.call_at  # asyncio's call_later comes here too

        def counted(when: float, *args: Any, **options: Any) -> asyncio.TimerHandle:
            made.append(when)
            return call_at(when, *args, **options)

        monkeypatch.setattr(loop, "call_at", counted)
        session = PollSession("t", limit_frames=100, limit_bytes=10_000)
        for _ in range(50):
            assert session.send_now(b"x")
            assert await session.take() == ([b"x"], None)
        assert len(made) <= 2, "fifty GETs, no timer each"
        assert await session.take(wait=0.05) == ([], None), (
            "nothing came: the GET answers empty after its wait"
        )
        assert await asyncio.wait_for(session.receive(), 5) is None, "no GET came back: the client has gone"
        assert session.gone

    asyncio.run(scenario())


def test_a_get_at_any_turn_of_the_loop_never_takes_the_bye_without_the_close_code() -> None:
    # docs/protocol.md §10.3: the GET that takes the last frames (the bye last) carries the
    # close code. The hub queued its bye and closed the session in two later turns of the
    # event loop, and a GET answered in between (one arriving with frames due, or a linger
    # ending) took a bare ``bye``; the next GET got the code with nothing. Here a GET comes
    # at every turn while a real hub says goodbye (a bad frame: bye bad_frame, 4002).
    async def scenario() -> None:
        hub = Hub(
            World(room_shapes(), origin="t", rng=random.Random(3)),
            MemoryBroker(),
            Limits(),
            check_name=safety.check_name,
            refusal_text=safety.refusal_message,
        )
        await hub.start(timers=False)
        session = PollSession("t", limit_frames=64, limit_bytes=64 * 1024)
        serving = asyncio.create_task(hub.serve(session, "127.0.0.1"))
        hello = {"t": "hello", "v": 1, "name": "さよなら", "look": LOOK}
        assert await session.put(msgpack.packb(hello))
        answers: list[tuple[list[str], int | None]] = []

        def answered(frames: list[bytes], code: int | None) -> None:
            answers.append(([msgpack.unpackb(frame)["t"] for frame in frames], code))

        while not any("room" in kinds for kinds, _ in answers):
            session.take_then(answered, wait=0)
            await asyncio.sleep(0)
        assert await session.put(b"\xc1")  # never valid MessagePack
        for _ in range(1000):
            if session.gone:
                break
            session.take_then(answered, wait=0)
            await asyncio.sleep(0)
        await asyncio.wait_for(serving, 10)
        await hub.stop()
        ending = [(kinds, code) for kinds, code in answers if "bye" in kinds or code is not None]
        assert ending == [(["bye"], 4002)], ending

    asyncio.run(scenario())


# -- a real server --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    env = {"KAKUREGA_COUNTS_MS": "300", "KAKUREGA_SEND_QUEUE": "4", "KAKUREGA_SLOW_TIMEOUT": "1"}
    with running_server(env) as process:
        yield process


def run(coroutine: object) -> object:
    return asyncio.run(coroutine)  # type: ignore[arg-type]


@pytest.mark.integration
def test_a_polling_visitor_and_a_websocket_visitor_see_each_other_walk(server: ServerProcess) -> None:
    async def scenario() -> None:
        polled = await PollVisitor.arrive(server.base_url, "ぽーる", room="hoshi")
        socket = await Visitor.arrive(server.ws_url, "そけっと", room="hoshi")
        assert polled.you in socket.nook
        await polled.wait_for(
            lambda f: f["t"] == "tick" and any(a["id"] == socket.you for a in f.get("join", []))
        )
        await socket.walk(300, 600)
        await polled.wait_for(lambda f: f["t"] == "tick" and [socket.you, 300, 600] in f.get("walk", []))
        await polled.walk(500, 650)
        await socket.wait_for(lambda f: f["t"] == "tick" and [polled.you, 500, 650] in f.get("walk", []))
        await polled.send({"t": "ping", "n": 42})
        await polled.wait_for(lambda f: f["t"] == "pong" and f["n"] == 42)
        # Counts come when they change (docs/protocol.md §5): these may have come already.
        two = lambda f: f["t"] == "counts" and f["rooms"]["hoshi"] == 2  # noqa: E731
        if not any(two(f) for f in polled.frames):
            await polled.wait_for(two)
        await polled.close()
        await socket.close()

    run(scenario())


@pytest.mark.integration
def test_bye_and_close_codes_come_with_the_last_frames_then_the_token_is_unknown(
    server: ServerProcess,
) -> None:
    async def scenario() -> None:
        visitor = await PollVisitor.arrive(server.base_url, "まちがい", room="kabe")
        await visitor.send({"t": "walk", "x": "left"})
        bye, code = await visitor.closed()
        assert bye == {"t": "bye", "reason": "bad_frame"} and code == 4002
        connection: PollConnection = visitor.connection
        assert connection.responses[-1].status_code == 200
        gone = await connection.client.get(f"/poll/{connection.token}")
        assert gone.status_code == 404
        await connection.close()

    run(scenario())


@pytest.mark.integration
def test_a_polling_visitor_that_stops_reading_is_closed_as_slow_without_holding_others_back(
    server: ServerProcess,
) -> None:
    async def scenario() -> None:
        stuck = await PollVisitor.arrive(server.base_url, "とまる", room="hiru")
        walker = await Visitor.arrive(server.ws_url, "あるく", room="hiru")
        await walker.wait_for(
            lambda f: f["t"] == "tick" and any(a["id"] == walker.you for a in f.get("join", []))
        )
        for step in range(40):  # stuck sends no GET meanwhile
            await walker.walk(100 + step, 600)
            await walker.wait_for(
                lambda f, s=step: f["t"] == "tick" and [walker.you, 100 + s, 600] in f.get("walk", [])
            )
        async with httpx.AsyncClient(base_url=server.base_url) as client:
            for _ in range(100):  # the sweeper runs once a second
                metrics = (await client.get("/metrics")).text
                if 'kakurega_closes_total{reason="slow"}' in metrics:
                    break
                await asyncio.sleep(0.1)
        _, code = await stuck.closed()
        assert code == 4004
        await walker.close()

    run(scenario())


@pytest.mark.integration
def test_the_http_answers(server: ServerProcess) -> None:
    async def scenario() -> None:
        base = server.base_url
        async with httpx.AsyncClient(base_url=base, timeout=10) as client:
            assert (
                await client.post("/poll", headers={"origin": "https://elsewhere.example"})
            ).status_code == 403
            assert (await client.post("/poll", headers={"sec-fetch-site": "cross-site"})).status_code == 403
            assert (await client.get("/poll")).status_code == 405
            assert (await client.get("/poll/not-a-token")).status_code == 404
            assert (await client.post("/poll/not-a-token", content=b"")).status_code == 404
            opened = await client.post("/poll")
            assert opened.status_code == 200 and opened.headers["cache-control"] == "no-store"
            token = opened.json()["token"]
            assert len(token) >= 32 and opened.json()["wait_ms"] == 25000
            hello = msgpack.packb({"t": "hello", "v": 1, "name": "ためす", "look": LOOK})
            framed = len(hello).to_bytes(4, "big") + hello
            assert (await client.post(f"/poll/{token}", content=framed)).status_code == 415
            form = {"content-type": "application/x-www-form-urlencoded"}
            assert (await client.post(f"/poll/{token}", content=framed, headers=form)).status_code == 415
            octets = {"content-type": "application/octet-stream"}
            assert (await client.post(f"/poll/{token}", content=framed, headers=octets)).status_code == 204
            first = await client.get(f"/poll/{token}")
            assert first.headers["content-type"] == "application/octet-stream"
            assert "content-encoding" not in first.headers, "frames are not compressed"
            kinds = []
            body = first.content
            while body:
                size = int.from_bytes(body[:4], "big")
                kinds.append(msgpack.unpackb(body[4 : 4 + size])["t"])
                body = body[4 + size :]
            assert kinds[:2] == ["welcome", "room"]
            # A body over 64 KiB ends the session as the WebSocket layer would (1009, no bye).
            too_big = await client.post(f"/poll/{token}", content=bytes(70_000), headers=octets)
            assert too_big.status_code == 413
            assert (await client.get(f"/poll/{token}")).status_code == 404
            # The hello may come with the request that opens the session.
            opened = await client.post("/poll", content=framed, headers=octets)
            token = opened.json()["token"]
            first = await client.get(f"/poll/{token}")
            size = int.from_bytes(first.content[:4], "big")
            assert msgpack.unpackb(first.content[4 : 4 + size])["t"] == "welcome"
            assert (await client.post("/poll", content=framed, headers=form)).status_code == 415
            assert (await client.post("/poll", content=b"\x00\x00", headers=octets)).status_code == 400
            # A cut-short body: 400, and the session is over (1002).
            token = (await client.post("/poll")).json()["token"]
            cut = await client.post(f"/poll/{token}", content=b"\x00\x00\x01", headers=octets)
            assert cut.status_code == 400
            assert (await client.get(f"/poll/{token}")).status_code == 404

    run(scenario())


# -- hostile and broken requests: every answer is a documented one, with the security headers ---

OCTETS = {"content-type": "application/octet-stream"}
PING = msgpack.packb({"t": "ping", "n": 1})


def framed(*frames: bytes) -> bytes:
    return b"".join(len(frame).to_bytes(4, "big") + frame for frame in frames)


def assert_guarded(answer: httpx.Response, status: int) -> None:
    assert answer.status_code == status, (answer.status_code, answer.content)
    assert answer.headers["cache-control"] == "no-store"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" in answer.headers


@pytest.mark.integration
@pytest.mark.parametrize(
    ("method", "on_session", "headers", "body", "status"),
    [
        # A length prefix past the largest body: no frame can be that long.
        ("POST", False, OCTETS, b"\xff\xff\xff\xff", 413),
        ("POST", True, OCTETS, b"\xff\xff\xff\xff", 413),
        ("POST", True, OCTETS, b"\x00\x01\x00\x01" + bytes(100), 413),
        ("POST", True, OCTETS, b"\x00\x00\x00", 400),  # a prefix cut short
        ("POST", True, OCTETS, framed(b"ab") + b"\x00", 400),
        ("POST", True, OCTETS, bytes(70_000), 413),
        ("POST", True, {"content-type": "Application/Octet-Stream; x=1"}, b"", 204),  # empty: no frames
        ("POST", True, {}, framed(PING), 415),
        ("POST", True, {"content-type": "text/plain; charset=utf-8"}, framed(PING), 415),
        # An Origin or Host no browser would send: refused as another site's (it is nobody's page).
        ("POST", False, {"origin": "http://[::1"}, b"", 403),
        ("POST", True, {"origin": "http://[::1", **OCTETS}, framed(PING), 403),
        ("POST", False, {"origin": "https://a", "host": "[a"}, b"", 403),
        ("POST", False, {"origin": "http://"}, b"", 403),
        ("GET", True, {"origin": "https://ほか.example".encode()}, b"", 403),  # raw UTF-8
        ("PUT", False, {}, b"", 405),
        ("OPTIONS", False, {}, b"", 405),
        ("DELETE", True, {}, b"", 405),
        ("HEAD", True, {}, b"", 405),
    ],
)
def test_a_broken_or_hostile_request_gets_a_documented_answer(
    server: ServerProcess,
    method: str,
    on_session: bool,
    headers: dict[str, str | bytes],
    body: bytes,
    status: int,
) -> None:
    async def scenario() -> None:
        async with httpx.AsyncClient(base_url=server.base_url, timeout=10) as client:
            path = "/poll"
            if on_session:
                path += "/" + (await client.post("/poll")).json()["token"]
            assert_guarded(await client.request(method, path, content=body, headers=headers), status)

    run(scenario())


@pytest.mark.integration
@pytest.mark.parametrize(
    "path",
    [
        "/poll/",
        "/poll/not-a-token",
        "/poll/%E3%81%82%E3%81%84",  # あい
        "/poll/%F0%9F%98%80%E2%80%AE",  # an emoji and a right-to-left override
        "/poll/%00%0d%0a",
        "/poll/" + "a" * 4000,
        "/poll/..%2F..%2Fhelp",
    ],
)
def test_an_unknown_token_of_any_shape_is_a_404_with_the_security_headers(
    server: ServerProcess, path: str
) -> None:
    async def scenario() -> None:
        async with httpx.AsyncClient(base_url=server.base_url, timeout=10) as client:
            assert_guarded(await client.get(path), 404)
            assert_guarded(await client.post(path, content=framed(PING), headers=OCTETS), 404)

    run(scenario())


@pytest.mark.integration
def test_a_post_whose_session_ends_halfway_is_answered_at_once(server: ServerProcess) -> None:
    # Far more frames than the budget: the hub closes the session (too_fast) and reads no more.
    # The POST carrying them was left waiting for room in the session's inbox for ever.
    async def scenario() -> None:
        async with httpx.AsyncClient(base_url=server.base_url, timeout=10) as client:
            token = (await client.post("/poll")).json()["token"]
            flood = framed(*[PING] * 2000)
            assert_guarded(await client.post(f"/poll/{token}", content=flood, headers=OCTETS), 410)
            last = await client.get(f"/poll/{token}")
            assert last.headers["kakurega-close"] == "4003"
            assert_guarded(await client.post(f"/poll/{token}", content=flood, headers=OCTETS), 404)
            # The same flood in the request that opens a session: the token, then the bye.
            opened = await client.post("/poll", content=flood, headers=OCTETS)
            assert_guarded(opened, 200)
            last = await client.get(f"/poll/{opened.json()['token']}")
            assert last.headers["kakurega-close"] == "4003"

    run(scenario())


def test_an_unexpected_error_is_a_500_with_the_security_headers_that_ends_the_session(
    tmp_path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    # /poll sits outside the app's error page and headers: it must answer a bug by itself.
    from starlette.testclient import TestClient

    import server as kakurega
    from settings import Settings
    from world import poll_gateway

    def broken(frames: list[bytes]) -> bytes:
        raise RuntimeError("a bug that quotes そら")

    app = kakurega.create_app(Settings(database_url=f"sqlite:///{tmp_path / 'p.db'}", secret_key="k" * 32))
    with TestClient(app, raise_server_exceptions=False) as client:
        token = client.post("/poll").json()["token"]
        monkeypatch.setattr(poll_gateway, "pack_frames", broken)
        answer = client.get(f"/poll/{token}")
        assert_guarded(answer, 500)
        monkeypatch.undo()
        assert_guarded(client.get(f"/poll/{token}"), 404)  # frames may have been lost: it has ended
    logged = "\n".join(record.getMessage() for record in caplog.records if record.name == "kakurega.poll")
    assert "RuntimeError" in logged and "poll_gateway.py" in logged
    assert token not in logged and "そら" not in logged, "no token, no words of the visitor's"


def hello_with_raw_name(name: bytes) -> bytes:
    """A hello whose name is the given bytes as a MessagePack str, valid UTF-8 or not."""
    head = msgpack.packb({"t": "hello", "v": 1, "look": LOOK})
    fields = bytes([head[0] + 1]) + head[1:]  # one more key in the map
    return fields + msgpack.packb("name") + bytes([0xD9, len(name)]) + name


@pytest.mark.integration
@pytest.mark.parametrize(
    ("frame", "first"),
    [
        (b"\xc1", {"t": "bye", "reason": "bad_frame"}),  # never valid MessagePack
        (b"\x92\x01\x02", {"t": "bye", "reason": "bad_frame"}),  # not a map
        (hello_with_raw_name(b"\xe3\x81"), {"t": "bye", "reason": "bad_frame"}),  # cut-short UTF-8
        (hello_with_raw_name(b"\xed\xa0\x80"), {"t": "bye", "reason": "bad_frame"}),  # a lone surrogate
        # A right-to-left override is taken out of the name, not shown.
        (hello_with_raw_name("そ\u202eら".encode()), {"t": "welcome", "name": "そら"}),
        (hello_with_raw_name("\u200b".encode()), {"t": "name_refused"}),  # only a zero-width space
    ],
)
def test_a_frame_that_is_whole_but_wrong_is_the_protocol_s_answer_not_an_http_error(
    server: ServerProcess, frame: bytes, first: dict[str, str]
) -> None:
    # docs/protocol.md §10.3: the POST is taken (204); the GET carries what a WebSocket would get.
    async def scenario() -> None:
        async with httpx.AsyncClient(base_url=server.base_url, timeout=10) as client:
            token = (await client.post("/poll")).json()["token"]
            assert_guarded(await client.post(f"/poll/{token}", content=framed(frame), headers=OCTETS), 204)
            answer = await client.get(f"/poll/{token}")
            assert_guarded(answer, 200)
            size = int.from_bytes(answer.content[:4], "big")
            got = msgpack.unpackb(answer.content[4 : 4 + size])
            assert {key: got[key] for key in first} == first
            if first["t"] == "bye":
                assert answer.headers["kakurega-close"] == "4002"

    run(scenario())
