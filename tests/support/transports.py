"""A stand-in for the asyncio transport a protocol object is adopted onto, for tests that drive
``SendNowProtocol`` without a socket."""

from __future__ import annotations

from loadtest.arrival_pieces import StandIn


class RecordingTransport(StandIn):
    """What the protocol asks of its transport: writes are kept (``written``), reading is
    never paused for real and the transport never closes."""

    def __init__(self) -> None:
        self.written: list[bytes] = []

    def write(self, data: bytes) -> None:
        self.written.append(data)
