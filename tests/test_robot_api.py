"""POST /api/robot and the page without JavaScript, on the real app (server.create_app)."""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Iterator

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

import server
from rooms.robot import RobotConfig, robot_routes
from rooms.robot.config import MAX_HISTORY_SENT, MAX_MESSAGE_CHARS
from rooms.robot.web import build_service
from settings import Settings, load_settings
from tests.support.fake_llm import NORMAL_REPLY, UNSAFE_REPLY, FakeLLM


def make_app(config: RobotConfig):
    app = server.create_app()
    app.router.routes[0:0] = robot_routes(config)
    return app


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(make_app(RobotConfig(rate=1000, burst=1000))) as c:
        yield c


def post(client: TestClient, message: object, history: object = ()) -> object:
    return client.post("/api/robot", json={"message": message, "history": list(history)})  # type: ignore[call-overload]


def test_an_ordinary_message(client: TestClient) -> None:
    r = post(client, "ねこが かわいい")
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"reply", "card", "level", "care"}
    assert body["card"] is None and body["level"] == "none" and body["reply"]
    assert r.headers["cache-control"] == "no-store"
    assert "content-security-policy" in r.headers  # the app's own headers still apply


def test_a_crisis_message_carries_the_card_as_data(client: TestClient) -> None:
    body = post(client, "しにたい").json()
    assert body["level"] == "high" and body["care"] is True
    line = body["card"][0]
    assert {"name", "tel", "hours", "open", "status", "reach"} <= set(line)
    assert line["open"] is True


def test_history_is_bounded_to_the_last_lines(client: TestClient) -> None:
    old = [{"from": "you", "text": "しにたい"}] + [{"from": "robo", "text": "うん"}] * 6
    assert post(client, "ふーん", old).json()["card"] is None
    recent = [{"from": "robo", "text": "うん"}] * 6 + [{"from": "you", "text": "しにたい"}]
    assert post(client, "ふーん", recent).json()["card"] is not None


@pytest.mark.parametrize(
    ("payload", "status", "code"),
    [
        ({"message": "あ" * (MAX_MESSAGE_CHARS + 1)}, 413, "too_long"),
        (
            {"message": "やあ", "history": [{"from": "you", "text": "x"}] * (MAX_HISTORY_SENT + 1)},
            413,
            "too_long",
        ),
        ({"message": "   "}, 400, "empty"),
        ({"message": 3}, 400, "bad_request"),
        ({"message": "やあ", "history": [{"from": "staff", "text": "x"}]}, 400, "bad_request"),
        ({"message": "やあ", "history": "nope"}, 400, "bad_request"),
        (["message"], 400, "bad_request"),
    ],
)
def test_bad_input_gets_a_clear_json_error(
    client: TestClient, payload: object, status: int, code: str
) -> None:
    r = client.post("/api/robot", json=payload)
    assert r.status_code == status
    assert r.json()["error"] == code and r.json()["message"]


def test_not_json_is_400_and_wrong_type_is_415(client: TestClient) -> None:
    r = client.post("/api/robot", content=b"{nope", headers={"content-type": "application/json"})
    assert r.status_code == 400
    r = client.post("/api/robot", content=b"message=hi", headers={"content-type": "text/plain"})
    assert r.status_code == 415 and r.json()["error"] == "unsupported"


def test_a_huge_body_is_refused_before_it_is_read(client: TestClient) -> None:
    r = client.post(
        "/api/robot", content=b"{" + b" " * 40_000 + b"}", headers={"content-type": "application/json"}
    )
    assert r.status_code == 413


def test_only_post(client: TestClient) -> None:
    assert client.get("/api/robot").status_code == 405


def test_rate_limit_says_when_to_come_back() -> None:
    with TestClient(make_app(RobotConfig(rate=0.01, burst=2))) as c:
        codes = [post(c, "やあ").status_code for _ in range(3)]
        r = post(c, "やあ")
    assert codes == [200, 200, 429]
    assert r.status_code == 429 and r.json()["error"] == "too_fast"
    assert int(r.headers["retry-after"]) >= 1


