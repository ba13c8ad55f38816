"""The one settings object: read once, checked at start, and the docs' tables made from it."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

import settings
from settings import Settings, SettingsError, load_settings, unknown_variables
from tests.support.servers import ROOT, running_server
from tests.support.visitors import Visitor


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.upper().startswith("KAKUREGA_"):
            monkeypatch.delenv(name)


def test_defaults_are_those_of_the_parts() -> None:
    loaded = load_settings()
    from rooms.posts.limits import PostLimits
    from rooms.robot.config import RobotConfig
    from world.limits import Limits

    assert loaded.limits == Limits()
    assert loaded.post_limits == PostLimits()
    assert loaded.robot == RobotConfig()
    assert loaded.broker_url is None and loaded.database_url is None and not loaded.secure_cookies


def test_values_reach_the_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAKUREGA_NOOK_CAP", "5")
    monkeypatch.setenv("KAKUREGA_HELLO_TIMEOUT", "1.5")
    monkeypatch.setenv("KAKUREGA_POSTS_BROWSER_BURST", "7")
    monkeypatch.setenv("KAKUREGA_ROBOT_RATE", "2")
    monkeypatch.setenv("KAKUREGA_SECURE_COOKIES", "yes")
    monkeypatch.setenv("KAKUREGA_TICK_MS", "")  # empty means unset
    loaded = load_settings()
    assert (loaded.limits.nook_cap, loaded.limits.hello_timeout, loaded.limits.tick_ms) == (5, 1.5, 100)
    assert loaded.post_limits.browser_burst == 7
    assert loaded.robot.rate == 2.0
    assert loaded.secure_cookies is True


def test_redis_url_wins_over_broker_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAKUREGA_BROKER_URL", "memory://b")
    assert load_settings().broker_url == "memory://b"
    monkeypatch.setenv("KAKUREGA_REDIS_URL", "redis://127.0.0.1:1/0")
    assert load_settings().broker_url == "redis://127.0.0.1:1/0"
    assert Settings(broker_url="memory://given").broker_url == "memory://given"


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [
        ("KAKUREGA_TICK_MS", "0", "greater than 0"),
        ("KAKUREGA_NOOK_CAP", "many", "valid integer"),
        ("KAKUREGA_POSTS_ADDRESS_PER_MINUTE", "-1", "greater than 0"),
        ("KAKUREGA_SECURE_COOKIES", "perhaps", "valid boolean"),
        ("KAKUREGA_PORT", "70000", "less than or equal to 65535"),
        ("KAKUREGA_EXIT_URL", "javascript:alert(1)", "http:// or https://"),
        ("KAKUREGA_FORWARDED_ALLOW_IPS", "127.0.0.1, proxy", "'proxy' is not an address"),
        ("KAKUREGA_SHARED_NETWORKS", "school=10", "'school' is not a network"),
        ("KAKUREGA_SHARED_NETWORKS", "203.0.113.0/24", "NETWORK=TIMES"),
        # Every address multiplied, silently: no school exit is that wide.
        ("KAKUREGA_SHARED_NETWORKS", "203.0.113.0/24=10, 0.0.0.0/0=10", "wider than any school's exit"),
        ("KAKUREGA_SHARED_NETWORKS", "::/0=4", "wider than any school's exit"),
        ("KAKUREGA_ADDRESS_HANDSHAKES_PER_SECOND", "0", "greater than 0"),
        # Each of these started, then failed every visitor's hello or died in a traceback.
        ("KAKUREGA_IDLE_TIMEOUT", "inf", "finite number"),
        ("KAKUREGA_FRAMES_PER_SECOND", "1e400", "finite number"),
        ("KAKUREGA_SLOW_TIMEOUT", "infinity", "finite number"),
        ("KAKUREGA_COUNTS_MS", "99999999999999999999", "less than or equal to 3600000"),
        ("KAKUREGA_IDLE_TIMEOUT", "1e300", "less than or equal to 86400"),
        ("KAKUREGA_DRAIN_SPREAD_MS", "18446744073709551616", "less than or equal to 600000"),
        ("KAKUREGA_MAX_FRAME_BYTES", "10", "greater than or equal to 256"),
        ("KAKUREGA_FRAMES_PER_SECOND", "0.5", "greater than or equal to 1"),
    ],
)
def test_a_bad_value_is_one_line_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, words: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as raised:
        load_settings()
    message = str(raised.value)
    assert message.startswith(f"{name}: ") and words in message and "\n" not in message, message
    assert repr(value) in message


def test_secrets_are_never_echoed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAKUREGA_SECRET_KEY", "hunter2-hunter2")
    monkeypatch.setenv("KAKUREGA_ROBOT_KEY", "sk-very-secret")
    monkeypatch.setenv("KAKUREGA_DATABASE_URL", "postgresql://u:pw-secret@db/k")
    loaded = load_settings()
    shown = repr(loaded)
    assert "hunter2" not in shown and "sk-very" not in shown and "pw-secret" not in shown
    assert loaded.secret_key == "hunter2-hunter2"


def test_unknown_variables_are_named() -> None:
    environ = {
        "KAKUREGA_MAX_PER_ADRESS": "5",
        "KAKUREGA_TICK_MS": "100",
        "KAKUREGA_BROKER_URL": "x",
        "HOME": "/",
    }
    assert unknown_variables(environ) == ["KAKUREGA_MAX_PER_ADRESS"]


def test_operations_doc_tables_are_generated_from_the_settings() -> None:
    doc = (ROOT / "docs" / "operations.md").read_text()
    assert settings.docs_block() in doc, (
        "docs/operations.md's settings tables differ from settings.py: run "
        "`.venv/bin/python -m settings --update-docs docs/operations.md`"
    )


def test_update_docs_rewrites_only_the_block(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(f"before\n\n{settings.BEGIN}\nold table\n{settings.END}\n\nafter\n")
    assert settings.update_docs(page)
    text = page.read_text()
    assert text.startswith("before\n\n") and text.endswith("\n\nafter\n") and "old table" not in text
    assert settings.docs_block() in text
    assert not settings.update_docs(page)


def test_every_field_has_a_table_and_words() -> None:
    for name, field in Settings.model_fields.items():
        assert field.description and len(field.description) > 10, name
        assert isinstance(field.json_schema_extra, dict), name
        assert field.json_schema_extra["group"] in settings.GROUPS, name


@pytest.mark.integration
@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("soon", "input should be a valid number, unable to parse string as a number"),
        ("inf", "input should be a finite number"),  # was: a traceback, exit code 3
    ],
)
def test_the_server_stops_at_start_with_one_line_naming_the_variable(value: str, problem: str) -> None:
    env = {**os.environ, "KAKUREGA_IDLE_TIMEOUT": value, "PYTHONUNBUFFERED": "1"}
    finished = subprocess.run(
        [sys.executable, "-c", "import server; raise SystemExit(server.main())", "serve", "--port", "9"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert finished.returncode == 2
    assert finished.stderr.strip().splitlines() == [
        f"kakurega: KAKUREGA_IDLE_TIMEOUT: {problem} (got {value!r})"
    ]


def check(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """``python -m settings --check`` as an operator runs it before a rollout."""
    return subprocess.run(
        [sys.executable, "-m", "settings", "--check"],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.integration
@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"KAKUREGA_DATABASE_URL": "sqlite://"}, "in-memory SQLite"),
        ({"KAKUREGA_REDIS_URL": "redis://127.0.0.1:1/0"}, "KAKUREGA_SQLITE_WITH_REDIS"),
        ({"KAKUREGA_WORKERS": "4"}, "--workers 4 needs Redis"),
    ],
)
def test_the_check_refuses_what_the_server_would_refuse(env: dict[str, str], named: str) -> None:
    # It answered "ok" to settings that `kakurega serve` then refused to start with.
    finished = check(env)
    assert finished.returncode == 2, finished.stdout
    lines = finished.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kakurega: ") and named in lines[0], lines


@pytest.mark.integration
def test_the_check_names_a_typo_as_the_server_does() -> None:
    finished = check({"KAKUREGA_TIKC_MS": "50"})
    assert finished.returncode == 0 and finished.stdout.strip() == "ok"
    assert "KAKUREGA_TIKC_MS" in finished.stderr


@pytest.mark.integration
def test_a_running_server_uses_the_settings_it_was_started_with() -> None:
    with running_server({"KAKUREGA_NOOK_CAP": "7", "KAKUREGA_MAX_PER_ADRESS": "3"}) as server:

        async def welcome() -> dict:
            visitor = await Visitor.arrive(server.ws_url, "ねこ", room="hoshi")
            await visitor.close()
            return next(frame for frame in visitor.frames if frame["t"] == "welcome")

        assert asyncio.run(welcome())["limits"]["nook_cap"] == 7
    log = server.log_text()
    assert "ignoring settings nothing reads (a typo?): KAKUREGA_MAX_PER_ADRESS" in log


def test_the_second_opinion_is_off_by_default_and_falls_back_to_the_robots_model() -> None:
    from settings import Settings

    assert Settings().second_opinion is None
    robot = Settings(robot_url="http://127.0.0.1:8080/v1", robot_model="m")
    assert robot.second_opinion is not None
    assert (robot.second_opinion.url, robot.second_opinion.model) == ("http://127.0.0.1:8080/v1", "m")
    own = Settings(robot_url="http://a/v1", safety_url="http://b/v1", safety_model="s", safety_deadline=1.5)
    assert own.second_opinion is not None
    assert (own.second_opinion.url, own.second_opinion.model, own.second_opinion.deadline) == (
        "http://b/v1",
        "s",
        1.5,
    )
    assert own.robot.second_opinion == own.second_opinion
