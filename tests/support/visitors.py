"""A scripted visitor speaking protocol v1 over a real WebSocket."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Any

import httpx
import msgpack
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

LOOK = {"shape": "maru", "color": "mizu", "acc": "leaf"}
NAMES = ("そら", "ゆき", "はな", "もも", "うみ", "かぜ", "ほし", "つき", "くも", "あめ", "にじ", "のはら")


def ordinary_name(index: int) -> str:
    """A name every name policy accepts (digits could look like a contact, so none here)."""
    return NAMES[index % len(NAMES)] + "ちゃん" * (index // len(NAMES) % 2)


class Visitor:
    def __init__(self, connection: Any) -> None:
        self.connection = connection  # a WebSocket, or a ``PollConnection`` with the same calls
        self.frames: list[dict[str, Any]] = []
        self.you: str | None = None
        self.nook: dict[str, dict[str, Any]] = {}  # avatars I can see, by id
        self.place: tuple[str, int] | None = None
        self.closed_code: int | None = None

    @classmethod
    async def connect(cls, url: str, **options: Any) -> Visitor:
        connection = await connect(url, subprotocols=["kakurega.v1"], open_timeout=5, **options)
        return cls(connection)

    @classmethod
    async def arrive(cls, url: str, name: str = "そら", room: str | None = None) -> Visitor:
        visitor = await cls.connect(url)
        await visitor.hello(name, room=room)
        frame = await visitor.wait_for(lambda f: f["t"] in ("room", "name_refused"))
        assert frame["t"] == "room", f"the name {name!r} was refused: {frame}"
        return visitor

    async def send(self, message: dict[str, Any]) -> None:
        await self.connection.send(msgpack.packb(message, use_bin_type=True))

    async def hello(self, name: str, room: str | None = None, look: dict[str, str] | None = None) -> None:
        message: dict[str, Any] = {"t": "hello", "v": 1, "name": name, "look": look or LOOK}
        if room is not None:
            message["room"] = room
        await self.send(message)

    async def walk(self, x: int, y: int) -> None:
        await self.send({"t": "walk", "x": x, "y": y})

    async def receive(self, timeout: float = 5.0) -> dict[str, Any]:
        data = await asyncio.wait_for(self.connection.recv(), timeout)
        assert isinstance(data, bytes), "the server must only send binary frames"
        frame = msgpack.unpackb(data, raw=False)
        self._apply(frame)
        self.frames.append(frame)
        return frame

    async def wait_for(
        self, predicate: Callable[[dict[str, Any]], bool], timeout: float = 5.0
    ) -> dict[str, Any]:
        """Read frames until one matches; the non-matching ones still update what I see."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no matching frame; last frames: {self.frames[-5:]}")
            frame = await self.receive(remaining)
            if predicate(frame):
                return frame

    def sees_at(self, avatar_id: str | None, x: int, y: int) -> bool:
        """Whether my picture of the nook has that avatar headed to (x, y)."""
        avatar = self.nook.get(avatar_id or "")
        return avatar is not None and (avatar["x"], avatar["y"]) == (x, y)

    async def closed(self, timeout: float = 5.0) -> tuple[dict[str, Any] | None, int | None]:
        """Read until the server closes; returns the bye frame (if any) and the close code."""
        bye = None
        try:
            while True:
                frame = await self.receive(timeout)
                if frame["t"] == "bye":
                    bye = frame
        except ConnectionClosed as closed:
            self.closed_code = closed.rcvd.code if closed.rcvd else None
        return bye, self.closed_code

    async def close(self) -> None:
        await self.connection.close()

    def _apply(self, frame: dict[str, Any]) -> None:
        kind = frame.get("t")
        if kind == "welcome":
            self.you = frame["you"]
        elif kind == "room":
            self.place = (frame["room"], frame["nook"])
            self.nook = {a["id"]: a for a in frame["others"]}
        elif kind == "tick":
            for avatar_id in frame.get("leave", ()):
                self.nook.pop(avatar_id, None)
            for avatar in frame.get("join", ()):
                if avatar["id"] != self.you:
                    self.nook[avatar["id"]] = avatar
            for avatar_id, x, y in frame.get("walk", ()):
                if avatar_id in self.nook:
                    self.nook[avatar_id].update(x=x, y=y)
            for avatar_id, pose in frame.get("pose", ()):
                if avatar_id in self.nook:
                    self.nook[avatar_id]["p"] = pose


class PollClosed(Exception):
    def __init__(self, code: int | None) -> None:
        super().__init__(f"closed with {code}")
        self.code = code


class PollConnection:
    """The long-polling transport (docs/protocol.md §10) with the calls ``Visitor`` uses."""

    def __init__(self, client: httpx.AsyncClient, token: str) -> None:
        self.client = client
        self.token = token
        self.waiting: list[bytes] = []
        self.close_code: int | None = None
        self.responses: list[httpx.Response] = []  # every GET's answer, for tests that look
        self.pending: asyncio.Future[httpx.Response] | None = None  # the GET in flight

    @classmethod
    async def open(
        cls, base_url: str, route: str = "test", local_address: str | None = None
    ) -> PollConnection:
        transport = httpx.AsyncHTTPTransport(local_address=local_address)
        client = httpx.AsyncClient(base_url=base_url, timeout=40, params={"r": route}, transport=transport)
        response = await client.post("/poll", headers={"origin": base_url})
        response.raise_for_status()
        return cls(client, response.json()["token"])

    async def send(self, data: bytes) -> None:
        body = len(data).to_bytes(4, "big") + data
        response = await self.client.post(
            f"/poll/{self.token}", content=body, headers={"content-type": "application/octet-stream"}
        )
        if response.status_code != 204:
            raise PollClosed(self.close_code)

    async def recv(self) -> bytes:
        while not self.waiting:
            if self.close_code is not None:
                raise PollClosed(self.close_code)
            # One GET in flight, kept when the caller stops waiting (``receive(timeout)``): a GET
            # given up is a session given up (docs/protocol.md §10.1), as a browser's would be.
            if self.pending is None:
                self.pending = asyncio.ensure_future(self.client.get(f"/poll/{self.token}"))
            response = await asyncio.shield(self.pending)
            self.pending = None
            self.responses.append(response)
            if response.status_code != 200:
                raise PollClosed(None)
            body = response.content
            offset = 0
            while offset < len(body):
                size = int.from_bytes(body[offset : offset + 4], "big")
                self.waiting.append(body[offset + 4 : offset + 4 + size])
                offset += 4 + size
            if "kakurega-close" in response.headers:
                self.close_code = int(response.headers["kakurega-close"])
        return self.waiting.pop(0)

    async def close(self) -> None:
        if self.pending is not None:
            self.pending.cancel()
            with contextlib.suppress(BaseException):
                await self.pending
        await self.client.aclose()


class PollVisitor(Visitor):
    """The same scripted visitor, over HTTP long-polling."""

    @classmethod
    async def connect(cls, url: str, **options: Any) -> Visitor:
        return cls(await PollConnection.open(url, **options))

    async def closed(self, timeout: float = 5.0) -> tuple[dict[str, Any] | None, int | None]:
        bye = None
        try:
            while True:
                frame = await self.receive(timeout)
                if frame["t"] == "bye":
                    bye = frame
        except PollClosed as closed:
            self.closed_code = closed.code
        return bye, self.closed_code