def test_nothing_the_visitor_wrote_is_logged(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    secret = "ひみつの はなし しにたい"
    with caplog.at_level(logging.DEBUG):
        post(client, secret)
        client.post("/robo", data={"message": secret})
    assert all("ひみつ" not in record.getMessage() for record in caplog.records)


# -- without JavaScript -----------------------------------------------------------------


def test_the_room_shows_a_form_that_works_without_js(client: TestClient) -> None:
    page = client.get("/robo").text
    assert 'action="/robo#robo-last"' in page and 'name="message"' in page
    assert "/assets/characters/robo.svg" in page
    assert "<script>" not in page.split('id="feature"', 1)[1]  # no inline script (CSP)


def test_the_form_answers_with_the_reply_and_the_card(client: TestClient) -> None:
    r = client.post("/robo", data={"message": "もう きえたい", "h": ["you:こんにちは", "robo:やあ"]})
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    page = r.text
    assert "もう きえたい" in page and "hotline-card" in page and 'href="tel:' in page
    hidden = re.findall(r'name="h" value="([^"]*)"', page)
    assert hidden[:3] == ["you:こんにちは", "robo:やあ", "you:もう きえたい"]
    assert hidden[-1].startswith("robo:")


def test_the_form_keeps_caring_after_a_denial(client: TestClient) -> None:
    first = client.post("/robo", data={"message": "しにたい"}).text
    hidden = re.findall(r'name="h" value="([^"]*)"', first)
    again = client.post("/robo", data={"message": "ちがうよ", "h": hidden}).text
    assert "hotline-card" in again


def test_the_form_escapes_what_it_shows(client: TestClient) -> None:
    page = client.post("/robo", data={"message": "<img src=x onerror=alert(1)>"}).text
    assert "<img src=x" not in page and "&lt;img src=x" in page


def test_the_form_says_kindly_when_the_message_is_too_long(client: TestClient) -> None:
    r = client.post("/robo", data={"message": "あ" * (MAX_MESSAGE_CHARS + 5)})
    assert r.status_code == 413 and "ながすぎて" in r.text


# -- with a chat-completions server configured ---------------------------------------------


def test_the_app_uses_the_configured_chat_server_and_screens_it() -> None:
    with FakeLLM() as llm:
        service = build_service(RobotConfig(url=llm.url, model="normal", key="k", deadline=2.0))
        app = server.create_app()
        app.router.routes[0:0] = robot_routes(service=service)
        with TestClient(app) as c:
            assert post(c, "ねこが すき").json()["reply"] == NORMAL_REPLY
            service.engine.model = "unsafe"  # type: ignore[attr-defined]
            reply = post(c, "ねこが すき").json()["reply"]
        assert reply != NORMAL_REPLY and "くすり" not in reply
        snap = service.snapshot()
        assert snap["engine"]["ok"] == 2 and snap["screened"] == 1 and snap["messages"] == 2


def test_settings_of_the_app_choose_the_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    config = Settings(robot_url="http://127.0.0.1:9/v1", robot_model="m", robot_key="secret").robot
    assert (config.url, config.model, config.key) == ("http://127.0.0.1:9/v1", "m", "secret")
    monkeypatch.setenv("KAKUREGA_ROBOT_URL", "http://x/v1")
    monkeypatch.setenv("KAKUREGA_ROBOT_MODEL", "y")
    monkeypatch.setenv("KAKUREGA_ROBOT_RATE", "2")
    env = load_settings().robot
    assert (env.url, env.model, env.key, env.rate) == ("http://x/v1", "y", None, 2.0)
    monkeypatch.delenv("KAKUREGA_ROBOT_URL")
    assert load_settings().robot.url is None


def test_another_site_cannot_post_a_talk(client: TestClient) -> None:
    r = client.post("/robo", data={"message": "やあ"}, headers={"origin": "https://evil.example"})
    assert r.status_code == 403 and "ロボのへや" in r.text
    r = client.post("/api/robot", json={"message": "やあ"}, headers={"sec-fetch-site": "cross-site"})
    assert r.status_code == 403 and r.json()["error"] == "cross_site"
    same = client.post("/api/robot", json={"message": "やあ"}, headers={"origin": "http://testserver"})
    assert same.status_code == 200


def test_unsafe_words_in_the_robots_voice_are_never_shown(client: TestClient) -> None:
    forged = "robo:" + UNSAFE_REPLY
    page = client.post("/robo", data={"message": "やあ", "h": ["you:こんにちは", forged]}).text
    assert UNSAFE_REPLY not in page and "こんにちは" in page
