"""One place per rule, against a real ``kakurega serve``: every endpoint that takes a
visitor's words refuses another site's page with the same rule, quick exit goes where the
one setting says, and names, posts and the robot's replies meet the same contact rules."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.fake_llm import FakeLLM
from tests.support.servers import ServerProcess, running_server
from tests.support.visitors import Visitor

pytestmark = pytest.mark.integration

PHONE_REPLY = "ぼくの ばんごうは 090-1234-5678 だよ。"
EXIT = "https://exit.example/away"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    folder: Path = tmp_path_factory.mktemp("one-place")
    with FakeLLM({"phone": PHONE_REPLY}) as llm:
        env = {
            "KAKUREGA_DATABASE_URL": f"sqlite:///{folder / 'k.db'}",
            "KAKUREGA_EXIT_URL": EXIT,
            "KAKUREGA_ROBOT_URL": llm.url,
            "KAKUREGA_ROBOT_MODEL": "phone",
        }
        with running_server(env) as process:
            yield process


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("POST", "/api/posts", {"json": {"room": "kabe", "body": "こんにちは"}}),
        ("POST", "/kabe/posts", {"data": {"body": "こんにちは"}}),
        ("POST", "/api/robot", {"json": {"message": "こんにちは", "history": []}}),
        ("POST", "/robo", {"data": {"message": "こんにちは"}}),
        ("POST", "/poll", {}),
        ("POST", "/staff/login", {"data": {"name": "x", "password": "y", "csrf": "z"}}),
    ],
)
def test_another_sites_page_is_refused_everywhere(
    server: ServerProcess, method: str, path: str, kwargs: dict[str, object]
) -> None:
    with httpx.Client(base_url=server.base_url) as client:
        for headers in ({"origin": "https://evil.example"}, {"sec-fetch-site": "cross-site"}):
            answer = client.request(method, path, headers=headers, **kwargs)  # type: ignore[arg-type]
            assert answer.status_code == 403, (path, headers, answer.status_code, answer.text[:200])


def test_quick_exit_goes_where_the_one_setting_says(server: ServerProcess) -> None:
    with httpx.Client(base_url=server.base_url) as client:
        page = client.get("/hiru")
        assert f'href="{EXIT}"' in page.text
        away = client.get("/exit")
        assert away.status_code == 303 and away.headers["location"] == EXIT


def test_names_posts_and_the_robot_meet_the_same_contact_rules(server: ServerProcess) -> None:
    async def name() -> dict[str, object]:
        visitor = await Visitor.connect(server.ws_url)
        await visitor.hello("090-1234-5678")
        frame = await visitor.wait_for(lambda f: f["t"] in ("room", "name_refused"))
        await visitor.close()
        return frame

    refused = asyncio.run(name())
    assert refused["t"] == "name_refused" and refused["reason"] == "contact"
    with httpx.Client(base_url=server.base_url) as client:
        talk = client.post("/api/robot", json={"message": "でんわ ばんごう おしえて", "history": []})
        assert talk.status_code == 200
        assert "5678" not in talk.json()["reply"], "the robot's made-up number never reaches the child"
