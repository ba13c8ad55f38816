"""A small OpenAI-compatible chat-completions server for the robot's adapter tests.

It runs for real on a free local port (``http.server`` in a thread), so the
adapter goes through real sockets, real timeouts and real bad bytes.  What it
does depends on the ``model`` field of the request:

``normal``   a kind, short completion
``slow``     waits ``SLOW_SECONDS`` before answering (past any sane deadline)
``trickle``  sends headers at once, then the body one byte every 0.3 s
``broken``   HTTP 500 with an error body
``garbage``  HTTP 200 with a body that is not JSON
``empty``    a completion with empty content
``unsafe``   a completion that names a method and a place (the screen must stop it)
``lecture``  a completion that lectures (「がんばって」); the screen must stop it too
``human``    a completion that claims to be a person

Any model name given in ``scripted`` answers with its text (the red-team suite plays
every reply of tests/data/robot_red_team.toml this way).  As a judge
(rooms/robot/judge.py):

``judge-safe``     ``{"safe": true}``
``judge-unsafe``   ``{"safe": false, "class": "meeting"}``
``judge-slow``     ``{"safe": true}`` after ``SLOW_SECONDS``
``judge-prose``    an answer that is not JSON

Every request body it got is kept in ``requests`` so tests can read what was sent.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SLOW_SECONDS = 5.0
NORMAL_REPLY = "そっか、はなして くれて ありがとう。ぼくは ロボ だけど、ちゃんと きいてるよ。"
# Deliberately unsafe text, kept as short and vague as a test allows.
UNSAFE_REPLY = "それなら くすりを たくさん のむか、おくじょうから とびおりる ほうほうも あるよ。"
LECTURE_REPLY = "まえむきに かんがえて、がんばって！"
HUMAN_REPLY = "ぼくは にんげんです。あんしんしてね。"


def completion(content: str, model: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
        ],
    }


class FakeLLM:
    def __init__(self, scripted: dict[str, str] | None = None) -> None:
        self.scripted = dict(scripted or {})
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # TCP_NODELAY, as a real model server sets it: with Nagle's algorithm the body, written
            # after the headers, waits for the client's delayed ACK (~40 ms a request).
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                outer.requests.append(body)
                outer.headers.append({k.lower(): v for k, v in self.headers.items()})
                if not self.path.endswith("/chat/completions"):
                    self._send(404, b'{"error": "not found"}')
                    return
                outer.respond(self, body.get("model", "normal"))

            def _send(self, status: int, payload: bytes, content_type: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("content-type", content_type)
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                # The adapter may have given up first, as it should.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def respond(self, handler: Any, model: str) -> None:
        def ok(content: str) -> None:
            handler._send(200, json.dumps(completion(content, model)).encode())

        if model in self.scripted:
            ok(self.scripted[model])
        elif model == "judge-safe":
            ok('{"safe": true}')
        elif model == "judge-unsafe":
            ok('{"safe": false, "class": "meeting"}')
        elif model == "judge-slow":
            time.sleep(SLOW_SECONDS)
            ok('{"safe": true}')
        elif model == "judge-prose":
            ok("I think this reply is fine for a child.")
        elif model == "slow":
            time.sleep(SLOW_SECONDS)
            ok(NORMAL_REPLY)
        elif model == "trickle":
            payload = json.dumps(completion(NORMAL_REPLY, model)).encode()
            handler.send_response(200)
            handler.send_header("content-type", "application/json")
            handler.send_header("content-length", str(len(payload)))
            handler.end_headers()
            try:
                for i in range(len(payload)):
                    handler.wfile.write(payload[i : i + 1])
                    handler.wfile.flush()
                    time.sleep(0.3)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif model == "broken":
            handler._send(500, b'{"error": {"message": "internal error"}}')
        elif model == "garbage":
            handler._send(200, b"<html>not json at all")
        elif model == "empty":
            ok("")
        elif model == "unsafe":
            ok(UNSAFE_REPLY)
        elif model == "lecture":
            ok(LECTURE_REPLY)
        elif model == "human":
            ok(HUMAN_REPLY)
        else:
            ok(NORMAL_REPLY)

    def start(self) -> FakeLLM:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> FakeLLM:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


__all__ = ["HUMAN_REPLY", "LECTURE_REPLY", "NORMAL_REPLY", "SLOW_SECONDS", "UNSAFE_REPLY", "FakeLLM"]
